// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// A second, independent provider: the real `qtsignin` program against
// LemonLDAP::NG's portal from Debian's packages (tests/lemonldap), which
// nobody here wrote, with headless Chromium as the person's browser
// (tests/browser/lemonldap-signin.mjs) and the token cache in a real Secret
// Service (tests/keyring). The portal's client is public, requires PKCE
// (S256) and signs ID tokens with RS256; see the README's "Tests" section for
// what the portal does its own way.

#include "../keyring/KeyringEnvironment.h"

#include "TokenLeakCheck.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray err;
    QJsonObject json;
    // For a login: what the browser logged (tst_LemonLdap::finishedBrowserRun()).
    QByteArray browser;
};

// The client tests/lemonldap/lmConf.json.in registers, and one of the
// portal's Demo users (whose password is the login).
const QString clientId = QStringLiteral("qtsignin-lemonldap");
const QString user = QStringLiteral("dwho");

QString readStateFile(const QString &name)
{
    QFile file(qEnvironmentVariable("QTSIGNIN_LEMONLDAP_STATE") + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().trimmed()) : QString();
}

} // namespace

class tst_LemonLdap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void signsInWithPkceAndASignedIdTokenAndFetchesUserInfo();
    void nextProcessGetsTheTokenFromTheKeychainAndRefreshesItBeyondItsLifetime();
    void signOutEndsThePortalSessionSoTheNextSignInAsksForThePassword();
    void loopbackRedirectOnAnotherPortIsRefusedAfterThePassword();
    void dpopIsNotOfferedSoTokensStayBearer();

private:
    Run cli(const QString &command, const QStringList &extra = {});
    Run login();
    // What the browser wrote to its log since the last call (the portal
    // asking for the password, where the end-session URL ended up), once it
    // has finished: qtsignin does not wait for it, and its cookies are saved last.
    QByteArray finishedBrowserRun();

    QString m_issuer;
    QString m_redirectPort;
    // Per test function: the config folder, and the browser's log and cookies
    // (one person in one browser across the function's sign-ins).
    std::unique_ptr<QTemporaryDir> m_scratch;
    qsizetype m_browserLogRead = 0;
};

void tst_LemonLdap::initTestCase()
{
    m_issuer = readStateFile(QStringLiteral("issuer"));
    m_redirectPort = readStateFile(QStringLiteral("redirect-port"));
    QVERIFY2(!m_issuer.isEmpty() && !m_redirectPort.isEmpty(), "the lemonldap_provider fixture is not running");
    QVERIFY2(applyKeyringEnvironmentToThisProcess(), "the secret_service fixture is not running");
}

void tst_LemonLdap::init()
{
    m_scratch = std::make_unique<QTemporaryDir>();
    QVERIFY(m_scratch->isValid());
    m_browserLogRead = 0;
}

