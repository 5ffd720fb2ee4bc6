// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// QtSignIn::Core against a deliberately broken OpenID provider
// (tests/fixtures/hostile-provider/server.mjs): every way a provider, or
// someone in its place, can get the protocol wrong must end the sign-in with
// the right error and no tokens; the few harmless oddities must still sign in.
// The same for a plain OAuth 2.0 provider (its token and profile endpoints),
// and a client secret goes to the token endpoint and nowhere else.
//
// No real browser: the launcher is a stand-in that GETs the authorization URL
// and follows the provider's redirect to the library's loopback listener.
//
// All the library's logging is on and captured while the tests run; the last
// test checks that none of the codes, verifiers and tokens the provider dealt
// in reached it.

#include "TokenLeakCheck.h"

#include <QtSignIn/Account.h>
#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/SystemBrowserUserAgent.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMutex>
#include <QtCore/QPointer>
#include <QtCore/QProcess>
#include <QtCore/QScopeGuard>
#include <QtCore/QSet>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslSocket>
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
// As the fixture knows it (CLIENT_SECRET), to count the requests carrying it.
const QtSignIn::Secret clientSecret(QStringLiteral("hostile-client-secret-Zq7"));
constexpr int signInDeadlineMs = 15000;
// The "-slow" cases never answer: this network timeout has to end them.
constexpr std::chrono::seconds slowProviderTimeout = 2s;

struct Outcome
{
    SignInResult result;
    SignInError error;
    bool browserLaunched = false;
    int browserStatus = 0; // HTTP status of the page the stand-in browser ended on
};

// Everything logged in this process while the tests run (the providers'
// own output is not part of it: they are other processes).
struct CapturedLog
{
    QMutex mutex;
    QString text;                  // "category: message" lines
    int libraryMessages = 0;       // from qtsignin.* categories
    QSet<QString> libraryCategories;
    QtMessageHandler previousHandler = nullptr;
};
CapturedLog capturedLog;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    {
        QMutexLocker lock(&capturedLog.mutex);
        capturedLog.text += category + QLatin1String(": ") + message + QLatin1Char('\n');
        if (category.startsWith(QLatin1String("qtsignin."))) {
            ++capturedLog.libraryMessages;
            capturedLog.libraryCategories.insert(category);
        }
    }
    if (capturedLog.previousHandler)
        capturedLog.previousHandler(type, context, message);
}

// A detail expectation: a substring of error().detail(), or with a leading
// '^', the beginning of it.
bool detailMatches(const QString &detail, const QString &expected)
{
    if (expected.startsWith(QLatin1Char('^')))
        return detail.startsWith(expected.mid(1));
    return detail.contains(expected);
}

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
    void plainOAuth2SignIn_data();
    void plainOAuth2SignIn();
    void plainOAuth2ProfileNamingAnotherAccountIsRefused();
    void cliRefusesPlainOAuth2WithExitCode2_data();
    void cliRefusesPlainOAuth2WithExitCode2();
    void clientSecretGoesToTheTokenEndpointOnly_data();
    void clientSecretGoesToTheTokenEndpointOnly();
    void clientSecretIsNotResentToARedirectedTokenEndpoint_data();
    void clientSecretIsNotResentToARedirectedTokenEndpoint();
    void untrustedTlsIsRefusedUntilTheCaIsConfigured();
    void deviceSignIn_data();
    void deviceSignIn();
    void dpopSignIn_data();
    void dpopSignIn();
    // Last: it checks the log of everything above.
    void logsNeverContainSecrets();

private:
    ClientConfiguration configurationFor(const QString &base, const QString &caseName,
                                         std::chrono::seconds timeout) const;
    ClientConfiguration plainOAuth2ConfigurationFor(const QString &caseName) const;
    QStringList pathsCarryingTheClientSecret(const QString &instance);
    std::unique_ptr<SignInClient> makeClient(const QString &caseName, std::chrono::seconds timeout,
                                             const QString &cacheDirectory = QString());
    std::unique_ptr<SignInClient> makeClient(const ClientConfiguration &configuration);
    void runSignIn(SignInClient *client, Outcome *outcome);
    void startProvider(QProcess *server, const QStringList &options, QString *base);
    void stopProvider(QProcess *server);
    void makeThrowAwayCa(const QString &openssl, const QString &directory);
    QJsonObject getJson(const QUrl &url, const QList<QSslCertificate> &caCertificates = {});
    QJsonObject stats(const QString &base = QString(), const QList<QSslCertificate> &caCertificates = {});
    int count(const QString &path);
    QStringList secrets(const QString &base, const QList<QSslCertificate> &caCertificates = {});

    QProcess m_server;
    QString m_base;
    QNetworkAccessManager m_network; // the stand-in browser, /stats and /secrets, over http only
    // What the stand-in browser and getJson() use: m_network, or during the
    // TLS test that test's own manager (see untrustedTlsIsRefusedUntilTheCaIsConfigured).
    QNetworkAccessManager *m_activeNetwork = &m_network;
    // The stand-in browser's navigation of the sign-in in progress.
    QPointer<QNetworkReply> m_browserReply;
    bool m_browserLaunched = false;
    int m_browserStatus = 0;
    int m_signInsRun = 0;
    // Secrets of providers other than m_server, for logsNeverContainSecrets.
    QStringList m_otherSecrets;
};

void tst_HostileProvider::initTestCase()
{
    // Every message of the library, at every level, into capturedLog (and on
    // to the test log as usual).
    QLoggingCategory::setFilterRules(QStringLiteral("qtsignin.*=true"));
    capturedLog.previousHandler = qInstallMessageHandler(captureMessage);

    startProvider(&m_server, {}, &m_base);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_base.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(m_base));
    qInfo("hostile provider at %s", qPrintable(m_base));
}

void tst_HostileProvider::cleanupTestCase()
{
    // Let Qt's network thread close its kept-alive connections before the
    // program ends, so LeakSanitizer sees nothing still in flight. (No TLS
    // went through m_network: the TLS test had a manager of its own.)
    m_network.clearConnectionCache();
    QTest::qWait(100);
    stopProvider(&m_server);
    qInstallMessageHandler(capturedLog.previousHandler);
}

// Starts server.mjs with `options` and reads the base URL it prints.
void tst_HostileProvider::startProvider(QProcess *server, const QStringList &options, QString *base)
{
    const QString script = QStringLiteral(HOSTILE_PROVIDER_SCRIPT);
    QVERIFY2(QFile::exists(script), qPrintable(script));
    server->setProcessChannelMode(QProcess::SeparateChannels);
    server->setReadChannel(QProcess::StandardOutput);
    // --exit-on-stdin-eof: if this test dies, the provider goes with it.
    server->start(QStringLiteral("node"),
                  QStringList{script, QStringLiteral("0"), QStringLiteral("--exit-on-stdin-eof")} + options);
    QVERIFY2(server->waitForStarted(10000), qPrintable(server->errorString()));
    QElapsedTimer timer;
    timer.start();
    while (!server->canReadLine() && timer.elapsed() < 20000) {
        if (!server->waitForReadyRead(1000) && server->state() != QProcess::Running)
            break;
    }
    QVERIFY2(server->canReadLine(),
             qPrintable(QStringLiteral("the hostile provider did not start: ")
                        + QString::fromUtf8(server->readAllStandardError())));
    *base = QString::fromUtf8(server->readLine()).trimmed();
}

