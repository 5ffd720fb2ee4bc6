// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// The demo's widgets end to end, offscreen: the real local provider
// (oidc-provider) and demo API, with headless Chromium as the person's
// browser, and Qt WebEngine for the embedded sign-in. Only what those alone
// show is here: a browser sign-in and the real API's answer, the claims
// challenges the provider meets or refuses, the embedded agent, the device
// sign-in approved in another browser, and the end-session page. Everything
// else about the widgets is in tst_demo_kit.cpp, against QtSignIn::Test.

#include "DecodedJwt.h"
#include "DemoFixture.h"
#include "DemoWidgetTesting.h"
#include "ui/AccountPage.h"
#include "ui/ConsentPage.h"
#include "ui/DevicePage.h"
#include "ui/ErrorBanner.h"
#include "ui/MainWindow.h"
#include "ui/WaitingPage.h"
#include "ui/WelcomePage.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>
#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QtTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QToolButton>

using namespace DemoWidgetTesting;

namespace {
// The local demo, its tokens bound to the app's key (RFC 9449).
DemoConfiguration dpopConfiguration(const QUrl &api)
{
    DemoConfiguration configuration = DemoConfiguration::localDemo(DemoFixture::issuer(), api);
    configuration.client.setProofOfPossession(QtSignIn::ClientConfiguration::ProofOfPossession::DPoPWhenSupported);
    return configuration;
}
} // namespace

