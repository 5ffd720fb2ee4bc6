// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// The demo's widgets, offscreen, signing in against QtSignIn::Test's
// provider in this process with HeadlessUserAgent (no browser, no Node):
// branding, the consent screen, accounts and sign-out, the device page,
// banners, the token inspector, the keyboard, the accessibility tree and
// the translations. The demo's own sign-in code runs unchanged; only its
// browser is the headless agent (DemoSession::setBrowserUserAgent()). The
// API calls go to DemoApiDouble. tst_demo.cpp keeps the cases that need the
// real provider, API and browser.

#include "DemoApiDouble.h"
#include "DemoFixture.h"
#include "KitDemoFixture.h"
#include "AccessibleTreeAudit.h"
#include "DemoWidgetTesting.h"
#include "../support/QrCodeReader.h"
#include "DemoOptions.h"
#include "Translations.h"
#include "ui/AccountPage.h"
#include "ui/BrandBar.h"
#include "ui/ConsentPage.h"
#include "ui/DevicePage.h"
#include "ui/ErrorBanner.h"
#include "ui/MainWindow.h"
#include "ui/TokenInspector.h"
#include "ui/WaitingPage.h"
#include "ui/WelcomePage.h"

#include <QtSignIn/SignInClient.h>

#include <QtCore/QProcess>
#include <QtCore/QTranslator>
#include <QtCore/QUrlQuery>
#include <QtGui/QAccessible>
#include <QtGui/QScreen>
#include <QtTest/QtTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QToolButton>

using namespace DemoWidgetTesting;
using QtSignIn::SignInError;