void tst_HostileProvider::stopProvider(QProcess *server)
{
    if (server->state() == QProcess::NotRunning)
        return;
    // SIGTERM: the provider drops the connections it holds open and exits.
    server->terminate();
    if (!server->waitForFinished(5000)) {
        server->kill();
        server->waitForFinished(5000);
    }
    const QByteArray errors = server->readAllStandardError();
    if (!errors.isEmpty())
        qWarning("hostile provider stderr: %s", errors.constData());
}

ClientConfiguration tst_HostileProvider::configurationFor(const QString &base, const QString &caseName,
                                                          std::chrono::seconds timeout) const
{
    ClientConfiguration configuration;
    configuration.setAuthority(QUrl(base + QStringLiteral("/case/") + caseName));
    configuration.setClientId(clientId);
    configuration.setInteractiveTimeout(timeout);
    configuration.setNetworkTimeout(10s);
    // Each case starts from nothing, and nothing lands in the user's cache.
    configuration.setProviderCaching(ClientConfiguration::ProviderCaching::MemoryOnly);
    return configuration;
}

// A plain OAuth 2.0 provider at the case's /authorize, /token and /user.
ClientConfiguration tst_HostileProvider::plainOAuth2ConfigurationFor(const QString &caseName) const
{
    const QString caseUrl = m_base + QStringLiteral("/case/") + caseName;
    ClientConfiguration configuration;
    configuration.setProtocol(ClientConfiguration::Protocol::OAuth2);
    configuration.setClientId(clientId);
    configuration.setAuthorizationEndpoint(QUrl(caseUrl + QStringLiteral("/authorize")));
    configuration.setTokenEndpoint(QUrl(caseUrl + QStringLiteral("/token")));
    configuration.setUserInfoEndpoint(QUrl(caseUrl + QStringLiteral("/user")));
    configuration.setInteractiveTimeout(5s);
    configuration.setNetworkTimeout(10s);
    configuration.setProviderCaching(ClientConfiguration::ProviderCaching::MemoryOnly);
    return configuration;
}

std::unique_ptr<SignInClient> tst_HostileProvider::makeClient(const QString &caseName,
                                                              std::chrono::seconds timeout,
                                                              const QString &cacheDirectory)
{
    ClientConfiguration configuration = configurationFor(m_base, caseName, timeout);
    if (!cacheDirectory.isEmpty()) {
        configuration.setProviderCaching(ClientConfiguration::ProviderCaching::MemoryAndDisk);
        configuration.setProviderCacheDirectory(cacheDirectory);
    }
    return makeClient(configuration);
}

