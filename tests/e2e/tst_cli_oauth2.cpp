// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// Plain OAuth 2.0 providers, end to end: the real `qtsignin login --oauth2`
// against a GitHub-shaped provider (tests/fixtures/github-provider/server.mjs,
// which this test starts), headless Chromium as the person's browser
// (tests/browser/signin.mjs) and the tokens in a real Secret Service
// (tests/keyring). GitHub's OAuth apps are confidential clients: every
// sign-in sends the client secret, as GitHub documents, in the body.

#include "../keyring/KeyringEnvironment.h"
#include "../support/NodeFixtureServer.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
};

// As registered at the fixture.
const QString appClient = QStringLiteral("gh-app");               // tokens that do not expire
const QByteArray appSecret = QByteArrayLiteral("gh-app-secret");
const QString expiringClient = QStringLiteral("gh-expiring");     // opted in to expiring tokens
const QByteArray expiringSecret = QByteArrayLiteral("gh-expiring-secret");
const QString presetClient = QStringLiteral("gh-preset");         // callback http://127.0.0.1/
const QByteArray presetSecret = QByteArrayLiteral("gh-preset-secret");
constexpr qint64 githubAccessTokenLifetime = 28800;               // 8 hours

} // namespace

class tst_CliOAuth2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void signsInWithTheClientSecretAndTheProfile();
    void nonExpiringTokenComesFromTheKeychain();
    void expiringTokenIsRefreshedWithItsRefreshToken();
    void errorAnsweredWithStatus200IsTheProvidersError();
    void failingProfileEndpointIsATypedError_data();
    void failingProfileEndpointIsATypedError();
    void accountsListsTheProfileAccount();
    void logoutRevokesTheTokensAndForgetsTheAccount();
    void logoutSaysWhenTheProviderDidNotRevoke();
    void theProfileRemembersThePlainOAuth2Provider();
    void githubPresetSendsTheSecretInTheBodyAndIsRemembered();

private:
    QString appName() const { return QString::fromLatin1(QTest::currentTestFunction()); }
    QStringList provider() const;
    QStringList session(const QString &command, const QString &clientId) const;
    Run login(const QString &clientId, const QByteArray &secret, const QStringList &extra = {},
              const QString &browserOptions = QString());
    Run cli(const QStringList &arguments, const QByteArray &secret);
    struct FixtureAnswer
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        int status = 0;
        QByteArray body;
    };
    // One GET to the fixture (with `accessToken` as a bearer token when
    // given), answered within 10 s.
    FixtureAnswer fixtureGet(const QString &path, const QByteArray &accessToken = QByteArray());
    // A fixture's JSON object; failing to read it fails the test, so that a
    // count compared with 0 or "unchanged" cannot pass on nothing.
    QJsonObject fixtureJson(const QString &path);
    QJsonObject stats() { return fixtureJson(QStringLiteral("/test/stats")); }
    int stat(const QString &name) { return stats().value(name).toInt(); }
    int profileStatus(const QString &accessToken);

    NodeFixtureServer m_server;
    QString m_base;
    QTemporaryDir m_configHome;
};

void tst_CliOAuth2::initTestCase()
{
    QVERIFY2(applyKeyringEnvironmentToThisProcess(), "the secret_service fixture is not running");
    QVERIFY(m_configHome.isValid());
    const QString script = QStringLiteral(QTSIGNIN_SOURCE_DIR "/tests/fixtures/github-provider/server.mjs");
    QString error;
    QVERIFY2(m_server.start(script, {}, &error), qPrintable(error));
    m_base = m_server.baseUrl();
}

void tst_CliOAuth2::cleanupTestCase()
{
    m_server.stop();
}

void tst_CliOAuth2::init()
{
    // Each test's own default profile.
    QVERIFY(QDir(m_configHome.filePath(QStringLiteral("qtsignin"))).removeRecursively());
}

