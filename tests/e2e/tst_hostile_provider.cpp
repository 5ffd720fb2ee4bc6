// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// QtSignIn::Core against a deliberately broken OpenID provider
// (tests/fixtures/hostile-provider/server.mjs): every way a provider, or
// someone in its place, can get the protocol wrong must end the sign-in with
// the right error and no tokens; the few harmless oddities must still sign in.
//
// No real browser: the launcher is a stand-in that GETs the authorization URL
// and follows the provider's redirect to the library's loopback listener.

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/SystemBrowserUserAgent.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtTest/QtTest>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;
using QtSignIn::ClientConfiguration;
using QtSignIn::SignInClient;
using QtSignIn::SignInError;
using QtSignIn::SignInReply;
using QtSignIn::SignInResult;
using QtSignIn::SystemBrowserUserAgent;

namespace {

const QString clientId = QStringLiteral("qtsignin-test");
constexpr int signInDeadlineMs = 15000;

struct Outcome
{
    SignInResult result;
    SignInError error;
    bool browserLaunched = false;
    int browserStatus = 0; // HTTP status of the page the stand-in browser ended on
};

} // namespace

class tst_HostileProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void signIn_data();
    void signIn();
    void unknownKidRefetchIsRateLimited();
    void keyRotationFetchesJwksTwice();
    void cliRefusesWithExitCode2_data();
    void cliRefusesWithExitCode2();

private:
    std::unique_ptr<SignInClient> makeClient(const QString &caseName, std::chrono::seconds timeout,
                                             const QString &cacheDirectory = QString());
    void runSignIn(SignInClient *client, Outcome *outcome);
    QJsonObject stats();
    int count(const QString &path);

    QProcess m_server;
    QString m_base;
    QNetworkAccessManager m_network; // the stand-in browser, and /stats
    // The stand-in browser's navigation of the sign-in in progress.
    QPointer<QNetworkReply> m_browserReply;
    bool m_browserLaunched = false;
    int m_browserStatus = 0;
};

void tst_HostileProvider::initTestCase()
{
    const QString script = QStringLiteral(HOSTILE_PROVIDER_SCRIPT);
    QVERIFY2(QFile::exists(script), qPrintable(script));
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.setReadChannel(QProcess::StandardOutput);
    // --exit-on-stdin-eof: if this test dies, the provider goes with it.
    m_server.start(QStringLiteral("node"), {script, QStringLiteral("0"), QStringLiteral("--exit-on-stdin-eof")});
    QVERIFY2(m_server.waitForStarted(10000), qPrintable(m_server.errorString()));
    QElapsedTimer timer;
    timer.start();
    while (!m_server.canReadLine() && timer.elapsed() < 20000) {
        if (!m_server.waitForReadyRead(1000) && m_server.state() != QProcess::Running)
            break;
    }
    QVERIFY2(m_server.canReadLine(),
             qPrintable(QStringLiteral("the hostile provider did not start: ")
                        + QString::fromUtf8(m_server.readAllStandardError())));
    m_base = QString::fromUtf8(m_server.readLine()).trimmed();
    QVERIFY2(m_base.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(m_base));
    qInfo("hostile provider at %s", qPrintable(m_base));
}

void tst_HostileProvider::cleanupTestCase()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.kill();
    m_server.waitForFinished(5000);
    const QByteArray errors = m_server.readAllStandardError();
    if (!errors.isEmpty())
        qWarning("hostile provider stderr: %s", errors.constData());
}

std::unique_ptr<SignInClient> tst_HostileProvider::makeClient(const QString &caseName,
                                                              std::chrono::seconds timeout,
                                                              const QString &cacheDirectory)
{
    ClientConfiguration configuration;
    configuration.setAuthority(QUrl(m_base + QStringLiteral("/case/") + caseName));
    configuration.setClientId(clientId);
    configuration.setInteractiveTimeout(timeout);
    configuration.setNetworkTimeout(10s);
    if (cacheDirectory.isEmpty()) {
        // Each case starts from nothing, and nothing lands in the user's cache.
        configuration.setProviderCaching(ClientConfiguration::ProviderCaching::MemoryOnly);
    } else {
        configuration.setProviderCaching(ClientConfiguration::ProviderCaching::MemoryAndDisk);
        configuration.setProviderCacheDirectory(cacheDirectory);
    }
    auto client = std::make_unique<SignInClient>(configuration);

    auto *agent = new SystemBrowserUserAgent;
    // The browser stand-in: load the authorization URL, follow the provider's
    // 302 to the loopback listener (http loopback to http loopback is "no less
    // safe"), and remember the status of the page it ends on.
    agent->setLauncher([this](const QUrl &url) {
        m_browserLaunched = true;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setTransferTimeout(signInDeadlineMs);
        QNetworkReply *reply = m_network.get(request);
        m_browserReply = reply;
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            m_browserStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
        });
        return true;
    });
    client->setUserAgent(agent);
    return client;
}