std::unique_ptr<SignInClient> tst_HostileProvider::makeClient(const ClientConfiguration &configuration)
{
    auto client = std::make_unique<SignInClient>(configuration);
    client->setTokenStore(new QtSignIn::MemoryTokenStore); // never the keychain of whoever runs the tests

    auto *agent = new SystemBrowserUserAgent;
    // The browser stand-in: load the authorization URL, follow the provider's
    // 302 to the loopback listener as a browser would (from an https provider
    // too, which NoLessSafeRedirectPolicy would refuse), and remember the
    // status of the page it ends on. It trusts the CAs the client does.
    const QList<QSslCertificate> caCertificates = configuration.caCertificates();
    agent->setLauncher([this, caCertificates](const QUrl &url) {
        m_browserLaunched = true;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::UserVerifiedRedirectPolicy);
        request.setTransferTimeout(signInDeadlineMs);
        if (!caCertificates.isEmpty()) {
            QSslConfiguration tls = request.sslConfiguration();
            tls.addCaCertificates(caCertificates);
            request.setSslConfiguration(tls);
        }
        QNetworkReply *reply = m_activeNetwork->get(request);
        m_browserReply = reply;
        connect(reply, &QNetworkReply::redirected, reply, [reply](const QUrl &target) {
            if (target.scheme() == QLatin1String("https") || target.host() == QLatin1String("127.0.0.1"))
                emit reply->redirectAllowed();
            else
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            // Only the current sign-in's page counts: a navigation left over
            // from an earlier sign-in must not answer for this one.
            if (reply == m_browserReply)
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
    ++m_signInsRun;
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

QJsonObject tst_HostileProvider::getJson(const QUrl &url, const QList<QSslCertificate> &caCertificates)
{
    QNetworkRequest request(url);
    if (!caCertificates.isEmpty()) {
        QSslConfiguration tls = request.sslConfiguration();
        tls.addCaCertificates(caCertificates);
        request.setSslConfiguration(tls);
    }
    std::unique_ptr<QNetworkReply> reply(m_activeNetwork->get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(5000) || reply->error() != QNetworkReply::NoError) {
        qWarning("GET %s failed: %s", qPrintable(url.path()), qPrintable(reply->errorString()));
        return {};
    }
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QJsonObject tst_HostileProvider::stats(const QString &base, const QList<QSslCertificate> &caCertificates)
{
    return getJson(QUrl((base.isEmpty() ? m_base : base) + QStringLiteral("/stats")), caCertificates);
}

int tst_HostileProvider::count(const QString &path)
{
    return stats().value(path).toInt();
}

// Every authorization code, access token and ID token the provider at `base`
// issued, and every code_verifier it received.
QStringList tst_HostileProvider::secrets(const QString &base, const QList<QSslCertificate> &caCertificates)
{
    QStringList values;
    const QJsonArray array = getJson(QUrl(base + QStringLiteral("/secrets")), caCertificates)
                                     .value(QLatin1String("secrets")).toArray();
    for (const QJsonValue &value : array)
        values.append(value.toString());
    return values;
}

// ---------------------------------------------------------------- every case

void tst_HostileProvider::signIn_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("errorCode");          // empty: must sign in
    QTest::addColumn<QString>("detail");             // a substring of error().detail(); "^...": its start
    QTest::addColumn<QString>("providerDescription"); // error().providerErrorDescription()
    QTest::addColumn<int>("retryAfter");              // error().retryAfter(), in seconds
    QTest::addColumn<SignInError::Reason>("reason");  // error().reason(): the check that failed

    using Reason = SignInError::Reason;
    const auto accept = [](const char *name) {
        QTest::newRow(name) << QString::fromLatin1(name) << QString() << QString() << QString() << 0 << Reason::None;
    };
    const auto reject = [](const char *name, const char *code, const QString &detail,
                           const QString &providerDescription = QString()) {
        QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(code) << detail
                            << providerDescription << 0 << Reason::None;
    };
    // A failed check of the ID token or of the authorization response's iss.
    const auto refuse = [](const char *name, const char *code, const QString &detail, Reason reason) {
        QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(code) << detail << QString() << 0
                            << reason;
    };
    // The provider is busy and says when to come back.
    const auto busy = [](const char *name, const QString &detail, int retryAfterSeconds) {
        QTest::newRow(name) << QString::fromLatin1(name) << QStringLiteral("network_error") << detail
                            << QString() << retryAfterSeconds << Reason::None;
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
    // Only the Date header is off (qtsignin doctor warns); the tokens are on time.
    accept("clock-an-hour-behind");

    // Discovery
    reject("discovery-issuer-mismatch", "invalid_provider_metadata",
           QStringLiteral("does not match the authority"));
    reject("discovery-http-endpoint", "insecure_endpoint",
           QStringLiteral("\"token_endpoint\" is not https"));
    reject("discovery-malformed", "invalid_provider_metadata",
           QStringLiteral("the discovery document is not a JSON object"));
    reject("pkce-plain-only", "invalid_provider_metadata",
           QStringLiteral("the provider does not support PKCE S256"));

    // Authorization response
    refuse("iss-param-mismatch", "invalid_authorization_response",
           QStringLiteral("iss mismatch in the authorization response"), Reason::AuthorizationResponseIssuerMismatch);
    refuse("iss-param-missing", "invalid_authorization_response",
           QStringLiteral("iss missing from the authorization response"), Reason::AuthorizationResponseIssuerMissing);
    reject("state-mismatch", "timed_out", QStringLiteral("no authorization response within 2 seconds"));
    reject("error-access-denied", "access_denied", QString(), QStringLiteral("The user said no"));
    // Kept to the characters RFC 6749 allows there: no escapes, no quotes.
    reject("error-escape", "access_denied", QString(), QStringLiteral("?[2J?[31mpwned</p><script>?"));

    // Token response
    reject("token-type-mac", "invalid_token_response", QStringLiteral("\"token_type\" is \"mac\", not Bearer"));
    refuse("missing-id-token", "invalid_token_response", QStringLiteral("id_token missing"), Reason::IdTokenMissing);
    reject("token-error", "invalid_grant", QString(), QStringLiteral("code expired"));
    reject("token-500", "network_error", QStringLiteral("token request: HTTP 500"));
    reject("token-redirect", "network_error", QStringLiteral("unexpected redirect (HTTP 307)"));
    reject("token-huge", "network_error", QStringLiteral("larger than"));
    reject("token-malformed-json", "invalid_token_response", QStringLiteral("not JSON"));

    // Faults: a provider that is slow, down, busy, cut off or going round in
    // circles. The "-slow" cases accept the request and never answer: the
    // network timeout ends them, well within the bound.
    reject("discovery-slow", "network_error", QStringLiteral("^discovery: "));
    reject("token-slow", "network_error", QStringLiteral("^token request: "));
    reject("discovery-500", "network_error", QStringLiteral("^discovery: HTTP 500"));
    busy("discovery-503-retry-after", QStringLiteral("^discovery: HTTP 503, retry after 120 s"), 120);
    busy("token-429", QStringLiteral("^token request: HTTP 429, retry after 30 s"), 30);
    // 50 of the 1000 bytes promised, then the connection is gone.
    reject("token-truncated", "network_error", QStringLiteral("^token request: "));
    // Discovery answers 302 to itself forever: the library follows at most 3
    // redirects, then gives up.
    reject("discovery-redirect-loop", "network_error", QStringLiteral("^discovery: "));

    // ID token signature and keys
    refuse("bad-signature", idToken, QStringLiteral("bad signature"), Reason::SignatureInvalid);
    refuse("alg-none", idToken, QStringLiteral("signing algorithm not allowed"), Reason::SigningAlgorithmNotAllowed);
    refuse("hs256-public-key", idToken, QStringLiteral("signing algorithm not allowed"), Reason::SigningAlgorithmNotAllowed);
    refuse("hs256-public-key-jwk", idToken, QStringLiteral("signing algorithm not allowed"), Reason::SigningAlgorithmNotAllowed);
    refuse("alg-not-advertised", idToken, QStringLiteral("signing algorithm not advertised by the provider"), Reason::SigningAlgorithmNotAdvertised);
    refuse("kid-absent-several-keys", idToken, QStringLiteral("no kid, and several keys could have signed"), Reason::SigningKeyAmbiguous);
    refuse("unknown-kid", idToken, QStringLiteral("unknown kid"), Reason::SigningKeyUnknown);
    refuse("duplicate-kid", idToken, QStringLiteral("several keys share the token's kid"), Reason::SigningKeyAmbiguous);
    refuse("crit-unknown", idToken, QStringLiteral("critical header extension not understood"), Reason::CriticalHeaderNotUnderstood);
    refuse("weak-rsa-key", idToken, QStringLiteral("unknown kid"), Reason::SigningKeyUnknown);

    // ID token claims
    refuse("wrong-iss", idToken, QStringLiteral("iss mismatch"), Reason::IssuerMismatch);
    refuse("wrong-aud", idToken, QStringLiteral("aud mismatch"), Reason::AudienceMismatch);
    refuse("missing-aud", idToken, QStringLiteral("aud missing"), Reason::AudienceMissing);
    refuse("multi-aud-no-azp", idToken, QStringLiteral("azp missing with several audiences"), Reason::AuthorizedPartyMissing);
    refuse("azp-mismatch", idToken, QStringLiteral("azp mismatch"), Reason::AuthorizedPartyMismatch);
    refuse("expired", idToken, QStringLiteral("token expired"), Reason::Expired);
    refuse("iat-far-future", idToken, QStringLiteral("iat in the future"), Reason::IssuedInTheFuture);
    refuse("nbf-future", idToken, QStringLiteral("token not yet valid"), Reason::NotYetValid);
    refuse("nonce-mismatch", idToken, QStringLiteral("nonce mismatch"), Reason::NonceMismatch);
    refuse("nonce-missing", idToken, QStringLiteral("nonce missing"), Reason::NonceMissing);
    refuse("sub-missing", idToken, QStringLiteral("sub missing"), Reason::SubjectMissing);
    refuse("at-hash-mismatch", idToken, QStringLiteral("at_hash mismatch"), Reason::AccessTokenHashMismatch);
}

void tst_HostileProvider::signIn()
{
    QFETCH(QString, caseName);
    QFETCH(QString, errorCode);
    QFETCH(QString, detail);
    QFETCH(QString, providerDescription);
    QFETCH(int, retryAfter);
    QFETCH(SignInError::Reason, reason);

    const auto timeout = caseName == QLatin1String("state-mismatch") ? 2s : 5s;
    ClientConfiguration configuration = configurationFor(m_base, caseName, timeout);
    const bool neverAnswers = caseName.endsWith(QLatin1String("-slow"));
    if (neverAnswers)
        configuration.setNetworkTimeout(slowProviderTimeout);
    auto client = makeClient(configuration);
    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    runSignIn(client.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    const qint64 elapsedMs = clock.elapsed();
    const SignInError &error = outcome.error;
    const QString said = QStringLiteral("errorCode \"%1\", detail \"%2\", provider description \"%3\", "
                                        "retry after %4 s, after %5 ms, reason \"%6\"")
                                 .arg(error.errorCode(), error.detail(), error.providerErrorDescription())
                                 .arg(error.retryAfter().count())
                                 .arg(elapsedMs)
                                 .arg(SignInError::reasonName(error.reason()));
    // A provider that never answers costs the network timeout, not a hang
    // (the bound is generous for a shared CI machine).
    QVERIFY2(elapsedMs < 15000, qPrintable(said));
    if (neverAnswers) {
        const auto waitedForTheTimeout = std::chrono::milliseconds(elapsedMs) >= slowProviderTimeout - 500ms;
        QVERIFY2(waitedForTheTimeout, qPrintable(said));
    }

    if (errorCode.isEmpty()) {
        QVERIFY2(!error.isError(), qPrintable(said));
        QCOMPARE(outcome.result.idTokenClaims().value(QLatin1String("sub")).toString(), QStringLiteral("user-1"));
        QVERIFY(!outcome.result.account().id().isEmpty());
        QVERIFY(!outcome.result.accessToken().isEmpty());
        QVERIFY(!outcome.result.idToken().isEmpty());
        QCOMPARE(outcome.result.tokenType(), QStringLiteral("Bearer"));
        // The person's page says it worked.
        QVERIFY(outcome.browserLaunched);
        QCOMPARE(outcome.browserStatus, 200);
        return;
    }

    QVERIFY2(error.isError(), "signed in, but must not have");
    QVERIFY2(error.errorCode() == errorCode, qPrintable(said));
    QVERIFY2(detailMatches(error.detail(), detail), qPrintable(said));
    QVERIFY2(error.providerErrorDescription() == providerDescription, qPrintable(said));
    QVERIFY2(error.retryAfter() == std::chrono::seconds(retryAfter), qPrintable(said));
    QVERIFY2(error.reason() == reason, qPrintable(said));
    QVERIFY(!error.message().isEmpty());
    // Nothing of a rejected sign-in may reach the application.
    QVERIFY(outcome.result.accessToken().isEmpty());
    QVERIFY(outcome.result.idToken().isEmpty());
    QVERIFY(outcome.result.refreshToken().isEmpty());
    QVERIFY(outcome.result.idTokenClaims().isEmpty());
    QVERIFY(!outcome.result.account().isValid());
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
    QCOMPARE(outcome.error.reason(), SignInError::Reason::SigningKeyUnknown);
    const int afterFirst = count(jwksPath);
    QCOMPARE(afterFirst, 2);

    // The same client again, within the minute: no further fetch.
    runSignIn(first.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(outcome.error.detail(), QStringLiteral("unknown kid"));
    QCOMPARE(outcome.error.reason(), SignInError::Reason::SigningKeyUnknown);
    QCOMPARE(count(jwksPath), afterFirst);

    // The application starts again (a new client over the same cache): its
    // keys come from disk, of unknown age, so the unknown kid earns one refetch...
    auto second = makeClient(instance, 5s, cache.path());
    runSignIn(second.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(outcome.error.detail(), QStringLiteral("unknown kid"));
    QCOMPARE(outcome.error.reason(), SignInError::Reason::SigningKeyUnknown);
    QCOMPARE(count(jwksPath), afterFirst + 1);

    // ...and then none within the minute.
    runSignIn(second.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(outcome.error.detail(), QStringLiteral("unknown kid"));
    QCOMPARE(outcome.error.reason(), SignInError::Reason::SigningKeyUnknown);
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
    QCOMPARE(outcome.result.idTokenClaims().value(QLatin1String("sub")).toString(), QStringLiteral("user-1"));
    QCOMPARE(count(jwksPath), 2);
}

// The same refusals through `qtsignin login --json`: exit code 2, the error
// code on stdout, and no token anywhere.
void tst_HostileProvider::cliRefusesWithExitCode2_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("reason"); // the "reason" member; empty: none
    QTest::newRow("bad-signature") << QStringLiteral("bad-signature") << QStringLiteral("invalid_id_token")
                                   << QStringLiteral("signature_invalid");
    QTest::newRow("alg-none") << QStringLiteral("alg-none") << QStringLiteral("invalid_id_token")
                              << QStringLiteral("signing_algorithm_not_allowed");
    QTest::newRow("nonce-mismatch") << QStringLiteral("nonce-mismatch") << QStringLiteral("invalid_id_token")
                                    << QStringLiteral("nonce_mismatch");
    QTest::newRow("iss-param-mismatch") << QStringLiteral("iss-param-mismatch")
                                        << QStringLiteral("invalid_authorization_response")
                                        << QStringLiteral("authorization_response_issuer_mismatch");
    QTest::newRow("discovery-issuer-mismatch") << QStringLiteral("discovery-issuer-mismatch")
                                               << QStringLiteral("invalid_provider_metadata") << QString();
}

void tst_HostileProvider::cliRefusesWithExitCode2()
{
    QFETCH(QString, caseName);
    QFETCH(QString, errorCode);
    QFETCH(QString, reason);
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
               QStringLiteral("node ") + QStringLiteral(FOLLOW_REDIRECTS_SCRIPT),
               QStringLiteral("--cache"), QStringLiteral("memory")});
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    QCOMPARE(cli.exitCode(), 2);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(QLatin1String("error")).toString(), errorCode);
    QCOMPARE(json.contains(QLatin1String("reason")), !reason.isEmpty());
    QCOMPARE(json.value(QLatin1String("reason")).toString(), reason);
    QVERIFY(!json.contains(QLatin1String("access_token")));
    // The fixture's tokens are JWTs or opaque strings it logs nowhere.
    QVERIFY2(!QtSignInTest::containsJwt(out) && !QtSignInTest::containsJwt(err), err.constData());
}

// ---------------------------------------------------------------- plain OAuth 2.0

void tst_HostileProvider::plainOAuth2SignIn_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("errorCode");           // empty: must sign in
    QTest::addColumn<QString>("detail");              // a substring of error().detail(); "^...": its start
    QTest::addColumn<QString>("providerDescription"); // error().providerErrorDescription()
    QTest::addColumn<SignInError::Reason>("reason");  // error().reason()

    using Reason = SignInError::Reason;
    const auto accept = [](const char *name) {
        QTest::newRow(name) << QString::fromLatin1(name) << QString() << QString() << QString() << Reason::None;
    };
    const auto reject = [](const char *name, const char *code, const QString &detail,
                           const QString &providerDescription = QString(), Reason reason = Reason::None) {
        QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(code) << detail
                            << providerDescription << reason;
    };
    const char *tokenResponse = "invalid_token_response";
    const char *profile = "invalid_userinfo";

    accept("oauth2-valid");
    accept("oauth2-token-type-lowercase");
    // Not asked for, not checked, and not who signed in (the profile is).
    accept("oauth2-unrequested-id-token");

    // The token endpoint
    reject("oauth2-token-form-junk", tokenResponse, QStringLiteral("\"access_token\" is missing"));
    reject("oauth2-token-form-duplicate", tokenResponse, QStringLiteral("a member appears twice"));
    reject("oauth2-token-huge", "network_error", QStringLiteral("larger than"));
    reject("oauth2-token-error-200", "bad_verification_code", QString(),
           QStringLiteral("The code passed is incorrect or expired."));
    reject("oauth2-token-error-200-form", "incorrect_client_credentials", QString(),
           QStringLiteral("The client_id and/or client_secret passed are incorrect."));
    reject("oauth2-token-error-with-token", "unverified_user_email", QString());
    // RFC 6749 §7.1: a token of a type the client does not understand is not used.
    reject("oauth2-token-type-mac", tokenResponse, QStringLiteral("\"token_type\" is \"mac\", not Bearer"));
    reject("oauth2-token-type-dpop", tokenResponse, QStringLiteral("\"token_type\" is \"DPoP\", not Bearer"));
    reject("oauth2-token-type-missing", tokenResponse, QStringLiteral("\"token_type\" is missing"));
    reject("oauth2-token-redirect-elsewhere", "network_error", QStringLiteral("unexpected redirect (HTTP 307)"));
    // RFC 9207: the authorization response's iss names another server.
    reject("oauth2-iss-param-mismatch", "invalid_authorization_response",
           QStringLiteral("iss mismatch in the authorization response"), QString(),
           Reason::AuthorizationResponseIssuerMismatch);

    // The profile endpoint: who signed in is not known, so nobody is.
    reject("oauth2-profile-not-json", profile, QStringLiteral("the profile is not a JSON object"), QString(),
           Reason::ProfileMalformed);
    reject("oauth2-profile-array", profile, QStringLiteral("the profile is not a JSON object"), QString(),
           Reason::ProfileMalformed);
    reject("oauth2-profile-deep-nesting", profile, QStringLiteral("the profile is not a JSON object"), QString(),
           Reason::ProfileMalformed);
    reject("oauth2-profile-huge", "network_error", QStringLiteral("larger than"), QString(),
           Reason::ProfileRequestFailed);
    reject("oauth2-profile-id-object", profile, QStringLiteral("the profile has no usable id"), QString(),
           Reason::ProfileIdMissing);
    reject("oauth2-profile-id-unsafe-number", profile, QStringLiteral("the profile has no usable id"), QString(),
           Reason::ProfileIdMissing);
    reject("oauth2-profile-id-fraction", profile, QStringLiteral("the profile has no usable id"), QString(),
           Reason::ProfileIdMissing);
    // The access token stays with the profile endpoint configured.
    reject("oauth2-profile-redirect-elsewhere", "network_error", QStringLiteral("unexpected redirect (HTTP 302)"),
           QString(), Reason::ProfileRequestFailed);
}

void tst_HostileProvider::plainOAuth2SignIn()
{
    QFETCH(QString, caseName);
    QFETCH(QString, errorCode);
    QFETCH(QString, detail);
    QFETCH(QString, providerDescription);
    QFETCH(SignInError::Reason, reason);

    auto client = makeClient(plainOAuth2ConfigurationFor(caseName));
    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    runSignIn(client.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    const qint64 elapsedMs = clock.elapsed();
    const SignInError &error = outcome.error;
    const QString said = QStringLiteral("errorCode \"%1\", detail \"%2\", provider description \"%3\", "
                                        "after %4 ms, reason \"%5\"")
                                 .arg(error.errorCode(), error.detail(), error.providerErrorDescription())
                                 .arg(elapsedMs)
                                 .arg(SignInError::reasonName(error.reason()));
    QVERIFY2(elapsedMs < 15000, qPrintable(said));
    // Nothing ever reached the case's URLs on the other host name.
    const QJsonObject counts = stats();
    for (const QString &elsewhere : {QStringLiteral("token-elsewhere"), QStringLiteral("user-elsewhere")})
        QCOMPARE(counts.value(QStringLiteral("/case/%1/%2").arg(caseName, elsewhere)).toInt(), 0);

    if (errorCode.isEmpty()) {
        QVERIFY2(!error.isError(), qPrintable(said));
        const QtSignIn::Account account = outcome.result.account();
        QCOMPARE(account.id(), QStringLiteral("42"));
        QCOMPARE(account.username(), QStringLiteral("hostile"));
        QCOMPARE(account.identityVerification(), QtSignIn::Account::IdentityVerification::ProfileEndpoint);
        QVERIFY(!outcome.result.accessToken().isEmpty());
        QCOMPARE(outcome.result.tokenType().compare(QLatin1String("Bearer"), Qt::CaseInsensitive), 0);
        QVERIFY(outcome.result.idToken().isEmpty());
        QVERIFY(outcome.result.idTokenClaims().isEmpty());
        QVERIFY(outcome.browserLaunched);
        QCOMPARE(outcome.browserStatus, 200);
        return;
    }

    QVERIFY2(error.isError(), "signed in, but must not have");
    QVERIFY2(error.errorCode() == errorCode, qPrintable(said));
    QVERIFY2(detailMatches(error.detail(), detail), qPrintable(said));
    QVERIFY2(error.providerErrorDescription() == providerDescription, qPrintable(said));
    QVERIFY2(error.reason() == reason, qPrintable(said));
    QVERIFY(!error.message().isEmpty());
    QVERIFY(outcome.result.accessToken().isEmpty());
    QVERIFY(outcome.result.refreshToken().isEmpty());
    QVERIFY(!outcome.result.account().isValid());
    QVERIFY(client->accounts().isEmpty());
    if (outcome.browserLaunched)
        QCOMPARE(outcome.browserStatus, 400);
}

// The profile, asked again with the account's token, names someone else
// (the provider reassigned the token, or someone answers in its place):
// it must not be given as this account's.
void tst_HostileProvider::plainOAuth2ProfileNamingAnotherAccountIsRefused()
{
    auto client = makeClient(plainOAuth2ConfigurationFor(QStringLiteral("oauth2-profile-other-account-later~refetch")));
    Outcome outcome;
    runSignIn(client.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
    QCOMPARE(outcome.result.account().id(), QStringLiteral("42"));

    std::unique_ptr<SignInReply> reply(client->fetchUserInfo(outcome.result.account()));
    QSignalSpy finished(reply.get(), &SignInReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, signInDeadlineMs);
    QCOMPARE(reply->error().code(), SignInError::InvalidUserInfo);
    QCOMPARE(reply->error().reason(), SignInError::Reason::ProfileAccountChanged);
    QVERIFY(reply->result().userInfo().isEmpty());
    QVERIFY(reply->result().accessToken().isEmpty());
}

// The same through `qtsignin login --oauth2 --json`, with a client secret
// from the environment: exit code 2, the error on stdout, and neither a
// token nor the secret anywhere.
void tst_HostileProvider::cliRefusesPlainOAuth2WithExitCode2_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("reason"); // the "reason" member; empty: none
    QTest::newRow("token-type-mac") << QStringLiteral("oauth2-token-type-mac")
                                    << QStringLiteral("invalid_token_response") << QString();
    QTest::newRow("token-error-200") << QStringLiteral("oauth2-token-error-200")
                                     << QStringLiteral("bad_verification_code") << QString();
    QTest::newRow("profile-id-object") << QStringLiteral("oauth2-profile-id-object")
                                       << QStringLiteral("invalid_userinfo") << QStringLiteral("profile_id_missing");
    QTest::newRow("profile-not-json") << QStringLiteral("oauth2-profile-not-json")
                                      << QStringLiteral("invalid_userinfo") << QStringLiteral("profile_malformed");
}

void tst_HostileProvider::cliRefusesPlainOAuth2WithExitCode2()
{
    QFETCH(QString, caseName);
    QFETCH(QString, errorCode);
    QFETCH(QString, reason);
    const QString caseUrl = m_base + QStringLiteral("/case/") + caseName + QStringLiteral("~cli");
    QTemporaryDir home;
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QTSIGNIN_CLIENT_SECRET"), QString::fromLatin1(clientSecret.reveal()));
    m_otherSecrets.append(QString::fromLatin1(clientSecret.reveal()));
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(QTSIGNIN_CLI),
              {QStringLiteral("login"), QStringLiteral("--oauth2"),
               QStringLiteral("--authorization-endpoint"), caseUrl + QStringLiteral("/authorize"),
               QStringLiteral("--token-endpoint"), caseUrl + QStringLiteral("/token"),
               QStringLiteral("--user-endpoint"), caseUrl + QStringLiteral("/user"),
               QStringLiteral("--client-id"), clientId, QStringLiteral("--client-auth-method"), QStringLiteral("post"),
               QStringLiteral("--json"), QStringLiteral("--verbose"), QStringLiteral("--timeout"), QStringLiteral("20"),
               QStringLiteral("--browser-command"), QStringLiteral("node ") + QStringLiteral(FOLLOW_REDIRECTS_SCRIPT),
               QStringLiteral("--cache"), QStringLiteral("memory")});
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray out = cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 2, err.constData());
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(QLatin1String("error")).toString(), errorCode);
    QCOMPARE(json.value(QLatin1String("reason")).toString(), reason);
    QVERIFY(!json.contains(QLatin1String("access_token")));
    const QStringList issued = secrets(m_base) << QString::fromLatin1(clientSecret.reveal());
    for (const QString &secret : issued) {
        if (secret.size() >= 8 && (out.contains(secret.toUtf8()) || err.contains(secret.toUtf8())))
            QFAIL(qPrintable(QStringLiteral("a secret (%1...) is in qtsignin's output").arg(secret.left(6))));
    }
}

// Which paths of `instance` received a request carrying the client secret.
QStringList tst_HostileProvider::pathsCarryingTheClientSecret(const QString &instance)
{
    QStringList paths;
    const QString prefix = QStringLiteral("client-secret /case/%1/").arg(instance);
    const QJsonObject counts = stats();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.key().startsWith(prefix))
            paths.append(it.key().mid(prefix.size()) + QLatin1Char('=') + QString::number(it.value().toInt()));
    }
    return paths;
}