QStringList tst_CliOAuth2::provider() const
{
    return {QStringLiteral("--oauth2"),
            QStringLiteral("--authorization-endpoint"), m_base + QStringLiteral("/login/oauth/authorize"),
            QStringLiteral("--token-endpoint"), m_base + QStringLiteral("/login/oauth/access_token"),
            QStringLiteral("--user-endpoint"), m_base + QStringLiteral("/user"),
            // GitHub takes the secret as a parameter ("Authorizing OAuth apps").
            QStringLiteral("--client-auth-method"), QStringLiteral("post")};
}

QStringList tst_CliOAuth2::session(const QString &command, const QString &clientId) const
{
    return QStringList{command} + provider()
            + QStringList{QStringLiteral("--client-id"), clientId, QStringLiteral("--app-name"), appName(),
                          QStringLiteral("--json")};
}

Run tst_CliOAuth2::login(const QString &clientId, const QByteArray &secret, const QStringList &extra,
                         const QString &browserOptions)
{
    QStringList arguments = session(QStringLiteral("login"), clientId);
    arguments << QStringLiteral("--scope") << QStringLiteral("read:user")
              // The fixture's registered callback; a loopback one may take any port.
              << QStringLiteral("--redirect-uri") << QStringLiteral("http://127.0.0.1/callback")
              << QStringLiteral("--browser-command")
              << QStringLiteral("node %1/tests/browser/signin.mjs %2")
                         .arg(QStringLiteral(QTSIGNIN_SOURCE_DIR), browserOptions)
              << extra;
    return cli(arguments, secret);
}

Run tst_CliOAuth2::cli(const QStringList &arguments, const QByteArray &secret)
{
    QProcess process;
    QProcessEnvironment environment = qtsigninKeyringEnvironment();
    environment.remove(QStringLiteral("BROWSER"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configHome.path());
    environment.remove(QStringLiteral("QTSIGNIN_CLIENT_SECRET"));
    if (!secret.isEmpty())
        environment.insert(QStringLiteral("QTSIGNIN_CLIENT_SECRET"), QString::fromUtf8(secret));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QTSIGNIN_CLI), arguments);
    Run result;
    if (!process.waitForStarted() || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "qtsignin did not finish in time" << process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.json = QJsonDocument::fromJson(result.out).object();
    if (result.exitCode != 0)
        qInfo().noquote() << "qtsignin stderr:" << QString::fromUtf8(result.err).right(2000);
    // Every qtsignin.* category is on (ctest): no client secret, code or
    // token the fixture issued may reach the log.
    for (const QByteArray &clientSecret : {appSecret, expiringSecret, presetSecret}) {
        if (result.err.contains(clientSecret) || result.out.contains(clientSecret))
            QTest::qFail("a client secret appeared in qtsignin's output", __FILE__, __LINE__);
    }
    // What the fixture issued so far. A failed fetch (or a renamed route)
    // must fail the test, not leave nothing to look for.
    const QJsonValue secrets = fixtureJson(QStringLiteral("/test/secrets")).value(QLatin1String("secrets"));
    if (!secrets.isArray()) {
        QTest::qFail("the fixture's /test/secrets holds no list of secrets", __FILE__, __LINE__);
        return result;
    }
    const QJsonArray issued = secrets.toArray();
    // Every run that succeeds does so with a token the fixture issued.
    if (result.exitCode == 0 && issued.isEmpty())
        QTest::qFail("the fixture issued nothing, so the log check would check nothing", __FILE__, __LINE__);
    // stdout is the command's answer: login and token hand over one access
    // token; a code, a refresh token, or any token from another command, never.
    const bool handsOverAToken = !arguments.isEmpty()
            && (arguments.constFirst() == QLatin1String("login") || arguments.constFirst() == QLatin1String("token"));
    int accessTokensOnStdout = 0;
    for (const QJsonValue &value : issued) {
        const QByteArray secret = value.toString().toUtf8();
        if (result.err.contains(secret))
            QTest::qFail("a code or token appeared in qtsignin's log output", __FILE__, __LINE__);
        if (!result.out.contains(secret))
            continue;
        if (!handsOverAToken || !secret.startsWith("gho_"))
            QTest::qFail("a code, refresh token or stray access token appeared on qtsignin's stdout", __FILE__, __LINE__);
        ++accessTokensOnStdout;
    }
    if (accessTokensOnStdout > 1)
        QTest::qFail("more than one access token appeared on qtsignin's stdout", __FILE__, __LINE__);
    return result;
}

