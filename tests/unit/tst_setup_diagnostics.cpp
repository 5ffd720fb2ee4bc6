// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// SetupDiagnostics' rules without a provider or keychain: the provider's
// findings from crafted discovery responses, the browser launcher from a
// made-up environment, the loopback listener against a port held here.
#include "diagnostics/LocalChecks.h"
#include "diagnostics/ProviderCheck.h"

#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SetupDiagnostics.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

using namespace QtSignIn;
using Check = SetupFinding::Check;
using Status = SetupFinding::Status;

namespace {

const QString issuer = QStringLiteral("https://id.example.com/realms/demo");

QJsonObject validDocument(const QString &issuerValue = issuer)
{
    return QJsonObject{
        {QStringLiteral("issuer"), issuerValue},
        {QStringLiteral("authorization_endpoint"), issuer + QStringLiteral("/auth")},
        {QStringLiteral("token_endpoint"), issuer + QStringLiteral("/token")},
        {QStringLiteral("jwks_uri"), issuer + QStringLiteral("/certs")},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("plain"), QStringLiteral("S256")}},
    };
}

// An HTTP date `offsetSeconds` from now, as a server would send it.
QByteArray httpDate(qint64 offsetSeconds)
{
    return QLocale::c()
            .toString(QDateTime::currentDateTimeUtc().addSecs(offsetSeconds), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
            .toLatin1();
}

DiscoveryFetch fetched(const QJsonObject &document, qint64 clockOffset = 0)
{
    DiscoveryFetch fetch;
    fetch.url = QUrl(issuer + QStringLiteral("/.well-known/openid-configuration"));
    fetch.response.status = 200;
    fetch.response.body = QJsonDocument(document).toJson();
    fetch.response.headers = {{QByteArrayLiteral("Date"), httpDate(clockOffset)}};
    fetch.sentAt = QDateTime::currentDateTimeUtc();
    fetch.receivedAt = fetch.sentAt;
    return fetch;
}

ClientConfiguration configuration(const QString &authority = issuer)
{
    ClientConfiguration configuration;
    configuration.setAuthority(QUrl(authority));
    configuration.setClientId(QStringLiteral("app"));
    return configuration;
}

SetupFinding findingFor(const QList<SetupFinding> &findings, Check check)
{
    for (const SetupFinding &finding : findings) {
        if (finding.check() == check)
            return finding;
    }
    return SetupFinding();
}

Status statusOf(const QList<SetupFinding> &findings, Check check)
{
    return findingFor(findings, check).status();
}

} // namespace

