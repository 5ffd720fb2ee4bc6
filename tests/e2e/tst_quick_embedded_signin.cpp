// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// Embedded sign-in for Qt Quick end to end: the QML module QtSignIn.WebEngine's
// EmbeddedSignIn, created through a QQmlEngine as a QML app creates it, used
// by a C++ SignInClient against the real local OpenID provider, offscreen.
// The test plays the person by filling the provider's pages in the window's
// WebEngineView (found by its objectName) with runJavaScript.

#include "QuickSignInWindow.h"

#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/UserAgent.h>

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QDesktopServices>
#include <QtGui/QGuiApplication>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslServer>
#include <QtQml/QJSValue>
#include <QtQml/QQmlComponent>
#include <QtQml/QQmlEngine>
#include <QtQuick/QQuickWindow>
#include <QtTest/QtTest>
#include <QtWebEngineQuick/QtWebEngineQuick>

using namespace QtSignIn;
using namespace QuickSignInWindow;

class tst_QuickEmbeddedSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void signsInWithoutTheRedirectReachingTheNetwork();
    void windowShowsTheBrandingAndTheHost();
    void closingTheWindowCancels();
    void forgedRedirectIsRefusedAndTheSignInGoesOn();
    void escapeInThePageCancels();
    void otherSchemesNeverReachTheDesktop();
    void tlsErrorIsRefusedAndShown();
    void permissionsAreDenied();
    void downloadsAreCancelled();
    void persistentProfileSignsInAgainWithoutThePassword();
    void qmlSignInClientSignsInThroughIt();

private:
    // A sign-in with a new agent and client, its window open at the
    // provider's login page, where the person waits.
    struct WaitingAtLogin
    {
        std::unique_ptr<UserAgent> agent;
        std::unique_ptr<SignInClient> client;
        std::unique_ptr<Person> person;
        SignInReply *reply = nullptr;
    };
    void openAtLogin(WaitingAtLogin *waiting);
    void closeAndExpectCancelled(SignInReply *reply);
    void expectNothingReachedTheRedirectUri();
    std::unique_ptr<UserAgent> newAgent(const QString &profileDirectory = {});
    std::unique_ptr<SignInClient> newClient();
    SignInReply *signIn(SignInClient *client, UserAgent *agent);

    QString m_issuer;
    QQmlEngine m_engine;
    Wire m_wire;
};

void tst_QuickEmbeddedSignIn::initTestCase()
{
    QFile issuerFile(qEnvironmentVariable("QTSIGNIN_PROVIDER_STATE") + QStringLiteral("/issuer"));
    QVERIFY2(issuerFile.open(QIODevice::ReadOnly),
             "the local provider is not running (ctest starts it as the fixture e2e.provider.start)");
    m_issuer = QString::fromUtf8(issuerFile.readAll()).trimmed();
    m_engine.addImportPath(QStringLiteral(QTSIGNIN_QML_IMPORT_DIR));
    QVERIFY(m_wire.listen(QHostAddress::LocalHost));
}

void tst_QuickEmbeddedSignIn::cleanup()
{
    m_wire.reset();
    QTRY_VERIFY(signInWindow() == nullptr);
}

// As a QML app declares it; off the record, so no case sees another's session.
std::unique_ptr<UserAgent> tst_QuickEmbeddedSignIn::newAgent(const QString &profileDirectory)
{
    QQmlComponent component(&m_engine);
    component.setData(R"QML(
        import QtSignIn.WebEngine
        EmbeddedSignIn {
            applicationName: "Contoso Notes"
            tagline: "Sign in to sync your notes"
            accentColor: "#0b6e4f"
            persistence: EmbeddedSignIn.Private
        }
    )QML", QUrl::fromLocalFile(QDir::current().absoluteFilePath(QStringLiteral("agent.qml"))));
    std::unique_ptr<QObject> object(component.create());
    if (!object)
        qWarning().noquote() << component.errorString();
    auto *agent = qobject_cast<UserAgent *>(object.get());
    if (agent && !profileDirectory.isEmpty()) {
        agent->setProperty("persistence", QStringLiteral("Persistent"));
        agent->setProperty("profileDirectory", profileDirectory);
    }
    if (agent)
        object.release();
    return std::unique_ptr<UserAgent>(agent);
}

