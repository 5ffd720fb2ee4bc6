// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// `qtsignin login` end to end: the real program, the real local OpenID
// provider, headless Chromium driven by tests/browser/signin.mjs as the
// person's browser.

#include "TokenLeakCheck.h"
#include "../support/QrCodeReader.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpServer>
#include <QtTest/QtTest>

#include <algorithm>

namespace {

struct LoginRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
};

QString browserCommand(const QString &options = QString())
{
    QString command = QStringLiteral("node %1/tests/browser/signin.mjs").arg(QStringLiteral(QTSIGNIN_SOURCE_DIR));
    if (!options.isEmpty())
        command += QLatin1Char(' ') + options;
    return command;
}

// A browser command that writes the URL it is given to `directory`/url, then
// signs in with signin.mjs as browserCommand() does.
QString recordingBrowserCommand(const QString &directory)
{
    const QString script = directory + QStringLiteral("/record-url.sh");
    QFile file(script);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(QStringLiteral("#!/bin/sh\n"
                              "for url; do :; done\n"
                              "printf '%s' \"$url\" > '%1/url'\n"
                              "exec node '%2/tests/browser/signin.mjs' \"$@\"\n")
                       .arg(directory, QStringLiteral(QTSIGNIN_SOURCE_DIR))
                       .toUtf8());
    return QStringLiteral("sh ") + script;
}

QUrl recordedUrl(const QString &directory)
{
    QFile file(directory + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly))
        return QUrl();
    return QUrl(QString::fromUtf8(file.readAll()));
}

QStringList queryNames(const QUrl &url)
{
    QStringList names;
    const auto items = QUrlQuery(url).queryItems();
    for (const auto &item : items)
        names.append(item.first);
    return names;
}

} // namespace

class tst_CliLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void signsInThroughTheSystemBrowser();
    void humanSummaryShowsNoToken();
    void consentDeniedIsAccessDenied();
    void wrongStateIsRejectedWhileTheRightOneCompletes();
    void strayRequestsDoNotEndTheFlow();
    void loopbackAbuseDoesNotStopARealSignIn();
    void localhostRedirectUriWithFixedPort();
    void browserThatNeverReturnsTimesOut();
    void browserThatCannotStartFails();
    void browserLauncherThatFailsEndsTheSignInAtOnce();
    void browserLauncherThatFailsGivesTheAddressAndKeepsWaiting();
    void verboseLogsContainNoSecrets();
    void usageErrors();
    void insecureAuthorityIsRefused();
    void unreachableProviderIsANetworkError();
    void unreachableProviderWithCachedDocumentsIsANetworkErrorAtOnce();
    void secondRunFetchesNoProviderDocuments();
    void userInfoMatchesTheIdToken();
    void multiTenantAuthoritySignsInUsersOfEachTenant_data();
    void multiTenantAuthoritySignsInUsersOfEachTenant();
    void firstConsentInAnotherTenantCreatesAServicePrincipal();
    void loginSaysWhereItRemembersTheProfile();
    void aSignInKeptOnlyInMemoryIsNotRemembered();

    // response_mode=form_post (issue 19): the code is never in a URL.
    void formPostKeepsTheCodeOutOfEveryUrlTheBrowserVisited();
    void responseModeQueryPutsTheCodeInAUrl();
    // A browser that upgraded the loopback redirect to https.
    void browserThatUpgradesTheRedirectToHttpsFailsAtOnce();

    // --mode device (RFC 8628): signin.mjs --device plays the other device.
    void deviceSignInApprovedOnAnotherDevice();
    void deviceSignInDrawsTheLinkAsAQrCodeWhenAsked();
    void deviceSignInDeniedOnAnotherDevice();
    void deviceCodeThatExpiresEndsTheSignIn();
    void deviceSignInSlowedDownPollsLess();
    void autoWithoutBrowserOrDisplayFallsBackToDevice();

    // Pushed authorization requests (RFC 9126), on by default.
    void pushedRequestKeepsTheRequestOutOfTheBrowser();
    void noParSendsTheWholeRequestInTheUrl();
    void pushedOnlyProviderSignsInWithPar();
    void pushedOnlyProviderWithNoParFailsBeforeTheBrowser();

private:
    LoginRun login(const QStringList &arguments, const QString &browser, int timeoutMs = 120000,
                   const QString &cacheHome = QString());
    QJsonObject providerStats();
    void resetProviderStats();
    QStringList baseArguments() const;
    static void verifyNoToken(const LoginRun &run);

    QString m_issuer;
    // The config folder of every qtsignin started here: a profile of the
    // person running the tests is never read, and none is written for them.
    QTemporaryDir m_configHome;
};