class tst_SetupDiagnostics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validProviderIsOkThroughout()
    {
        const QList<SetupFinding> findings = ProviderCheck::evaluate(fetched(validDocument()), configuration());
        QCOMPARE(findings.size(), 6);
        for (const SetupFinding &finding : findings)
            QVERIFY2(finding.status() == Status::Ok, qPrintable(SetupFinding::checkName(finding.check()) + QLatin1String(": ") + finding.detail()));
    }

    void issuerOfAnotherHostIsAProblemWithAdvice()
    {
        const QList<SetupFinding> findings = ProviderCheck::evaluate(
                fetched(validDocument(QStringLiteral("https://evil.example"))), configuration());
        const SetupFinding finding = findingFor(findings, Check::Issuer);
        QCOMPARE(finding.status(), Status::Problem);
        QVERIFY(finding.detail().contains(QLatin1String("https://evil.example")));
        QVERIFY(finding.detail().contains(issuer));
        QVERIFY(!finding.advice().isEmpty());
        // The rest of the document is still judged on its own.
        QCOMPARE(statusOf(findings, Check::Discovery), Status::Ok);
        QCOMPARE(statusOf(findings, Check::Pkce), Status::Ok);
    }

    void issuerDifferingByATrailingSlashIsAWarning()
    {
        const QList<SetupFinding> findings =
                ProviderCheck::evaluate(fetched(validDocument(issuer + QLatin1Char('/'))), configuration());
        QCOMPARE(statusOf(findings, Check::Issuer), Status::Warning);
    }

    void entraMultiTenantTemplateIsAccepted()
    {
        const QString authority = QStringLiteral("https://login.microsoftonline.com/common/v2.0");
        const QList<SetupFinding> findings = ProviderCheck::evaluate(
                fetched(validDocument(QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0"))),
                configuration(authority));
        QCOMPARE(statusOf(findings, Check::Issuer), Status::Ok);
        QCOMPARE(statusOf(findings, Check::HttpsEndpoints), Status::Ok);
    }

    void httpEndpointIsNamedAsAProblem()
    {
        QJsonObject document = validDocument();
        document.insert(QStringLiteral("token_endpoint"), QStringLiteral("http://id.example.com/token"));
        const SetupFinding finding =
                findingFor(ProviderCheck::evaluate(fetched(document), configuration()), Check::HttpsEndpoints);
        QCOMPARE(finding.status(), Status::Problem);
        QVERIFY(finding.detail().contains(QLatin1String("token_endpoint http://id.example.com/token")));
    }

    // Only the endpoints the library uses can stop a sign-in.
    void httpEndpointTheLibraryDoesNotUseIsNoProblem()
    {
        QJsonObject document = validDocument();
        document.insert(QStringLiteral("registration_endpoint"), QStringLiteral("http://id.example.com/register"));
        QCOMPARE(statusOf(ProviderCheck::evaluate(fetched(document), configuration()), Check::HttpsEndpoints),
                 Status::Ok);
    }

    void loopbackProviderMayUseHttp()
    {
        const QString local = QStringLiteral("http://127.0.0.1:8080/realm");
        QJsonObject document = validDocument(local);
        document.insert(QStringLiteral("token_endpoint"), local + QStringLiteral("/token"));
        document.insert(QStringLiteral("authorization_endpoint"), local + QStringLiteral("/auth"));
        document.insert(QStringLiteral("jwks_uri"), local + QStringLiteral("/certs"));
        QCOMPARE(statusOf(ProviderCheck::evaluate(fetched(document), configuration(local)), Check::HttpsEndpoints),
                 Status::Ok);
    }

    void pkceWithoutS256IsAProblemAndUnadvertisedAWarning()
    {
        QJsonObject document = validDocument();
        document.insert(QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("plain")});
        QCOMPARE(statusOf(ProviderCheck::evaluate(fetched(document), configuration()), Check::Pkce), Status::Problem);
        document.remove(QStringLiteral("code_challenge_methods_supported"));
        QCOMPARE(statusOf(ProviderCheck::evaluate(fetched(document), configuration()), Check::Pkce), Status::Warning);
        // An empty list advertises nothing, as the library reads it (the
        // sign-in works): a warning, not a problem that stops it.
        document.insert(QStringLiteral("code_challenge_methods_supported"), QJsonArray());
        QCOMPARE(statusOf(ProviderCheck::evaluate(fetched(document), configuration()), Check::Pkce), Status::Warning);
        // Not a list at all: the library refuses the document, said once,
        // under Discovery.
        document.insert(QStringLiteral("code_challenge_methods_supported"), QStringLiteral("S256"));
        const QList<SetupFinding> findings = ProviderCheck::evaluate(fetched(document), configuration());
        QCOMPARE(statusOf(findings, Check::Discovery), Status::Problem);
        QCOMPARE(statusOf(findings, Check::Pkce), Status::Skipped);
    }

    void malformedDocumentIsADiscoveryProblem_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArrayLiteral("{not json");
        QTest::newRow("array") << QByteArrayLiteral("[]");
        QJsonObject withoutToken = validDocument();
        withoutToken.remove(QStringLiteral("token_endpoint"));
        QTest::newRow("no token endpoint") << QJsonDocument(withoutToken).toJson();
    }

    void malformedDocumentIsADiscoveryProblem()
    {
        QFETCH(QByteArray, body);
        DiscoveryFetch fetch = fetched(validDocument());
        fetch.response.body = body;
        const SetupFinding finding = findingFor(ProviderCheck::evaluate(fetch, configuration()), Check::Discovery);
        QCOMPARE(finding.status(), Status::Problem);
        QVERIFY(!finding.advice().isEmpty());
    }

    void unreachableProviderSkipsTheDocumentChecks()
    {
        DiscoveryFetch fetch = fetched(validDocument());
        fetch.response = HttpResponse();
        fetch.response.transportFailed = true;
        fetch.response.transportError = QStringLiteral("Connection refused");
        const QList<SetupFinding> findings = ProviderCheck::evaluate(fetch, configuration());
        const SetupFinding discovery = findingFor(findings, Check::Discovery);
        QCOMPARE(discovery.status(), Status::Problem);
        QVERIFY(discovery.detail().contains(QLatin1String("Connection refused")));
        QVERIFY(discovery.detail().contains(QLatin1String("30 s"))); // the network timeout
        for (Check check : {Check::Issuer, Check::HttpsEndpoints, Check::Pkce, Check::Clock,
                            Check::PushedAuthorization})
            QCOMPARE(statusOf(findings, check), Status::Skipped);
    }

    // RFC 9126: what a sign-in with this configuration does.
    void saysWhetherSignInsPushTheirRequest_data()
    {
        QTest::addColumn<bool>("offered");
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("disabled");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("not offered") << false << false << false << Status::Ok << "takes no pushed";
        QTest::newRow("offered") << true << false << false << Status::Ok << "Sign-ins push the authorization request";
        QTest::newRow("offered, disabled") << true << false << true << Status::Ok << "turned them off";
        QTest::newRow("required") << true << true << false << Status::Ok << "Sign-ins push the authorization request";
        QTest::newRow("required, disabled") << true << true << true << Status::Problem << "every sign-in fails";
    }

    void saysWhetherSignInsPushTheirRequest()
    {
        QFETCH(bool, offered);
        QFETCH(bool, required);
        QFETCH(bool, disabled);
        QFETCH(Status, status);
        QFETCH(QString, says);
        QJsonObject document = validDocument();
        if (offered)
            document.insert(QStringLiteral("pushed_authorization_request_endpoint"), issuer + QStringLiteral("/par"));
        if (required)
            document.insert(QStringLiteral("require_pushed_authorization_requests"), true);
        ClientConfiguration settings = configuration();
        if (disabled)
            settings.setPushedAuthorizationRequests(ClientConfiguration::PushedAuthorizationRequests::Disabled);
        const SetupFinding finding =
                findingFor(ProviderCheck::evaluate(fetched(document), settings), Check::PushedAuthorization);
        QCOMPARE(finding.status(), status);
        QVERIFY2(finding.detail().contains(says), qPrintable(finding.detail()));
        QCOMPARE(finding.advice().isEmpty(), status != Status::Problem);
    }

    // The library refuses a provider whose pushed request endpoint is not
    // https: the doctor says so too.
    void insecurePushedRequestEndpointIsAProblem()
    {
        QJsonObject document = validDocument();
        document.insert(QStringLiteral("pushed_authorization_request_endpoint"),
                        QStringLiteral("http://login.example.com/par"));
        const SetupFinding https =
                findingFor(ProviderCheck::evaluate(fetched(document), configuration()), Check::HttpsEndpoints);
        QCOMPARE(https.status(), Status::Problem);
        QVERIFY2(https.detail().contains(QLatin1String("pushed_authorization_request_endpoint")),
                 qPrintable(https.detail()));
    }

    void tlsErrorIsNamedPlainly()
    {
        DiscoveryFetch fetch = fetched(validDocument());
        fetch.response = HttpResponse();
        fetch.response.transportFailed = true;
        fetch.response.transportError = QStringLiteral("SSL handshake failed");
        fetch.tlsErrors = {QStringLiteral("The certificate is self-signed, and untrusted")};
        const SetupFinding discovery = findingFor(ProviderCheck::evaluate(fetch, configuration()), Check::Discovery);
        QCOMPARE(discovery.status(), Status::Problem);
        QVERIFY(discovery.detail().contains(QLatin1String("self-signed")));
        QVERIFY(discovery.advice().contains(QLatin1String("never ignored")));
    }

    void clockBeyondTheSkewIsAWarning_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<Status>("status");
        QTest::newRow("in step") << qint64(0) << Status::Ok;
        QTest::newRow("a minute behind") << qint64(-60) << Status::Ok;
        QTest::newRow("an hour ahead") << qint64(3600) << Status::Warning;
        QTest::newRow("ten minutes behind") << qint64(-600) << Status::Warning;
    }

    void clockBeyondTheSkewIsAWarning()
    {
        QFETCH(qint64, offset);
        QFETCH(Status, status);
        const SetupFinding clock =
                findingFor(ProviderCheck::evaluate(fetched(validDocument(), offset), configuration()), Check::Clock);
        QCOMPARE(clock.status(), status);
        // The Date header has whole seconds: the number may be one less.
        if (offset != 0)
            QVERIFY2(clock.detail().contains(QLatin1String(offset > 0 ? "ahead" : "behind")), qPrintable(clock.detail()));
    }

    void clockWithoutADateHeaderIsSkipped()
    {
        DiscoveryFetch fetch = fetched(validDocument());
        fetch.response.headers.clear();
        QCOMPARE(statusOf(ProviderCheck::evaluate(fetch, configuration()), Check::Clock), Status::Skipped);
    }

    void browserCommandThatIsNotInstalledIsAProblem()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
        const SetupFinding finding = LocalChecks::browserLauncher(QStringLiteral("no-such-browser --new-tab"), environment);
        QCOMPARE(finding.status(), Status::Problem);
        QVERIFY(finding.detail().contains(QLatin1String("no-such-browser")));
        QCOMPARE(LocalChecks::browserLauncher(QStringLiteral("/bin/true"), environment).status(), Status::Ok);
    }

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    void withoutXdgOpenOrADesktopTheBrowserMayNotOpen()
    {
        QTemporaryDir bin;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), bin.path());
        QCOMPARE(LocalChecks::browserLauncher(QString(), environment).status(), Status::Problem);

        QFile xdgOpen(bin.filePath(QStringLiteral("xdg-open")));
        QVERIFY(xdgOpen.open(QIODevice::WriteOnly));
        xdgOpen.write("#!/bin/sh\nexit 0\n");
        xdgOpen.close();
        QVERIFY(xdgOpen.setPermissions(QFile::ReadOwner | QFile::ExeOwner));
        QCOMPARE(LocalChecks::browserLauncher(QString(), environment).status(), Status::Warning);
        environment.insert(QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("wayland-0"));
        QCOMPARE(LocalChecks::browserLauncher(QString(), environment).status(), Status::Ok);
    }