std::unique_ptr<SignInClient> tst_QuickEmbeddedSignIn::newClient()
{
    ClientConfiguration config;
    config.setAuthority(QUrl(m_issuer));
    config.setClientId(QStringLiteral("qtsignin-demo"));
    config.setRedirectUri(m_wire.redirectUri());
    config.setProviderCaching(ClientConfiguration::ProviderCaching::MemoryOnly);
    config.setInteractiveTimeout(std::chrono::seconds(90));
    config.setApplicationName(QStringLiteral("Quick embedded test"));
    auto client = std::make_unique<SignInClient>(config);
    client->setTokenStore(new MemoryTokenStore); // never the keychain of whoever runs the tests
    return client;
}

SignInReply *tst_QuickEmbeddedSignIn::signIn(SignInClient *client, UserAgent *agent)
{
    SignInReply *reply = client->signIn({QStringLiteral("profile"), QStringLiteral("email")}, {}, agent);
    reply->setParent(client);
    return reply;
}

static void waitForTheOutcome(SignInReply *reply)
{
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 90000)) {
        // Ended, so that the caller's checks of its outcome fail, rather than
        // read an unfinished reply's empty error as success.
        qWarning("the sign-in did not finish within 90 s");
        reply->cancel();
    }
}

void tst_QuickEmbeddedSignIn::signsInWithoutTheRedirectReachingTheNetwork()
{
    std::unique_ptr<UserAgent> agent = newAgent();
    QVERIFY(agent);
    QCOMPARE(agent->kind(), UserAgentKind::Embedded);
    std::unique_ptr<SignInClient> client = newClient();
    Person person(agent.get(), Person::AtLogin::SignIn);
    SignInReply *reply = signIn(client.get(), agent.get());
    waitForTheOutcome(reply);
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
    QCOMPARE(reply->result().userAgent(), UserAgentKind::Embedded);
    QCOMPARE(reply->result().account().username(), QStringLiteral("alice@contoso.example"));
    QCOMPARE(reply->result().idTokenClaims().value(QLatin1String("iss")).toString(), m_issuer);
    QCOMPARE(person.seen.first(), QStringLiteral("login"));
    QVERIFY(person.seen.contains(QStringLiteral("consent")));
    expectNothingReachedTheRedirectUri();
    // The window is gone once the sign-in is over.
    QTRY_VERIFY(signInWindow() == nullptr);
    QCOMPARE(agent->property("presenting").toBool(), false);
}

void tst_QuickEmbeddedSignIn::windowShowsTheBrandingAndTheHost()
{
    std::unique_ptr<UserAgent> agent = newAgent();
    QVERIFY(agent);
    std::unique_ptr<SignInClient> client = newClient();
    Person person(agent.get(), Person::AtLogin::Wait);
    SignInReply *reply = signIn(client.get(), agent.get());
    QTRY_COMPARE_WITH_TIMEOUT(person.seen.value(0), QStringLiteral("login"), 60000);

    QQuickWindow *window = signInWindow();
    QVERIFY(window);
    QCOMPARE(window->title(), QStringLiteral("Sign in to Contoso Notes"));
    QObject *header = windowPart("brandingHeader");
    QVERIFY(header);
    QCOMPARE(header->property("color").value<QColor>(), QColor(QStringLiteral("#0b6e4f")));
    QCOMPARE(windowPart("host")->property("text").toString(), QUrl(m_issuer).authority());
    QCOMPARE(windowPart("cancel")->property("text").toString(), QStringLiteral("Cancel"));

    // What the person sees, painted: the accent colour across the top.
    const QImage picture = window->grabWindow();
    QVERIFY(!picture.isNull());
    QCOMPARE(picture.pixelColor(4, 4), QColor(QStringLiteral("#0b6e4f")));
    const QString screenshots = qEnvironmentVariable("QTSIGNIN_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        QVERIFY(picture.save(screenshots + QStringLiteral("/quick-embedded-signin.png")));

    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error().code(), SignInError::Cancelled);
}

void tst_QuickEmbeddedSignIn::closingTheWindowCancels()
{
    std::unique_ptr<UserAgent> agent = newAgent();
    QVERIFY(agent);
    std::unique_ptr<SignInClient> client = newClient();
    Person person(agent.get(), Person::AtLogin::Wait);
    SignInReply *reply = signIn(client.get(), agent.get());
    QTRY_COMPARE_WITH_TIMEOUT(person.seen.value(0), QStringLiteral("login"), 60000);
    QVERIFY(!reply->isFinished());
    QVERIFY(signInWindow());
    signInWindow()->close();
    // At once: a reply ended by its 90 s timeout would be cancelled too.
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error().code(), SignInError::Cancelled);
    QCOMPARE(reply->error().errorCode(), QStringLiteral("cancelled"));
    QCOMPARE(person.seen, QStringList{QStringLiteral("login")});
    QTRY_VERIFY(signInWindow() == nullptr);
}