void tst_CliLogin::initTestCase()
{
    const QString state = qEnvironmentVariable("QTSIGNIN_PROVIDER_STATE");
    QFile issuerFile(state + QStringLiteral("/issuer"));
    QVERIFY2(issuerFile.open(QIODevice::ReadOnly),
             "the local provider is not running (ctest starts it as the fixture e2e.provider.start)");
    m_issuer = QString::fromUtf8(issuerFile.readAll()).trimmed();
    QVERIFY(m_issuer.startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(m_configHome.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
}

QStringList tst_CliLogin::baseArguments() const
{
    return {QStringLiteral("login"), QStringLiteral("--authority"), m_issuer,
            QStringLiteral("--client-id"), QStringLiteral("qtsignin-demo"),
            QStringLiteral("--scope"), QStringLiteral("profile"),
            QStringLiteral("--scope"), QStringLiteral("email"),
            QStringLiteral("--scope"), QStringLiteral("offline_access"),
            QStringLiteral("--scope"), QStringLiteral("api.read")};
}

LoginRun tst_CliLogin::login(const QStringList &arguments, const QString &browser, int timeoutMs,
                             const QString &cacheHome)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("BROWSER"));
    // Each run starts with an empty cache unless the test shares one on purpose.
    QTemporaryDir freshCache;
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome.isEmpty() ? freshCache.path() : cacheHome);
    process.setProcessEnvironment(environment);
    QStringList all = arguments;
    // These cases are about signing in; the keychain has its own tests
    // (tst_cli_session), so unless a case says otherwise nothing is kept.
    if (all.value(0) == QLatin1String("login") && !all.contains(QLatin1String("--cache")))
        all << QStringLiteral("--cache") << QStringLiteral("memory");
    if (!browser.isEmpty())
        all << QStringLiteral("--browser-command") << browser;
    process.start(QStringLiteral(QTSIGNIN_CLI), all);
    LoginRun run;
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "qtsignin did not finish in time" << process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.json = QJsonDocument::fromJson(run.out).object();
    if (run.exitCode != 0)
        qInfo().noquote() << "qtsignin stderr:" << QString::fromUtf8(run.err);
    // ctest runs every case with all qtsignin.* logging on: whatever the
    // case is about, no token may reach the logs.
    const QByteArray accessToken = run.json.value(QLatin1String("access_token")).toString().toUtf8();
    if ((!accessToken.isEmpty() && run.err.contains(accessToken)) || QtSignInTest::containsJwt(run.err))
        QTest::qFail("a token appeared in qtsignin's log output", __FILE__, __LINE__);
    return run;
}

void tst_CliLogin::verifyNoToken(const LoginRun &run)
{
    QVERIFY(!run.json.contains(QLatin1String("access_token")));
    // Every token the provider issues is a JWT or opaque.
    QVERIFY(!QtSignInTest::containsJwt(run.out));
    QVERIFY(!QtSignInTest::containsJwt(run.err));
}

void tst_CliLogin::signsInThroughTheSystemBrowser()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const LoginRun run = login(baseArguments() << QStringLiteral("--json"), browserCommand());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject &json = run.json;
    QCOMPARE(json.value(QLatin1String("access_token")).toString().count(QLatin1Char('.')), 2);
    QCOMPARE(json.value(QLatin1String("token_type")).toString().toLower(), QStringLiteral("bearer"));
    QVERIFY(json.value(QLatin1String("expires_on")).toInteger() > before);
    // `scopes` are the access token's (RFC 6749 §5.1): this one is for the
    // API, so api.read; what was asked for is in requested_scopes.
    const QJsonArray scopes = json.value(QLatin1String("scopes")).toArray();
    QVERIFY(scopes.contains(QStringLiteral("api.read")));
    const QJsonArray requested = json.value(QLatin1String("requested_scopes")).toArray();
    QCOMPARE(requested.first().toString(), QStringLiteral("openid"));
    QVERIFY(requested.contains(QStringLiteral("offline_access")));
    const QJsonObject claims = json.value(QLatin1String("id_token_claims")).toObject();
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), m_issuer);
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("qtsignin-demo"));
    QVERIFY(!claims.value(QLatin1String("sub")).toString().isEmpty());
    const QJsonObject account = json.value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("id")).toString(), claims.value(QLatin1String("sub")).toString());
    QCOMPARE(account.value(QLatin1String("username")).toString(), QStringLiteral("alice@contoso.example"));
    QCOMPARE(json.value(QLatin1String("has_refresh_token")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("user_agent")).toString(), QStringLiteral("browser"));
}

void tst_CliLogin::humanSummaryShowsNoToken()
{
    const LoginRun run = login(baseArguments(), browserCommand(QStringLiteral("--user bob")));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Signed in as Bob Example (bob@contoso.example)"), run.out.constData());
    QVERIFY(run.out.contains("api.read"));
    verifyNoToken(run);
}

void tst_CliLogin::consentDeniedIsAccessDenied()
{
    const LoginRun run = login(baseArguments() << QStringLiteral("--json"),
                               browserCommand(QStringLiteral("--consent deny")));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("access_denied"));
    verifyNoToken(run);
}

void tst_CliLogin::wrongStateIsRejectedWhileTheRightOneCompletes()
{
    const LoginRun run = login(baseArguments() << QStringLiteral("--json"),
                               browserCommand(QStringLiteral("--wrong-state-first")));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json.contains(QLatin1String("access_token")));
    // The library said it turned the forged response away.
    QVERIFY2(run.err.contains("does not carry this sign-in's state"), run.err.constData());
}

void tst_CliLogin::strayRequestsDoNotEndTheFlow()
{
    const LoginRun run = login(baseArguments() << QStringLiteral("--json"),
                               browserCommand(QStringLiteral("--junk")));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json.contains(QLatin1String("access_token")));
}

void tst_CliLogin::loopbackAbuseDoesNotStopARealSignIn()
{
    // Hundreds of connections, a slow-loris request, an oversized header,
    // wrong paths and a forged state, all while the person signs in.
    QTemporaryDir logDir;
    const QString browserLog = logDir.filePath(QStringLiteral("browser.log"));
    const LoginRun run = login(baseArguments() << QStringLiteral("--json"),
                               browserCommand(QStringLiteral("--abuse --log ") + browserLog));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json.contains(QLatin1String("access_token")));
    // qtsignin exits once signed in; the browser goes on to check that the
    // listener is gone and logs to its own file.
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log = [&] { QFile f(browserLog); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }())
                                     .contains("done: exit"), 60000);
    QVERIFY2(log.contains("done: exit 0"), log.constData());
    QVERIFY2(log.contains("abuse: 301 connections opened"), log.constData());
    QVERIFY2(log.contains("an oversized header -> 431") || log.contains("an oversized header -> connection closed"),
             log.constData());
    QVERIFY2(log.contains("state=forged -> 400"), log.constData());
    QVERIFY2(log.contains("listener closed after sign-in: yes"), log.constData());
}

