// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// `qtsignin doctor`, the real program: against the local provider with the
// real keyring (tests/keyring) everything is fine; against the hostile
// provider (tests/fixtures/hostile-provider, started here) each fault is
// named with what to do; a provider preset is checked as that provider, and
// a plain OAuth 2.0 one (tests/fixtures/github-provider, started here) by its
// endpoints, without discovery; without a session bus the keychain is a
// problem; and wrong input is a usage error.

#include "../keyring/KeyringEnvironment.h"

#include "TokenLeakCheck.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <QtTest/QTest>

#include <csignal>
#include <sys/types.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonArray findings; // --json
};

// The exit codes app/cli/ExitCode.h promises.
constexpr int exitSuccess = 0;
constexpr int exitSetupProblem = 8;
constexpr int exitUsage = 64;

QJsonObject finding(const Run &run, const QString &check)
{
    for (const QJsonValue &value : run.findings) {
        if (value.toObject().value(QLatin1String("check")).toString() == check)
            return value.toObject();
    }
    return QJsonObject();
}

QString status(const Run &run, const QString &check)
{
    return finding(run, check).value(QLatin1String("status")).toString();
}

QString describe(const Run &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(run.exitCode)
            .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err.left(4000)));
}

} // namespace

class tst_CliDoctor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void localProviderWithTheRealKeyringIsAllOk();
    void savedProfileNamesTheProvider();
    void withoutAProviderTheProviderChecksAreSkipped();
    void presetIsCheckedAsThatProvider();
    void plainOAuth2ProviderIsCheckedByItsEndpoints();
    void plainOAuth2ProfileIsNotSentToDiscovery();
    void withoutASessionBusTheKeychainIsAProblem();
    void otherTokenStoresAreNamed();
    void hostileProviderFaultsComeWithAdvice_data();
    void hostileProviderFaultsComeWithAdvice();
    void providerClockFarOffIsAWarning();
    void unreachableProviderIsAProblem();
    void interruptEndsTheWaitAtOnce();
    void untrustedCertificateIsNamed();
    void textOutputMarksEachCheck();
    void wrongInputIsAUsageError_data();
    void wrongInputIsAUsageError();

private:
    Run doctor(const QStringList &arguments, QProcessEnvironment environment = qtsigninKeyringEnvironment());
    QString hostileCase(const QString &name) const { return m_hostileBase + QStringLiteral("/case/") + name; }
    bool startGithubProvider(QProcess *server, QString *base);

    QString m_issuer;
    QTemporaryDir m_configHome;
    QProcess m_hostile;
    QString m_hostileBase;
};

void tst_CliDoctor::initTestCase()
{
    QVERIFY(m_configHome.isValid());
    QFile issuerFile(qEnvironmentVariable("QTSIGNIN_PROVIDER_STATE") + QStringLiteral("/issuer"));
    QVERIFY2(issuerFile.open(QIODevice::ReadOnly), "no local provider: run through ctest (fixture local_provider)");
    m_issuer = QString::fromUtf8(issuerFile.readAll().trimmed());
    QVERIFY2(!QtSignInTest::keyringVariables().isEmpty(), "no keyring: run through ctest (fixture secret_service)");

    // --exit-on-stdin-eof: if this test dies, the provider goes with it.
    m_hostile.setReadChannel(QProcess::StandardOutput);
    m_hostile.start(QStringLiteral("node"), {QStringLiteral(HOSTILE_PROVIDER_SCRIPT), QStringLiteral("0"),
                                             QStringLiteral("--exit-on-stdin-eof")});
    QVERIFY2(m_hostile.waitForStarted(10000), qPrintable(m_hostile.errorString()));
    QElapsedTimer timer;
    timer.start();
    while (!m_hostile.canReadLine() && timer.elapsed() < 20000 && m_hostile.state() == QProcess::Running)
        m_hostile.waitForReadyRead(1000);
    QVERIFY2(m_hostile.canReadLine(), m_hostile.readAllStandardError().constData());
    m_hostileBase = QString::fromUtf8(m_hostile.readLine()).trimmed();
}

void tst_CliDoctor::cleanupTestCase()
{
    m_hostile.terminate();
    if (!m_hostile.waitForFinished(5000))
        m_hostile.kill();
}

