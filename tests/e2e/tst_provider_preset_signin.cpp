// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// Each provider preset of ClientConfiguration signs in, through the library,
// against a local fixture shaped as that provider's documentation describes
// it (tests/fixtures/provider-presets/server.mjs names the sections), and its
// quirk is handled: Entra's localhost redirect, tenant issuer and unechoed
// offline_access, Google's client secret, access_type=offline, bare iss and
// hd, Keycloak's realm, Okta's authorization servers, Auth0's trailing-slash
// issuer and audience. And the bare iss is refused from any other provider.
//
// No real browser: the launcher GETs the authorization URL and follows the
// fixture's redirect to the loopback listener (the fixture approves at once).

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/FileTokenStore.h>
#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/SystemBrowserUserAgent.h>

#include "ProviderPresets_p.h"
#include "../support/NodeFixtureServer.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QtTest>

#include <memory>

using namespace std::chrono_literals;
using namespace QtSignIn;

namespace {

const QString clientId = QStringLiteral("qtsignin-test");
const Secret googleSecret(QStringLiteral("GOCSPX-fixture-secret"));
constexpr int deadlineMs = 15000;

struct Outcome
{
    SignInResult result;
    SignInError error;
};

// The claims of a JWT, unchecked: the tests read what the fixture issued.
QJsonObject claimsOf(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
}

} // namespace

class tst_ProviderPresetSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void microsoftSignsInAtLocalhostAndKeepsOfflineAccess();
    void microsoftDefaultScopeIsAnsweredFromTheCache();
    void microsoftConsumersTenantIssuesForItsId();
    void googleSignsInWithItsSecretAndOfflineAccessTranslated();
    void googleGivesARefreshTokenOnTheSecondSignInToo();
    void googleAcceptsItsBareIssuerAsTheAccountsIssuer();
    void googleRefreshesWithoutOfflineAccessAndKeepsTheAccount();
    void googleWithoutTheSecretFailsBeforeTheBrowser();
    void googleRefreshWithoutTheSecretIsNotSent();
    void googleHostedDomainIsSentAndChecked();
    void bareIssuerIsRefusedFromAnyOtherProvider();
    void keycloakRealmSignsIn();
    void oktaAuthorizationServersSignIn();
    void auth0IssuerWithTrailingSlashAndAudience();
    void commandLinePresetsSignIn_data();
    void commandLinePresetsSignIn();

private:
    Outcome signIn(const ClientConfiguration &configuration, const QStringList &scopes = {},
                   const SignInOptions &options = {}, SignInClient *existing = nullptr);
    std::unique_ptr<SignInClient> makeClient(const ClientConfiguration &configuration);
    QJsonObject last(const QString &provider);
    QUrl at(const QString &path) const { return QUrl(m_base + path); }

    NodeFixtureServer m_server;
    QString m_base;
    QNetworkAccessManager m_network;
    bool m_browserLaunched = false;
};

void tst_ProviderPresetSignIn::initTestCase()
{
    const QString script = QStringLiteral(PROVIDER_PRESETS_SCRIPT);
    QVERIFY2(QFile::exists(script), qPrintable(script));
    QString error;
    QVERIFY2(m_server.start(script, {}, &error), qPrintable(error));
    m_base = m_server.baseUrl();
}

void tst_ProviderPresetSignIn::cleanupTestCase()
{
    m_network.clearConnectionCache();
    m_server.stop();
}