void tst_CliLogin::localhostRedirectUriWithFixedPort()
{
    // Pick a free port, as an app that registers an exact redirect URI would.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString redirect = QStringLiteral("http://localhost:%1/callback").arg(port);
    const LoginRun run = login(baseArguments() << QStringLiteral("--json")
                                               << QStringLiteral("--redirect-uri") << redirect,
                               browserCommand());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json.contains(QLatin1String("access_token")));
}

// signin.mjs --record-urls: every request of the browser, and every URL a
// page navigated to, one "METHOD URL" a line, code values redacted.
static QStringList visitedUrls(const QString &file)
{
    QFile record(file);
    if (!record.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(record.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void tst_CliLogin::formPostKeepsTheCodeOutOfEveryUrlTheBrowserVisited()
{
    // The local provider lists form_post: the default (auto) uses it.
    QTemporaryDir dir;
    const QString urls = dir.filePath(QStringLiteral("urls.txt"));
    const LoginRun run = login(baseArguments() << QStringLiteral("--json"),
                               browserCommand(QStringLiteral("--record-urls ") + urls));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.json.contains(QLatin1String("access_token")));
    const QStringList visited = visitedUrls(urls);
    QVERIFY2(visited.size() > 3, qPrintable(visited.join(QLatin1Char('\n'))));
    // The response came as a POST to the listener (with a pushed request
    // the authorization URL need not show response_mode).
    const QString redirectPrefix = QStringLiteral("POST http://127.0.0.1:");
    QVERIFY2(std::any_of(visited.cbegin(), visited.cend(),
                         [&](const QString &line) { return line.startsWith(redirectPrefix); }),
             qPrintable(visited.join(QLatin1Char('\n'))));
    for (const QString &line : visited) {
        QVERIFY2(!line.contains(QLatin1String("code=")) && !line.contains(QLatin1String("id_token=")),
                 qPrintable(line));
    }
}

void tst_CliLogin::responseModeQueryPutsTheCodeInAUrl()
{
    // The same recording sees the code when it is in the query: the test
    // above could fail.
    QTemporaryDir dir;
    const QString urls = dir.filePath(QStringLiteral("urls.txt"));
    const LoginRun run = login(baseArguments() << QStringLiteral("--json")
                                               << QStringLiteral("--response-mode") << QStringLiteral("query"),
                               browserCommand(QStringLiteral("--record-urls ") + urls));
    QCOMPARE(run.exitCode, 0);
    const QStringList visited = visitedUrls(urls);
    QVERIFY2(!visited.isEmpty() && !visited.first().contains(QLatin1String("response_mode")), qPrintable(visited.value(0)));
    QVERIFY2(std::any_of(visited.cbegin(), visited.cend(),
                         [](const QString &line) {
                             return line.startsWith(QLatin1String("GET http://127.0.0.1:"))
                                     && line.contains(QLatin1String("code=REDACTED"));
                         }),
             qPrintable(visited.join(QLatin1Char('\n'))));
}

// A browser with an HSTS entry for localhost turns http://localhost:PORT
// into https: the listener gets a TLS ClientHello. Said at once, with what
// to do, not after the sign-in's deadline.
void tst_CliLogin::browserThatUpgradesTheRedirectToHttpsFailsAtOnce()
{
    QElapsedTimer timer;
    timer.start();
    const QString upgrading = QStringLiteral("node %1/tests/browser/upgrade-to-https.mjs").arg(QStringLiteral(QTSIGNIN_SOURCE_DIR));
    const LoginRun run = login(baseArguments() << QStringLiteral("--json") << QStringLiteral("--timeout")
                                               << QStringLiteral("120") << QStringLiteral("--redirect-uri")
                                               << QStringLiteral("http://localhost/callback"),
                               upgrading);
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("redirect_listener_unavailable"));
    QCOMPARE(run.json.value(QLatin1String("reason")).toString(), QStringLiteral("redirect_upgraded_to_https"));
    // The translated message says what to do.
    QVERIFY2(run.err.contains("http://127.0.0.1/"), run.err.constData());
    verifyNoToken(run);
}

void tst_CliLogin::browserThatNeverReturnsTimesOut()
{
    QElapsedTimer timer;
    timer.start();
    const LoginRun run = login(baseArguments() << QStringLiteral("--json")
                                               << QStringLiteral("--timeout") << QStringLiteral("3"),
                               browserCommand(QStringLiteral("--never-return")));
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("timed_out"));
    // It gave up on its own deadline, not ours (generous: a loaded CI machine).
    QVERIFY(timer.elapsed() < 60000);
    verifyNoToken(run);
}

void tst_CliLogin::browserThatCannotStartFails()
{
    const LoginRun run = login(baseArguments() << QStringLiteral("--json"),
                               QStringLiteral("/nonexistent/browser --flag"));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("user_agent_unavailable"));
}

// xdg-open exits 4 when no browser could be opened: said at once, not after
// the person was left waiting for the sign-in's own deadline.
void tst_CliLogin::browserLauncherThatFailsEndsTheSignInAtOnce()
{
    QElapsedTimer timer;
    timer.start();
    const LoginRun run = login(baseArguments() << QStringLiteral("--json")
                                               << QStringLiteral("--timeout") << QStringLiteral("60"),
                               QStringLiteral("sh -c \"exit 4\""));
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("user_agent_unavailable"));
    QVERIFY2(run.err.contains("exited with status 4"), run.err.constData());
}