void tst_HostileProvider::clientSecretGoesToTheTokenEndpointOnly_data()
{
    using Method = ClientConfiguration::ClientAuthenticationMethod;
    QTest::addColumn<ClientConfiguration::Protocol>("protocol");
    QTest::addColumn<Method>("method");
    QTest::newRow("oidc-basic") << ClientConfiguration::Protocol::OpenIdConnect << Method::ClientSecretBasic;
    QTest::newRow("oidc-post") << ClientConfiguration::Protocol::OpenIdConnect << Method::ClientSecretPost;
    QTest::newRow("oauth2-basic") << ClientConfiguration::Protocol::OAuth2 << Method::ClientSecretBasic;
    QTest::newRow("oauth2-post") << ClientConfiguration::Protocol::OAuth2 << Method::ClientSecretPost;
}

// A sign-in (discovery, keys, the browser's authorization request, the token
// request, and for plain OAuth 2.0 the profile, asked again afterwards): the
// secret reaches the token endpoint once, and no other URL.
void tst_HostileProvider::clientSecretGoesToTheTokenEndpointOnly()
{
    QFETCH(ClientConfiguration::Protocol, protocol);
    QFETCH(ClientConfiguration::ClientAuthenticationMethod, method);
    const bool oauth2 = protocol == ClientConfiguration::Protocol::OAuth2;
    const QString instance = (oauth2 ? QStringLiteral("oauth2-valid~secret-") : QStringLiteral("valid~secret-"))
            + QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char('-'), 1);
    ClientConfiguration configuration =
            oauth2 ? plainOAuth2ConfigurationFor(instance) : configurationFor(m_base, instance, 5s);
    configuration.setClientSecret(clientSecret);
    configuration.setClientAuthenticationMethod(method);
    m_otherSecrets.append(QString::fromLatin1(clientSecret.reveal())); // for logsNeverContainSecrets
    auto client = makeClient(configuration);
    Outcome outcome;
    runSignIn(client.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.errorCode() + QLatin1String(": ")
                                                  + outcome.error.detail()));
    if (oauth2) {
        std::unique_ptr<SignInReply> profile(client->fetchUserInfo(outcome.result.account()));
        QSignalSpy finished(profile.get(), &SignInReply::finished);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, signInDeadlineMs);
        QVERIFY2(!profile->error().isError(), qPrintable(profile->error().detail()));
        QCOMPARE(stats().value(QStringLiteral("bearer /case/%1/user").arg(instance)).toInt(), 2);
    } else {
        QCOMPARE(count(QStringLiteral("/case/%1/jwks").arg(instance)), 1);
    }
    // Not vacuous: the browser's request went there (and, for plain OAuth
    // 2.0, the client's check that the provider answers).
    QVERIFY(count(QStringLiteral("/case/%1/authorize").arg(instance)) >= 1);
    QCOMPARE(pathsCarryingTheClientSecret(instance), QStringList{QStringLiteral("token=1")});
}