tst_CliOAuth2::FixtureAnswer tst_CliOAuth2::fixtureGet(const QString &path, const QByteArray &accessToken)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_base + path));
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken);
    request.setRawHeader("User-Agent", "tst_cli_oauth2");
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return {reply->error(), reply->errorString(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->readAll()};
}

QJsonObject tst_CliOAuth2::fixtureJson(const QString &path)
{
    const FixtureAnswer answer = fixtureGet(path);
    const QJsonDocument document = QJsonDocument::fromJson(answer.body);
    if (answer.error != QNetworkReply::NoError || !document.isObject()) {
        QTest::qFail(qPrintable(QStringLiteral("cannot read the fixture's %1: %2").arg(path, answer.errorString)),
                     __FILE__, __LINE__);
    }
    return document.object();
}

// What the fixture's GET /user says to `accessToken` now.
int tst_CliOAuth2::profileStatus(const QString &accessToken)
{
    return fixtureGet(QStringLiteral("/user"), accessToken.toUtf8()).status;
}

void tst_CliOAuth2::signsInWithTheClientSecretAndTheProfile()
{
    const int grantsBefore = stat(QStringLiteral("grant:authorization_code"));
    const int jsonBefore = stat(QStringLiteral("token_accept:json"));
    const Run run = login(appClient, appSecret);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject account = run.json.value(QLatin1String("account")).toObject();
    // GitHub's numeric id, its login as the username, and said plainly:
    // nothing signed proves who this is.
    QCOMPARE(account.value(QLatin1String("id")).toString(), QStringLiteral("583231"));
    QCOMPARE(account.value(QLatin1String("username")).toString(), QStringLiteral("alice"));
    QCOMPARE(account.value(QLatin1String("name")).toString(), QStringLiteral("Alice Liddell"));
    QCOMPARE(account.value(QLatin1String("identity")).toString(), QStringLiteral("profile_endpoint"));
    QVERIFY(run.json.value(QLatin1String("id_token_claims")).toObject().isEmpty());
    QCOMPARE(run.json.value(QLatin1String("userinfo")).toObject().value(QLatin1String("login")).toString(),
             QStringLiteral("alice"));
    QCOMPARE(run.json.value(QLatin1String("scopes")).toArray(), QJsonArray{QStringLiteral("read:user")});
    // No expires_in: a GitHub token that does not expire; no refresh token.
    QVERIFY(!run.json.contains(QLatin1String("expires_on")));
    QCOMPARE(run.json.value(QLatin1String("has_refresh_token")).toBool(), false);

    const QJsonObject after = stats();
    QCOMPARE(after.value(QLatin1String("grant:authorization_code")).toInt(), grantsBefore + 1);
    // Asked for JSON; nothing of OpenID Connect; a User-Agent at /user.
    QCOMPARE(after.value(QLatin1String("token_accept:json")).toInt(), jsonBefore + 1);
    QCOMPARE(after.value(QLatin1String("authorize:nonce")).toInt(), 0);
    QCOMPARE(after.value(QLatin1String("authorize:openid")).toInt(), 0);
    QVERIFY(after.value(QLatin1String("last_user_agent")).toString().startsWith(QLatin1String("QtSignIn/")));
}