// Browser mode for a person (no --json): when no browser opens, they are
// given the address to open themselves, and the same sign-in waits for it.
void tst_CliLogin::browserLauncherThatFailsGivesTheAddressAndKeepsWaiting()
{
    QProcess qtsignin;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("BROWSER"));
    QTemporaryDir cacheHome;
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome.path());
    qtsignin.setProcessEnvironment(environment);
    qtsignin.start(QStringLiteral(QTSIGNIN_CLI),
                   baseArguments() << QStringLiteral("--mode") << QStringLiteral("browser")
                                   << QStringLiteral("--timeout") << QStringLiteral("120")
                                   << QStringLiteral("--cache") << QStringLiteral("memory")
                                   << QStringLiteral("--browser-command") << QStringLiteral("sh -c \"exit 4\""));
    const auto stopQtSignIn = qScopeGuard([&] {
        qtsignin.kill();
        qtsignin.waitForFinished();
    });
    QVERIFY(qtsignin.waitForStarted());

    const QByteArray prompt = "Open this address in a browser to sign in:\n";
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += qtsignin.readAllStandardError()).contains(prompt), 30000);
    const qsizetype urlStart = err.indexOf(prompt) + prompt.size();
    QTRY_VERIFY_WITH_TIMEOUT((err += qtsignin.readAllStandardError()).indexOf('\n', urlStart) > 0, 10000);
    const QUrl url(QString::fromUtf8(err.mid(urlStart, err.indexOf('\n', urlStart) - urlStart)));
    QVERIFY2(url.toString().startsWith(m_issuer), err.constData());
    QVERIFY(err.contains("exited with status 4"));
    // Still waiting: nothing on stdout, no exit.
    QVERIFY(qtsignin.state() == QProcess::Running);
    QVERIFY(qtsignin.readAllStandardOutput().isEmpty());

    // The person opens it.
    QProcess browser;
    browser.setProcessChannelMode(QProcess::ForwardedChannels);
    browser.start(QStringLiteral("node"), {QStringLiteral(QTSIGNIN_SOURCE_DIR "/tests/browser/signin.mjs"),
                                           url.toString(QUrl::FullyEncoded)});
    QVERIFY(qtsignin.waitForFinished(120000));
    browser.waitForFinished(60000);
    err += qtsignin.readAllStandardError();
    const QByteArray out = qtsignin.readAllStandardOutput();
    QVERIFY2(qtsignin.exitStatus() == QProcess::NormalExit && qtsignin.exitCode() == 0, err.constData());
    QVERIFY2(out.contains("Signed in as"), out.constData());
    // The address goes to stderr only; the result is all stdout holds.
    QVERIFY(!out.contains(url.toString(QUrl::FullyEncoded).toUtf8()));
    QVERIFY(!QtSignInTest::containsJwt(err));
}

void tst_CliLogin::verboseLogsContainNoSecrets()
{
    const LoginRun run = login(baseArguments() << QStringLiteral("--json") << QStringLiteral("--verbose"),
                               browserCommand());
    QCOMPARE(run.exitCode, 0);
    const QByteArray accessToken = run.json.value(QLatin1String("access_token")).toString().toUtf8();
    QVERIFY(!accessToken.isEmpty());
    QVERIFY2(run.err.contains("qtsignin."), "verbose mode should log something");
    QVERIFY(!run.err.contains(accessToken));
    QVERIFY(!QtSignInTest::containsJwt(run.err));
    QVERIFY(!run.err.contains("code_verifier"));
}

void tst_CliLogin::usageErrors()
{
    const QStringList base = baseArguments();
    const QList<QStringList> cases = {
        {QStringLiteral("login"), QStringLiteral("--client-id"), QStringLiteral("x")},
        {QStringLiteral("login"), QStringLiteral("--authority"), m_issuer},
        QStringList(base) << QStringLiteral("--redirect-uri") << QStringLiteral("https://127.0.0.1/cb"),
        QStringList(base) << QStringLiteral("--redirect-uri") << QStringLiteral("http://example.com/cb"),
        QStringList(base) << QStringLiteral("--redirect-uri") << QStringLiteral("http://127.0.0.1/cb?x=1"),
        QStringList(base) << QStringLiteral("--port") << QStringLiteral("70000"),
        QStringList(base) << QStringLiteral("--timeout") << QStringLiteral("0"),
        QStringList(base) << QStringLiteral("--mode") << QStringLiteral("popup"),
        QStringList(base) << QStringLiteral("--response-mode") << QStringLiteral("fragment"),
        QStringList(base) << QStringLiteral("--no-such-option"),
        QStringList(base) << QStringLiteral("--profile") << QStringLiteral("../elsewhere"),
        {QStringLiteral("frobnicate")},
    };
    for (const QStringList &arguments : cases) {
        const LoginRun run = login(arguments, QString(), 10000);
        QVERIFY2(run.exitCode == 64, qPrintable(arguments.join(QLatin1Char(' '))));
    }
}

void tst_CliLogin::insecureAuthorityIsRefused()
{
    QStringList arguments = baseArguments();
    arguments[2] = QStringLiteral("http://login.example.com/tenant");
    const LoginRun run = login(arguments << QStringLiteral("--json"), browserCommand(), 10000);
    QCOMPARE(run.exitCode, 64);
    verifyNoToken(run);
}

void tst_CliLogin::unreachableProviderIsANetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QStringList arguments = baseArguments();
    arguments[2] = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const LoginRun run = login(arguments << QStringLiteral("--json"), browserCommand(), 30000);
    QCOMPARE(run.exitCode, 6);
    QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("network_error"));
}