class tst_DemoKit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(KitDemoFixture::start(&m_provider));
        QVERIFY(m_api.listen());
    }

    // Each case starts with alice at the provider, who agrees.
    void init()
    {
        m_provider.setSignInSubject(KitDemoFixture::aliceSubject);
        m_provider.setConsent(QtSignIn::TestProvider::Consent::Granted);
    }

    void brandingIsApplied()
    {
        const QtSignIn::Branding branding =
                DemoFixture::branding(QStringLiteral(QTSIGNIN_SOURCE_DIR "/resources/branding/contoso.json"));
        QObject owner;
        // A browser that never returns.
        MainWindow window(KitDemoFixture::createSessionWithBrowser(&m_provider, branding, &owner, [](const QUrl &) { return true; }));
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("Contoso Notes"));
        QCOMPARE(find<QLabel>(&window, QStringLiteral("brandName"))->text(), QStringLiteral("Contoso Notes"));
        QCOMPARE(find<QLabel>(&window, QStringLiteral("brandTagline"))->text(),
                 QStringLiteral("Sign in to sync your notes"));
        QCOMPARE(find<BrandBar>(&window, QStringLiteral("brandBar"))->accent(), QColor(0x0f, 0x7b, 0x6c));
        QVERIFY(!find<QLabel>(&window, QStringLiteral("brandLogo"))->pixmap().isNull());
        QVERIFY(find<QLabel>(&window, QStringLiteral("welcomeHeading"))->text().contains(QStringLiteral("Contoso Notes")));
        QVERIFY(find<QLabel>(&window, QStringLiteral("brandLinks"))->text().contains(QStringLiteral("https://contoso.example/privacy")));
        // The user agent gets the same branding: it draws the browser's
        // result page (unit.tst_resultpage) and the embedded dialog's header.
        DemoSession *session = qobject_cast<DemoSession *>(owner.children().constFirst());
        QVERIFY(session);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("signInWithBrowser")), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("consentContinue")), Qt::LeftButton);
        QTRY_COMPARE(window.pages()->currentWidget(), window.waitingPage());
        const QtSignIn::Branding agentBranding = session->client()->userAgent()->branding();
        QCOMPARE(agentBranding.name(), QStringLiteral("Contoso Notes"));
        QCOMPARE(agentBranding.accentColor(), QStringLiteral("#0f7b6c"));
        QVERIFY(agentBranding.logoPath().endsWith(QStringLiteral("contoso.svg")));
        session->cancelSignIn();
        QTRY_COMPARE(window.pages()->currentWidget(), window.welcomePage());
    }

    void badBrandingFilesAreRefused()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QByteArray &json) {
            QFile file(dir.filePath(QStringLiteral("b.json")));
            file.open(QIODevice::WriteOnly | QIODevice::Truncate);
            file.write(json);
            return file.fileName();
        };
        QtSignIn::Branding branding;
        QString error;
        QVERIFY(!BrandingFile::load(write("{\"name\":\"X\",\"accentColor\":\"red; background:url(x)\"}"), &branding, &error));
        QVERIFY(error.contains(QStringLiteral("accent colour")));
        QVERIFY(!BrandingFile::load(write("{\"name\":\"X\",\"privacyUrl\":\"javascript:alert(1)\"}"), &branding, &error));
        QVERIFY(!BrandingFile::load(write("{\"name\":\"X\",\"logo\":\"missing.svg\"}"), &branding, &error));
        QVERIFY(!BrandingFile::load(write("[1]"), &branding, &error));
        QVERIFY(BrandingFile::load(write("{\"name\":\"X\",\"accentColor\":\"#abc\"}"), &branding, &error));
    }

    void entraExampleConfigurationLoads()
    {
        DemoConfiguration configuration;
        QString error;
        QVERIFY2(DemoConfiguration::fromFile(QStringLiteral(QTSIGNIN_SOURCE_DIR "/app/demo/examples/entra-graph.json"),
                                             &configuration, &error), qPrintable(error));
        QCOMPARE(configuration.client.authority().host(), QStringLiteral("login.microsoftonline.com"));
        QCOMPARE(configuration.apiBaseUrl, QUrl(QStringLiteral("https://graph.microsoft.com")));
        QVERIFY(configuration.endpoint(QStringLiteral("me")));
        QCOMPARE(configuration.scopesFor(*configuration.endpoint(QStringLiteral("messages"))),
                 QStringList{QStringLiteral("Mail.Read")});
        QCOMPARE(configuration.baseApiScopes(), QStringList{QStringLiteral("User.Read")});
        QCOMPARE(configuration.providerDisplayName(), QStringLiteral("Microsoft"));
        QCOMPARE(configuration.anotherAccountPrompt, QStringLiteral("select_account"));
        QCOMPARE(ScopeCatalogue(configuration.scopeDescriptions).describe(QStringLiteral("Mail.Read")),
                 QStringLiteral("Read your mail"));
        QCOMPARE(ScopeCatalogue().describe(QStringLiteral("User.Read")), QStringLiteral("Read your profile"));

        // Bearer tokens go to https APIs only (or this machine's loopback).
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("plain.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"authority\":\"https://login.example\",\"clientId\":\"x\",\"api\":{\"baseUrl\":"
                   "\"http://api.example\",\"endpoints\":[{\"id\":\"me\",\"path\":\"/me\"}]}}");
        file.close();
        QVERIFY(!DemoConfiguration::fromFile(file.fileName(), &configuration, &error));
        QVERIFY2(error.contains(QStringLiteral("https")), qPrintable(error));
    }

    void googleExampleConfigurationLoads()
    {
        const QString example = QStringLiteral(QTSIGNIN_SOURCE_DIR "/app/demo/examples/google.json");
        DemoConfiguration configuration;
        QString error;
        // The client secret comes from the environment, never from the file.
        qunsetenv("QTSIGNIN_CLIENT_SECRET");
        QVERIFY(!DemoConfiguration::fromFile(example, &configuration, &error));
        QVERIFY2(error.contains(QStringLiteral("QTSIGNIN_CLIENT_SECRET")), qPrintable(error));
        qputenv("QTSIGNIN_CLIENT_SECRET", "GOCSPX-example");
        const bool loaded = DemoConfiguration::fromFile(example, &configuration, &error);
        qunsetenv("QTSIGNIN_CLIENT_SECRET");
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(configuration.client.authority(), QUrl(QStringLiteral("https://accounts.google.com")));
        QCOMPARE(configuration.client.clientSecret().reveal(), QByteArray("GOCSPX-example"));
        QVERIFY2(configuration.client.validate(&error), qPrintable(error));
        QCOMPARE(configuration.apiBaseUrl, QUrl(QStringLiteral("https://www.googleapis.com")));
        QCOMPARE(configuration.scopesFor(*configuration.endpoint(QStringLiteral("calendars"))),
                 QStringList{QStringLiteral("https://www.googleapis.com/auth/calendar.readonly")});
        QCOMPARE(configuration.providerDisplayName(), QStringLiteral("Google"));
    }

    void githubExampleConfigurationLoads()
    {
        const QString example = QStringLiteral(QTSIGNIN_SOURCE_DIR "/app/demo/examples/github.json");
        DemoConfiguration configuration;
        QString error;
        // The client secret comes from the environment, never from the file.
        qunsetenv("QTSIGNIN_CLIENT_SECRET");
        QVERIFY(!DemoConfiguration::fromFile(example, &configuration, &error));
        QVERIFY2(error.contains(QStringLiteral("QTSIGNIN_CLIENT_SECRET")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("GitHub")), qPrintable(error));
        qputenv("QTSIGNIN_CLIENT_SECRET", "github-example-secret");
        const bool loaded = DemoConfiguration::fromFile(example, &configuration, &error);
        qunsetenv("QTSIGNIN_CLIENT_SECRET");
        QVERIFY2(loaded, qPrintable(error));
        // Plain OAuth 2.0: no authority, no ID token; the profile endpoint
        // says who signed in.
        QCOMPARE(configuration.client.protocol(), QtSignIn::ClientConfiguration::Protocol::OAuth2);
        QCOMPARE(configuration.client.authorizationEndpoint(),
                 QUrl(QStringLiteral("https://github.com/login/oauth/authorize")));
        QCOMPARE(configuration.client.userInfoEndpoint(), QUrl(QStringLiteral("https://api.github.com/user")));
        QCOMPARE(configuration.client.clientSecret().reveal(), QByteArray("github-example-secret"));
        QVERIFY2(configuration.client.validate(&error), qPrintable(error));
        QCOMPARE(configuration.apiBaseUrl, QUrl(QStringLiteral("https://api.github.com")));
        QCOMPARE(configuration.baseApiScopes(), QStringList{QStringLiteral("read:user")});
        QVERIFY(configuration.endpoint(QStringLiteral("me")));
        QCOMPARE(configuration.providerDisplayName(), QStringLiteral("GitHub"));
        configuration.providerName.clear();
        QCOMPARE(configuration.providerDisplayName(), QStringLiteral("github.com"));
    }

    // GitHub Enterprise Server, or a local test provider.
    void aPlainOAuth2ConfigurationNamesItsEndpoints()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("ghes.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"provider\":\"github\",\"clientId\":\"x\","
                   "\"authorizationEndpoint\":\"https://login.ghe.example/login/oauth/authorize\","
                   "\"tokenEndpoint\":\"https://ghe.example/login/oauth/access_token\","
                   "\"userInfoEndpoint\":\"https://ghe.example/api/v3/user\","
                   "\"api\":{\"baseUrl\":\"https://ghe.example/api/v3\",\"endpoints\":[{\"id\":\"me\",\"path\":\"/user\"}]}}");
        file.close();
        DemoConfiguration configuration;
        QString error;
        qputenv("QTSIGNIN_CLIENT_SECRET", "ghes-secret");
        const bool loaded = DemoConfiguration::fromFile(file.fileName(), &configuration, &error);
        qunsetenv("QTSIGNIN_CLIENT_SECRET");
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(configuration.client.tokenEndpoint(), QUrl(QStringLiteral("https://ghe.example/login/oauth/access_token")));
        QCOMPARE(configuration.client.userInfoEndpoint(), QUrl(QStringLiteral("https://ghe.example/api/v3/user")));
        // Called by where the person signs in, not by where tokens are redeemed.
        QCOMPARE(configuration.providerDisplayName(), QStringLiteral("login.ghe.example"));

        // The tokens and the profile go over https only (or this machine's loopback).
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"provider\":\"github\",\"clientId\":\"x\","
                   "\"tokenEndpoint\":\"http://ghe.example/login/oauth/access_token\","
                   "\"api\":{\"baseUrl\":\"https://ghe.example/api/v3\",\"endpoints\":[{\"id\":\"me\",\"path\":\"/user\"}]}}");
        file.close();
        qputenv("QTSIGNIN_CLIENT_SECRET", "ghes-secret");
        QVERIFY(!DemoConfiguration::fromFile(file.fileName(), &configuration, &error));
        qunsetenv("QTSIGNIN_CLIENT_SECRET");
        QVERIFY2(error.contains(QStringLiteral("https")), qPrintable(error));
    }

    // "proofOfPossession" asks for DPoP-bound tokens (RFC 9449); without it
    // the library's default holds, and a value it does not know is refused.
    void aConfigurationFileChoosesProofOfPossession()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("dpop.json")));
        const auto load = [&file](const QByteArray &proof, DemoConfiguration *configuration, QString *error) {
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
            file.write("{\"clientId\":\"x\",\"authority\":\"https://id.example\"," + proof
                       + "\"api\":{\"baseUrl\":\"https://api.example\",\"endpoints\":[{\"id\":\"me\",\"path\":\"/me\"}]}}");
            file.close();
            return DemoConfiguration::fromFile(file.fileName(), configuration, error);
        };
        using ProofOfPossession = QtSignIn::ClientConfiguration::ProofOfPossession;
        DemoConfiguration configuration;
        QString error;
        QVERIFY2(load({}, &configuration, &error), qPrintable(error));
        QCOMPARE(configuration.client.proofOfPossession(), QtSignIn::ClientConfiguration().proofOfPossession());
        QVERIFY2(load("\"proofOfPossession\":\"dpop\",", &configuration, &error), qPrintable(error));
        QCOMPARE(configuration.client.proofOfPossession(), ProofOfPossession::DPoPWhenSupported);
        QVERIFY2(load("\"proofOfPossession\":\"dpop-required\",", &configuration, &error), qPrintable(error));
        QCOMPARE(configuration.client.proofOfPossession(), ProofOfPossession::DPoPRequired);
        QVERIFY2(load("\"proofOfPossession\":\"none\",", &configuration, &error), qPrintable(error));
        QCOMPARE(configuration.client.proofOfPossession(), ProofOfPossession::None);
        QVERIFY(!load("\"proofOfPossession\":\"mtls\",", &configuration, &error));
        QVERIFY2(error.contains(QStringLiteral("proofOfPossession")), qPrintable(error));
    }

    void examplesUseTheirProvidersPreset()
    {
        DemoConfiguration configuration;
        QString error;
        QVERIFY2(DemoConfiguration::fromFile(QStringLiteral(QTSIGNIN_SOURCE_DIR "/app/demo/examples/entra-graph.json"),
                                             &configuration, &error), qPrintable(error));
        QCOMPARE(configuration.client.authority(), QUrl(QStringLiteral("https://login.microsoftonline.com/common/v2.0")));
        QCOMPARE(configuration.client.redirectUri(), QUrl(QStringLiteral("http://localhost/")));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("unknown.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"provider\":\"myspace\",\"clientId\":\"x\"}");
        file.close();
        QVERIFY(!DemoConfiguration::fromFile(file.fileName(), &configuration, &error));
        QVERIFY2(error.contains(QStringLiteral("\"provider\" must be")), qPrintable(error));
        // Endpoints are a plain OAuth 2.0 provider's: an OpenID Connect one
        // (a preset's or an authority's) has them from its discovery document.
        for (const QByteArray &provider : {QByteArray("\"provider\":\"microsoft\","), QByteArray()}) {
            QFile endpoints(dir.filePath(QStringLiteral("endpoints.json")));
            QVERIFY(endpoints.open(QIODevice::WriteOnly | QIODevice::Truncate));
            endpoints.write("{" + provider + "\"authority\":\"https://login.example\",\"clientId\":\"x\","
                            "\"tokenEndpoint\":\"https://login.example/token\"}");
            endpoints.close();
            QVERIFY(!DemoConfiguration::fromFile(endpoints.fileName(), &configuration, &error));
            QVERIFY2(error.contains(QStringLiteral("\"tokenEndpoint\" is for a plain OAuth 2.0 provider")),
                     qPrintable(error));
        }
    }

    void consentScreenListsThePermissionsInPlainWords()
    {
        QObject owner;
        MainWindow window(newSession(&owner));
        window.show();
        QCOMPARE(window.pages()->currentWidget(), window.welcomePage());
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("signInWithBrowser")), Qt::LeftButton);
        QCOMPARE(window.pages()->currentWidget(), window.consentPage());
        const QStringList words = window.consentPage()->listedDescriptions();
        QVERIFY2(words.contains(QStringLiteral("Read your items")), qPrintable(words.join(QLatin1Char('|'))));
        QVERIFY(words.contains(QStringLiteral("Keep you signed in")));
        QVERIFY(words.contains(QStringLiteral("Read your email address")));
        // "openid" tells the person nothing; api.write is not asked for yet.
        QCOMPARE(window.consentPage()->listedScopes(),
                 (QStringList{QStringLiteral("profile"), QStringLiteral("email"), QStringLiteral("offline_access"),
                              QStringLiteral("api.read")}));
        auto *row = find<QLabel>(&window, QStringLiteral("permission:api.read"));
        QVERIFY(row->text().contains(QStringLiteral("Read your items")));
        QVERIFY(!row->text().contains(QStringLiteral("api.read")));
        QVERIFY(row->toolTip().contains(QStringLiteral("api.read")));
        // "Not now" goes back.
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("consentBack")), Qt::LeftButton);
        QCOMPARE(window.pages()->currentWidget(), window.welcomePage());
    }

    void forbiddenCallLeadsToIncrementalConsent()
    {
        QObject owner;
        DemoSession *session = newSession(&owner);
        MainWindow window(session);
        window.show();
        signIn(&window);
        QVERIFY(!session->currentResult().grantedScopes().contains(QStringLiteral("api.write")));

        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("call:add-item")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.accountPage()->apiStatusText().contains(QStringLiteral("403")), 30000);
        QTRY_VERIFY(window.banner()->isVisible());
        QVERIFY2(window.banner()->title().contains(QStringLiteral("Add an item")), qPrintable(window.banner()->title()));
        QVERIFY(window.banner()->text().contains(QStringLiteral("Add and change your items")));

        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("bannerAction")), Qt::LeftButton);
        QCOMPARE(window.pages()->currentWidget(), window.consentPage());
        QCOMPARE(window.consentPage()->listedScopes(), QStringList{QStringLiteral("api.write")});
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("consentContinue")), Qt::LeftButton);
        // The provider asks the person; once allowed, the call runs again by itself.
        QTRY_VERIFY_WITH_TIMEOUT(window.accountPage()->apiStatusText().contains(QStringLiteral("201")), signInTimeout);
        QCOMPARE(window.pages()->currentWidget(), window.accountPage());
        QVERIFY(session->currentResult().grantedScopes().contains(QStringLiteral("api.write")));
    }

    void accountsSwitchAndSignOut()
    {
        QObject owner;
        DemoSession *session = newSession(&owner);
        MainWindow window(session);
        window.show();
        signIn(&window);
        // A second person: bob, through "Add another account".
        m_provider.setSignInSubject(KitDemoFixture::bobSubject);
        menuAction(&window, QStringLiteral("addAccount"))->trigger();
        QCOMPARE(window.pages()->currentWidget(), window.consentPage());
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("consentContinue")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session->accounts().size(), qsizetype(2), signInTimeout);
        QTRY_COMPARE(window.pages()->currentWidget(), window.accountPage());
        QCOMPARE(find<QLabel>(&window, QStringLiteral("accountName"))->text(), QStringLiteral("Bob Example"));

        QAction *toAlice = menuAction(&window, QStringLiteral("switchTo:alice@contoso.example"));
        QVERIFY(toAlice);
        toAlice->trigger();
        QTRY_COMPARE(find<QLabel>(&window, QStringLiteral("accountName"))->text(), QStringLiteral("Alice Example"));

        menuAction(&window, QStringLiteral("signOut"))->trigger();
        QTRY_COMPARE(session->accounts().size(), qsizetype(1));
        QTRY_COMPARE(find<QLabel>(&window, QStringLiteral("accountName"))->text(), QStringLiteral("Bob Example"));
        // With one account left, "all" would say nothing more than "Sign out".
        QVERIFY(!menuAction(&window, QStringLiteral("signOutAll"))->isEnabled());
        m_provider.setSignInSubject(KitDemoFixture::aliceSubject);
        menuAction(&window, QStringLiteral("addAccount"))->trigger();
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("consentContinue")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session->accounts().size(), qsizetype(2), signInTimeout);
        QTRY_VERIFY(menuAction(&window, QStringLiteral("signOutAll"))->isEnabled());
        menuAction(&window, QStringLiteral("signOutAll"))->trigger();
        QTRY_COMPARE(session->accounts().size(), qsizetype(0));
        QTRY_COMPARE(window.pages()->currentWidget(), window.welcomePage());
        QVERIFY(!window.accountButton()->isVisible());
    }

    void cancelWhileWaitingReturnsToWelcome()
    {
        QObject owner;
        DemoSession *session = newSessionWaitingForTheBrowser(&owner);
        MainWindow window(session);
        window.show();
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("signInWithBrowser")), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("consentContinue")), Qt::LeftButton);
        QTRY_COMPARE(window.pages()->currentWidget(), window.waitingPage());
        QVERIFY(find<QLabel>(&window, QStringLiteral("waitingHeading"))->text().contains(QStringLiteral("browser")));
        QVERIFY(find<QPushButton>(&window, QStringLiteral("reopenPage"))->isVisible());
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("cancelSignIn")), Qt::LeftButton);
        QTRY_COMPARE(window.pages()->currentWidget(), window.welcomePage());
        // Cancelling is not an error to report.
        QVERIFY(!window.banner()->isVisible());
    }

    void translationsLoadAndAGermanUiIsGerman()
    {
        const QStringList loaded = installTranslations(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(loaded.contains(QStringLiteral("qtsignin_demo")), qPrintable(loaded.join(QLatin1Char(' '))));
        QVERIFY(loaded.contains(QStringLiteral("qtsignin")));
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("fr")}) {
            QTranslator demo;
            QVERIFY2(demo.load(QLocale(language), QStringLiteral("qtsignin_demo"), QStringLiteral("_"),
                               QStringLiteral(":/qtsignin-demo/i18n")), qPrintable(language));
            QVERIFY(!demo.isEmpty());
            QTranslator library;
            QVERIFY(library.load(QLocale(language), QStringLiteral("qtsignin"), QStringLiteral("_"),
                                 QStringLiteral(":/qtsignin/i18n")));
        }
        QObject owner;
        MainWindow window(newSession(&owner));
        const QString button = find<QPushButton>(&window, QStringLiteral("signInWithBrowser"))->text();
        QVERIFY2(button != QLatin1String("Sign in with your browser"), qPrintable(button));
        QVERIFY2(button.contains(QStringLiteral("Browser")), qPrintable(button));
        QVERIFY(find<QLabel>(&window, QStringLiteral("welcomeHeading"))->text().contains(QStringLiteral("QtSignIn Demo")));
        // The library's strings (the browser's result page): unit.tst_resultpage.
        QVERIFY(QCoreApplication::translate("QtSignIn::ResultPage", "You're signed in")
                != QLatin1String("You're signed in"));
    }

    // The brand's tagline is the person's language too, not English in a
    // German window.
    void theTaglineFollowsTheLanguage()
    {
        installTranslations(QLocale(QLocale::German, QLocale::Germany));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        QObject owner;
        MainWindow window(newSession(&owner));
        QCOMPARE(find<QLabel>(&window, QStringLiteral("brandTagline"))->text(),
                 QStringLiteral("Ihre Eintr\u00e4ge, auf jedem Desktop"));
        QCOMPARE(DemoFixture::branding(QStringLiteral(QTSIGNIN_SOURCE_DIR "/resources/branding/contoso.json")).tagline(),
                 QStringLiteral("Melden Sie sich an, um Ihre Notizen zu synchronisieren"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(DemoFixture::branding(QStringLiteral(QTSIGNIN_SOURCE_DIR "/resources/branding/contoso.json")).tagline(),
                 QStringLiteral("Connectez-vous pour synchroniser vos notes"));
        // A language the file does not have: English.
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QCOMPARE(DemoFixture::branding().tagline(), QStringLiteral("Your items, on every desktop"));
    }

    // A locked keyring and a token file open to others are not "sign-in
    // didn't work, try again": each says what it is and what to do, in the
    // person's language.
    void keyringAndTokenFileErrorsSayWhatToDo()
    {
        const SignInError locked(SignInError::KeychainLocked, QStringLiteral("collection locked"));
        const SignInError insecure(SignInError::TokenStoreInsecure, QStringLiteral("mode 0644"));
        const SignInError other(SignInError::InvalidConfiguration, QString());
        QCOMPARE(ErrorBanner::titleFor(locked), QStringLiteral("Your keyring is locked"));
        QVERIFY2(ErrorBanner::adviceFor(locked).startsWith(QStringLiteral("Unlock")),
                 qPrintable(ErrorBanner::adviceFor(locked)));
        QVERIFY(ErrorBanner::titleFor(insecure) != ErrorBanner::titleFor(other));
        QVERIFY(ErrorBanner::adviceFor(insecure) != ErrorBanner::adviceFor(other));
        QVERIFY(ErrorBanner::titleFor(insecure) != ErrorBanner::titleFor(locked));

        installTranslations(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(ErrorBanner::titleFor(locked), QStringLiteral("Ihr Schl\u00fcsselbund ist gesperrt"));
        QVERIFY(ErrorBanner::adviceFor(locked).startsWith(QStringLiteral("Entsperren")));
        QVERIFY(ErrorBanner::titleFor(insecure).contains(QStringLiteral("Anmeldedatei")));
    }

    // A masked field still hands its whole text to accessibility clients in
    // its text-change events, and those reach only an active accessibility
    // bridge, not this offscreen test: no field may hold a raw token until
    // the person presses Reveal.
    void rawTokensReachNoWidgetAndNoAccessibilityClientBeforeReveal()
    {
        QObject owner;
        DemoSession *session = newSession(&owner);
        MainWindow window(session);
        window.show();
        signIn(&window);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("call:items")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.accountPage()->apiStatusText().contains(QStringLiteral("200")), 30000);
        const QString accessToken = session->currentResult().accessToken().revealString();
        const QString idToken = session->currentResult().idToken().revealString();
        QVERIFY(accessToken.size() > 20 && idToken.size() > 20);

        auto *inspector = find<TokenInspector>(&window, QStringLiteral("tokenInspector"));
        const auto shown = [inspector](const QString &token) {
            for (QLineEdit *field : inspector->findChildren<QLineEdit *>()) {
                if (field->text().contains(token) || accessibleText(field, QAccessible::Value).contains(token))
                    return field->objectName();
            }
            for (QPlainTextEdit *box : inspector->findChildren<QPlainTextEdit *>()) {
                if (box->toPlainText().contains(token) || accessibleText(box, QAccessible::Value).contains(token))
                    return box->objectName();
            }
            return QString();
        };
        QCOMPARE(shown(accessToken), QString());
        QCOMPARE(shown(idToken), QString());

        auto *reveal = find<QToolButton>(&window, QStringLiteral("accessTokenReveal"));
        reveal->click();
        auto *raw = find<QLineEdit>(&window, QStringLiteral("accessTokenRaw"));
        QCOMPARE(raw->text(), accessToken);
        QCOMPARE(raw->echoMode(), QLineEdit::Normal);
        QCOMPARE(shown(idToken), QString());
        reveal->click();
        QCOMPARE(shown(accessToken), QString());
    }

    // With tabKeyNavigation, Tab moves from cell to cell and never leaves
    // the table: a keyboard trap (WCAG 2.1.2).
    void tabLeavesThePermissionTableAndReachesTheLinksAndAccounts()
    {
        QObject owner;
        MainWindow window(newSession(&owner));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        signIn(&window);
        QTabWidget *tabs = window.accountPage()->tabs();
        auto *table = find<QTableWidget>(&window, QStringLiteral("scopeTable"));
        tabs->setCurrentWidget(table->parentWidget());
        QVERIFY(table->rowCount() > 1);
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        auto *links = find<QLabel>(&window, QStringLiteral("brandLinks"));
        bool linksReached = false;
        for (int press = 0; press < 30 && QApplication::focusWidget() != window.accountButton(); ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            linksReached = linksReached || QApplication::focusWidget() == links;
        }
        QCOMPARE(QApplication::focusWidget(), window.accountButton());
        QVERIFY(linksReached);
    }

    void eachPageFocusesItsMainAction()
    {
        QObject owner;
        DemoSession *session = newSessionWaitingForTheBrowser(&owner);
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(QApplication::focusWidget(), find<QPushButton>(&window, QStringLiteral("signInWithBrowser")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(window.pages()->currentWidget(), window.consentPage());
        QCOMPARE(QApplication::focusWidget(), find<QPushButton>(&window, QStringLiteral("consentContinue")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_COMPARE(window.pages()->currentWidget(), window.waitingPage());
        QCOMPARE(QApplication::focusWidget(), find<QPushButton>(&window, QStringLiteral("cancelSignIn")));
        session->cancelSignIn();
        QTRY_COMPARE(window.pages()->currentWidget(), window.welcomePage());
    }

    void escapeCancelsTheWaitingPage()
    {
        QObject owner;
        DemoSession *session = newSessionWaitingForTheBrowser(&owner);
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("signInWithBrowser")), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("consentContinue")), Qt::LeftButton);
        QTRY_COMPARE(window.pages()->currentWidget(), window.waitingPage());
        escapeReturnsToTheWelcomePage(&window, session);
    }

    // Issue 17: the code and the page to open it on, named for a screen
    // reader, reachable with Tab; Escape cancels as on the waiting page.
    void deviceSignInShowsTheCodeAndThePageAndEscapeCancels()
    {
        QObject owner;
        DemoSession *session = newSession(&owner);
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("signInOnAnotherDevice")), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("consentContinue")), Qt::LeftButton);
        QTRY_COMPARE(window.pages()->currentWidget(), window.devicePage());
        auto *code = find<QLabel>(&window, QStringLiteral("deviceUserCode"));
        auto *link = find<QLabel>(&window, QStringLiteral("deviceVerificationLink"));
        auto *expiry = find<QLabel>(&window, QStringLiteral("deviceCodeExpiry"));
        QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty(), 10000);
        QVERIFY(code->isVisible());
        QVERIFY(code->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        // The provider's text, never markup: RFC 8628 lets a user code hold
        // "<" and ">", which a rich-text label would take as formatting.
        QCOMPARE(code->textFormat(), Qt::PlainText);
        // The name reads the code character by character.
        QString spelled;
        for (const QChar c : code->text()) {
            if (!c.isSpace())
                spelled += (spelled.isEmpty() ? QString() : QStringLiteral(" ")) + c;
        }
        QVERIFY2(accessibleText(code, QAccessible::Name).endsWith(spelled),
                 qPrintable(accessibleText(code, QAccessible::Name)));
        const QUrl shown = window.devicePage()->shownLink();
        QVERIFY(shown.isValid());
        QCOMPARE(shown.host(), m_provider.issuer().host());
        QVERIFY(link->text().contains(QStringLiteral("href=\"") + shown.toString(QUrl::FullyEncoded).toHtmlEscaped()));
        QVERIFY(link->openExternalLinks());
        QVERIFY(!accessibleText(link, QAccessible::Name).isEmpty());
        QVERIFY(expiry->isVisible());
        QVERIFY2(!expiry->text().isEmpty(), "no countdown");
        auto *qrCode = find<QLabel>(&window, QStringLiteral("deviceQrCode"));
        if (DevicePage::canShowQrCode()) {
            QVERIFY(qrCode->isVisible());
            QVERIFY(!qrCode->pixmap().isNull());
            QCOMPARE(qrCode->pixmap().width(), qrCode->pixmap().height());
            // What a phone's camera would find in it: the link shown.
            QTemporaryDir pictures;
            const QString picture = pictures.filePath(QStringLiteral("qr.png"));
            QVERIFY(qrCode->pixmap().save(picture));
            QString error;
            QCOMPARE(QrCodeReader::decodeFile(picture, &error), shown.toString(QUrl::FullyEncoded));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!accessibleText(qrCode, QAccessible::Name).isEmpty());
        } else {
            QVERIFY(!qrCode->isVisible());
        }
        QCOMPARE(accessibleText(expiry, QAccessible::Name), QStringLiteral("Code expiry"));

        QCOMPARE(QApplication::focusWidget(), find<QPushButton>(&window, QStringLiteral("cancelDeviceSignIn")));
        QSet<QWidget *> reached;
        for (int i = 0; i < 20; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached.insert(QApplication::focusWidget());
        }
        QVERIFY2(reached.contains(code), "Tab does not reach the code");
        QVERIFY2(reached.contains(link), "Tab does not reach the link");

        escapeReturnsToTheWelcomePage(&window, session);
    }

    // Issue 17: "Deny" on the other device is the usual banner, with the
    // library's typed error, and the welcome page to start again from.
    void deviceSignInDeniedOnAnotherDeviceShowsTheBanner()
    {
        QObject owner;
        DemoSession *session = newSession(&owner);
        QSignalSpy failed(session, &DemoSession::signInFailed);
        QSignalSpy codes(&m_provider, &QtSignIn::TestProvider::deviceAuthorizationRequested);
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("signInOnAnotherDevice")), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("consentContinue")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.devicePage()->shownLink().isValid(), 10000);
        // The other device: the person enters the code there and declines.
        QCOMPARE(codes.size(), 1);
        QVERIFY(m_provider.denyDevice(codes.at(0).at(0).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, signInTimeout);
        const auto error = failed.at(0).at(0).value<QtSignIn::SignInError>();
        QCOMPARE(error.reason(), QtSignIn::SignInError::Reason::DeviceAuthorizationDenied);
        QCOMPARE(window.pages()->currentWidget(), window.welcomePage());
        QVERIFY(window.banner()->isVisible());
        QCOMPARE(window.banner()->text(), ErrorBanner::textFor(error));
    }

    // The code that ran out is not a sign-in page "not finished in time".
    void anExpiredDeviceCodeSaysSo()
    {
        const QtSignIn::SignInError expired(QtSignIn::SignInError::TimedOut, QStringLiteral("expired_token"),
                                            QtSignIn::SignInError::Reason::DeviceCodeExpired);
        QCOMPARE(ErrorBanner::titleFor(expired), QStringLiteral("The code has expired"));
        QVERIFY(ErrorBanner::textFor(expired).contains(QStringLiteral("new code")));
    }

    void controlsWithoutVisibleLabelsHaveAccessibleNames()
    {
        QObject owner;
        MainWindow window(newSession(&owner));
        window.show();
        for (const QString &name : {QStringLiteral("apiBody"), QStringLiteral("idTokenDecoded"),
                                    QStringLiteral("accessTokenDecoded"), QStringLiteral("scopeTable")}) {
            QWidget *widget = find<QWidget>(&window, name);
            QVERIFY2(!accessibleText(widget, QAccessible::Name).isEmpty(), qPrintable(name));
        }
    }

    // The Alert event itself reaches only an active accessibility bridge,
    // which this offscreen test has not: what a screen reader reads is.
    void theBannerIsNamedByItsMessage()
    {
        QObject owner;
        MainWindow window(newSession(&owner));
        window.show();
        window.banner()->showMessage(ErrorBanner::Kind::Warning, QStringLiteral("Keyring locked"),
                                     QStringLiteral("Unlock it and try again."));
        QVERIFY(accessibleText(window.banner(), QAccessible::Name).contains(QStringLiteral("Keyring locked")));
        QVERIFY(accessibleText(window.banner(), QAccessible::Description).contains(QStringLiteral("Unlock it")));
    }

    // In a dark palette every banner is dark too, its text and its close
    // button readable (WCAG 4.5:1) on it; the close button used to vanish.
    void theBannerIsReadableInADarkPalette()
    {
        QObject owner;
        MainWindow window(newSession(&owner));
        QPalette dark(QColor(0x3c, 0x3c, 0x3c), QColor(0x2b, 0x2b, 0x2b)); // button, window
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        window.setPalette(dark);
        window.show();
        for (ErrorBanner::Kind kind : { ErrorBanner::Kind::Error, ErrorBanner::Kind::Warning, ErrorBanner::Kind::Question }) {
            window.banner()->showMessage(kind, QStringLiteral("Title"), QStringLiteral("Text"), QStringLiteral("Act"));
            const QColor background = window.banner()->palette().color(QPalette::Window);
            QVERIFY2(contrast(background, Qt::white) > contrast(background, Qt::black), qPrintable(background.name()));
            const QColor text = find<QLabel>(window.banner(), QStringLiteral("bannerText"))->palette().color(QPalette::WindowText);
            QVERIFY2(contrast(text, background) >= 4.5, qPrintable(text.name() + QLatin1String(" on ") + background.name()));
            const QColor close = find<QToolButton>(window.banner(), QStringLiteral("bannerClose"))->palette().color(QPalette::ButtonText);
            QVERIFY2(contrast(close, background) >= 4.5, qPrintable(close.name() + QLatin1String(" on ") + background.name()));
            const QPalette action = find<QPushButton>(window.banner(), QStringLiteral("bannerAction"))->palette();
            QVERIFY2(contrast(action.color(QPalette::ButtonText), action.color(QPalette::Button)) >= 4.5,
                     qPrintable(action.color(QPalette::ButtonText).name() + QLatin1String(" on ") + action.color(QPalette::Button).name()));
        }
    }

    // At 150 % on a 1280x800 screen there are 853x533 logical pixels: the
    // window fits there, and a page that does not fits scrolls, so Reveal
    // (the account page's last rows) can still be reached.
    void theWindowFitsASmallScreenAndPagesScroll()
    {
        QObject owner;
        MainWindow window(newSession(&owner));
        window.show();
        const QSize small = QSize(1280, 800) / 1.5;
        QVERIFY2(window.screen(), "no screen");
        const QSize available = window.screen()->availableGeometry().size();
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(window.width()).arg(window.height())
                                    .arg(available.width()).arg(available.height())));
        window.pages()->setCurrentWidget(window.accountPage());
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(minimum.width() <= small.width() && minimum.height() <= small.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
        window.resize(small);
        auto *reveal = find<QToolButton>(&window, QStringLiteral("accessTokenReveal"));
        QScrollArea *scroll = nullptr;
        for (QWidget *w = reveal->parentWidget(); w && !scroll; w = w->parentWidget())
            scroll = qobject_cast<QScrollArea *>(w);
        QVERIFY2(scroll, "Reveal is not in a scroll area");
        scroll->ensureWidgetVisible(reveal);
        const QRect shown(reveal->mapTo(scroll->viewport(), QPoint(0, 0)), reveal->size());
        QVERIFY2(scroll->viewport()->rect().contains(shown),
                 qPrintable(QStringLiteral("Reveal at %1,%2 %3x%4, viewport %5x%6").arg(shown.x()).arg(shown.y())
                                    .arg(shown.width()).arg(shown.height())
                                    .arg(scroll->viewport()->width()).arg(scroll->viewport()->height())));
    }

    // A screen reader reads out every name change: a name that ticks each
    // second talks over everything else.
    void theCountdownKeepsItsAccessibleNameAndRestsWhileHidden()
    {
        QtSignIn::SignInResult result;
        result.setExpiresOn(QDateTime::currentDateTimeUtc().addSecs(600));
        TokenInspector inspector;
        inspector.show();
        inspector.setResult(result, QStringLiteral("Demo Sign-in"));
        auto *expiry = find<QLabel>(&inspector, QStringLiteral("tokenExpiry"));
        const QString name = accessibleText(expiry, QAccessible::Name);
        QVERIFY(!name.isEmpty());
        const QString before = expiry->text();
        QTRY_VERIFY_WITH_TIMEOUT(expiry->text() != before, 3000);
        QCOMPARE(accessibleText(expiry, QAccessible::Name), name);

        inspector.hide();
        const QString whileHidden = expiry->text();
        QTest::qWait(2100);
        QCOMPARE(expiry->text(), whileHidden);
        inspector.show();
        QTRY_VERIFY(expiry->text() != whileHidden);
    }

    // Issue 14: a question for the account that left leads nowhere.
    // Accounts change in the background (a refreshed token stored): the
    // account menu, open under someone's keys, keeps their place; it is
    // rebuilt once it closes.
    void theAccountMenuKeepsItsPlaceWhileOpen()
    {
        QObject owner;
        DemoSession *session = newSession(&owner);
        MainWindow window(session);
        window.show();
        signIn(&window);
        QString before;
        QString after;
        QTimer inMenu;
        QObject::connect(&inMenu, &QTimer::timeout, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            inMenu.stop();
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Down);
            before = menu->activeAction() ? menu->activeAction()->objectName() : QString();
            emit session->accountsChanged();
            after = menu->activeAction() ? menu->activeAction()->objectName() : QString();
            QTest::keyClick(menu, Qt::Key_Escape);
        });
        inMenu.start(50);
        QVERIFY(tabTo(window.accountButton()));
        QTest::keyClick(window.accountButton(), Qt::Key_Return);
        QTRY_VERIFY(!inMenu.isActive());
        QVERIFY(!before.isEmpty());
        QCOMPARE(after, before);
        // Rebuilt once closed: the menu still offers everything.
        QTRY_VERIFY(window.accountButton()->menu()->findChild<QAction *>(QStringLiteral("signOut")));
    }

    void signOutClearsThePermissionQuestion()
    {
        QObject owner;
        DemoSession *session = newSession(&owner);
        MainWindow window(session);
        window.show();
        signIn(&window);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("call:add-item")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible(), 30000);
        QVERIFY(window.banner()->title().contains(QStringLiteral("Add an item")));

        menuAction(&window, QStringLiteral("signOut"))->trigger();
        QTRY_COMPARE(window.pages()->currentWidget(), window.welcomePage());
        // Once the sign-out has finished: it revokes the tokens at the
        // provider after forgetting them here, which takes a round trip.
        QTRY_VERIFY2(!window.banner()->isVisible(), qPrintable(window.banner()->title()));
    }

    void anUnreachableApiSaysWhatToDoAndOffersARetry()
    {
        QObject owner;
        // Port 9 (discard): nothing answers on this machine's loopback.
        DemoConfiguration configuration = KitDemoFixture::configuration(&m_provider,
                                                                       QUrl(QStringLiteral("http://127.0.0.1:9")));
        auto *session = new DemoSession(configuration, DemoFixture::branding(), new QtSignIn::MemoryTokenStore, &owner);
        session->setBrowserUserAgent(new QtSignIn::HeadlessUserAgent(&m_provider));
        MainWindow window(session);
        window.show();
        signIn(&window);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("call:items")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible(), 30000);
        QVERIFY2(window.banner()->title().contains(QStringLiteral("Demo API")), qPrintable(window.banner()->title()));
        QVERIFY2(window.banner()->text().contains(QStringLiteral("running")), qPrintable(window.banner()->text()));
        auto *retry = find<QPushButton>(window.banner(), QStringLiteral("bannerAction"));
        QVERIFY(retry->isVisible());
        QSignalSpy calls(session, &DemoSession::apiCallStarted);
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().first().toString(), QStringLiteral("items"));
        QCOMPARE(window.pages()->currentWidget(), window.accountPage());
    }

    // The provider remembers the last person: the welcome page lets
    // someone else sign in, with prompt=login (the local provider's).
    void useAnotherAccountAsksTheProviderWhoIsSigningIn()
    {
        QObject owner;
        QList<QUrl> opened;
        DemoSession *session = KitDemoFixture::createSessionWithBrowser(&m_provider, DemoFixture::branding(), &owner,
                                                                        [&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        MainWindow window(session);
        window.show();
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("useAnotherAccount")), Qt::LeftButton);
        QCOMPARE(window.pages()->currentWidget(), window.consentPage());
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("consentContinue")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QCOMPARE(QUrlQuery(opened.first()).queryItemValue(QStringLiteral("prompt")), QStringLiteral("login"));
        session->cancelSignIn();
        QTRY_COMPARE(window.pages()->currentWidget(), window.welcomePage());

        // The ordinary sign-in still lets the provider recognise the person.
        // (The event loop runs between a person's clicks: the cancelled
        // sign-in's reply is deleted, and with it the client's active flow.)
        QTest::qWait(0);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("signInWithBrowser")), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("consentContinue")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 30000);
        QVERIFY(!QUrlQuery(opened.last()).hasQueryItem(QStringLiteral("prompt")));
        session->cancelSignIn();
    }

    // A provider with an account picker is asked for it instead.
    void useAnotherAccountAsksForTheConfiguredPrompt()
    {
        QObject owner;
        DemoConfiguration configuration = KitDemoFixture::configuration(&m_provider, m_api.url());
        configuration.anotherAccountPrompt = QStringLiteral("select_account");
        auto *session = new DemoSession(configuration, DemoFixture::branding(), new QtSignIn::MemoryTokenStore, &owner);
        QList<QUrl> opened;
        session->setBrowserLauncher([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        MainWindow window(session);
        window.show();
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("useAnotherAccount")), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("consentContinue")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QCOMPARE(QUrlQuery(opened.first()).queryItemValue(QStringLiteral("prompt")), QStringLiteral("select_account"));
        session->cancelSignIn();
    }

    // Not "your password goes to 127.0.0.1".
    void theProviderIsCalledByItsName()
    {
        QObject owner;
        DemoSession *session = newSession(&owner);
        MainWindow window(session);
        const QString host = m_provider.issuer().host();
        QString words;
        for (const QLabel *label : window.welcomePage()->findChildren<QLabel *>())
            words += label->text() + QLatin1Char('\n');
        QVERIFY2(words.contains(QStringLiteral("Demo Sign-in")), qPrintable(words));
        QVERIFY2(!words.contains(host), qPrintable(words));

        DemoConfiguration unnamed = session->configuration();
        unnamed.providerName.clear();
        QCOMPARE(unnamed.providerDisplayName(), host);
    }

    void errorsSayEachThingOnce()
    {
        const QList<SignInError> errors{SignInError(SignInError::NetworkError, QStringLiteral("refused")),
                                        SignInError(SignInError::TimedOut, QString()),
                                        SignInError(SignInError::KeychainLocked, QString())};
        ErrorBanner banner;
        for (const SignInError &error : errors) {
            banner.showError(error);
            const QString words = (banner.title() + QLatin1Char(' ') + banner.text()).toLower();
            QVERIFY2(words.count(QStringLiteral("again")) <= 1, qPrintable(words));
            QVERIFY2(!banner.text().toLower().startsWith(banner.title().toLower()), qPrintable(words));
            QVERIFY2(!banner.text().isEmpty(), qPrintable(words));
        }
    }

    // Started from the desktop menu: no arguments is no usage error.
    void withoutArgumentsTheDemoWelcomesInsteadOfFailing()
    {
        // Someone with no configuration file of their own: an empty
        // XDG_CONFIG_HOME, whatever the machine running the test has.
        QTemporaryDir configHome;
        QVERIFY(configHome.isValid());
        const bool hadConfigHome = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
        const QByteArray previousConfigHome = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));
        const auto restoreConfigHome = qScopeGuard([&] {
            if (hadConfigHome)
                qputenv("XDG_CONFIG_HOME", previousConfigHome);
            else
                qunsetenv("XDG_CONFIG_HOME");
        });
        QVERIFY(DemoOptions::userConfigurationFile().startsWith(configHome.path()));

        DemoOptions options;
        QString error;
        QString help;
        QVERIFY2(DemoOptions::parse({QStringLiteral("qtsignin-demo")}, &options, &error, &help), qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(help.isEmpty());
        QVERIFY(options.isUnconfigured());
        const QString welcome = DemoOptions::whatIsMissing();
        QVERIFY(welcome.contains(DemoOptions::userConfigurationFile()));
        QVERIFY2(!welcome.contains(QStringLiteral("scripts/")) && !welcome.contains(QStringLiteral("--")),
                 qPrintable(welcome));

        QProcess demo;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/qtsignin-no-config"));
        demo.setProcessEnvironment(environment);
        demo.start(QStringLiteral(QTSIGNIN_DEMO_BINARY), {QStringLiteral("--exit-after-startup")});
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitCode(), 0);
        const QByteArray errors = demo.readAllStandardError();
        QVERIFY2(!errors.contains("scripts/") && !errors.contains("--authority"), errors.constData());
        QVERIFY(QString::fromLocal8Bit(demo.readAllStandardOutput()).contains(QStringLiteral("demo.json")));
    }

    void versionAndQtsOwnOptionsAreUnderstood()
    {
        QProcess demo;
        demo.start(QStringLiteral(QTSIGNIN_DEMO_BINARY), {QStringLiteral("--version")});
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitCode(), 0);
        QVERIFY2(demo.readAllStandardOutput().contains(QTSIGNIN_VERSION), "prints its version");

        demo.start(QStringLiteral(QTSIGNIN_DEMO_BINARY),
                   {QStringLiteral("-style"), QStringLiteral("Fusion"), QStringLiteral("--exit-after-startup"),
                    QStringLiteral("--cache"), QStringLiteral("memory"), QStringLiteral("--authority"),
                    m_provider.issuer().toString(), QStringLiteral("--api-url"), m_api.url().toString()});
        QVERIFY(demo.waitForFinished(60000));
        const QByteArray errors = demo.readAllStandardError();
        QVERIFY2(demo.exitCode() == 0, errors.constData());
    }

    // The whole round with the keyboard alone: the person's part is the
    // browser (here the headless agent); every step in the demo is a key.
    void aKeyboardAloneSignsInCallsConsentsSwitchesAndSignsOut()
    {
        QObject owner;
        DemoSession *session = newSession(&owner);
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Sign in.
        QCOMPARE(QApplication::focusWidget(), find<QPushButton>(&window, QStringLiteral("signInWithBrowser")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(window.pages()->currentWidget(), window.consentPage());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.pages()->currentWidget(), window.accountPage(), signInTimeout);

        // Call the API.
        QVERIFY(tabTo(find<QPushButton>(&window, QStringLiteral("call:items"))));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(window.accountPage()->apiStatusText().contains(QStringLiteral("200")), 30000);

        // A call that needs one more permission: the banner's Allow, then Continue.
        QVERIFY(tabTo(find<QPushButton>(&window, QStringLiteral("call:add-item"))));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(window.accountPage()->apiStatusText().contains(QStringLiteral("403")), 30000);
        QTRY_VERIFY(window.banner()->isVisible());
        QVERIFY(tabTo(find<QPushButton>(&window, QStringLiteral("bannerAction"))));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(window.pages()->currentWidget(), window.consentPage());
        QCOMPARE(QApplication::focusWidget(), find<QPushButton>(&window, QStringLiteral("consentContinue")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.accountPage()->apiStatusText().contains(QStringLiteral("201")), signInTimeout);

        // A second account from the account menu, opened with Return.
        m_provider.setSignInSubject(KitDemoFixture::bobSubject);
        QVERIFY(chooseFromAccountMenu(&window, Qt::Key_Return, QStringLiteral("addAccount")));
        QCOMPARE(window.pages()->currentWidget(), window.consentPage());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(session->accounts().size(), qsizetype(2), signInTimeout);
        QTRY_COMPARE(find<QLabel>(&window, QStringLiteral("accountName"))->text(), QStringLiteral("Bob Example"));

        // Switch back, with Space.
        QVERIFY(chooseFromAccountMenu(&window, Qt::Key_Space, QStringLiteral("switchTo:alice@contoso.example")));
        QTRY_COMPARE(find<QLabel>(&window, QStringLiteral("accountName"))->text(), QStringLiteral("Alice Example"));

        // Sign out.
        QVERIFY(chooseFromAccountMenu(&window, Qt::Key_Return, QStringLiteral("signOut")));
        QTRY_COMPARE(session->accounts().size(), qsizetype(1));
        QTRY_COMPARE(find<QLabel>(&window, QStringLiteral("accountName"))->text(), QStringLiteral("Bob Example"));
    }

    // On each page, as a screen reader walks it.
    void everyControlIsNamedAndNoTokenIsInTheAccessibilityTreeBeforeSignIn()
    {
        QObject owner;
        DemoSession *session = newSessionWaitingForTheBrowser(&owner);
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto audit = [&window](const QString &page, const QStringList &secrets) {
            QStringList problems;
            auditAccessibleTree(QAccessible::queryAccessibleInterface(&window), secrets, &problems);
            return problems.isEmpty() ? QString() : page + QStringLiteral(": ") + problems.join(QStringLiteral("; "));
        };
        QCOMPARE(audit(QStringLiteral("welcome"), {}), QString());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(window.pages()->currentWidget(), window.consentPage());
        QCOMPARE(audit(QStringLiteral("consent"), {}), QString());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(window.pages()->currentWidget(), window.waitingPage());
        QCOMPARE(audit(QStringLiteral("waiting"), {}), QString());
        session->cancelSignIn();
        QTRY_COMPARE(window.pages()->currentWidget(), window.welcomePage());
    }

    void noControlIsUnnamedAndNoTokenIsInTheAccessibilityTreeWhenSignedIn()
    {
        QObject owner;
        DemoSession *session = newSession(&owner);
        MainWindow window(session);
        window.show();
        signIn(&window);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("call:items")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.accountPage()->apiStatusText().contains(QStringLiteral("200")), 30000);
        const QStringList tokens{session->currentResult().accessToken().revealString(),
                                 session->currentResult().idToken().revealString()};
        QVERIFY(tokens.at(0).size() > 20 && tokens.at(1).size() > 20);
        QTabWidget *tabs = window.accountPage()->tabs();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QStringList problems;
            auditAccessibleTree(QAccessible::queryAccessibleInterface(&window), tokens, &problems);
            QVERIFY2(problems.isEmpty(), qPrintable(tabs->tabText(tab) + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
        }
    }

    // The plain words are the label; the technical scope name is there too,
    // for a screen reader as for the mouse.
    void theConsentPageSaysTheTechnicalNameToo()
    {
        QObject owner;
        MainWindow window(newSession(&owner));
        window.show();
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("signInWithBrowser")), Qt::LeftButton);
        auto *row = find<QLabel>(&window, QStringLiteral("permission:api.read"));
        QVERIFY(accessibleText(row, QAccessible::Name).contains(QStringLiteral("Read your items")));
        QVERIFY(accessibleText(row, QAccessible::Description).contains(QStringLiteral("api.read")));
    }

    // Neither the keyboard nor a touch screen can hover: the scope name is shown.
    void theConsentPageShowsTheTechnicalName()
    {
        QObject owner;
        MainWindow window(newSession(&owner));
        window.show();
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("signInWithBrowser")), Qt::LeftButton);
        auto *technical = find<QLabel>(&window, QStringLiteral("scope:api.read"));
        QVERIFY(technical->isVisible());
        QCOMPARE(technical->text(), QStringLiteral("api.read"));
    }

    // Return presses the focused button, not only the default ones.
    void returnPressesTheFocusedButton()
    {
        QObject owner;
        MainWindow window(newSession(&owner));
        window.show();
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("signInWithBrowser")), Qt::LeftButton);
        QCOMPARE(window.pages()->currentWidget(), window.consentPage());
        auto *back = find<QPushButton>(&window, QStringLiteral("consentBack"));
        back->setFocus();
        QTest::keyClick(back, Qt::Key_Return);
        QCOMPARE(window.pages()->currentWidget(), window.welcomePage());
    }

    // A screen reader hears a label's name when it changes: the API status
    // keeps one name and carries the result as its description.
    void theApiResultIsTheStatusDescription()
    {
        QObject owner;
        MainWindow window(newSession(&owner));
        window.show();
        signIn(&window);
        auto *status = find<QLabel>(&window, QStringLiteral("apiStatus"));
        const QString name = accessibleText(status, QAccessible::Name);
        QVERIFY(!name.isEmpty());
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("call:items")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.accountPage()->apiStatusText().contains(QStringLiteral("200")), 30000);
        QCOMPARE(accessibleText(status, QAccessible::Name), name);
        QCOMPARE(accessibleText(status, QAccessible::Description), status->text());
    }

private:
    // A demo session on this provider, calling the API double, in the
    // demo's own branding; owned by `owner`.
    DemoSession *newSession(QObject *owner)
    {
        return KitDemoFixture::createSession(&m_provider, DemoFixture::branding(), owner, m_api.url());
    }

    // The same with a system browser that shows the page and never comes
    // back: the sign-in stays on the waiting page.
    DemoSession *newSessionWaitingForTheBrowser(QObject *owner)
    {
        return KitDemoFixture::createSessionWithBrowser(&m_provider, DemoFixture::branding(), owner,
                                                        [](const QUrl &) { return true; });
    }

    // Escape, from wherever the focus is, as a person presses it: the
    // sign-in is cancelled, quietly, back on the welcome page.
    static void escapeReturnsToTheWelcomePage(MainWindow *window, DemoSession *session)
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Escape);
        QTRY_COMPARE(window->pages()->currentWidget(), window->welcomePage());
        QVERIFY(!session->isSigningIn());
        QVERIFY(!window->banner()->isVisible());
    }

    QtSignIn::TestProvider m_provider;
    DemoApiDouble m_api{&m_provider};
};

QTEST_MAIN(tst_DemoKit)
#include "tst_demo_kit.moc"