void tst_HostileProvider::clientSecretIsNotResentToARedirectedTokenEndpoint_data()
{
    using Method = ClientConfiguration::ClientAuthenticationMethod;
    QTest::addColumn<Method>("method");
    QTest::newRow("basic") << Method::ClientSecretBasic;
    QTest::newRow("post") << Method::ClientSecretPost;
}

// The token endpoint answers 307 to the same path on another host: the
// request, and the secret with it, is not sent again (RFC 9700 §4.12).
void tst_HostileProvider::clientSecretIsNotResentToARedirectedTokenEndpoint()
{
    QFETCH(ClientConfiguration::ClientAuthenticationMethod, method);
    const QString instance = QStringLiteral("oauth2-token-redirect-elsewhere~secret-")
            + QString::fromLatin1(QTest::currentDataTag());
    ClientConfiguration configuration = plainOAuth2ConfigurationFor(instance);
    configuration.setClientSecret(clientSecret);
    configuration.setClientAuthenticationMethod(method);
    m_otherSecrets.append(QString::fromLatin1(clientSecret.reveal()));
    auto client = makeClient(configuration);
    Outcome outcome;
    runSignIn(client.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(outcome.error.errorCode(), QStringLiteral("network_error"));
    QVERIFY2(outcome.error.detail().contains(QLatin1String("unexpected redirect (HTTP 307)")),
             qPrintable(outcome.error.detail()));
    QCOMPARE(count(QStringLiteral("/case/%1/token-elsewhere").arg(instance)), 0);
    QCOMPARE(pathsCarryingTheClientSecret(instance), QStringList{QStringLiteral("token=1")});
}

// ---------------------------------------------------------------- TLS

// Makes ca.pem (a throw-away CA), server.pem and server.key (for IP
// 127.0.0.1, signed by that CA) in `directory`, valid for two days.
void tst_HostileProvider::makeThrowAwayCa(const QString &openssl, const QString &directory)
{
    const QDir dir(directory);
    QFile config(dir.filePath(QStringLiteral("openssl.cnf")));
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Text));
    config.write("[req]\n"
                 "distinguished_name = dn\n"
                 "prompt = no\n"
                 "[dn]\n"
                 "CN = QtSignIn throw-away test CA\n"
                 "[ca]\n"
                 "basicConstraints = critical, CA:TRUE\n"
                 "keyUsage = critical, keyCertSign, cRLSign\n"
                 "subjectKeyIdentifier = hash\n"
                 "[server]\n"
                 "basicConstraints = critical, CA:FALSE\n"
                 "keyUsage = critical, digitalSignature\n"
                 "extendedKeyUsage = serverAuth\n"
                 "subjectAltName = IP:127.0.0.1\n"
                 "subjectKeyIdentifier = hash\n"
                 "authorityKeyIdentifier = keyid\n");
    config.close();

    const QString p256 = QStringLiteral("ec_paramgen_curve:P-256");
    const QList<QStringList> steps = {
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"), config.fileName(),
         QStringLiteral("-extensions"), QStringLiteral("ca"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), p256, QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-subj"), QStringLiteral("/CN=QtSignIn throw-away test CA"),
         QStringLiteral("-keyout"), dir.filePath(QStringLiteral("ca.key")),
         QStringLiteral("-out"), dir.filePath(QStringLiteral("ca.pem"))},
        {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"), config.fileName(),
         QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"), p256, QStringLiteral("-nodes"),
         QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
         QStringLiteral("-keyout"), dir.filePath(QStringLiteral("server.key")),
         QStringLiteral("-out"), dir.filePath(QStringLiteral("server.csr"))},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), dir.filePath(QStringLiteral("server.csr")),
         QStringLiteral("-CA"), dir.filePath(QStringLiteral("ca.pem")),
         QStringLiteral("-CAkey"), dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-set_serial"),
         QStringLiteral("2"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
         config.fileName(), QStringLiteral("-extensions"), QStringLiteral("server"),
         QStringLiteral("-out"), dir.filePath(QStringLiteral("server.pem"))},
    };
    for (const QStringList &arguments : steps) {
        QProcess tool;
        tool.setProcessChannelMode(QProcess::MergedChannels);
        tool.start(openssl, arguments);
        QVERIFY2(tool.waitForFinished(30000), qPrintable(tool.errorString()));
        QVERIFY2(tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0,
                 qPrintable(QStringLiteral("openssl %1: %2")
                                    .arg(arguments.first(), QString::fromLocal8Bit(tool.readAll()))));
    }
}