#endif

    void portHeldByAnotherProgramIsAProblem()
    {
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        const QUrl redirect(QStringLiteral("http://127.0.0.1:%1/").arg(other.serverPort()));
        const SetupFinding finding = LocalChecks::loopback(Check::LoopbackIPv4, redirect);
        QCOMPARE(finding.status(), Status::Problem);
        QVERIFY(finding.advice().contains(QString::number(other.serverPort())));
        // The default: any free port.
        QCOMPARE(LocalChecks::loopback(Check::LoopbackIPv4, QUrl(QStringLiteral("http://127.0.0.1/"))).status(),
                 Status::Ok);
    }

    void portTakenOnAnAddressTheRedirectDoesNotUseIsAWarning()
    {
        // RFC 8252 §7.3 allows either loopback address; 127.0.0.1 is the one
        // used unless the redirect URI says [::1].
        QTcpServer other;
        if (!other.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("no IPv6 on the loopback interface here");
        const QString port = QString::number(other.serverPort());
        const SetupFinding unused = LocalChecks::loopback(
                Check::LoopbackIPv6, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        QCOMPARE(unused.status(), Status::Warning);
        const SetupFinding used = LocalChecks::loopback(
                Check::LoopbackIPv6, QUrl(QStringLiteral("http://[::1]:%1/").arg(port)));
        QCOMPARE(used.status(), Status::Problem);
        // localhost: LoopbackReceiver takes both, and a port taken on [::1] fails it.
        QCOMPARE(LocalChecks::loopback(Check::LoopbackIPv6, QUrl(QStringLiteral("http://localhost:%1/").arg(port))).status(),
                 Status::Problem);
    }

    void redirectUrisNameTheFormToRegister()
    {
        const SetupFinding anyPort = LocalChecks::redirectUris(configuration());
        QCOMPARE(anyPort.status(), Status::Ok);
        QVERIFY(anyPort.detail().contains(QLatin1String("http://127.0.0.1/")));
        ClientConfiguration pinned = configuration();
        pinned.setRedirectUri(QUrl(QStringLiteral("http://127.0.0.1:47110/callback")));
        QVERIFY(LocalChecks::redirectUris(pinned).detail().contains(QLatin1String("http://127.0.0.1:47110/callback")));

        ClientConfiguration entra = configuration(QStringLiteral("https://login.microsoftonline.com/common/v2.0"));
        QCOMPARE(LocalChecks::redirectUris(entra).status(), Status::Warning);
        QVERIFY(LocalChecks::redirectUris(entra).advice().contains(QLatin1String("http://localhost")));
        entra.setRedirectUri(QUrl(QStringLiteral("http://localhost")));
        QCOMPARE(LocalChecks::redirectUris(entra).status(), Status::Ok);
    }

    void withoutAProviderEveryCheckIsReportedAndTheProvidersSkipped()
    {
        ClientConfiguration none;
        SetupDiagnostics diagnostics(none);
        MemoryTokenStore memory;
        diagnostics.setTokenStore(&memory);
        QSignalSpy finished(&diagnostics, &SetupDiagnostics::finished);
        diagnostics.start();
        QVERIFY(!diagnostics.isFinished());
        QVERIFY(finished.wait(10000));
        const QList<SetupFinding> findings = diagnostics.findings();
        QCOMPARE(findings.size(), 11);
        for (int i = 0; i < findings.size(); ++i)
            QCOMPARE(int(findings.at(i).check()), i); // one each, in order
        QCOMPARE(findings.at(0).status(), Status::Ok);
        QVERIFY(findings.at(0).detail().contains(QLatin1String("memory")));
        for (Check check : {Check::Discovery, Check::Issuer, Check::HttpsEndpoints, Check::Pkce, Check::Clock,
                            Check::PushedAuthorization})
            QCOMPARE(statusOf(findings, check), Status::Skipped);
    }

    void explicitEndpointsAreCheckedForHttpsOnly()
    {
        ClientConfiguration explicitEndpoints = configuration();
        explicitEndpoints.setAuthorizationEndpoint(QUrl(issuer + QStringLiteral("/auth")));
        explicitEndpoints.setTokenEndpoint(QUrl(QStringLiteral("http://id.example.com/token")));
        explicitEndpoints.setJwksUri(QUrl(issuer + QStringLiteral("/certs")));
        const QList<SetupFinding> findings = ProviderCheck::explicitEndpoints(explicitEndpoints);
        QCOMPARE(findings.size(), 6);
        QCOMPARE(statusOf(findings, Check::HttpsEndpoints), Status::Problem);
        QVERIFY(findingFor(findings, Check::HttpsEndpoints).detail().contains(QLatin1String("token_endpoint")));
        for (Check check : {Check::Discovery, Check::Issuer, Check::Pkce, Check::Clock, Check::PushedAuthorization})
            QCOMPARE(statusOf(findings, check), Status::Skipped);
    }

    void plainOAuth2EndpointsThatGetTheAccessTokenAreChecked_data()
    {
        QTest::addColumn<QString>("member");
        QTest::newRow("profile endpoint") << QStringLiteral("userinfo_endpoint");
        QTest::newRow("revocation endpoint") << QStringLiteral("revocation_endpoint");
    }

    void plainOAuth2EndpointsThatGetTheAccessTokenAreChecked()
    {
        QFETCH(QString, member);
        // The access token goes to them: the token endpoint's rule
        // (ClientConfiguration::validate()).
        ClientConfiguration oauth2 = configuration();
        oauth2.setProtocol(ClientConfiguration::Protocol::OAuth2);
        oauth2.setAuthority(QUrl(QStringLiteral("https://github.com")));
        oauth2.setAuthorizationEndpoint(QUrl(QStringLiteral("https://github.com/login/oauth/authorize")));
        oauth2.setTokenEndpoint(QUrl(QStringLiteral("https://github.com/login/oauth/access_token")));
        oauth2.setUserInfoEndpoint(QUrl(QStringLiteral("https://api.github.com/user")));
        QCOMPARE(statusOf(ProviderCheck::explicitEndpoints(oauth2), Check::HttpsEndpoints), Status::Ok);
        const QUrl insecure(QStringLiteral("http://127.0.0.1:8080/") + member);
        if (member == QLatin1String("userinfo_endpoint"))
            oauth2.setUserInfoEndpoint(insecure);
        else
            oauth2.setRevocationEndpoint(insecure);
        const QList<SetupFinding> findings = ProviderCheck::explicitEndpoints(oauth2);
        QCOMPARE(statusOf(findings, Check::HttpsEndpoints), Status::Problem);
        QVERIFY2(findingFor(findings, Check::HttpsEndpoints).detail().contains(member),
                 qPrintable(findingFor(findings, Check::HttpsEndpoints).detail()));
    }

    void namesAreStable()
    {
        QCOMPARE(SetupFinding::checkName(Check::HttpsEndpoints), QStringLiteral("https"));
        QCOMPARE(SetupFinding::checkName(Check::LoopbackIPv6), QStringLiteral("loopback-ipv6"));
        QCOMPARE(SetupFinding::statusName(Status::Problem), QStringLiteral("problem"));
    }
};

QTEST_GUILESS_MAIN(tst_SetupDiagnostics)
#include "tst_setup_diagnostics.moc"