Run tst_CliDoctor::doctor(const QStringList &arguments, QProcessEnvironment environment)
{
    environment.remove(QStringLiteral("BROWSER"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configHome.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QTSIGNIN_CLI), QStringList{QStringLiteral("doctor")} + arguments);
    Run run;
    if (!process.waitForStarted() || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        qWarning("qtsignin doctor did not finish in time");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.findings = QJsonDocument::fromJson(run.out).array();
    if (QtSignInTest::containsJwt(run.out + run.err))
        QTest::qFail("a token appeared in qtsignin's output", __FILE__, __LINE__);
    return run;
}

void tst_CliDoctor::localProviderWithTheRealKeyringIsAllOk()
{
    // A browser command that exists: the default one needs a desktop.
    const Run run = doctor({QStringLiteral("--authority"), m_issuer, QStringLiteral("--client-id"),
                            QStringLiteral("qtsignin-demo"), QStringLiteral("--browser-command"),
                            QStringLiteral("/bin/true"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == exitSuccess, qPrintable(describe(run)));
    QCOMPARE(run.findings.size(), 11);
    for (const QJsonValue &value : run.findings) {
        const QJsonObject object = value.toObject();
        const QString check = object.value(QLatin1String("check")).toString();
        // A machine without IPv6 on loopback: a warning, never a problem.
        const bool allowedWarning = check == QLatin1String("loopback-ipv6")
                && object.value(QLatin1String("status")).toString() == QLatin1String("warning");
        QVERIFY2(object.value(QLatin1String("status")).toString() == QLatin1String("ok") || allowedWarning,
                 qPrintable(describe(run)));
        QVERIFY(object.contains(QLatin1String("detail")) && object.contains(QLatin1String("advice")));
    }
    // The keyring of tests/keyring, unlocked.
    QVERIFY2(finding(run, QStringLiteral("keychain")).value(QLatin1String("detail")).toString().contains(QLatin1String("gnome-keyring")),
             qPrintable(describe(run)));
    QVERIFY(finding(run, QStringLiteral("redirect-uris")).value(QLatin1String("detail")).toString().contains(QLatin1String("http://127.0.0.1/")));
    // RFC 9126: the local provider takes pushed requests, and a sign-in uses them.
    QVERIFY2(finding(run, QStringLiteral("pushed-authorization")).value(QLatin1String("detail")).toString()
                     .contains(m_issuer + QStringLiteral("/request")),
             qPrintable(describe(run)));
}

void tst_CliDoctor::savedProfileNamesTheProvider()
{
    // What `qtsignin login` writes, written here: a profile is settings only.
    QTemporaryDir configHome;
    QDir(configHome.path()).mkpath(QStringLiteral("qtsignin/profiles"));
    QFile profile(configHome.filePath(QStringLiteral("qtsignin/profiles/default.json")));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write(QJsonDocument(QJsonObject{{QStringLiteral("authority"), hostileCase(QStringLiteral("discovery-issuer-mismatch~profile"))},
                                            {QStringLiteral("client-id"), QStringLiteral("qtsignin-test")},
                                            {QStringLiteral("redirect-uri"), QStringLiteral("http://127.0.0.1:47111/cb")}})
                          .toJson());
    profile.close();
    QVERIFY(profile.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

    QProcessEnvironment environment = qtsigninKeyringEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QTSIGNIN_CLI), {QStringLiteral("doctor"), QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(60000));
    Run run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.findings = QJsonDocument::fromJson(run.out).array();
    QVERIFY2(run.exitCode == exitSetupProblem, qPrintable(describe(run)));
    QCOMPARE(status(run, QStringLiteral("issuer")), QStringLiteral("problem"));
    // The profile's redirect URI, which only login uses otherwise.
    QVERIFY2(finding(run, QStringLiteral("redirect-uris")).value(QLatin1String("detail")).toString()
                     .contains(QLatin1String("http://127.0.0.1:47111/cb")), qPrintable(describe(run)));

    // An explicit --authority wins over the profile.
    process.start(QStringLiteral(QTSIGNIN_CLI), {QStringLiteral("doctor"), QStringLiteral("--json"),
                                                 QStringLiteral("--authority"), hostileCase(QStringLiteral("valid~profile"))});
    QVERIFY(process.waitForFinished(60000));
    run.out = process.readAllStandardOutput();
    run.findings = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(status(run, QStringLiteral("issuer")), QStringLiteral("ok"));
}

void tst_CliDoctor::withoutAProviderTheProviderChecksAreSkipped()
{
    const Run run = doctor({QStringLiteral("--json"), QStringLiteral("--browser-command"), QStringLiteral("/bin/true")});
    QVERIFY2(run.exitCode == exitSuccess, qPrintable(describe(run)));
    for (const char *check : {"discovery", "issuer", "https", "pkce", "clock", "pushed-authorization"}) {
        const QJsonObject object = finding(run, QString::fromLatin1(check));
        QCOMPARE(object.value(QLatin1String("status")).toString(), QStringLiteral("skipped"));
        // How to give one.
        QVERIFY2(object.value(QLatin1String("advice")).toString().contains(QLatin1String("--authority")),
                 qPrintable(describe(run)));
    }
    QCOMPARE(status(run, QStringLiteral("keychain")), QStringLiteral("ok"));
}

// tests/fixtures/github-provider: a plain OAuth 2.0 provider, GitHub-shaped,
// which has no discovery document.
bool tst_CliDoctor::startGithubProvider(QProcess *server, QString *base)
{
    server->setReadChannel(QProcess::StandardOutput);
    server->start(QStringLiteral("node"), {QStringLiteral(GITHUB_PROVIDER_SCRIPT), QStringLiteral("0"),
                                           QStringLiteral("--exit-on-stdin-eof")});
    if (!server->waitForStarted(10000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!server->canReadLine() && timer.elapsed() < 20000 && server->state() == QProcess::Running)
        server->waitForReadyRead(1000);
    *base = QString::fromUtf8(server->readLine()).trimmed();
    return base->startsWith(QLatin1String("http://127.0.0.1:"));
}

void tst_CliDoctor::presetIsCheckedAsThatProvider()
{
    // The local provider is shaped as a Keycloak realm would be to a client:
    // an issuer with its discovery document under it.
    const Run run = doctor({QStringLiteral("--provider"), QStringLiteral("keycloak"), QStringLiteral("--realm-url"),
                            m_issuer, QStringLiteral("--client-id"), QStringLiteral("qtsignin-demo"),
                            QStringLiteral("--browser-command"), QStringLiteral("/bin/true"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == exitSuccess, qPrintable(describe(run)));
    for (const char *check : {"discovery", "issuer", "https", "pkce"})
        QVERIFY2(status(run, QString::fromLatin1(check)) == QLatin1String("ok"), qPrintable(describe(run)));
    QVERIFY2(finding(run, QStringLiteral("discovery")).value(QLatin1String("detail")).toString().contains(m_issuer),
             qPrintable(describe(run)));

    // The preset's own options are checked as login checks them.
    const Run missing = doctor({QStringLiteral("--provider"), QStringLiteral("keycloak"), QStringLiteral("--json")});
    QVERIFY2(missing.exitCode == exitUsage, qPrintable(describe(missing)));
    QVERIFY2(missing.err.contains("--realm-url"), qPrintable(describe(missing)));
}

void tst_CliDoctor::plainOAuth2ProviderIsCheckedByItsEndpoints()
{
    QProcess server;
    QString base;
    QVERIFY2(startGithubProvider(&server, &base), server.readAllStandardError().constData());
    // No client secret: doctor needs none, even for a client that sends one.
    const Run run = doctor({QStringLiteral("--oauth2"),
                            QStringLiteral("--authorization-endpoint"), base + QStringLiteral("/login/oauth/authorize"),
                            QStringLiteral("--token-endpoint"), base + QStringLiteral("/login/oauth/access_token"),
                            QStringLiteral("--user-endpoint"), base + QStringLiteral("/user"),
                            QStringLiteral("--client-auth-method"), QStringLiteral("post"),
                            QStringLiteral("--client-id"), QStringLiteral("gh-app"),
                            QStringLiteral("--browser-command"), QStringLiteral("/bin/true"), QStringLiteral("--json")});
    server.terminate();
    server.waitForFinished(5000);
    QVERIFY2(run.exitCode == exitSuccess, qPrintable(describe(run)));
    // Nothing to discover: the endpoints as given, held to the https rule.
    const QJsonObject discovery = finding(run, QStringLiteral("discovery"));
    QCOMPARE(discovery.value(QLatin1String("status")).toString(), QStringLiteral("skipped"));
    QVERIFY2(discovery.value(QLatin1String("detail")).toString().contains(QLatin1String("explicitly")),
             qPrintable(describe(run)));
    QVERIFY2(status(run, QStringLiteral("https")) == QLatin1String("ok"), qPrintable(describe(run)));
}

void tst_CliDoctor::plainOAuth2ProfileIsNotSentToDiscovery()
{
    QProcess server;
    QString base;
    QVERIFY2(startGithubProvider(&server, &base), server.readAllStandardError().constData());
    // What `qtsignin login --oauth2 ... --client-auth-method post` writes.
    QTemporaryDir configHome;
    QDir(configHome.path()).mkpath(QStringLiteral("qtsignin/profiles"));
    QFile profile(configHome.filePath(QStringLiteral("qtsignin/profiles/default.json")));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write(QJsonDocument(QJsonObject{{QStringLiteral("authority"), base},
                                            {QStringLiteral("client-id"), QStringLiteral("gh-app")},
                                            {QStringLiteral("client-auth-method"), QStringLiteral("post")},
                                            {QStringLiteral("oauth2"), true},
                                            {QStringLiteral("authorization-endpoint"), base + QStringLiteral("/login/oauth/authorize")},
                                            {QStringLiteral("token-endpoint"), base + QStringLiteral("/login/oauth/access_token")},
                                            {QStringLiteral("user-endpoint"), base + QStringLiteral("/user")}})
                          .toJson());
    profile.close();
    QVERIFY(profile.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

    QProcessEnvironment environment = qtsigninKeyringEnvironment();
    environment.remove(QStringLiteral("BROWSER"));
    environment.remove(QStringLiteral("QTSIGNIN_CLIENT_SECRET"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QTSIGNIN_CLI), {QStringLiteral("doctor"), QStringLiteral("--json"),
                                                 QStringLiteral("--browser-command"), QStringLiteral("/bin/true")});
    QVERIFY(process.waitForFinished(60000));
    server.terminate();
    server.waitForFinished(5000);
    Run run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.findings = QJsonDocument::fromJson(run.out).array();
    // The provider has no /.well-known/openid-configuration: asking for it
    // would be a problem that does not stop a sign-in.
    QVERIFY2(run.exitCode == exitSuccess, qPrintable(describe(run)));
    QCOMPARE(status(run, QStringLiteral("discovery")), QStringLiteral("skipped"));
    QVERIFY2(status(run, QStringLiteral("https")) == QLatin1String("ok"), qPrintable(describe(run)));
}

void tst_CliDoctor::withoutASessionBusTheKeychainIsAProblem()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    // libdbus would also look for $XDG_RUNTIME_DIR/bus, or autolaunch one on X11.
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    environment.remove(QStringLiteral("DISPLAY"));
    const Run run = doctor({QStringLiteral("--json")}, environment);
    QVERIFY2(run.exitCode == exitSetupProblem, qPrintable(describe(run)));
    const QJsonObject keychain = finding(run, QStringLiteral("keychain"));
    QCOMPARE(keychain.value(QLatin1String("status")).toString(), QStringLiteral("problem"));
    QVERIFY2(keychain.value(QLatin1String("detail")).toString().contains(QLatin1String("D-Bus session bus")),
             qPrintable(describe(run)));
    QVERIFY(keychain.value(QLatin1String("advice")).toString().contains(QLatin1String("--cache file:")));

    // Keeping the tokens elsewhere needs no keychain.
    const Run memory = doctor({QStringLiteral("--json"), QStringLiteral("--cache"), QStringLiteral("memory")}, environment);
    QCOMPARE(status(memory, QStringLiteral("keychain")), QStringLiteral("ok"));
}

void tst_CliDoctor::otherTokenStoresAreNamed()
{
    const QString path = m_configHome.filePath(QStringLiteral("tokens.json"));
    const Run file = doctor({QStringLiteral("--json"), QStringLiteral("--cache"), QStringLiteral("file:") + path});
    const QJsonObject keychain = finding(file, QStringLiteral("keychain"));
    QCOMPARE(keychain.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QVERIFY2(keychain.value(QLatin1String("detail")).toString().contains(path), qPrintable(describe(file)));
    QVERIFY2(!QFile::exists(path), "doctor created the token file");
}

void tst_CliDoctor::hostileProviderFaultsComeWithAdvice_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("detail"); // a substring of the finding's detail
    QTest::newRow("issuer mismatch") << "discovery-issuer-mismatch" << "issuer" << "https://evil.example";
    QTest::newRow("http endpoint") << "discovery-http-endpoint" << "https" << "token_endpoint http://evil.example/token";
    QTest::newRow("not JSON") << "discovery-malformed" << "discovery" << "not a JSON object";
    QTest::newRow("HTTP 500") << "discovery-500" << "discovery" << "HTTP status 500";
    QTest::newRow("PKCE plain only") << "pkce-plain-only" << "pkce" << "plain";
}

void tst_CliDoctor::hostileProviderFaultsComeWithAdvice()
{
    QFETCH(QString, caseName);
    QFETCH(QString, check);
    QFETCH(QString, detail);
    const Run run = doctor({QStringLiteral("--authority"), hostileCase(caseName), QStringLiteral("--client-id"),
                            QStringLiteral("qtsignin-test"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == exitSetupProblem, qPrintable(describe(run)));
    const QJsonObject object = finding(run, check);
    QCOMPARE(object.value(QLatin1String("status")).toString(), QStringLiteral("problem"));
    QVERIFY2(object.value(QLatin1String("detail")).toString().contains(detail), qPrintable(describe(run)));
    QVERIFY2(!object.value(QLatin1String("advice")).toString().isEmpty(), qPrintable(describe(run)));
}

void tst_CliDoctor::providerClockFarOffIsAWarning()
{
    const Run run = doctor({QStringLiteral("--authority"), hostileCase(QStringLiteral("clock-an-hour-behind")),
                            QStringLiteral("--browser-command"), QStringLiteral("/bin/true"), QStringLiteral("--json")});
    // A warning alone: exit 0.
    QVERIFY2(run.exitCode == exitSuccess, qPrintable(describe(run)));
    const QJsonObject clock = finding(run, QStringLiteral("clock"));
    QCOMPARE(clock.value(QLatin1String("status")).toString(), QStringLiteral("warning"));
    QVERIFY2(clock.value(QLatin1String("detail")).toString().contains(QLatin1String("behind")), qPrintable(describe(run)));
    QVERIFY(clock.value(QLatin1String("advice")).toString().contains(QLatin1String("clock")));
    // The well-behaved case of the same provider is in step.
    const Run valid = doctor({QStringLiteral("--authority"), hostileCase(QStringLiteral("valid")), QStringLiteral("--json")});
    QCOMPARE(status(valid, QStringLiteral("clock")), QStringLiteral("ok"));
}

void tst_CliDoctor::unreachableProviderIsAProblem()
{
    // A port nobody listens on: the hostile provider's, once it is gone, is
    // not needed; port 1 on loopback refuses.
    const Run run = doctor({QStringLiteral("--authority"), QStringLiteral("http://127.0.0.1:1/realm"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == exitSetupProblem, qPrintable(describe(run)));
    const QJsonObject discovery = finding(run, QStringLiteral("discovery"));
    QCOMPARE(discovery.value(QLatin1String("status")).toString(), QStringLiteral("problem"));
    QVERIFY2(discovery.value(QLatin1String("detail")).toString().contains(QLatin1String("http://127.0.0.1:1/realm/.well-known/openid-configuration")),
             qPrintable(describe(run)));
    QCOMPARE(status(run, QStringLiteral("issuer")), QStringLiteral("skipped"));
}

// A provider that takes the connection and never answers keeps doctor
// waiting for the network timeout; Ctrl-C must end it at once, as it ends
// every other command (exit 128 + SIGINT).
void tst_CliDoctor::interruptEndsTheWaitAtOnce()
{
    QTcpServer silent; // the kernel accepts; nobody ever answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QProcessEnvironment environment = qtsigninKeyringEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configHome.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QTSIGNIN_CLI),
                  {QStringLiteral("doctor"), QStringLiteral("--authority"),
                   QStringLiteral("http://127.0.0.1:%1/realm").arg(silent.serverPort()), QStringLiteral("--client-id"),
                   QStringLiteral("c"), QStringLiteral("--cache"), QStringLiteral("memory")});
    QVERIFY(process.waitForStarted());
    QVERIFY(!process.waitForFinished(1500)); // waiting for the provider
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QElapsedTimer ended;
    ended.start();
    QVERIFY2(process.waitForFinished(5000), "qtsignin doctor went on after Ctrl-C");
    QVERIFY(ended.elapsed() < 5000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 128 + SIGINT);
}

void tst_CliDoctor::untrustedCertificateIsNamed()
{
    // The hostile provider over TLS, with a certificate nobody vouches for.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "openssl is needed (scripts/setup.sh installs it)");
    QTemporaryDir directory;
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                         QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                         QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                         QStringLiteral("-keyout"), directory.filePath(QStringLiteral("key.pem")),
                         QStringLiteral("-out"), directory.filePath(QStringLiteral("cert.pem"))});
    QVERIFY(tool.waitForFinished(30000));
    QVERIFY2(tool.exitCode() == 0, tool.readAll().constData());

    QProcess server;
    server.setReadChannel(QProcess::StandardOutput);
    server.start(QStringLiteral("node"), {QStringLiteral(HOSTILE_PROVIDER_SCRIPT), QStringLiteral("0"),
                                          QStringLiteral("--exit-on-stdin-eof"), QStringLiteral("--tls"),
                                          directory.filePath(QStringLiteral("cert.pem")),
                                          directory.filePath(QStringLiteral("key.pem"))});
    QVERIFY(server.waitForStarted(10000));
    QElapsedTimer timer;
    timer.start();
    while (!server.canReadLine() && timer.elapsed() < 20000 && server.state() == QProcess::Running)
        server.waitForReadyRead(1000);
    const QString base = QString::fromUtf8(server.readLine()).trimmed();
    QVERIFY2(base.startsWith(QLatin1String("https://127.0.0.1:")), server.readAllStandardError().constData());

    const Run run = doctor({QStringLiteral("--authority"), base + QStringLiteral("/case/valid"), QStringLiteral("--json")});
    server.terminate();
    server.waitForFinished(5000);
    QVERIFY2(run.exitCode == exitSetupProblem, qPrintable(describe(run)));
    const QJsonObject discovery = finding(run, QStringLiteral("discovery"));
    QCOMPARE(discovery.value(QLatin1String("status")).toString(), QStringLiteral("problem"));
    QVERIFY2(discovery.value(QLatin1String("detail")).toString().contains(QLatin1String("self-signed")), qPrintable(describe(run)));
    QVERIFY(discovery.value(QLatin1String("advice")).toString().contains(QLatin1String("never ignored")));
}

void tst_CliDoctor::textOutputMarksEachCheck()
{
    const Run run = doctor({QStringLiteral("--authority"), hostileCase(QStringLiteral("discovery-issuer-mismatch"))});
    QCOMPARE(run.exitCode, exitSetupProblem);
    const QString text = QString::fromUtf8(run.out);
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.value(0).startsWith(QLatin1String("Provider ")), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^\\[problem\\] +Issuer +The discovery document says"),
                                              QRegularExpression::MultilineOption)), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^ +What to do: "), QRegularExpression::MultilineOption)),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^\\[ok\\] +Redirect URIs"), QRegularExpression::MultilineOption)),
             qPrintable(text));
    QVERIFY2(lines.last().startsWith(QLatin1String("Problems: 1 ")), qPrintable(text));
}

void tst_CliDoctor::wrongInputIsAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("not a URL") << QStringList{QStringLiteral("--authority"), QStringLiteral("not a url")};
    QTest::newRow("ftp") << QStringList{QStringLiteral("--authority"), QStringLiteral("ftp://id.example.com")};
    QTest::newRow("plain http elsewhere") << QStringList{QStringLiteral("--authority"), QStringLiteral("http://id.example.com")};
    QTest::newRow("bad redirect") << QStringList{QStringLiteral("--redirect-uri"), QStringLiteral("https://example.com/cb")};
    QTest::newRow("bad cache") << QStringList{QStringLiteral("--cache"), QStringLiteral("cloud")};
    QTest::newRow("no such profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("nobody")};
    QTest::newRow("positional") << QStringList{QStringLiteral("https://id.example.com")};
}

void tst_CliDoctor::wrongInputIsAUsageError()
{
    QFETCH(QStringList, arguments);
    const Run run = doctor(arguments);
    QVERIFY2(run.exitCode == exitUsage, qPrintable(describe(run)));
    QVERIFY2(run.err.startsWith("qtsignin doctor: "), run.err.constData());
    QVERIFY(run.out.isEmpty());
    // With --json, the error as JSON too.
    const Run json = doctor(arguments + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.exitCode, exitUsage);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QLatin1String("error")).toString(), QStringLiteral("usage"));
}

QTEST_GUILESS_MAIN(tst_CliDoctor)
#include "tst_cli_doctor.moc"