Run tst_LemonLdap::cli(const QString &command, const QStringList &extra)
{
    QProcess process;
    QProcessEnvironment environment = qtsigninKeyringEnvironment();
    environment.remove(QStringLiteral("BROWSER"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_scratch->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QTSIGNIN_TEST_BROWSER_LOG"), m_scratch->filePath(QStringLiteral("browser.log")));
    environment.insert(QStringLiteral("QTSIGNIN_TEST_BROWSER_STATE"), m_scratch->filePath(QStringLiteral("browser-state.json")));
    process.setProcessEnvironment(environment);
    const QString browser = QStringLiteral("node %1/tests/browser/lemonldap-signin.mjs --user %2")
                                    .arg(QStringLiteral(QTSIGNIN_SOURCE_DIR), user);
    // The keychain entry is named for the app: one per test function.
    QStringList arguments{command, QStringLiteral("--authority"), m_issuer, QStringLiteral("--client-id"), clientId,
                          QStringLiteral("--app-name"), QString::fromLatin1(QTest::currentTestFunction()),
                          QStringLiteral("--json")};
    if (command != QLatin1String("token"))
        arguments << QStringLiteral("--browser-command") << browser;
    process.start(QStringLiteral(QTSIGNIN_CLI), arguments + extra);
    Run run;
    if (!process.waitForStarted() || !process.waitForFinished(90000)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "qtsignin did not finish in time" << process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.err = process.readAllStandardError();
    run.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (run.exitCode != 0)
        qInfo().noquote() << "qtsignin" << command << "stderr:" << QString::fromUtf8(run.err);
    if (QtSignInTest::containsJwt(run.err))
        QTest::qFail("a token appeared in qtsignin's log output", __FILE__, __LINE__);
    // The portal's access and refresh tokens are opaque, not JWTs: look for
    // the one handed over too.
    const QByteArray accessToken = run.json.value(QLatin1String("access_token")).toString().toUtf8();
    if (!accessToken.isEmpty() && run.err.contains(accessToken))
        QTest::qFail("the access token appeared in qtsignin's log output", __FILE__, __LINE__);
    return run;
}

Run tst_LemonLdap::login()
{
    // LemonLDAP::NG matches redirect URIs exactly, port included (no RFC 8252
    // §7.3 any-port loopback): the port the client is registered with.
    // offline_access: the refresh token (the portal wants consent for it,
    // which the client's "bypass consent" option stands for).
    Run run = cli(QStringLiteral("login"),
                  {QStringLiteral("--port"), m_redirectPort, QStringLiteral("--no-save"), QStringLiteral("--userinfo"),
                   QStringLiteral("--scope"), QStringLiteral("profile"), QStringLiteral("--scope"), QStringLiteral("email"),
                   QStringLiteral("--scope"), QStringLiteral("offline_access")});
    run.browser = finishedBrowserRun();
    return run;
}

QByteArray tst_LemonLdap::finishedBrowserRun()
{
    QFile file(m_scratch->filePath(QStringLiteral("browser.log")));
    for (int waited = 0; waited < 60000; waited += 100) {
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray fresh = file.readAll().mid(m_browserLogRead);
            file.close();
            if (fresh.contains("[browser] done: exit")) {
                m_browserLogRead += fresh.size();
                return fresh;
            }
        }
        QTest::qWait(100);
    }
    qWarning() << "the browser did not finish";
    return {};
}

void tst_LemonLdap::signsInWithPkceAndASignedIdTokenAndFetchesUserInfo()
{
    const Run signIn = login();
    QCOMPARE(signIn.exitCode, 0);
    QVERIFY2(signIn.browser.contains("[browser] the portal asks for the password"), signIn.browser.constData());
    // The portal requires PKCE of this client; qtsignin sends S256.
    QVERIFY2(signIn.browser.contains("&code_challenge_method=S256"), signIn.browser.constData());
    QCOMPARE(signIn.json.value(QLatin1String("source")).toString(), QStringLiteral("interactive"));
    // The ID token passed our verifier (RS256 against the portal's JWKS); its claims:
    const QJsonObject claims = signIn.json.value(QLatin1String("id_token_claims")).toObject();
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), m_issuer);
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), user);
    QCOMPARE(claims.value(QLatin1String("azp")).toString(), clientId);
    const QJsonObject account = signIn.json.value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("username")).toString(), user);
    QCOMPARE(account.value(QLatin1String("name")).toString(), QStringLiteral("Doctor Who"));
    const QJsonObject userInfo = signIn.json.value(QLatin1String("userinfo")).toObject();
    QCOMPARE(userInfo.value(QLatin1String("sub")).toString(), user);
    QCOMPARE(userInfo.value(QLatin1String("email")).toString(), QStringLiteral("dwho@badwolf.org"));
    // A refresh token, though the portal never echoes offline_access in
    // `scope`: the refresh token is what offline_access grants, so it counts
    // as granted (as for Microsoft Entra ID, ProviderQuirks::grantedScopes).
    QVERIFY(signIn.json.value(QLatin1String("has_refresh_token")).toBool());
    const QJsonArray granted = signIn.json.value(QLatin1String("scopes")).toArray();
    QVERIFY(granted.contains(QStringLiteral("openid")));
    QVERIFY(granted.contains(QStringLiteral("email")));
    QVERIFY(granted.contains(QStringLiteral("offline_access")));
}