std::unique_ptr<SignInClient> tst_ProviderPresetSignIn::makeClient(const ClientConfiguration &given)
{
    ClientConfiguration configuration = given;
    configuration.setProviderCaching(ClientConfiguration::ProviderCaching::MemoryOnly);
    configuration.setNetworkTimeout(10s);
    configuration.setInteractiveTimeout(10s);
    auto client = std::make_unique<SignInClient>(configuration);
    client->setTokenStore(new MemoryTokenStore);
    auto *agent = new SystemBrowserUserAgent;
    agent->setLauncher([this](const QUrl &url) {
        m_browserLaunched = true;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::redirected, reply, [reply](const QUrl &target) {
            if (target.host() == QLatin1String("127.0.0.1") || target.host() == QLatin1String("localhost"))
                emit reply->redirectAllowed();
            else
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return true;
    });
    client->setUserAgent(agent);
    return client;
}

Outcome tst_ProviderPresetSignIn::signIn(const ClientConfiguration &configuration, const QStringList &scopes,
                                    const SignInOptions &options, SignInClient *existing)
{
    std::unique_ptr<SignInClient> own;
    SignInClient *client = existing;
    if (!client) {
        own = makeClient(configuration);
        client = own.get();
    }
    m_browserLaunched = false;
    std::unique_ptr<SignInReply> reply(client->signIn(scopes, options));
    QSignalSpy finished(reply.get(), &SignInReply::finished);
    if (!finished.wait(deadlineMs) && finished.isEmpty())
        qWarning("the sign-in did not finish");
    return Outcome{reply->result(), reply->error()};
}

QJsonObject tst_ProviderPresetSignIn::last(const QString &provider)
{
    std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(at(QStringLiteral("/last?provider=") + provider))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    finished.wait(5000);
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// ---------------------------------------------------------------- Microsoft Entra ID

void tst_ProviderPresetSignIn::microsoftSignsInAtLocalhostAndKeepsOfflineAccess()
{
    SignInOptions options;
    options.setDomainHint(QStringLiteral("contoso.example"));
    const Outcome outcome = signIn(ProviderPresets::microsoft(clientId, QStringLiteral("organizations"), at(QStringLiteral("/entra"))),
                                   {QStringLiteral("User.Read")}, options);
    // The fixture answers a redirect URI on 127.0.0.1 with Entra's AADSTS50011 page.
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
    const QJsonObject authorize = last(QStringLiteral("entra")).value(QLatin1String("authorize")).toObject();
    QVERIFY(authorize.value(QLatin1String("redirect_uri")).toString().startsWith(QLatin1String("http://localhost:")));
    QCOMPARE(authorize.value(QLatin1String("domain_hint")).toString(), QStringLiteral("contoso.example"));
    QCOMPARE(authorize.value(QLatin1String("scope")).toString(),
             QStringLiteral("openid profile email offline_access User.Read"));
    // The organizations template, resolved with the token's tid.
    QCOMPARE(outcome.result.account().issuer(), m_base + QStringLiteral("/entra/3a7c0b2e-5d1f-4e8a-9c6b-2f4d8e1a7b90/v2.0"));
    // Entra leaves offline_access out of scope; the refresh token says it was granted.
    QVERIFY(!outcome.result.refreshToken().isEmpty());
    QVERIFY2(outcome.result.grantedScopes().contains(QStringLiteral("offline_access")),
             qPrintable(outcome.result.grantedScopes().join(QLatin1Char(' '))));
    QVERIFY(outcome.result.grantedScopes().contains(QStringLiteral("User.Read")));
}

void tst_ProviderPresetSignIn::microsoftDefaultScopeIsAnsweredFromTheCache()
{
    const QString graphDefault = QStringLiteral("https://graph.example/.default");
    auto client = makeClient(ProviderPresets::microsoft(clientId, QStringLiteral("common"), at(QStringLiteral("/entra"))));
    const Outcome outcome = signIn({}, {graphDefault}, {}, client.get());
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
    QVERIFY(outcome.result.grantedScopes().contains(graphDefault));
    std::unique_ptr<SignInReply> silent(client->acquireTokenSilent(outcome.result.account(), {graphDefault}));
    QSignalSpy finished(silent.get(), &SignInReply::finished);
    QVERIFY(finished.wait(deadlineMs) || !finished.isEmpty());
    QVERIFY2(!silent->error().isError(), qPrintable(silent->error().detail()));
    // Not a refresh each time: the token that .default brought covers it.
    QCOMPARE(silent->result().source(), TokenSource::Cache);
}

void tst_ProviderPresetSignIn::microsoftConsumersTenantIssuesForItsId()
{
    const Outcome outcome =
            signIn(ProviderPresets::microsoft(clientId, QStringLiteral("consumers"), at(QStringLiteral("/entra"))));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
    QCOMPARE(outcome.result.account().issuer(),
             m_base + QStringLiteral("/entra/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0"));
}

// ---------------------------------------------------------------- Google

void tst_ProviderPresetSignIn::googleSignsInWithItsSecretAndOfflineAccessTranslated()
{
    const Outcome outcome = signIn(ProviderPresets::google(clientId, googleSecret, QString(), at(QStringLiteral("/google"))));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
    const QJsonObject seen = last(QStringLiteral("google"));
    const QJsonObject authorize = seen.value(QLatin1String("authorize")).toObject();
    // offline_access would be "Error 400: invalid_scope" at Google.
    QCOMPARE(authorize.value(QLatin1String("scope")).toString(), QStringLiteral("openid profile email"));
    QCOMPARE(authorize.value(QLatin1String("access_type")).toString(), QStringLiteral("offline"));
    QCOMPARE(authorize.value(QLatin1String("prompt")).toString(), QStringLiteral("consent"));
    QVERIFY(seen.value(QLatin1String("clientAuthenticated")).toBool());
    QVERIFY(!outcome.result.refreshToken().isEmpty());
    QVERIFY(outcome.result.grantedScopes().contains(QStringLiteral("offline_access")));
    // Named by their URLs in the response, by their names here.
    QVERIFY(outcome.result.grantedScopes().contains(QStringLiteral("email")));
    QVERIFY(outcome.result.requestedScopes().contains(QStringLiteral("offline_access")));
}

void tst_ProviderPresetSignIn::googleGivesARefreshTokenOnTheSecondSignInToo()
{
    const ClientConfiguration google = ProviderPresets::google(clientId, googleSecret, QString(), at(QStringLiteral("/google")));
    for (int signIns = 0; signIns < 2; ++signIns) {
        const Outcome outcome = signIn(google);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
        QVERIFY2(!outcome.result.refreshToken().isEmpty(), "Google gives it again only with prompt=consent");
    }
}

void tst_ProviderPresetSignIn::googleAcceptsItsBareIssuerAsTheAccountsIssuer()
{
    const Outcome outcome = signIn(ProviderPresets::google(clientId, googleSecret, QString(), at(QStringLiteral("/google"))));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
    const QString bare = at(QStringLiteral("/google")).toString(QUrl::RemoveScheme).mid(2);
    QCOMPARE(claimsOf(outcome.result.idToken().reveal()).value(QLatin1String("iss")).toString(), bare);
    // One account whichever form the token had: the issuer's own.
    QCOMPARE(outcome.result.account().issuer(), m_base + QStringLiteral("/google"));
    QCOMPARE(outcome.result.idTokenClaims().value(QLatin1String("iss")).toString(), m_base + QStringLiteral("/google"));
}

void tst_ProviderPresetSignIn::googleRefreshesWithoutOfflineAccessAndKeepsTheAccount()
{
    auto client = makeClient(ProviderPresets::google(clientId, googleSecret, QString(), at(QStringLiteral("/google"))));
    const Outcome outcome = signIn({}, {}, {}, client.get());
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
    SilentOptions force;
    force.setForceRefresh(true);
    // offline_access in a refresh request is Google's invalid_scope too.
    std::unique_ptr<SignInReply> refresh(client->acquireTokenSilent(
            outcome.result.account(), {QStringLiteral("email"), QStringLiteral("offline_access")}, force));
    QSignalSpy finished(refresh.get(), &SignInReply::finished);
    QVERIFY(finished.wait(deadlineMs) || !finished.isEmpty());
    QVERIFY2(!refresh->error().isError(), qPrintable(refresh->error().detail()));
    QCOMPARE(refresh->result().source(), TokenSource::Refresh);
    QCOMPARE(last(QStringLiteral("google")).value(QLatin1String("token")).toObject().value(QLatin1String("scope")).toString(),
             QStringLiteral("openid email"));
    // The refreshed ID token's bare iss is the same issuer (Core §12.2), one account.
    QCOMPARE(refresh->result().account().issuer(), m_base + QStringLiteral("/google"));
    QCOMPARE(client->accounts().size(), 1);
    // And a token for "email", which Google's response names by its URL, is found in the cache.
    std::unique_ptr<SignInReply> cached(client->acquireTokenSilent(outcome.result.account(), {QStringLiteral("email")}));
    QSignalSpy cachedFinished(cached.get(), &SignInReply::finished);
    QVERIFY(cachedFinished.wait(deadlineMs) || !cachedFinished.isEmpty());
    QCOMPARE(cached->result().source(), TokenSource::Cache);
}

void tst_ProviderPresetSignIn::googleWithoutTheSecretFailsBeforeTheBrowser()
{
    ClientConfiguration google = ProviderPresets::google(clientId, Secret(), QString(), at(QStringLiteral("/google")));
    const Outcome outcome = signIn(google);
    QCOMPARE(outcome.error.code(), SignInError::InvalidConfiguration);
    QVERIFY(!m_browserLaunched);
}

void tst_ProviderPresetSignIn::googleRefreshWithoutTheSecretIsNotSent()
{
    QTemporaryDir folder;
    const QString tokens = folder.filePath(QStringLiteral("tokens.json"));
    Account account;
    {
        auto withSecret = makeClient(ProviderPresets::google(clientId, googleSecret, QString(), at(QStringLiteral("/google"))));
        withSecret->setTokenStore(new FileTokenStore(tokens));
        const Outcome outcome = signIn({}, {}, {}, withSecret.get());
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
        QVERIFY(withSecret->waitForPendingWrites(std::chrono::seconds(10)));
        account = outcome.result.account();
    }
    auto withoutSecret = makeClient(ProviderPresets::google(clientId, Secret(), QString(), at(QStringLiteral("/google"))));
    withoutSecret->setTokenStore(new FileTokenStore(tokens));
    SilentOptions force;
    force.setForceRefresh(true);
    std::unique_ptr<SignInReply> refresh(withoutSecret->acquireTokenSilent(account, {QStringLiteral("email")}, force));
    QSignalSpy finished(refresh.get(), &SignInReply::finished);
    QVERIFY(finished.wait(deadlineMs) || !finished.isEmpty());
    // Not InteractionRequired: signing in again would not help.
    QCOMPARE(refresh->error().code(), SignInError::InvalidConfiguration);
    QCOMPARE(last(QStringLiteral("google")).value(QLatin1String("token")).toObject().value(QLatin1String("grant_type")).toString(),
             QStringLiteral("authorization_code"));
}

void tst_ProviderPresetSignIn::googleHostedDomainIsSentAndChecked()
{
    const ClientConfiguration workspace =
            ProviderPresets::google(clientId, googleSecret, QStringLiteral("example.com"), at(QStringLiteral("/google")));
    const Outcome member = signIn(workspace);
    QVERIFY2(!member.error.isError(), qPrintable(member.error.detail()));
    QCOMPARE(last(QStringLiteral("google")).value(QLatin1String("authorize")).toObject().value(QLatin1String("hd")).toString(),
             QStringLiteral("example.com"));
    // A personal account has no hd claim: hd only narrows Google's chooser.
    SignInOptions personal;
    personal.setLoginHint(QStringLiteral("bob@gmail.example"));
    const Outcome outsider = signIn(workspace, {}, personal);
    QCOMPARE(outsider.error.code(), SignInError::InvalidIdToken);
    QCOMPARE(outsider.error.reason(), SignInError::Reason::HostedDomainMismatch);
}

void tst_ProviderPresetSignIn::bareIssuerIsRefusedFromAnyOtherProvider()
{
    // Google's own shape, configured by hand: no preset, no second form.
    ClientConfiguration byHand;
    byHand.setClientId(clientId);
    byHand.setAuthority(at(QStringLiteral("/google")));
    byHand.setClientSecret(googleSecret);
    const Outcome google = signIn(byHand, {QStringLiteral("email")});
    QCOMPARE(google.error.reason(), SignInError::Reason::IssuerMismatch);
    // A Keycloak realm that writes iss without its scheme.
    const Outcome keycloak = signIn(ClientConfiguration::keycloak(clientId, at(QStringLiteral("/realms/bare-iss"))));
    QCOMPARE(keycloak.error.reason(), SignInError::Reason::IssuerMismatch);
    // The Google preset pointed at a realm that writes Google's bare iss:
    // the second form is accepted from Google's issuer only.
    ClientConfiguration moved = ProviderPresets::google(clientId, googleSecret, QString(), at(QStringLiteral("/google")));
    moved.setAuthority(at(QStringLiteral("/realms/google-impostor")));
    const Outcome impostor = signIn(moved);
    QCOMPARE(impostor.error.reason(), SignInError::Reason::IssuerMismatch);
}

// ---------------------------------------------------------------- Keycloak, Okta, Auth0

void tst_ProviderPresetSignIn::keycloakRealmSignsIn()
{
    const Outcome outcome = signIn(ClientConfiguration::keycloak(clientId, at(QStringLiteral("/realms/qtsignin"))));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
    QCOMPARE(outcome.result.account().issuer(), m_base + QStringLiteral("/realms/qtsignin"));
    QCOMPARE(last(QStringLiteral("keycloak")).value(QLatin1String("authorize")).toObject().value(QLatin1String("scope")).toString(),
             QStringLiteral("openid profile email"));
    QVERIFY(!outcome.result.refreshToken().isEmpty());
}

void tst_ProviderPresetSignIn::oktaAuthorizationServersSignIn()
{
    const Outcome custom = signIn(ProviderPresets::okta(clientId, at(QStringLiteral("/okta")), QStringLiteral("default")));
    QVERIFY2(!custom.error.isError(), qPrintable(custom.error.detail()));
    QCOMPARE(custom.result.account().issuer(), m_base + QStringLiteral("/okta/oauth2/default"));
    QCOMPARE(claimsOf(custom.result.accessToken().reveal()).value(QLatin1String("aud")).toString(),
             QStringLiteral("api://default"));
    QVERIFY2(!custom.result.refreshToken().isEmpty(), "Okta gives one for offline_access only");

    const Outcome org = signIn(ProviderPresets::okta(clientId, at(QStringLiteral("/okta")), QString()));
    QVERIFY2(!org.error.isError(), qPrintable(org.error.detail()));
    QCOMPARE(org.result.account().issuer(), m_base + QStringLiteral("/okta"));
}

void tst_ProviderPresetSignIn::auth0IssuerWithTrailingSlashAndAudience()
{
    const QString audience = QStringLiteral("https://api.example.com");
    const Outcome outcome = signIn(ProviderPresets::auth0(clientId, at(QStringLiteral("/auth0")), audience));
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
    QCOMPARE(outcome.result.account().issuer(), m_base + QStringLiteral("/auth0/"));
    QCOMPARE(last(QStringLiteral("auth0")).value(QLatin1String("authorize")).toObject().value(QLatin1String("audience")).toString(),
             audience);
    const QJsonArray audiences = claimsOf(outcome.result.accessToken().reveal()).value(QLatin1String("aud")).toArray();
    QVERIFY(audiences.contains(audience));
    QVERIFY(!outcome.result.refreshToken().isEmpty());
}

// ---------------------------------------------------------------- the command line

// `qtsignin login --provider NAME`, with --authority pointing at the fixture
// (an explicit option wins): what the preset adds besides the authority
// still applies, and nothing more.
void tst_ProviderPresetSignIn::commandLinePresetsSignIn_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("issuer");  // the ID token's, when it signs in
    QTest::addColumn<QString>("reason");  // else the JSON's "reason"
    QTest::newRow("keycloak") << QStringList{QStringLiteral("--provider=keycloak"),
                                             QStringLiteral("--realm-url=%1/realms/qtsignin")}
                              << QStringLiteral("%1/realms/qtsignin") << QString();
    // Signs in only with the preset's http://localhost redirect.
    QTest::newRow("microsoft") << QStringList{QStringLiteral("--provider=microsoft"),
                                              QStringLiteral("--authority=%1/entra/organizations/v2.0")}
                               << QStringLiteral("%1/entra/3a7c0b2e-5d1f-4e8a-9c6b-2f4d8e1a7b90/v2.0") << QString();
    QTest::newRow("auth0") << QStringList{QStringLiteral("--provider=auth0"), QStringLiteral("--domain=tenant.example"),
                                          QStringLiteral("--authority=%1/auth0/"),
                                          QStringLiteral("--audience=https://api.example.com")}
                           << QStringLiteral("%1/auth0/") << QString();
    // Google's bare iss is accepted from https://accounts.google.com alone:
    // another authority, even under --provider google, gets the standards.
    QTest::newRow("google elsewhere") << QStringList{QStringLiteral("--provider=google"),
                                                     QStringLiteral("--authority=%1/google")}
                                      << QString() << QStringLiteral("issuer_mismatch");
}

void tst_ProviderPresetSignIn::commandLinePresetsSignIn()
{
    QFETCH(QStringList, options);
    QFETCH(QString, issuer);
    QFETCH(QString, reason);
    for (QString &option : options)
        option = option.contains(QLatin1String("%1")) ? option.arg(m_base) : option;
    QTemporaryDir home;
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QTSIGNIN_CLIENT_SECRET"), QString::fromLatin1(googleSecret.reveal()));
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(QTSIGNIN_CLI),
              QStringList{QStringLiteral("login"), QStringLiteral("--client-id"), clientId, QStringLiteral("--json"),
                          QStringLiteral("--timeout"), QStringLiteral("20"), QStringLiteral("--browser-command"),
                          QStringLiteral("node ") + QStringLiteral(FOLLOW_REDIRECTS_SCRIPT), QStringLiteral("--cache"),
                          QStringLiteral("memory")}
                      + options);
    QVERIFY(cli.waitForFinished(60000));
    const QByteArray err = cli.readAllStandardError();
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    if (!issuer.isEmpty()) {
        QVERIFY2(cli.exitCode() == 0, err.constData());
        QCOMPARE(json.value(QLatin1String("id_token_claims")).toObject().value(QLatin1String("iss")).toString(),
                 issuer.arg(m_base));
    } else {
        QCOMPARE(cli.exitCode(), 2);
        QCOMPARE(json.value(QLatin1String("reason")).toString(), reason);
    }
}

QTEST_MAIN(tst_ProviderPresetSignIn)
#include "tst_provider_preset_signin.moc"