// A redirect that is not this sign-in's (a forged state and code, as a
// hostile page could send) is refused: the window says so, stays open, and
// the real sign-in then finishes; nothing ever reached the redirect URI.
void tst_QuickEmbeddedSignIn::forgedRedirectIsRefusedAndTheSignInGoesOn()
{
    std::unique_ptr<UserAgent> agent = newAgent();
    QVERIFY(agent);
    std::unique_ptr<SignInClient> client = newClient();
    Person person(agent.get(), Person::AtLogin::ForgeARedirect, m_wire.redirectUri());
    SignInReply *reply = signIn(client.get(), agent.get());
    QTRY_COMPARE_WITH_TIMEOUT(person.seen.value(0), QStringLiteral("forged"), 60000);
    QTRY_COMPARE(windowPart("status") ? windowPart("status")->property("text").toString() : QString(),
                 QStringLiteral("A response that does not belong to this sign-in was ignored."));
    QVERIFY(!reply->isFinished());
    QVERIFY(signInWindow());

    person.signInNow();
    waitForTheOutcome(reply);
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
    QCOMPARE(reply->result().account().username(), QStringLiteral("alice@contoso.example"));
    expectNothingReachedTheRedirectUri();
}

void tst_QuickEmbeddedSignIn::openAtLogin(WaitingAtLogin *waiting)
{
    waiting->agent = newAgent();
    QVERIFY(waiting->agent);
    waiting->client = newClient();
    waiting->person = std::make_unique<Person>(waiting->agent.get(), Person::AtLogin::Wait);
    waiting->reply = signIn(waiting->client.get(), waiting->agent.get());
    Person *person = waiting->person.get();
    if (!QTest::qWaitFor([person] { return !person->seen.isEmpty(); }, 60000))
        qWarning("the login page did not load within 60 s");
    QCOMPARE(person->seen.value(0), QStringLiteral("login"));
}

// The code was caught inside the process: nothing reached the redirect URI.
void tst_QuickEmbeddedSignIn::expectNothingReachedTheRedirectUri()
{
    QTest::qWait(500);
    QCOMPARE(m_wire.received, QByteArray());
    QCOMPARE(m_wire.connections, 0);
}

void tst_QuickEmbeddedSignIn::closeAndExpectCancelled(SignInReply *reply)
{
    QVERIFY(!reply->isFinished());
    QVERIFY(signInWindow());
    signInWindow()->close();
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error().code(), SignInError::Cancelled);
}

// As a person typing in the page would: Escape, the focus in the page.
void tst_QuickEmbeddedSignIn::escapeInThePageCancels()
{
    WaitingAtLogin atLogin;
    openAtLogin(&atLogin);
    if (QTest::currentTestFailed())
        return;
    SignInReply *reply = atLogin.reply;
    QQuickWindow *window = signInWindow();
    QVERIFY(window);
    QVERIFY(windowPart("signInPage")->property("activeFocus").toBool());
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error().code(), SignInError::Cancelled);
    QTRY_VERIFY(signInWindow() == nullptr);
}

// Qt WebEngine hands a scheme it does not load to QDesktopServices, which
// starts whatever program claims it: the page must never get that far.
void tst_QuickEmbeddedSignIn::otherSchemesNeverReachTheDesktop()
{
    Desktop desktop;
    const QStringList schemes{QStringLiteral("mailto"), QStringLiteral("x-foo")};
    for (const QString &scheme : schemes)
        QDesktopServices::setUrlHandler(scheme, &desktop, "open");
    const auto unset = qScopeGuard([&schemes] {
        for (const QString &scheme : schemes)
            QDesktopServices::unsetUrlHandler(scheme);
    });
    WaitingAtLogin atLogin;
    openAtLogin(&atLogin);
    if (QTest::currentTestFailed())
        return;
    SignInReply *reply = atLogin.reply;

    PageAnswers page;
    QVERIFY(runInPage(&page, QStringLiteral("location.href = 'x-foo:start-something'; 'sent'")));
    QTRY_COMPARE(page.answers.value(0), QStringLiteral("sent"));
    QVERIFY(runInPage(&page, QStringLiteral("location.href = 'mailto:help@example.com'; 'sent'")));
    QTRY_COMPARE(page.answers.value(1), QStringLiteral("sent"));
    // A page reaching the desktop does so within milliseconds.
    QTest::qWait(1500);
    QCOMPARE(desktop.opened, QList<QUrl>());
    closeAndExpectCancelled(reply);
}