// The provider's documents are on disk from an earlier sign-in, so nothing
// is fetched before the browser opens; the provider is down since. The
// browser would show "site can't be reached": the person must hear that at
// once, not after the deadline that they took too long.
void tst_CliLogin::unreachableProviderWithCachedDocumentsIsANetworkErrorAtOnce()
{
    // A provider of our own, for this test alone, so that it can be stopped.
    QTemporaryDir providerState;
    QTemporaryDir cacheHome;
    const QString providerScripts = QStringLiteral(QTSIGNIN_SOURCE_DIR "/tests/provider/");
    QCOMPARE(QProcess::execute(providerScripts + QStringLiteral("start.sh"), {providerState.path()}), 0);
    const auto stopProvider = qScopeGuard([&] {
        QProcess::execute(providerScripts + QStringLiteral("stop.sh"), {providerState.path()});
    });
    QFile issuerFile(providerState.filePath(QStringLiteral("issuer")));
    QVERIFY(issuerFile.open(QIODevice::ReadOnly));
    QStringList arguments = baseArguments();
    arguments[2] = QString::fromUtf8(issuerFile.readAll()).trimmed();
    arguments << QStringLiteral("--json") << QStringLiteral("--timeout") << QStringLiteral("60");

    const LoginRun first = login(arguments, browserCommand(), 120000, cacheHome.path());
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(QProcess::execute(providerScripts + QStringLiteral("stop.sh"), {providerState.path()}), 0);

    // A launcher that hands the page over and exits 0, as xdg-open does with
    // a browser already running: the launcher cannot tell.
    QElapsedTimer timer;
    timer.start();
    const LoginRun second = login(arguments, QStringLiteral("true"), 120000, cacheHome.path());
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(second.exitCode, 6);
    QCOMPARE(second.json.value(QLatin1String("error")).toString(), QStringLiteral("network_error"));
    // The documents did come from the disk cache.
    QVERIFY2(second.err.contains("using the stored discovery"), second.err.constData());
}

namespace {

QByteArray requestProvider(const QUrl &url, bool post)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = post ? network.post(request, QByteArray()) : network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
}

} // namespace

QJsonObject tst_CliLogin::providerStats()
{
    const QByteArray body = requestProvider(QUrl(m_issuer + QStringLiteral("/test/stats")), false);
    return QJsonDocument::fromJson(body).object().value(QLatin1String("requests")).toObject();
}

void tst_CliLogin::resetProviderStats()
{
    requestProvider(QUrl(m_issuer + QStringLiteral("/test/stats/reset")), true);
    QVERIFY(providerStats().isEmpty() || providerStats().value(QLatin1String("/.well-known/openid-configuration")).toInt() == 0);
}

void tst_CliLogin::secondRunFetchesNoProviderDocuments()
{
    // ctest runs this one alone (RUN_SERIAL), so the provider's counts are ours.
    QTemporaryDir cacheHome;
    const QString discovery = QStringLiteral("/.well-known/openid-configuration");
    resetProviderStats();
    const LoginRun first = login(baseArguments() << QStringLiteral("--json"), browserCommand(), 120000,
                                 cacheHome.path());
    QCOMPARE(first.exitCode, 0);
    QJsonObject stats = providerStats();
    QCOMPARE(stats.value(discovery).toInt(), 1);
    const QString jwksPath = [&stats] {
        for (auto it = stats.begin(); it != stats.end(); ++it) {
            if (it.key().contains(QLatin1String("jwks")))
                return it.key();
        }
        return QString();
    }();
    QVERIFY2(!jwksPath.isEmpty(), "the first run fetched the JWKS");
    QCOMPARE(stats.value(jwksPath).toInt(), 1);

    resetProviderStats();
    const LoginRun second = login(baseArguments() << QStringLiteral("--json"), browserCommand(), 120000,
                                  cacheHome.path());
    QCOMPARE(second.exitCode, 0);
    stats = providerStats();
    QCOMPARE(stats.value(discovery).toInt(), 0);
    QCOMPARE(stats.value(jwksPath).toInt(), 0);
}

void tst_CliLogin::userInfoMatchesTheIdToken()
{
    // No API scope: the access token is then for the userinfo endpoint.
    const QStringList arguments = {QStringLiteral("login"), QStringLiteral("--authority"), m_issuer,
                                   QStringLiteral("--client-id"), QStringLiteral("qtsignin-demo"),
                                   QStringLiteral("--scope"), QStringLiteral("profile"),
                                   QStringLiteral("--scope"), QStringLiteral("email"),
                                   QStringLiteral("--json"), QStringLiteral("--userinfo")};
    const LoginRun run = login(arguments, browserCommand());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject userInfo = run.json.value(QLatin1String("userinfo")).toObject();
    QCOMPARE(userInfo.value(QLatin1String("sub")).toString(),
             run.json.value(QLatin1String("id_token_claims")).toObject().value(QLatin1String("sub")).toString());
    QCOMPARE(userInfo.value(QLatin1String("email")).toString(), QStringLiteral("alice@contoso.example"));
}

void tst_CliLogin::multiTenantAuthoritySignsInUsersOfEachTenant_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("username");
    QTest::newRow("contoso") << "alice" << "contoso" << "alice@contoso.example";
    QTest::newRow("fabrikam") << "carol" << "fabrikam" << "carol@fabrikam.example";
}