// A provider whose certificate no trusted CA signed is refused at the
// handshake, before a single request reaches it; with its CA configured
// (setCaCertificates), the same provider signs in.
void tst_HostileProvider::untrustedTlsIsRefusedUntilTheCaIsConfigured()
{
    // scripts/setup.sh installs both: missing, the test fails rather than
    // passing without having run.
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "the openssl command-line tool is not installed: this test makes its throw-away CA with it");
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    makeThrowAwayCa(openssl, directory.path());
    if (QTest::currentTestFailed())
        return;
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(directory.filePath(QStringLiteral("ca.pem")));
    QCOMPARE(ca.size(), 1);

    // The stand-in browser, /stats and /secrets get a manager of their own
    // here, deleted when this function returns. Qt's network threads are
    // detached: the one that did TLS frees OpenSSL's per-thread state only as
    // it exits, after the manager's destructor has returned. Through
    // m_network that thread would exit last, racing the end of the program
    // and LeakSanitizer's check; deleted here, like the clients' own
    // managers, it exits while the remaining tests run.
    QNetworkAccessManager tlsNetwork;
    m_activeNetwork = &tlsNetwork;
    const auto backToPlainNetwork = qScopeGuard([this] { m_activeNetwork = &m_network; });

    QProcess server;
    QString base;
    const auto stop = qScopeGuard([this, &server] { stopProvider(&server); });
    startProvider(&server,
                  {QStringLiteral("--tls"), directory.filePath(QStringLiteral("server.pem")),
                   directory.filePath(QStringLiteral("server.key"))},
                  &base);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(base.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(base));
    const QString discoveryPath = QStringLiteral("/case/valid/.well-known/openid-configuration");

    // Only the system's CAs: the handshake fails, and discovery with it.
    auto untrusting = makeClient(configurationFor(base, QStringLiteral("valid"), 5s));
    Outcome outcome;
    runSignIn(untrusting.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(outcome.error.errorCode(), QStringLiteral("network_error"));
    QVERIFY2(outcome.error.detail().startsWith(QLatin1String("discovery: ")), qPrintable(outcome.error.detail()));
    QVERIFY(!outcome.browserLaunched);
    QVERIFY(outcome.result.accessToken().isEmpty());
    QVERIFY(outcome.result.idToken().isEmpty());
    QCOMPARE(stats(base, ca).value(discoveryPath).toInt(), 0);
    qInfo("without the CA: %s", qPrintable(outcome.error.detail()));

    // The same provider, its CA configured: signs in.
    ClientConfiguration trusting = configurationFor(base, QStringLiteral("valid"), 5s);
    trusting.setCaCertificates(ca);
    auto client = makeClient(trusting);
    runSignIn(client.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.errorCode() + QLatin1String(": ")
                                                  + outcome.error.detail()));
    QCOMPARE(outcome.result.idTokenClaims().value(QLatin1String("sub")).toString(), QStringLiteral("user-1"));
    QVERIFY(!outcome.result.accessToken().isEmpty());
    QVERIFY(outcome.browserLaunched);
    QCOMPARE(outcome.browserStatus, 200);
    QCOMPARE(stats(base, ca).value(discoveryPath).toInt(), 1);

    // This provider's secrets must stay out of the log too.
    const QStringList secrets = this->secrets(base, ca);
    QVERIFY(!secrets.isEmpty());
    m_otherSecrets += secrets;
}