// A certificate the platform does not trust: the page is not shown, the
// window says why, and nobody gets a button to go on anyway.
void tst_QuickEmbeddedSignIn::tlsErrorIsRefusedAndShown()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "openssl is missing (scripts/setup.sh installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess make;
    make.setWorkingDirectory(dir.path());
    make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"),
                         QStringLiteral("-out"), QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("1"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    QVERIFY(make.waitForFinished(30000));
    QCOMPARE(make.exitCode(), 0);
    QFile certificate(dir.filePath(QStringLiteral("cert.pem")));
    QFile key(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificate.readAll()));
    tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    QSslServer untrusted;
    untrusted.setSslConfiguration(tls);
    QVERIFY(untrusted.listen(QHostAddress::LocalHost));

    WaitingAtLogin atLogin;
    openAtLogin(&atLogin);
    if (QTest::currentTestFailed())
        return;
    SignInReply *reply = atLogin.reply;
    PageAnswers page;
    QVERIFY(runInPage(&page, QStringLiteral("location.href = 'https://127.0.0.1:%1/'; 'sent'").arg(untrusted.serverPort())));
    QTRY_VERIFY_WITH_TIMEOUT(windowPart("status")->property("text").toString().startsWith(
                                     QLatin1String("The connection to 127.0.0.1 is not secure (")),
                             20000);
    closeAndExpectCancelled(reply);
}

// Notifications, location, camera: a sign-in page needs none, and the
// page's request is answered "denied" rather than left waiting.
void tst_QuickEmbeddedSignIn::permissionsAreDenied()
{
    WaitingAtLogin atLogin;
    openAtLogin(&atLogin);
    if (QTest::currentTestFailed())
        return;
    SignInReply *reply = atLogin.reply;
    PageAnswers page;
    QVERIFY(runInPage(&page, QStringLiteral(
            "Notification.requestPermission().then(p => { window.qtsigninAnswer = p; }); 'asked'")));
    QTRY_COMPARE(page.answers.value(0), QStringLiteral("asked"));
    const bool answered = QTest::qWaitFor([&page] {
        runInPage(&page, QStringLiteral("String(window.qtsigninAnswer)"));
        QTest::qWait(200);
        return page.answers.last() == QLatin1String("denied");
    }, 10000);
    QVERIFY2(answered, qPrintable(page.answers.join(QLatin1Char(' '))));
    closeAndExpectCancelled(reply);
}