class tst_Demo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(DemoFixture::issuer().isValid() && !DemoFixture::issuer().isEmpty(), "no local provider");
        QVERIFY2(DemoFixture::apiUrl().isValid() && !DemoFixture::apiUrl().isEmpty(), "no demo API");
    }

    void signInThenAnApiCallIsShown()
    {
        QObject owner;
        DemoSession *session = DemoFixture::createSession(DemoFixture::branding(), &owner);
        MainWindow window(session);
        window.show();
        signIn(&window);
        QCOMPARE(find<QLabel>(&window, QStringLiteral("accountName"))->text(), QStringLiteral("Alice Example"));
        QVERIFY(window.accountButton()->isVisible());
        // The profile: the ID token's claims, then the provider's userinfo.
        QTRY_VERIFY_WITH_TIMEOUT(!session->currentResult().userInfo().isEmpty(), 30000);
        QCOMPARE(session->currentResult().userInfo().value(QLatin1String("email")).toString(),
                 QStringLiteral("alice@contoso.example"));
        // Requested versus granted.
        auto *table = find<QTableWidget>(&window, QStringLiteral("scopeTable"));
        QString apiRead;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("api.read"))
                apiRead = table->item(row, 1)->text() + QLatin1Char('/') + table->item(row, 2)->text();
        }
        QCOMPARE(apiRead, QStringLiteral("yes/yes"));

        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("call:items")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.accountPage()->apiStatusText().contains(QStringLiteral("200")), 30000);
        QVERIFY(window.accountPage()->apiStatusText().contains(QStringLiteral("GET /items")));
        QVERIFY(window.accountPage()->apiBodyText().contains(QStringLiteral("\"items\"")));
        QVERIFY(find<QLabel>(&window, QStringLiteral("apiTiming"))->text().contains(QStringLiteral(" ms")));
        // The token came from memory: no second trip to the provider.
        QVERIFY(find<QLabel>(&window, QStringLiteral("apiTiming"))->text().contains(QStringLiteral("from memory")));
        // The inspector shows decoded claims, not the raw token.
        auto *raw = find<QLineEdit>(&window, QStringLiteral("accessTokenRaw"));
        QCOMPARE(raw->echoMode(), QLineEdit::Password);
        QVERIFY(find<QPlainTextEdit>(&window, QStringLiteral("idTokenDecoded"))->toPlainText().contains(QStringLiteral("\"sub\"")));
        QVERIFY(find<QLabel>(&window, QStringLiteral("tokenExpiry"))->text().contains(QStringLiteral("expires in")));
        find<QToolButton>(&window, QStringLiteral("accessTokenReveal"))->setChecked(true);
        QCOMPARE(raw->echoMode(), QLineEdit::Normal);
    }

    // RFC 9449: the local demo asks for DPoP, the local provider binds the
    // token to the app's key, the call carries a DPoP proof, and the API
    // checked it: /me says the token came as DPoP, bound to the key the
    // token names (cnf.jkt). The same token without a proof is refused.
    void aDpopBoundTokenReachesTheApiWithAProof()
    {
        QObject owner;
        // The local demo as it comes: DPoP where the provider offers it.
        DemoSession *session = DemoFixture::createSession(DemoFixture::branding(), &owner);
        MainWindow window(session);
        window.show();
        signIn(&window);
        QCOMPARE(session->currentResult().tokenType(), QStringLiteral("DPoP"));
        QSignalSpy responses(session, &DemoSession::apiResponse);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("call:me")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(responses.count(), 1, 30000);
        const auto response = responses.at(0).at(0).value<ApiResponse>();
        QCOMPARE(response.status, 200);
        QVERIFY(response.dpop);
        QVERIFY(!response.dpopNonce);
        const QJsonObject me = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(me.value(QLatin1String("token_type")).toString(), QStringLiteral("DPoP"));
        const DecodedJwt token = DecodedJwt::decode(session->currentResult().accessToken().reveal());
        const QString jkt = token.claims.value(QLatin1String("cnf")).toObject().value(QLatin1String("jkt")).toString();
        QVERIFY(!jkt.isEmpty());
        QCOMPARE(me.value(QLatin1String("jkt")).toString(), jkt);
        QVERIFY2(find<QLabel>(&window, QStringLiteral("apiTiming"))->text().contains(QStringLiteral("DPoP proof")),
                 qPrintable(find<QLabel>(&window, QStringLiteral("apiTiming"))->text()));

        // Copied out of the app, the token alone is worth nothing (§7.2).
        QNetworkAccessManager network;
        QNetworkRequest copied(QUrl(DemoFixture::apiUrl().toString() + QStringLiteral("/me")));
        copied.setRawHeader("Authorization", "Bearer " + session->currentResult().accessToken().reveal());
        QNetworkReply *reply = network.get(copied);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QVERIFY(reply->rawHeader("WWW-Authenticate").contains("error=\"invalid_token\""));
        delete reply;
    }

    // RFC 9449 §9: an API that wants a nonce of its own in each proof (the
    // demo API with API_DPOP_NONCE=1, started here) answers the first call
    // with use_dpop_nonce and a DPoP-Nonce; the demo makes it again with a
    // proof that carries the nonce, and the person sees the answer.
    void anApiThatWantsADpopNonceGetsIt()
    {
        QTemporaryDir state;
        QVERIFY(state.isValid());
        QProcess start;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("API_DPOP_NONCE"), QStringLiteral("1"));
        start.setProcessEnvironment(environment);
        start.start(QStringLiteral(QTSIGNIN_SOURCE_DIR "/tests/api/start.sh"),
                    {state.path(), DemoFixture::issuer().toString()});
        QVERIFY(start.waitForFinished(60000));
        QCOMPARE(start.exitCode(), 0);
        const QUrl nonceApi(QString::fromUtf8(start.readAllStandardOutput().trimmed()));
        QVERIFY(nonceApi.isValid() && !nonceApi.isEmpty());
        const auto stop = qScopeGuard([&state] {
            QProcess::execute(QStringLiteral(QTSIGNIN_SOURCE_DIR "/tests/api/stop.sh"), {state.path()});
        });

        QObject owner;
        DemoSession *session = DemoFixture::createSession(dpopConfiguration(nonceApi), DemoFixture::branding(), &owner);
        MainWindow window(session);
        window.show();
        signIn(&window);
        QSignalSpy responses(session, &DemoSession::apiResponse);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("call:items")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(responses.count(), 1, 30000);
        const auto response = responses.at(0).at(0).value<ApiResponse>();
        QCOMPARE(response.status, 200);
        QVERIFY(response.dpop);
        QVERIFY(response.dpopNonce);
        QVERIFY(window.accountPage()->apiBodyText().contains(QStringLiteral("\"items\"")));
        QVERIFY2(find<QLabel>(&window, QStringLiteral("apiTiming"))->text().contains(QStringLiteral("nonce")),
                 qPrintable(find<QLabel>(&window, QStringLiteral("apiTiming"))->text()));
    }

    // A claims challenge the provider meets on a refresh (a compliant
    // device): the API's 401 insufficient_claims, then a token refreshed
    // with the challenge's claims, then the same call answered, with no
    // question to the person.
    void aClaimsChallengeIsMetSilently()
    {
        QObject owner;
        DemoSession *session = DemoFixture::createSession(DemoFixture::branding(), &owner);
        MainWindow window(session);
        window.show();
        signIn(&window);
        QSignalSpy responses(session, &DemoSession::apiResponse);
        QSignalSpy claimsNeedSignIn(session, &DemoSession::claimsNeedSignIn);

        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("call:device-items")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(responses.count(), 2, 30000);
        const auto challenged = responses.at(0).at(0).value<ApiResponse>();
        QCOMPARE(challenged.status, 401);
        QVERIFY(challenged.challenge.isInsufficientClaims());
        QCOMPARE(challenged.challenge.claims().value(QLatin1String("access_token")).toObject()
                         .value(QLatin1String("acr")).toObject().value(QLatin1String("value")).toString(),
                 QStringLiteral("urn:qtsignin:compliant-device"));
        const auto answered = responses.at(1).at(0).value<ApiResponse>();
        QCOMPARE(answered.status, 200);
        QVERIFY(answered.afterClaimsChallenge);
        QCOMPARE(answered.tokenSource, QStringLiteral("refresh"));
        QTRY_VERIFY(window.accountPage()->apiStatusText().contains(QStringLiteral("200")));
        QVERIFY(window.accountPage()->apiStatusText().contains(QStringLiteral("GET /device-items")));
        QCOMPARE(claimsNeedSignIn.count(), 0);
        QVERIFY(!window.banner()->isVisible());
    }

    // A claims challenge only the person can meet (a second factor): the
    // refresh is refused with interaction_required, the banner asks, the
    // person signs in again with the challenge's claims, and the call is
    // answered.
    void aClaimsChallengeForASecondFactorSignsInAgain()
    {
        QObject owner;
        DemoSession *session = DemoFixture::createSession(DemoFixture::branding(), &owner);
        MainWindow window(session);
        window.show();
        signIn(&window);
        const QString accountBefore = session->currentAccount().id();
        QSignalSpy claimsNeedSignIn(session, &DemoSession::claimsNeedSignIn);

        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("call:secure-items")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(claimsNeedSignIn.count(), 1, 30000);
        QVERIFY(window.accountPage()->apiStatusText().contains(QStringLiteral("401")));
        QTRY_VERIFY(window.banner()->isVisible());
        QVERIFY2(window.banner()->title().contains(QStringLiteral("sign in again")), qPrintable(window.banner()->title()));

        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("bannerAction")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.accountPage()->apiStatusText().contains(QStringLiteral("200")), signInTimeout);
        QVERIFY(window.accountPage()->apiStatusText().contains(QStringLiteral("GET /secure-items")));
        QCOMPARE(window.pages()->currentWidget(), window.accountPage());
        QCOMPARE(session->currentAccount().id(), accountBefore);
        QCOMPARE(claimsNeedSignIn.count(), 1);

        // Another challenge after it (a compliant device) is still met by a
        // refresh, without asking the person again.
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("call:device-items")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.accountPage()->apiStatusText().contains(QStringLiteral("GET /device-items")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.accountPage()->apiStatusText().contains(QStringLiteral("200")), 30000);
        QCOMPARE(claimsNeedSignIn.count(), 1);
    }

    void embeddedSignInLoadsWebEngineOnlyWhenChosen()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/self/maps");