void tst_CliLogin::multiTenantAuthoritySignsInUsersOfEachTenant()
{
    QFETCH(QString, user);
    QFETCH(QString, tenant);
    QFETCH(QString, username);
    // The Entra-style entry point: its discovery names the issuer as
    // ".../{tenantid}/v2.0"; each ID token must carry its own tenant's issuer.
    const QStringList arguments = {QStringLiteral("login"), QStringLiteral("--authority"),
                                   m_issuer + QStringLiteral("/common/v2.0"),
                                   QStringLiteral("--client-id"), QStringLiteral("qtsignin-demo"),
                                   QStringLiteral("--scope"), QStringLiteral("profile"),
                                   QStringLiteral("--scope"), QStringLiteral("offline_access"), QStringLiteral("--json")};
    const LoginRun run = login(arguments, browserCommand(QStringLiteral("--user ") + user));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QLatin1String("has_refresh_token")).toBool(), true);
    const QJsonObject claims = run.json.value(QLatin1String("id_token_claims")).toObject();
    QCOMPARE(claims.value(QLatin1String("tid")).toString(), tenant);
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), m_issuer + QStringLiteral("/%1/v2.0").arg(tenant));
    const QJsonObject account = run.json.value(QLatin1String("account")).toObject();
    QCOMPARE(account.value(QLatin1String("tenant_id")).toString(), tenant);
    QCOMPARE(account.value(QLatin1String("username")).toString(), username);
    QVERIFY(account.value(QLatin1String("id")).toString().endsWith(QLatin1Char('.') + tenant));
}

void tst_CliLogin::firstConsentInAnotherTenantCreatesAServicePrincipal()
{
    // Application model: the app's home tenant is Contoso; in Fabrikam, the
    // first person to consent creates its service principal.
    const auto fabrikamPrincipals = [this] {
        const QByteArray body = requestProvider(QUrl(m_issuer + QStringLiteral("/test/tenants")), false);
        return QJsonDocument::fromJson(body).object().value(QLatin1String("fabrikam")).toObject()
                .value(QLatin1String("service_principals")).toArray();
    };
    // Fabrikam as before anyone there consented (the multi-tenant case may
    // have signed carol in already; the two never run at once).
    requestProvider(QUrl(m_issuer + QStringLiteral("/test/tenants/reset")), true);
    QVERIFY(fabrikamPrincipals().isEmpty());
    const QStringList arguments = {QStringLiteral("login"), QStringLiteral("--authority"),
                                   m_issuer + QStringLiteral("/fabrikam/v2.0"),
                                   QStringLiteral("--client-id"), QStringLiteral("qtsignin-demo"),
                                   QStringLiteral("--json")};
    const LoginRun run = login(arguments, browserCommand(QStringLiteral("--user carol")));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("a service principal is created"), run.err.constData());
    const QJsonArray principals = fabrikamPrincipals();
    QCOMPARE(principals.size(), 1);
    QCOMPARE(principals.first().toObject().value(QLatin1String("appId")).toString(), QStringLiteral("qtsignin-demo"));
    QCOMPARE(principals.first().toObject().value(QLatin1String("createdBy")).toString(),
             QStringLiteral("consent of carol@fabrikam.example"));
}

// Issue 16: a person is told that the sign-in is remembered, and where.
// The cache's file is remembered by its absolute path, whatever the
// folder the later commands run in.
void tst_CliLogin::loginSaysWhereItRemembersTheProfile()
{
    QTemporaryDir tokens;
    const QString profile = m_configHome.filePath(QStringLiteral("qtsignin/profiles/default.json"));
    QFile::remove(profile);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("BROWSER"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(tokens.path());
    process.start(QStringLiteral(QTSIGNIN_CLI), baseArguments() << QStringLiteral("--cache")
                          << QStringLiteral("file:tokens.json") << QStringLiteral("--browser-command") << browserCommand());
    QVERIFY(process.waitForFinished(120000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(process.readAllStandardOutput().contains("Signed in as"), err.constData());
    QVERIFY2(err.contains("Remembered as the default profile: 'qtsignin token', 'accounts' and 'logout' need no options now."),
             err.constData());
    QVERIFY(!QtSignInTest::containsJwt(err));
    QFile file(profile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject remembered = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(remembered.value(QLatin1String("cache")).toString(),
             QStringLiteral("file:") + tokens.filePath(QStringLiteral("tokens.json")));
    QCOMPARE(remembered.value(QLatin1String("scope")).toArray().size(), 4);
}

// With --cache memory nothing outlives the process, so a profile would only
// lead the next command to an empty cache: it is not written, and a person
// who asked for one by name is told.
void tst_CliLogin::aSignInKeptOnlyInMemoryIsNotRemembered()
{
    const LoginRun run = login(baseArguments() << QStringLiteral("--profile") << QStringLiteral("memory-only"),
                               browserCommand());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("Not remembered as the profile \"memory-only\""), run.err.constData());
    QVERIFY(!QFile::exists(m_configHome.filePath(QStringLiteral("qtsignin/profiles/memory-only.json"))));
    QVERIFY(!QFile::exists(m_configHome.filePath(QStringLiteral("qtsignin/profiles/default.json"))));
}

QStringList deviceArguments(const QString &issuer, const QString &clientId)
{
    return {QStringLiteral("login"), QStringLiteral("--mode"), QStringLiteral("device"),
            QStringLiteral("--authority"), issuer, QStringLiteral("--client-id"), clientId,
            QStringLiteral("--scope"), QStringLiteral("profile"), QStringLiteral("--json")};
}

void tst_CliLogin::deviceSignInApprovedOnAnotherDevice()
{
    const LoginRun run = login(deviceArguments(m_issuer, QStringLiteral("qtsignin-demo")),
                               browserCommand(QStringLiteral("--device --user bob")));
    QCOMPARE(run.exitCode, 0);
    // For the person, on stderr: where to go and what to type.
    const QRegularExpression said(QStringLiteral("To sign in, open (\\S+) and enter the code (\\S+)\\n"));
    const QRegularExpressionMatch match = said.match(QString::fromUtf8(run.err));
    QVERIFY2(match.hasMatch(), run.err.constData());
    QCOMPARE(match.captured(1), m_issuer + QStringLiteral("/device"));
    QVERIFY(!match.captured(2).isEmpty());
    // The same result as the browser's, signed in by "device".
    QCOMPARE(run.json.value(QLatin1String("user_agent")).toString(), QStringLiteral("device"));
    QCOMPARE(run.json.value(QLatin1String("account")).toObject().value(QLatin1String("username")).toString(),
             QStringLiteral("bob@contoso.example"));
    const QJsonObject claims = run.json.value(QLatin1String("id_token_claims")).toObject();
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), m_issuer);
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("qtsignin-demo"));
    QVERIFY(!claims.contains(QLatin1String("nonce")));
    QCOMPARE(run.json.value(QLatin1String("access_token")).toString().isEmpty(), false);
    // stderr is a pipe here: --qr-code auto draws nothing, colours none.
    QVERIFY2(!run.err.contains('\x1b'), run.err.constData());
}