// A file the page offers for download is never saved: signing in needs none.
void tst_QuickEmbeddedSignIn::downloadsAreCancelled()
{
    WaitingAtLogin atLogin;
    openAtLogin(&atLogin);
    if (QTest::currentTestFailed())
        return;
    SignInReply *reply = atLogin.reply;
    QObject *profile = windowPart("signInPage")->property("profile").value<QObject *>();
    QVERIFY(profile);
    QTemporaryDir downloads;
    QVERIFY(downloads.isValid());
    QVERIFY(profile->setProperty("downloadPath", downloads.path()));

    // The refusal is logged as soon as the profile sees the download.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused a download")));
    PageAnswers page;
    QVERIFY(runInPage(&page, QStringLiteral(R"JS(
        (function () {
            const link = document.createElement('a');
            link.href = 'data:application/octet-stream;base64,cXRzaWduaW4=';
            link.download = 'offered.bin';
            document.body.appendChild(link);
            link.click();
            return 'offered';
        })())JS")));
    QTRY_COMPARE(page.answers.value(0), QStringLiteral("offered"));
    QTest::qWait(3000);
    QCOMPARE(QDir(downloads.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
    closeAndExpectCancelled(reply);
}

// Persistent (the default): the provider's session stays in the profile's
// folder, so the next sign-in, by a new agent on the same folder, needs no
// password; clearSession() forgets it. Private profiles never do this.
void tst_QuickEmbeddedSignIn::persistentProfileSignsInAgainWithoutThePassword()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString folder = home.filePath(QStringLiteral("profile"));
    const auto signInWithANewAgent = [this, &folder](QStringList *seen, bool clearFirst) {
        std::unique_ptr<UserAgent> agent = newAgent(folder);
        if (!agent || agent->property("persistence").toInt() != 0)
            return false;
        if (clearFirst)
            QMetaObject::invokeMethod(agent.get(), "clearSession");
        std::unique_ptr<SignInClient> client = newClient();
        Person person(agent.get(), Person::AtLogin::SignIn);
        SignInReply *reply = signIn(client.get(), agent.get());
        waitForTheOutcome(reply);
        *seen = person.seen;
        if (reply->error().isError())
            qWarning("sign-in failed: %s", qPrintable(reply->error().detail()));
        return !reply->error().isError();
    };
    QStringList seen;
    QVERIFY(signInWithANewAgent(&seen, false));
    QCOMPARE(seen.value(0), QStringLiteral("login"));
    QVERIFY(signInWithANewAgent(&seen, false));
    QVERIFY2(!seen.contains(QStringLiteral("login")), qPrintable(seen.join(QLatin1Char(' '))));
    QVERIFY(signInWithANewAgent(&seen, true));
    QCOMPARE(seen.value(0), QStringLiteral("login"));
    QVERIFY(QFileInfo(folder).isDir());
    // Chromium writes to a profile's folder for a moment after the profile is gone.
    home.setAutoRemove(false);
    if (!QTest::qWaitFor([&home] { return QDir(home.path()).removeRecursively(); }, 5000))
        qWarning() << "could not remove" << home.path();
}

int main(int argc, char *argv[])
{
    // Before the application object: Qt WebEngine shares its OpenGL context.
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("tst_quick_embedded_signin"));
    tst_QuickEmbeddedSignIn test;
    return QTest::qExec(&test, argc, argv);
}


// All in QML, as a Qt Quick app writes it: the SignInClient of `import
// QtSignIn` shows its sign-in in this module's EmbeddedSignIn (userAgent),
// and the result reaches then().
void tst_QuickEmbeddedSignIn::qmlSignInClientSignsInThroughIt()
{
    QQmlComponent component(&m_engine);
    component.setData(R"QML(
        import QtQml
        import QtSignIn
        import QtSignIn.WebEngine
        QtObject {
            id: root
            property url authority
            property url redirectUri
            property var agent: EmbeddedSignIn { persistence: EmbeddedSignIn.Private }
            property var client: SignInClient {
                authority: root.authority
                clientId: "qtsignin-demo"
                redirectUri: root.redirectUri
                scopes: ["profile", "email"]
                tokenStore: SignInClient.Memory
                userAgent: root.agent
            }
            property var result
            property var failure
            function start() { client.signIn().then(r => result = r, e => failure = e) }
        }
    )QML", QUrl::fromLocalFile(QDir::current().absoluteFilePath(QStringLiteral("client.qml"))));
    std::unique_ptr<QObject> app(component.createWithInitialProperties(
            {{QStringLiteral("authority"), QUrl(m_issuer)}, {QStringLiteral("redirectUri"), m_wire.redirectUri()}}));
    QVERIFY2(app, qPrintable(component.errorString()));
    auto *agent = app->property("agent").value<QObject *>();
    QVERIFY(qobject_cast<UserAgent *>(agent));
    Person person(agent, Person::AtLogin::SignIn);
    QVERIFY(QMetaObject::invokeMethod(app.get(), "start"));
    QTRY_VERIFY_WITH_TIMEOUT(!app->property("result").isNull() || !app->property("failure").isNull(), 90000);
    const auto map = [](const QVariant &value) {
        return value.metaType() == QMetaType::fromType<QJSValue>() ? value.value<QJSValue>().toVariant().toMap()
                                                                   : value.toMap();
    };
    QVERIFY2(app->property("failure").isNull(),
             qPrintable(map(app->property("failure")).value(QStringLiteral("detail")).toString()));
    const QVariantMap result = map(app->property("result"));
    QCOMPARE(result.value(QStringLiteral("account")).toMap().value(QStringLiteral("username")).toString(),
             QStringLiteral("alice@contoso.example"));
    QCOMPARE(person.seen.first(), QStringLiteral("login"));
    expectNothingReachedTheRedirectUri();
}

#include "tst_quick_embedded_signin.moc"