#endif
        const auto mapped = [](const QByteArray &library) {
            QFile maps(QStringLiteral("/proc/self/maps"));
            return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(library);
        };
        QObject owner;
        DemoSession *session = DemoFixture::createSession(DemoFixture::branding(), &owner);
        MainWindow window(session);
        window.show();
        QTest::qWait(50);
        QVERIFY(!mapped("libQt6WebEngineCore"));
        QVERIFY(!mapped("libQtSignInWebEngine"));

        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("signInInsideApp")), Qt::LeftButton);
        QCOMPARE(window.pages()->currentWidget(), window.consentPage());
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("consentContinue")), Qt::LeftButton);
        QVERIFY2(window.pages()->currentWidget() == window.waitingPage(), qPrintable(window.banner()->text()));
        QVERIFY(mapped("libQtSignInWebEngine"));
        QVERIFY(mapped("libQt6WebEngineCore"));
        QVERIFY(find<QLabel>(&window, QStringLiteral("waitingHeading"))->text().contains(QStringLiteral("sign-in window")));
        QVERIFY(!find<QPushButton>(&window, QStringLiteral("reopenPage"))->isVisible());
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("cancelSignIn")), Qt::LeftButton);
        QTRY_COMPARE(window.pages()->currentWidget(), window.welcomePage());
        // Once the sign-out has finished: it revokes the tokens at the
        // provider after forgetting them here, which takes a round trip.
        QTRY_VERIFY2(!window.banner()->isVisible(), qPrintable(window.banner()->title()));
    }

    // Issue 17: the other device (headless Chromium) opens the page the
    // demo shows and approves; the demo's polling ends on the account page.
    void deviceSignInApprovedOnAnotherDeviceShowsTheAccount()
    {
        QObject owner;
        DemoSession *session = DemoFixture::createSession(DemoFixture::branding(), &owner);
        // Nothing may open a browser here: the other device does it all.
        bool browserOpened = false;
        session->setBrowserLauncher([&browserOpened](const QUrl &) { return browserOpened = true; });
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("signInOnAnotherDevice")), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("consentContinue")), Qt::LeftButton);
        QTRY_COMPARE(window.pages()->currentWidget(), window.devicePage());
        QTRY_VERIFY_WITH_TIMEOUT(window.devicePage()->shownLink().isValid(), 10000);

        QProcess otherDevice;
        otherDevice.setProcessChannelMode(QProcess::ForwardedChannels);
        otherDevice.start(QStringLiteral("node"),
                          {QStringLiteral(QTSIGNIN_SOURCE_DIR "/tests/browser/signin.mjs"), QStringLiteral("--device"),
                           QStringLiteral("--user"), QStringLiteral("bob"),
                           window.devicePage()->shownLink().toString(QUrl::FullyEncoded)});
        QVERIFY(otherDevice.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(window.pages()->currentWidget(), window.accountPage(), signInTimeout);
        QVERIFY2(session->currentAccount().username().startsWith(QStringLiteral("bob@")), qPrintable(session->currentAccount().username()));
        QVERIFY(!window.banner()->isVisible());
        QVERIFY(!browserOpened);
        // It may have exited already (waitForFinished() is false then).
        QVERIFY(otherDevice.state() == QProcess::NotRunning || otherDevice.waitForFinished(30000));
        QCOMPARE(otherDevice.exitStatus(), QProcess::NormalExit);
        QCOMPARE(otherDevice.exitCode(), 0);
    }

    void signOutCanEndTheProviderSession()
    {
        QObject owner;
        DemoSession *session = DemoFixture::createSession(DemoFixture::branding(), &owner);
        const QtSignIn::BrowserLauncher chromium = QtSignIn::SystemBrowserUserAgent::commandLauncher(
                QStringLiteral("node " QTSIGNIN_SOURCE_DIR "/tests/browser/signin.mjs --user alice"));
        QList<QUrl> opened;
        session->setBrowserLauncher([&opened, chromium](const QUrl &url) {
            opened << url;
            // The end-session page needs nobody: only the sign-in is played.
            return opened.size() == 1 ? chromium(url) : true;
        });
        MainWindow window(session);
        window.show();
        signIn(&window);
        QAction *everywhere = menuAction(&window, QStringLiteral("signOutEverywhere"));
        QVERIFY(everywhere);
        QVERIFY2(everywhere->text().contains(QStringLiteral("Demo Sign-in")), qPrintable(everywhere->text()));
        everywhere->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 30000);
        QVERIFY(QUrlQuery(opened.last()).hasQueryItem(QStringLiteral("id_token_hint")));
        QTRY_COMPARE(window.pages()->currentWidget(), window.welcomePage());
    }
};

// Qt WebEngine, loaded by one case, needs this before the application exists.
static void shareOpenGLContexts()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}
Q_CONSTRUCTOR_FUNCTION(shareOpenGLContexts)

QTEST_MAIN(tst_Demo)
#include "tst_demo.moc"