void tst_HostileProvider::runSignIn(SignInClient *client, Outcome *outcome)
{
    m_browserLaunched = false;
    m_browserStatus = 0;
    std::unique_ptr<SignInReply> reply(client->signIn({QStringLiteral("profile")}));
    QVERIFY(reply);
    QSignalSpy finished(reply.get(), &SignInReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, signInDeadlineMs);
    QCOMPARE(finished.count(), 1);
    QVERIFY(reply->isFinished());
    outcome->result = reply->result();
    outcome->error = reply->error();
    outcome->browserLaunched = m_browserLaunched;
    if (m_browserLaunched) {
        // The listener holds the page until the outcome is known; it comes now.
        QTRY_VERIFY_WITH_TIMEOUT(m_browserStatus != 0 || !m_browserReply, 5000);
        outcome->browserStatus = m_browserStatus;
    }
}

QJsonObject tst_HostileProvider::stats()
{
    std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(QUrl(m_base + QStringLiteral("/stats")))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(5000) || reply->error() != QNetworkReply::NoError) {
        qWarning("GET /stats failed: %s", qPrintable(reply->errorString()));
        return {};
    }
    return QJsonDocument::fromJson(reply->readAll()).object();
}

int tst_HostileProvider::count(const QString &path)
{
    return stats().value(path).toInt();
}

// ---------------------------------------------------------------- every case

void tst_HostileProvider::signIn_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("errorCode");          // empty: must sign in
    QTest::addColumn<QString>("detail");             // a substring of error().detail()
    QTest::addColumn<QString>("providerDescription"); // error().providerErrorDescription()

    const auto accept = [](const char *name) {
        QTest::newRow(name) << QString::fromLatin1(name) << QString() << QString() << QString();
    };
    const auto reject = [](const char *name, const char *code, const QString &detail,
                           const QString &providerDescription = QString()) {
        QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(code) << detail
                            << providerDescription;
    };
    const char *idToken = "invalid_id_token";

    accept("valid");
    accept("es256");
    accept("ps256");
    accept("kid-absent-single-key");
    // Expects a refetch of the JWKS right after the first fetch, within one
    // sign-in of a fresh client (see the report: the library waits a minute).
    accept("key-rotation");
    accept("multi-aud-with-azp");
    accept("iat-small-future");
    accept("at-hash-valid");
    accept("iss-param-missing-not-advertised");

    // Discovery
    reject("discovery-issuer-mismatch", "invalid_provider_metadata",
           QStringLiteral("does not match the authority"));
    reject("discovery-http-endpoint", "insecure_endpoint",
           QStringLiteral("\"token_endpoint\" is not https"));
    reject("discovery-malformed", "invalid_provider_metadata",
           QStringLiteral("the discovery document is not a JSON object"));

    // Authorization response
    reject("iss-param-mismatch", "invalid_authorization_response",
           QStringLiteral("iss mismatch in the authorization response"));
    reject("iss-param-missing", "invalid_authorization_response",
           QStringLiteral("iss missing from the authorization response"));
    reject("state-mismatch", "timed_out", QStringLiteral("no authorization response within 2 seconds"));
    reject("error-access-denied", "access_denied", QString(), QStringLiteral("The user said no"));

    // Token response
    reject("token-type-mac", "invalid_token_response", QStringLiteral("\"token_type\" is \"mac\", not Bearer"));
    reject("missing-id-token", "invalid_token_response", QStringLiteral("id_token missing"));
    reject("token-error", "invalid_grant", QString(), QStringLiteral("code expired"));
    reject("token-500", "network_error", QStringLiteral("token request: HTTP 500"));
    reject("token-redirect", "network_error", QStringLiteral("unexpected redirect (HTTP 307)"));
    reject("token-huge", "network_error", QStringLiteral("larger than"));
    reject("token-malformed-json", "invalid_token_response", QStringLiteral("not JSON"));

    // ID token signature and keys
    reject("bad-signature", idToken, QStringLiteral("bad signature"));
    reject("alg-none", idToken, QStringLiteral("signing algorithm not allowed"));
    reject("hs256-public-key", idToken, QStringLiteral("signing algorithm not allowed"));
    reject("hs256-public-key-jwk", idToken, QStringLiteral("signing algorithm not allowed"));
    reject("alg-not-advertised", idToken, QStringLiteral("signing algorithm not advertised by the provider"));
    reject("kid-absent-several-keys", idToken, QStringLiteral("no kid, and several keys could have signed"));
    reject("unknown-kid", idToken, QStringLiteral("unknown kid"));
    reject("duplicate-kid", idToken, QStringLiteral("several keys share the token's kid"));
    reject("crit-unknown", idToken, QStringLiteral("critical header extension not understood"));
    reject("weak-rsa-key", idToken, QStringLiteral("unknown kid"));

    // ID token claims
    reject("wrong-iss", idToken, QStringLiteral("iss mismatch"));
    reject("wrong-aud", idToken, QStringLiteral("aud mismatch"));
    reject("missing-aud", idToken, QStringLiteral("aud missing"));
    reject("multi-aud-no-azp", idToken, QStringLiteral("azp missing with several audiences"));
    reject("azp-mismatch", idToken, QStringLiteral("azp mismatch"));
    reject("expired", idToken, QStringLiteral("token expired"));
    reject("iat-far-future", idToken, QStringLiteral("iat in the future"));
    reject("nbf-future", idToken, QStringLiteral("token not yet valid"));
    reject("nonce-mismatch", idToken, QStringLiteral("nonce mismatch"));
    reject("nonce-missing", idToken, QStringLiteral("nonce missing"));
    reject("sub-missing", idToken, QStringLiteral("sub missing"));
    reject("at-hash-mismatch", idToken, QStringLiteral("at_hash mismatch"));
}