void tst_CliOAuth2::nonExpiringTokenComesFromTheKeychain()
{
    const Run signIn = login(appClient, appSecret);
    QCOMPARE(signIn.exitCode, 0);
    const int tokenRequests = stat(QStringLiteral("token_accept:json")) + stat(QStringLiteral("token_accept:form"));
    // Even a day's validity asked for: the token does not expire.
    const Run token = cli(session(QStringLiteral("token"), appClient)
                                  << QStringLiteral("--min-validity") << QStringLiteral("86400"),
                          appSecret);
    QCOMPARE(token.exitCode, 0);
    QCOMPARE(token.json.value(QLatin1String("source")).toString(), QStringLiteral("cache"));
    QCOMPARE(token.json.value(QLatin1String("access_token")), signIn.json.value(QLatin1String("access_token")));
    QCOMPARE(token.json.value(QLatin1String("account")).toObject().value(QLatin1String("identity")).toString(),
             QStringLiteral("profile_endpoint"));
    QCOMPARE(stat(QStringLiteral("token_accept:json")) + stat(QStringLiteral("token_accept:form")), tokenRequests);
    // Without a refresh token, a forced refresh is for the person.
    const Run forced = cli(session(QStringLiteral("token"), appClient) << QStringLiteral("--force-refresh"), appSecret);
    QCOMPARE(forced.exitCode, 4);
}

void tst_CliOAuth2::expiringTokenIsRefreshedWithItsRefreshToken()
{
    const Run signIn = login(expiringClient, expiringSecret);
    QCOMPARE(signIn.exitCode, 0);
    QCOMPARE(signIn.json.value(QLatin1String("has_refresh_token")).toBool(), true);
    const qint64 expiresIn = signIn.json.value(QLatin1String("expires_on")).toInteger()
            - QDateTime::currentSecsSinceEpoch();
    QVERIFY2(expiresIn > githubAccessTokenLifetime - 60 && expiresIn <= githubAccessTokenLifetime,
             qPrintable(QString::number(expiresIn)));

    const int refreshesBefore = stat(QStringLiteral("grant:refresh_token"));
    // It would expire within the validity asked for: refreshed.
    const QStringList token = session(QStringLiteral("token"), expiringClient)
            << QStringLiteral("--min-validity") << QString::number(githubAccessTokenLifetime + 1);
    const Run refreshed = cli(token, expiringSecret);
    QCOMPARE(refreshed.exitCode, 0);
    QCOMPARE(refreshed.json.value(QLatin1String("source")).toString(), QStringLiteral("refresh"));
    QVERIFY(refreshed.json.value(QLatin1String("access_token")) != signIn.json.value(QLatin1String("access_token")));
    QCOMPARE(refreshed.json.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("583231"));
    QCOMPARE(stat(QStringLiteral("grant:refresh_token")), refreshesBefore + 1);
    // The rotated refresh token was kept: it works again.
    const Run again = cli(token, expiringSecret);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json.value(QLatin1String("source")).toString(), QStringLiteral("refresh"));
    QCOMPARE(stat(QStringLiteral("grant:refresh_token")), refreshesBefore + 2);
    // The refreshed token comes from the cache now.
    const Run cached = cli(session(QStringLiteral("token"), expiringClient), expiringSecret);
    QCOMPARE(cached.exitCode, 0);
    QCOMPARE(cached.json.value(QLatin1String("source")).toString(), QStringLiteral("cache"));
    QCOMPARE(cached.json.value(QLatin1String("access_token")), again.json.value(QLatin1String("access_token")));
}

// GitHub answers a wrong client secret with HTTP 200 and error=...
void tst_CliOAuth2::errorAnsweredWithStatus200IsTheProvidersError()
{
    const Run run = login(appClient, QByteArrayLiteral("not-the-secret"));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("incorrect_client_credentials"));
    QVERIFY(run.json.value(QLatin1String("error_description")).toString().contains(QLatin1String("incorrect")));
    QVERIFY(!run.json.contains(QLatin1String("access_token")));
}

void tst_CliOAuth2::failingProfileEndpointIsATypedError_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("reason");
    QTest::newRow("HTTP 502") << QStringLiteral("profile-fails") << QStringLiteral("profile_request_failed");
    QTest::newRow("no id") << QStringLiteral("profile-without-id") << QStringLiteral("profile_id_missing");
}