// --qr-code always (auto draws only on a terminal): the complete link, code
// filled in, as a QR code a real reader finds on stderr.
void tst_CliLogin::deviceSignInDrawsTheLinkAsAQrCodeWhenAsked()
{
    const LoginRun run = login(deviceArguments(m_issuer, QStringLiteral("qtsignin-demo"))
                                       << QStringLiteral("--qr-code") << QStringLiteral("always"),
                               browserCommand(QStringLiteral("--device --user bob")));
    QCOMPARE(run.exitCode, 0);
    const QString err = QString::fromUtf8(run.err);
    const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("enter the code (\\S+)\\n")).match(err);
    QVERIFY2(match.hasMatch(), run.err.constData());
    QVERIFY2(err.contains(QStringLiteral("Or scan this QR code with a phone's camera:\n")), run.err.constData());
    QString error;
    const QString read = QrCodeReader::decode(
            QrCodeReader::terminalModules(QrCodeReader::terminalLines(err)), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QUrl link(read);
    QCOMPARE(link.adjusted(QUrl::RemoveQuery), QUrl(m_issuer + QStringLiteral("/device")));
    QCOMPARE(QUrlQuery(link).queryItemValue(QStringLiteral("user_code")), match.captured(1));
    QCOMPARE(run.json.value(QLatin1String("user_agent")).toString(), QStringLiteral("device"));
}

void tst_CliLogin::deviceSignInDeniedOnAnotherDevice()
{
    const LoginRun run = login(deviceArguments(m_issuer, QStringLiteral("qtsignin-demo")),
                               browserCommand(QStringLiteral("--device --consent deny")));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("access_denied"));
    QCOMPARE(run.json.value(QLatin1String("reason")).toString(), QStringLiteral("device_authorization_denied"));
    verifyNoToken(run);
}

void tst_CliLogin::deviceCodeThatExpiresEndsTheSignIn()
{
    // This client's codes live 4 s, less than the 5 s before the first poll:
    // nobody approves, and no poll may be made after the code expired.
    QElapsedTimer clock;
    clock.start();
    const LoginRun run = login(deviceArguments(m_issuer, QStringLiteral("qtsignin-device-short")), QString());
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("timed_out"));
    QCOMPARE(run.json.value(QLatin1String("reason")).toString(), QStringLiteral("device_code_expired"));
    QVERIFY2(run.err.contains("To sign in, open "), run.err.constData());
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    verifyNoToken(run);
}

void tst_CliLogin::deviceSignInSlowedDownPollsLess()
{
    // This client's first pending poll is answered slow_down: from then on
    // the interval is 5 + 5 s (RFC 8628 §3.5). The other device approves
    // only after the first poll, so that there is one.
    const LoginRun run = login(deviceArguments(m_issuer, QStringLiteral("qtsignin-device-slow")),
                               browserCommand(QStringLiteral("--device --delay 6")));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QLatin1String("user_agent")).toString(), QStringLiteral("device"));
    const QJsonArray polls = QJsonDocument::fromJson(requestProvider(QUrl(m_issuer + QStringLiteral("/test/device-polls")), false))
                                     .object().value(QLatin1String("polls")).toArray();
    QVERIFY2(polls.size() >= 2, QJsonDocument(polls).toJson().constData());
    QCOMPARE(polls.first().toObject().value(QLatin1String("answer")).toString(), QStringLiteral("slow_down"));
    QCOMPARE(polls.last().toObject().value(QLatin1String("answer")).toString(), QStringLiteral("tokens"));
    for (qsizetype i = 1; i < polls.size(); ++i) {
        const qint64 gap = polls.at(i).toObject().value(QLatin1String("at")).toInteger()
                - polls.at(i - 1).toObject().value(QLatin1String("at")).toInteger();
        // 10 s, less what the network may shift between the two clocks' readings.
        QVERIFY2(gap >= 9800, qPrintable(QString::number(gap)));
    }
}