void tst_HostileProvider::signIn()
{
    QFETCH(QString, caseName);
    QFETCH(QString, errorCode);
    QFETCH(QString, detail);
    QFETCH(QString, providerDescription);

    const auto timeout = caseName == QLatin1String("state-mismatch") ? 2s : 5s;
    auto client = makeClient(caseName, timeout);
    Outcome outcome;
    runSignIn(client.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    const SignInError &error = outcome.error;
    const QString said = QStringLiteral("errorCode \"%1\", detail \"%2\", provider description \"%3\"")
                                 .arg(error.errorCode(), error.detail(), error.providerErrorDescription());

    if (errorCode.isEmpty()) {
        QVERIFY2(!error.isError(), qPrintable(said));
        QCOMPARE(outcome.result.idTokenClaims.value(QLatin1String("sub")).toString(), QStringLiteral("user-1"));
        QVERIFY(!outcome.result.account.id().isEmpty());
        QVERIFY(!outcome.result.accessToken.isEmpty());
        QVERIFY(!outcome.result.idToken.isEmpty());
        QCOMPARE(outcome.result.tokenType, QStringLiteral("Bearer"));
        // The person's page says it worked.
        QVERIFY(outcome.browserLaunched);
        QCOMPARE(outcome.browserStatus, 200);
        return;
    }

    QVERIFY2(error.isError(), "signed in, but must not have");
    QVERIFY2(error.errorCode() == errorCode, qPrintable(said));
    QVERIFY2(error.detail().contains(detail), qPrintable(said));
    QVERIFY2(error.providerErrorDescription() == providerDescription, qPrintable(said));
    QVERIFY(!error.message().isEmpty());
    // Nothing of a rejected sign-in may reach the application.
    QVERIFY(outcome.result.accessToken.isEmpty());
    QVERIFY(outcome.result.idToken.isEmpty());
    QVERIFY(outcome.result.refreshToken.isEmpty());
    QVERIFY(outcome.result.idTokenClaims.isEmpty());
    QVERIFY(!outcome.result.account.isValid());
    // When the browser got as far as the loopback listener, its page says it failed.
    if (outcome.browserLaunched)
        QCOMPARE(outcome.browserStatus, 400);
}

// ---------------------------------------------------------------- JWKS refetching

// An unknown kid makes the client fetch the keys again (the provider may
// have rotated them), once per sign-in and at most once a minute per client:
// a stream of forged tokens must not turn the client into a JWKS hammer.
void tst_HostileProvider::unknownKidRefetchIsRateLimited()
{
    const QString instance = QStringLiteral("unknown-kid~ratelimit");
    const QString jwksPath = QStringLiteral("/case/%1/jwks").arg(instance);
    QTemporaryDir cache;
    QVERIFY(cache.isValid());

    // A first client fetches the keys, the kid is not among them, it
    // refetches once, and the kid is still unknown.
    auto first = makeClient(instance, 5s, cache.path());
    Outcome outcome;
    runSignIn(first.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(outcome.error.detail(), QStringLiteral("unknown kid"));
    const int afterFirst = count(jwksPath);
    QCOMPARE(afterFirst, 2);

    // The same client again, within the minute: no further fetch.
    runSignIn(first.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(outcome.error.detail(), QStringLiteral("unknown kid"));
    QCOMPARE(count(jwksPath), afterFirst);

    // The application starts again (a new client over the same cache): its
    // keys come from disk, of unknown age, so the unknown kid earns one refetch...
    auto second = makeClient(instance, 5s, cache.path());
    runSignIn(second.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(outcome.error.detail(), QStringLiteral("unknown kid"));
    QCOMPARE(count(jwksPath), afterFirst + 1);

    // ...and then none within the minute.
    runSignIn(second.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(outcome.error.detail(), QStringLiteral("unknown kid"));
    QCOMPARE(count(jwksPath), afterFirst + 1);
    qInfo("JWKS fetches: %d after the first client's sign-ins, %d in all", afterFirst, afterFirst + 1);
}

// The provider rotates its keys: the first JWKS has only rsa-1, the token is
// signed with rsa-2, which later JWKS fetches publish. The client refetches
// once and signs in; the next start finds the new keys on disk.
void tst_HostileProvider::keyRotationFetchesJwksTwice()
{
    const QString instance = QStringLiteral("key-rotation~warm");
    const QString jwksPath = QStringLiteral("/case/%1/jwks").arg(instance);
    QTemporaryDir cache;
    QVERIFY(cache.isValid());

    auto before = makeClient(instance, 5s, cache.path());
    Outcome outcome;
    runSignIn(before.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
    QCOMPARE(count(jwksPath), 2);

    // The next start: the rotated keys come from disk, no fetch at all.
    auto after = makeClient(instance, 5s, cache.path());
    runSignIn(after.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
    QCOMPARE(outcome.result.idTokenClaims.value(QLatin1String("sub")).toString(), QStringLiteral("user-1"));
    QCOMPARE(count(jwksPath), 2);
}

// The same refusals through `qtsignin login --json`: exit code 2, the error
// code on stdout, and no token anywhere.
void tst_HostileProvider::cliRefusesWithExitCode2_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("bad-signature") << QStringLiteral("bad-signature") << QStringLiteral("invalid_id_token");
    QTest::newRow("alg-none") << QStringLiteral("alg-none") << QStringLiteral("invalid_id_token");
    QTest::newRow("nonce-mismatch") << QStringLiteral("nonce-mismatch") << QStringLiteral("invalid_id_token");
    QTest::newRow("iss-param-mismatch") << QStringLiteral("iss-param-mismatch")
                                        << QStringLiteral("invalid_authorization_response");
    QTest::newRow("discovery-issuer-mismatch") << QStringLiteral("discovery-issuer-mismatch")
                                               << QStringLiteral("invalid_provider_metadata");
}

void tst_HostileProvider::cliRefusesWithExitCode2()
{
    QFETCH(QString, caseName);
    QFETCH(QString, errorCode);
    QTemporaryDir cacheHome;
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome.path());
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(QTSIGNIN_CLI),
              {QStringLiteral("login"), QStringLiteral("--authority"),
               m_base + QStringLiteral("/case/") + caseName + QStringLiteral("~cli"),
               QStringLiteral("--client-id"), clientId, QStringLiteral("--json"),
               QStringLiteral("--timeout"), QStringLiteral("20"), QStringLiteral("--browser-command"),
               QStringLiteral("node ") + QStringLiteral(FOLLOW_REDIRECTS_SCRIPT)});
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    QCOMPARE(cli.exitCode(), 2);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(QLatin1String("error")).toString(), errorCode);
    QVERIFY(!json.contains(QLatin1String("access_token")));
    // The fixture's tokens are JWTs ("eyJ...") or opaque strings it logs nowhere.
    QVERIFY2(!out.contains("eyJ") && !err.contains("eyJ"), err.constData());
}

QTEST_GUILESS_MAIN(tst_HostileProvider)

#include "tst_hostile_provider.moc"