void tst_LemonLdap::nextProcessGetsTheTokenFromTheKeychainAndRefreshesItBeyondItsLifetime()
{
    const Run signIn = login();
    QCOMPARE(signIn.exitCode, 0);
    const QString signedInToken = signIn.json.value(QLatin1String("access_token")).toString();
    QVERIFY(!signedInToken.isEmpty());

    const Run cached = cli(QStringLiteral("token"));
    QCOMPARE(cached.exitCode, 0);
    QCOMPARE(cached.json.value(QLatin1String("source")).toString(), QStringLiteral("cache"));
    QCOMPARE(cached.json.value(QLatin1String("access_token")).toString(), signedInToken);

    // The portal's access tokens live 600 s (lmConf.json.in): asking for one
    // valid for an hour makes qtsignin redeem the refresh token.
    const Run refreshed = cli(QStringLiteral("token"), {QStringLiteral("--min-validity"), QStringLiteral("3600")});
    QCOMPARE(refreshed.exitCode, 0);
    QCOMPARE(refreshed.json.value(QLatin1String("source")).toString(), QStringLiteral("refresh"));
    const QString refreshedToken = refreshed.json.value(QLatin1String("access_token")).toString();
    QVERIFY(!refreshedToken.isEmpty());
    QVERIFY(refreshedToken != signedInToken);
    // The refresh brought a new ID token: verified again, still the same person.
    const QJsonObject claims = refreshed.json.value(QLatin1String("id_token_claims")).toObject();
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), user);
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), m_issuer);

    // The refreshed token (and the refresh token that came with it) was stored.
    const Run afterRefresh = cli(QStringLiteral("token"));
    QCOMPARE(afterRefresh.exitCode, 0);
    QCOMPARE(afterRefresh.json.value(QLatin1String("source")).toString(), QStringLiteral("cache"));
    QCOMPARE(afterRefresh.json.value(QLatin1String("access_token")).toString(), refreshedToken);
    const Run forced = cli(QStringLiteral("token"), {QStringLiteral("--force-refresh")});
    QCOMPARE(forced.exitCode, 0);
    QCOMPARE(forced.json.value(QLatin1String("source")).toString(), QStringLiteral("refresh"));
}

void tst_LemonLdap::signOutEndsThePortalSessionSoTheNextSignInAsksForThePassword()
{
    const Run firstSignIn = login();
    QCOMPARE(firstSignIn.exitCode, 0);
    QVERIFY2(firstSignIn.browser.contains("[browser] the portal asks for the password"), firstSignIn.browser.constData());
    // The same browser again: the portal still knows the person (single sign-on),
    // so what follows can tell an ended session from a new browser.
    const Run secondRun = login();
    QCOMPARE(secondRun.exitCode, 0);
    const QByteArray &secondSignIn = secondRun.browser;
    QVERIFY2(secondSignIn.contains("[browser] the same browser as before"), secondSignIn.constData());
    QVERIFY2(!secondSignIn.contains("the portal asks for the password"), secondSignIn.constData());

    const Run logout = cli(QStringLiteral("logout"), {QStringLiteral("--end-session")});
    QCOMPARE(logout.exitCode, 0);
    QVERIFY(logout.json.value(QLatin1String("signed_out")).toBool());
    const QByteArray endSession = finishedBrowserRun();
    QVERIFY2(endSession.contains("opening " + m_issuer.toUtf8() + "/oauth2/logout?id_token_hint=REDACTED"),
             endSession.constData());
    QVERIFY2(endSession.contains("[browser] done: exit 0"), endSession.constData());
    const Run token = cli(QStringLiteral("token"));
    QCOMPARE(token.exitCode, 4); // nothing cached: interaction needed

    const Run thirdRun = login();
    QCOMPARE(thirdRun.exitCode, 0);
    const QByteArray &afterSignOut = thirdRun.browser;
    QVERIFY2(afterSignOut.contains("[browser] the same browser as before"), afterSignOut.constData());
    QVERIFY2(afterSignOut.contains("[browser] the portal asks for the password"), afterSignOut.constData());
}