// ---------------------------------------------------------------- logging

// ---------------------------------------------------------------- device authorization grant

// A sign-in on another device (RFC 8628) ends in the same checks as the
// browser's: a token response with a forged ID token or another issuer is
// refused the same way, and what the person would be shown is checked first.
void tst_HostileProvider::deviceSignIn_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("errorCode"); // empty: must sign in
    QTest::addColumn<SignInError::Reason>("reason");
    using Reason = SignInError::Reason;
    const auto row = [](const char *name, const char *code, Reason reason) {
        QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(code) << reason;
    };
    row("valid", "", Reason::None);
    row("es256", "", Reason::None);
    // No nonce was sent, so none is missing.
    row("nonce-missing", "", Reason::None);
    row("bad-signature", "invalid_id_token", Reason::SignatureInvalid);
    row("alg-none", "invalid_id_token", Reason::SigningAlgorithmNotAllowed);
    row("hs256-public-key", "invalid_id_token", Reason::SigningAlgorithmNotAllowed);
    row("unknown-kid", "invalid_id_token", Reason::SigningKeyUnknown);
    row("wrong-iss", "invalid_id_token", Reason::IssuerMismatch);
    row("wrong-aud", "invalid_id_token", Reason::AudienceMismatch);
    row("expired", "invalid_id_token", Reason::Expired);
    row("at-hash-mismatch", "invalid_id_token", Reason::AccessTokenHashMismatch);
    // A nonce in a token for a request that sent none: issued for another request.
    row("nonce-mismatch", "invalid_id_token", Reason::NonceMismatch);
    row("missing-id-token", "invalid_token_response", Reason::IdTokenMissing);
    row("device-verification-uri-http", "insecure_endpoint", Reason::VerificationUriInsecure);
    row("device-user-code-escape", "invalid_authorization_response", Reason::DeviceAuthorizationResponseMalformed);
    row("device-interval-huge", "invalid_authorization_response", Reason::DeviceAuthorizationResponseMalformed);
    row("device-denied", "access_denied", Reason::DeviceAuthorizationDenied);
    row("device-endpoint-missing", "invalid_configuration", Reason::DeviceAuthorizationUnsupported);
}

void tst_HostileProvider::deviceSignIn()
{
    QFETCH(QString, caseName);
    QFETCH(QString, errorCode);
    QFETCH(SignInError::Reason, reason);
    auto client = makeClient(configurationFor(m_base, caseName + QStringLiteral("~device"), 5s));
    std::unique_ptr<SignInReply> reply(client->signInWithDeviceCode({QStringLiteral("profile")}));
    QSignalSpy shown(reply.get(), &SignInReply::deviceAuthorizationReceived);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), signInDeadlineMs);
    const SignInError error = reply->error();
    const QString said = QStringLiteral("errorCode \"%1\", detail \"%2\", reason \"%3\"")
                                 .arg(error.errorCode(), error.detail(), SignInError::reasonName(error.reason()));
    if (errorCode.isEmpty()) {
        QVERIFY2(!error.isError(), qPrintable(said));
        QCOMPARE(reply->result().userAgent(), QtSignIn::UserAgentKind::Device);
        QCOMPARE(reply->result().idTokenClaims().value(QLatin1String("sub")).toString(), QStringLiteral("user-1"));
        QCOMPARE(shown.size(), 1);
        return;
    }
    QVERIFY2(error.errorCode() == errorCode, qPrintable(said));
    QVERIFY2(error.reason() == reason, qPrintable(said));
    QVERIFY(reply->result().accessToken().isEmpty());
    QVERIFY(reply->result().idTokenClaims().isEmpty());
    QVERIFY(client->accounts().isEmpty());
    // What failed before the person was shown anything was never shown.
    if (caseName.startsWith(QLatin1String("device-")) && caseName != QLatin1String("device-denied"))
        QCOMPARE(shown.size(), 0);
    // ... and nothing was posted anywhere without an endpoint for it.
    if (caseName == QLatin1String("device-endpoint-missing"))
        QCOMPARE(count(QStringLiteral("/case/device-endpoint-missing~device/token")), 0);
}