void tst_CliOAuth2::failingProfileEndpointIsATypedError()
{
    QFETCH(QString, user);
    QFETCH(QString, reason);
    const Run run = login(appClient, appSecret, {}, QStringLiteral("--user ") + user);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_userinfo"));
    QCOMPARE(run.json.value(QLatin1String("reason")).toString(), reason);
    // Nobody is signed in: who the token belongs to is not known.
    const Run accounts = cli(session(QStringLiteral("accounts"), appClient), appSecret);
    QCOMPARE(accounts.exitCode, 0);
    QCOMPARE(accounts.json.value(QLatin1String("accounts")).toArray().size(), 0);
}

void tst_CliOAuth2::accountsListsTheProfileAccount()
{
    QCOMPARE(login(appClient, appSecret, {}, QStringLiteral("--user bob")).exitCode, 0);
    const Run accounts = cli(session(QStringLiteral("accounts"), appClient), appSecret);
    QCOMPARE(accounts.exitCode, 0);
    const QJsonArray list = accounts.json.value(QLatin1String("accounts")).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject account = list.first().toObject();
    QCOMPARE(account.value(QLatin1String("id")).toString(), QStringLiteral("9919"));
    QCOMPARE(account.value(QLatin1String("username")).toString(), QStringLiteral("bob"));
    QCOMPARE(account.value(QLatin1String("identity")).toString(), QStringLiteral("profile_endpoint"));
}

void tst_CliOAuth2::logoutRevokesTheTokensAndForgetsTheAccount()
{
    const QStringList revocation{QStringLiteral("--revocation-endpoint"), m_base + QStringLiteral("/oauth/revoke")};
    const Run signIn = login(expiringClient, expiringSecret, revocation);
    QCOMPARE(signIn.exitCode, 0);
    const QString accessToken = signIn.json.value(QLatin1String("access_token")).toString();
    QCOMPARE(profileStatus(accessToken), 200);
    const int revokedBefore = stat(QStringLiteral("revoked"));

    const Run logout = cli(session(QStringLiteral("logout"), expiringClient) << revocation, expiringSecret);
    QCOMPARE(logout.exitCode, 0);
    // RFC 7009: the refresh token, and with it the grant's access token.
    QCOMPARE(stat(QStringLiteral("revoked")), revokedBefore + 1);
    QCOMPARE(profileStatus(accessToken), 401);
    const Run accounts = cli(session(QStringLiteral("accounts"), expiringClient), expiringSecret);
    QCOMPARE(accounts.exitCode, 0);
    QCOMPARE(accounts.json.value(QLatin1String("accounts")).toArray().size(), 0);
}

// A revocation endpoint that does not revoke (here: nothing there, 404):
// signed out here all the same (exit 0), and the answer says so, on stderr
// and as "revocation_error", shaped as every other --json error.
void tst_CliOAuth2::logoutSaysWhenTheProviderDidNotRevoke()
{
    const QStringList nowhere{QStringLiteral("--revocation-endpoint"), m_base + QStringLiteral("/no-revocation-here")};
    const Run signIn = login(expiringClient, expiringSecret, nowhere);
    QCOMPARE(signIn.exitCode, 0);
    const Run logout = cli(session(QStringLiteral("logout"), expiringClient) << nowhere, expiringSecret);
    QCOMPARE(logout.exitCode, 0);
    QCOMPARE(logout.json.value(QLatin1String("signed_out")).toBool(), true);
    const QJsonObject error = logout.json.value(QLatin1String("revocation_error")).toObject();
    QCOMPARE(error.value(QLatin1String("error")).toString(), QStringLiteral("revocation_failed"));
    QVERIFY(!error.value(QLatin1String("error_description")).toString().isEmpty());
    QVERIFY2(logout.err.contains("did not revoke"), logout.err.constData());
    const Run accounts = cli(session(QStringLiteral("accounts"), expiringClient), expiringSecret);
    QCOMPARE(accounts.json.value(QLatin1String("accounts")).toArray().size(), 0);
}