// --mode auto where no browser starts and there is no display for the
// embedded window: the same sign-in on another device, whose code the person
// (here signin.mjs) types.
void tst_CliLogin::autoWithoutBrowserOrDisplayFallsBackToDevice()
{
    QProcess qtsignin;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"BROWSER", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    QTemporaryDir cacheHome;
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome.path());
    qtsignin.setProcessEnvironment(environment);
    qtsignin.start(QStringLiteral(QTSIGNIN_CLI),
                   QStringList{QStringLiteral("login")} + deviceArguments(m_issuer, QStringLiteral("qtsignin-demo")).mid(3)
                           << QStringLiteral("--mode") << QStringLiteral("auto")
                                   << QStringLiteral("--cache") << QStringLiteral("memory")
                                   << QStringLiteral("--browser-command") << QStringLiteral("sh -c \"exit 4\""));
    const auto stopQtSignIn = qScopeGuard([&] {
        qtsignin.kill();
        qtsignin.waitForFinished();
    });
    QVERIFY(qtsignin.waitForStarted());
    const QRegularExpression said(QStringLiteral("To sign in, open (\\S+) and enter the code (\\S+)\\n"));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT(said.match(QString::fromUtf8(err += qtsignin.readAllStandardError())).hasMatch(), 30000);
    const QRegularExpressionMatch match = said.match(QString::fromUtf8(err));
    QVERIFY2(err.contains("sign in on another device instead"), err.constData());
    QUrl typed(match.captured(1));
    typed.setQuery(QStringLiteral("user_code=") + match.captured(2));

    QProcess person;
    person.setProcessChannelMode(QProcess::ForwardedChannels);
    person.start(QStringLiteral("node"), {QStringLiteral(QTSIGNIN_SOURCE_DIR "/tests/browser/signin.mjs"),
                                          QStringLiteral("--device"), typed.toString(QUrl::FullyEncoded)});
    QVERIFY(qtsignin.waitForFinished(120000));
    person.waitForFinished(60000);
    err += qtsignin.readAllStandardError();
    const QJsonObject json = QJsonDocument::fromJson(qtsignin.readAllStandardOutput()).object();
    QVERIFY2(qtsignin.exitStatus() == QProcess::NormalExit && qtsignin.exitCode() == 0, err.constData());
    QCOMPARE(json.value(QLatin1String("user_agent")).toString(), QStringLiteral("device"));
}

QTEST_GUILESS_MAIN(tst_CliLogin)
#include "tst_cli_login.moc"

// ---------------------------------------------------------------- pushed authorization requests

// One push per sign-in, and the browser is given the authorization endpoint
// with client_id and request_uri alone: the scopes, the PKCE challenge, the
// state stay out of its address bar. ctest runs it alone (RUN_SERIAL): the
// counts are this sign-in's.
void tst_CliLogin::pushedRequestKeepsTheRequestOutOfTheBrowser()
{
    QTemporaryDir browserDirectory;
    QVERIFY(browserDirectory.isValid());
    resetProviderStats();
    const LoginRun run = login(baseArguments() << QStringLiteral("--json") << QStringLiteral("--login-hint")
                                               << QStringLiteral("alice@contoso.example"),
                               recordingBrowserCommand(browserDirectory.path()));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QLatin1String("has_refresh_token")).toBool(), true);
    const QUrl url = recordedUrl(browserDirectory.path());
    QCOMPARE(url.adjusted(QUrl::RemoveQuery), QUrl(m_issuer + QStringLiteral("/auth")));
    QCOMPARE(queryNames(url), (QStringList{QStringLiteral("client_id"), QStringLiteral("request_uri")}));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("client_id")), QStringLiteral("qtsignin-demo"));
    QVERIFY(QUrlQuery(url).queryItemValue(QStringLiteral("request_uri"), QUrl::FullyDecoded)
                    .startsWith(QLatin1String("urn:ietf:params:oauth:request_uri:")));
    const QJsonObject stats = providerStats();
    QCOMPARE(stats.value(QLatin1String("/request")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("grant:authorization_code")).toInt(), 1);
}

void tst_CliLogin::noParSendsTheWholeRequestInTheUrl()
{
    QTemporaryDir browserDirectory;
    QVERIFY(browserDirectory.isValid());
    resetProviderStats();
    const LoginRun run = login(baseArguments() << QStringLiteral("--json") << QStringLiteral("--no-par"),
                               recordingBrowserCommand(browserDirectory.path()));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QLatin1String("has_refresh_token")).toBool(), true);
    const QStringList names = queryNames(recordedUrl(browserDirectory.path()));
    for (const char *name : {"response_type", "client_id", "redirect_uri", "scope", "state", "nonce",
                             "code_challenge", "code_challenge_method"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    QVERIFY(!names.contains(QStringLiteral("request_uri")));
    QCOMPARE(providerStats().value(QLatin1String("/request")).toInt(), 0);
    // A switch takes no value.
    const LoginRun wrong = login(baseArguments() << QStringLiteral("--no-par=yes"), browserCommand(), 10000);
    QCOMPARE(wrong.exitCode, 64);
    QVERIFY2(wrong.err.contains("no-par"), wrong.err.constData());
}

// RFC 9126 §5: this issuer takes pushed requests only.
void tst_CliLogin::pushedOnlyProviderSignsInWithPar()
{
    QStringList arguments = baseArguments();
    arguments[2] = m_issuer + QStringLiteral("/pushed-only");
    const LoginRun run = login(arguments << QStringLiteral("--json"), browserCommand());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(QLatin1String("id_token_claims")).toObject().value(QLatin1String("iss")).toString(),
             arguments[2]);
}

void tst_CliLogin::pushedOnlyProviderWithNoParFailsBeforeTheBrowser()
{
    QTemporaryDir browserDirectory;
    QVERIFY(browserDirectory.isValid());
    QStringList arguments = baseArguments();
    arguments[2] = m_issuer + QStringLiteral("/pushed-only");
    const LoginRun run = login(arguments << QStringLiteral("--json") << QStringLiteral("--no-par"),
                               recordingBrowserCommand(browserDirectory.path()), 30000);
    QCOMPARE(run.exitCode, 64);
    QCOMPARE(run.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_configuration"));
    QCOMPARE(run.json.value(QLatin1String("reason")).toString(), QStringLiteral("pushed_authorization_required"));
    QVERIFY2(!QFile::exists(browserDirectory.path() + QStringLiteral("/url")), "the browser was started");
    verifyNoToken(run);
}