// With every qtsignin.* category on, nothing the library logged during all
// the sign-ins above contains a code, verifier or token the providers dealt in.
// ---------------------------------------------------------------- DPoP

// RFC 9449 against providers that advertise DPoP and then misbehave: a nonce
// asked for again and again, nonces that are junk or huge, a Bearer answer
// to a proof when DPoP is required, no ES256.
void tst_HostileProvider::dpopSignIn_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<ClientConfiguration::ProofOfPossession>("proof");
    QTest::addColumn<QString>("errorCode");     // empty: signs in
    QTest::addColumn<SignInError::Reason>("reason");
    QTest::addColumn<QString>("tokenType");     // when it signs in
    QTest::addColumn<int>("tokenRequests");     // -1: not counted

    using Proof = ClientConfiguration::ProofOfPossession;
    using Reason = SignInError::Reason;
    // One retry with the provider's nonce, then the bound token: the extra
    // request DPoP costs, and the only one.
    QTest::newRow("dpop-nonce-once") << QStringLiteral("dpop-nonce-once") << Proof::DPoPRequired << QString()
                                     << Reason::None << QStringLiteral("DPoP") << 2;
    QTest::newRow("dpop-nonce-loop") << QStringLiteral("dpop-nonce-loop") << Proof::DPoPWhenSupported
                                     << QStringLiteral("use_dpop_nonce") << Reason::DpopNonceLoop << QString() << 2;
    QTest::newRow("dpop-nonce-junk") << QStringLiteral("dpop-nonce-junk") << Proof::DPoPWhenSupported
                                     << QStringLiteral("use_dpop_nonce") << Reason::DpopNonceMalformed << QString() << 1;
    QTest::newRow("dpop-nonce-huge") << QStringLiteral("dpop-nonce-huge") << Proof::DPoPWhenSupported
                                     << QStringLiteral("use_dpop_nonce") << Reason::DpopNonceMalformed << QString() << 1;
    QTest::newRow("dpop-answers-bearer-required") << QStringLiteral("dpop-answers-bearer") << Proof::DPoPRequired
                                                  << QStringLiteral("invalid_token_response") << Reason::DpopNotBound
                                                  << QString() << -1;
    // Not required: the provider did not bind the tokens, and they are Bearer.
    QTest::newRow("dpop-answers-bearer-when-supported") << QStringLiteral("dpop-answers-bearer")
                                                        << Proof::DPoPWhenSupported << QString() << Reason::None
                                                        << QStringLiteral("Bearer") << -1;
    QTest::newRow("dpop-without-es256-required") << QStringLiteral("dpop-without-es256") << Proof::DPoPRequired
                                                 << QStringLiteral("invalid_configuration") << Reason::DpopUnsupported
                                                 << QString() << 0;
}

void tst_HostileProvider::dpopSignIn()
{
    QFETCH(QString, caseName);
    QFETCH(ClientConfiguration::ProofOfPossession, proof);
    QFETCH(QString, errorCode);
    QFETCH(SignInError::Reason, reason);
    QFETCH(QString, tokenType);
    QFETCH(int, tokenRequests);

    ClientConfiguration configuration = configurationFor(m_base, caseName, 5s);
    configuration.setProofOfPossession(proof);
    auto client = makeClient(configuration);
    const int before = count(QStringLiteral("/case/%1/token").arg(caseName));
    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    runSignIn(client.get(), &outcome);
    if (QTest::currentTestFailed())
        return;
    const SignInError &error = outcome.error;
    const QString said = QStringLiteral("errorCode \"%1\", detail \"%2\", reason \"%3\"")
                                 .arg(error.errorCode(), error.detail(), SignInError::reasonName(error.reason()));
    QVERIFY2(clock.elapsed() < 15000, qPrintable(said));
    if (tokenRequests >= 0)
        QCOMPARE(count(QStringLiteral("/case/%1/token").arg(caseName)) - before, tokenRequests);
    if (errorCode.isEmpty()) {
        QVERIFY2(!error.isError(), qPrintable(said));
        QCOMPARE(outcome.result.tokenType(), tokenType);
        QCOMPARE(outcome.result.authorizationHeaderValue().reveal().split(' ').first(), tokenType.toLatin1());
        return;
    }
    QVERIFY2(error.errorCode() == errorCode, qPrintable(said));
    QVERIFY2(error.reason() == reason, qPrintable(said));
    QVERIFY(outcome.result.accessToken().isEmpty());
    QVERIFY(outcome.result.refreshToken().isEmpty());
}

void tst_HostileProvider::logsNeverContainSecrets()
{
    if (m_signInsRun == 0)
        QSKIP("checks the log of the other tests: run the whole program");
    const QStringList secrets = this->secrets(m_base) + m_otherSecrets;
    // Not vacuous: the sign-ins went as far as codes, verifiers and tokens...
    QVERIFY2(secrets.size() >= 4, qPrintable(QString::number(secrets.size())));

    QString log;
    int libraryMessages = 0;
    QSet<QString> categories;
    {
        QMutexLocker lock(&capturedLog.mutex);
        log = capturedLog.text;
        libraryMessages = capturedLog.libraryMessages;
        categories = capturedLog.libraryCategories;
    }
    // ...and the library did log, in the stages that handle them.
    QVERIFY2(libraryMessages > 0, "no qtsignin.* message was captured: is the logging on?");
    QVERIFY2(categories.contains(QStringLiteral("qtsignin.token")),
             qPrintable(QStringList(categories.values()).join(QLatin1String(", "))));
    QVERIFY2(categories.contains(QStringLiteral("qtsignin.http")),
             qPrintable(QStringList(categories.values()).join(QLatin1String(", "))));

    int checked = 0;
    for (const QString &secret : secrets) {
        if (secret.size() < 8)
            continue;
        ++checked;
        const qsizetype at = log.indexOf(secret);
        if (at < 0)
            continue;
        const qsizetype lineStart = log.lastIndexOf(QLatin1Char('\n'), at) + 1;
        const qsizetype lineEnd = log.indexOf(QLatin1Char('\n'), at);
        QFAIL(qPrintable(QStringLiteral("a secret (%1...) is in the log: %2")
                                 .arg(secret.left(6), log.mid(lineStart, lineEnd - lineStart))));
    }
    QVERIFY(checked > 0);
    qInfo("%d secrets, none among %d qtsignin.* messages (%lld characters of log)", checked,
          libraryMessages, qint64(log.size()));
}

QTEST_GUILESS_MAIN(tst_HostileProvider)

#include "tst_hostile_provider.moc"