// login remembers --oauth2, the endpoints and how the secret is sent (never
// the secret): the later commands need no options but the secret.
void tst_CliOAuth2::theProfileRemembersThePlainOAuth2Provider()
{
    const Run signIn = login(expiringClient, expiringSecret);
    QCOMPARE(signIn.exitCode, 0);
    const Run token = cli({QStringLiteral("token"), QStringLiteral("--json")}, expiringSecret);
    QCOMPARE(token.exitCode, 0);
    QCOMPARE(token.json.value(QLatin1String("source")).toString(), QStringLiteral("cache"));
    QCOMPARE(token.json.value(QLatin1String("access_token")), signIn.json.value(QLatin1String("access_token")));
    // A refresh, with the secret in the body as GitHub takes it.
    const Run refreshed = cli({QStringLiteral("token"), QStringLiteral("--json"), QStringLiteral("--force-refresh")},
                              expiringSecret);
    QCOMPARE(refreshed.exitCode, 0);
    QCOMPARE(refreshed.json.value(QLatin1String("source")).toString(), QStringLiteral("refresh"));
    // Listing accounts needs no secret.
    const Run accounts = cli({QStringLiteral("accounts"), QStringLiteral("--json")}, QByteArray());
    QCOMPARE(accounts.exitCode, 0);
    QCOMPARE(accounts.json.value(QLatin1String("accounts")).toArray().size(), 1);
}

// --provider github, its endpoints pointed at the fixture (as GitHub
// Enterprise Server's would be): no --client-auth-method, no --scope, no
// --redirect-uri; the preset says them.
void tst_CliOAuth2::githubPresetSendsTheSecretInTheBodyAndIsRemembered()
{
    const QJsonObject before = stats();
    const QStringList github{QStringLiteral("--provider"), QStringLiteral("github"), QStringLiteral("--oauth2"),
                             QStringLiteral("--authorization-endpoint"), m_base + QStringLiteral("/login/oauth/authorize"),
                             QStringLiteral("--token-endpoint"), m_base + QStringLiteral("/login/oauth/access_token"),
                             QStringLiteral("--user-endpoint"), m_base + QStringLiteral("/user"),
                             QStringLiteral("--client-id"), presetClient, QStringLiteral("--app-name"), appName()};
    const Run signIn = cli(QStringList{QStringLiteral("login")} + github
                                   + QStringList{QStringLiteral("--json"), QStringLiteral("--browser-command"),
                                                 QStringLiteral("node %1/tests/browser/signin.mjs")
                                                         .arg(QStringLiteral(QTSIGNIN_SOURCE_DIR))},
                           presetSecret);
    QCOMPARE(signIn.exitCode, 0);
    QCOMPARE(signIn.json.value(QLatin1String("account")).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("583231"));
    QCOMPARE(signIn.json.value(QLatin1String("scopes")).toArray(), QJsonArray{QStringLiteral("read:user")});
    const QJsonObject after = stats();
    QCOMPARE(after.value(QLatin1String("token_secret:body")).toInt(),
             before.value(QLatin1String("token_secret:body")).toInt() + 1);
    QCOMPARE(after.value(QLatin1String("token_secret:header")).toInt(),
             before.value(QLatin1String("token_secret:header")).toInt());
    QCOMPARE(after.value(QLatin1String("authorize:pkce_s256")).toInt(),
             before.value(QLatin1String("authorize:pkce_s256")).toInt() + 1);
    // Later commands need nothing but the secret, and listing accounts not even that.
    const Run token = cli({QStringLiteral("token"), QStringLiteral("--json")}, presetSecret);
    QCOMPARE(token.exitCode, 0);
    QCOMPARE(token.json.value(QLatin1String("source")).toString(), QStringLiteral("cache"));
    QCOMPARE(token.json.value(QLatin1String("access_token")), signIn.json.value(QLatin1String("access_token")));
    const Run accounts = cli({QStringLiteral("accounts"), QStringLiteral("--json")}, QByteArray());
    QCOMPARE(accounts.exitCode, 0);
    QCOMPARE(accounts.json.value(QLatin1String("accounts")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(tst_CliOAuth2)
#include "tst_cli_oauth2.moc"