void tst_LemonLdap::loopbackRedirectOnAnotherPortIsRefusedAfterThePassword()
{
    // No --port: the system picks the port (RFC 8252 §7.3), which the portal
    // does not match against the registered http://127.0.0.1:PORT/. It says
    // so only once the person has signed in, on its own error page, and never
    // redirects back: the app would wait until its timeout (here the browser
    // driver gives up on the page, and qtsignin with it).
    const Run signIn = cli(QStringLiteral("login"), {QStringLiteral("--no-save"), QStringLiteral("--timeout"),
                                                     QStringLiteral("30")});
    const QByteArray browser = finishedBrowserRun();
    // The browser (driver) giving up ends it: a typed failure at once, not a
    // crash, and not this test's own wait running out.
    QCOMPARE(signIn.exitCode, 2); // ExitAuthenticationFailed
    QCOMPARE(signIn.json.value(QLatin1String("error")).toString(), QStringLiteral("user_agent_unavailable"));
    QVERIFY2(browser.contains("[browser] the portal asks for the password"), browser.constData());
    QVERIFY2(browser.contains("[browser] failed: stuck on " + m_issuer.toUtf8() + "/oauth2/authorize?"), browser.constData());
    const QRegularExpression redirect(QStringLiteral("redirect_uri=http%3A%2F%2F127.0.0.1%3A(\\d+)%2F"));
    const QString port = redirect.match(QString::fromUtf8(browser)).captured(1);
    QVERIFY(!port.isEmpty());
    QVERIFY(port != m_redirectPort);
    QFile portalLog(qEnvironmentVariable("QTSIGNIN_LEMONLDAP_STATE") + QStringLiteral("/portal.log"));
    QVERIFY(portalLog.open(QIODevice::ReadOnly));
    QVERIFY(portalLog.readAll().contains(QStringLiteral("Redirect URI http://127.0.0.1:%1/ not allowed").arg(port).toUtf8()));
}

// LemonLDAP::NG 2.16 does not offer DPoP (RFC 9449): its discovery document
// has no dpop_signing_alg_values_supported. Required, the sign-in fails before
// the browser opens; when supported, the tokens are Bearer tokens.
void tst_LemonLdap::dpopIsNotOfferedSoTokensStayBearer()
{
    const Run required = cli(QStringLiteral("login"), {QStringLiteral("--port"), m_redirectPort,
                                                       QStringLiteral("--no-save"), QStringLiteral("--dpop"),
                                                       QStringLiteral("required")});
    QVERIFY(required.exitCode != 0);
    QCOMPARE(required.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_configuration"));
    QCOMPARE(required.json.value(QLatin1String("reason")).toString(), QStringLiteral("dpop_unsupported"));

    Run whenSupported = cli(QStringLiteral("login"), {QStringLiteral("--port"), m_redirectPort,
                                                      QStringLiteral("--no-save"), QStringLiteral("--dpop"),
                                                      QStringLiteral("auto"), QStringLiteral("--scope"),
                                                      QStringLiteral("offline_access")});
    whenSupported.browser = finishedBrowserRun();
    QCOMPARE(whenSupported.exitCode, 0);
    QCOMPARE(whenSupported.json.value(QLatin1String("token_type")).toString().compare(QLatin1String("Bearer"),
                                                                                    Qt::CaseInsensitive), 0);
    // No dpop_jkt went to the portal.
    QVERIFY2(!whenSupported.browser.contains("dpop_jkt"), whenSupported.browser.constData());
}

QTEST_GUILESS_MAIN(tst_LemonLdap)
#include "tst_lemonldap.moc"
