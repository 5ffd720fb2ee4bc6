// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The provider presets of ClientConfiguration: what each fills in, and how
// their quirks shape the authorization request and read the token response
// (ProviderQuirks). Signing in with each is tests/e2e/tst_provider_preset_signin.cpp.
#include <QtSignIn/ClientConfiguration.h>

#include "ClientConfiguration_p.h"
#include "ProviderPresets_p.h"
#include "protocol/AuthorizationRequest.h"
#include "protocol/ClientAuthentication.h"
#include "protocol/TokenResponse.h"

#include <QtCore/QUrlQuery>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

const QString clientId = QStringLiteral("client-1");
const QStringList profileEmailOffline = {QStringLiteral("profile"), QStringLiteral("email"),
                                         QStringLiteral("offline_access")};

const ProviderQuirks &quirksOf(const ClientConfiguration &configuration)
{
    return ClientConfigurationPrivate::quirks(configuration);
}

AuthorizationRequest requestFor(const ClientConfiguration &configuration, const QStringList &scopes,
                                const QString &prompt = QString())
{
    Pkce pkce;
    AuthorizationRequest request = AuthorizationRequest::create(
            QUrl(QStringLiteral("https://login.example/authorize")), clientId, configuration.redirectUri(),
            ProviderQuirks::signInScopes(configuration.defaultScopes(), scopes), &pkce, configuration.protocol());
    request.prompt = prompt;
    quirksOf(configuration).shape(&request);
    return request;
}

QString parameter(const AuthorizationRequest &request, const QString &name)
{
    return QUrlQuery(request.toUrl()).queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

class tst_ProviderPresets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void microsoftAuthorityIsTheTenantsV2Endpoint_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("authority");
        QTest::newRow("default") << QString() << "https://login.microsoftonline.com/common/v2.0";
        QTest::newRow("organizations") << "organizations" << "https://login.microsoftonline.com/organizations/v2.0";
        QTest::newRow("consumers") << "consumers" << "https://login.microsoftonline.com/consumers/v2.0";
        QTest::newRow("domain") << "contoso.onmicrosoft.com"
                                << "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0";
        QTest::newRow("id") << "72f988bf-86f1-41af-91ab-2d7cd011db47"
                            << "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0";
    }

    void microsoftAuthorityIsTheTenantsV2Endpoint()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, authority);
        const ClientConfiguration configuration = tenant.isEmpty() ? ClientConfiguration::microsoft(clientId)
                                                                   : ClientConfiguration::microsoft(clientId, tenant);
        QCOMPARE(configuration.authority(), QUrl(authority));
        QCOMPARE(configuration.clientId(), clientId);
        QCOMPARE(configuration.redirectUri(), QUrl(QStringLiteral("http://localhost/")));
        QCOMPARE(configuration.defaultScopes(), profileEmailOffline);
        QString reason;
        QVERIFY2(configuration.validate(&reason), qPrintable(reason));
    }

    void microsoftTenantCannotReachAnotherPath()
    {
        QString reason;
        QVERIFY(!ClientConfiguration::microsoft(clientId, QStringLiteral("../evil")).validate(&reason));
        QVERIFY(!ClientConfiguration::microsoft(clientId, QStringLiteral("a/b")).validate(&reason));
    }

    void microsoftSendsOfflineAccessAsItIs()
    {
        const AuthorizationRequest request = requestFor(ClientConfiguration::microsoft(clientId), {});
        QCOMPARE(parameter(request, QStringLiteral("scope")), QStringLiteral("openid profile email offline_access"));
        QCOMPARE(parameter(request, QStringLiteral("access_type")), QString());
        QCOMPARE(parameter(request, QStringLiteral("prompt")), QString());
    }

    void googleNeedsItsClientSecret()
    {
        ClientConfiguration configuration =
                ClientConfiguration::google(clientId, Secret(QStringLiteral("GOCSPX-secret")));
        QCOMPARE(configuration.authority(), QUrl(QStringLiteral("https://accounts.google.com")));
        QCOMPARE(configuration.clientSecret().reveal(), QByteArray("GOCSPX-secret"));
        QString reason;
        QVERIFY2(configuration.validate(&reason), qPrintable(reason));
        QCOMPARE(quirksOf(configuration).missingClientSecret(true), QString());
        QCOMPARE(quirksOf(configuration).missingClientSecret(false),
                 QStringLiteral("Google needs the client secret of the app's OAuth client"));
        // Without it the configuration still lists the cache's accounts:
        // the sign-in and the refresh refuse to start (tst_provider_preset_signin).
        configuration.setClientSecret(Secret());
        QVERIFY2(configuration.validate(&reason), qPrintable(reason));
        QCOMPARE(quirksOf(ClientConfiguration::microsoft(clientId)).missingClientSecret(false), QString());
    }

    void googleAsksForOfflineAccessItsOwnWay()
    {
        const ClientConfiguration google = ClientConfiguration::google(clientId, Secret(QStringLiteral("s")));
        const AuthorizationRequest request = requestFor(google, {});
        QCOMPARE(parameter(request, QStringLiteral("scope")), QStringLiteral("openid profile email"));
        QCOMPARE(parameter(request, QStringLiteral("access_type")), QStringLiteral("offline"));
        QCOMPARE(parameter(request, QStringLiteral("prompt")), QStringLiteral("consent"));
        // A prompt of the app's own keeps its words, and gets consent beside them.
        QCOMPARE(parameter(requestFor(google, {}, QStringLiteral("select_account")), QStringLiteral("prompt")),
                 QStringLiteral("select_account consent"));
        // prompt=none shows nothing, so it cannot ask for consent.
        QCOMPARE(parameter(requestFor(google, {}, QStringLiteral("none")), QStringLiteral("prompt")),
                 QStringLiteral("none"));
        // Without offline_access, neither.
        ClientConfiguration online = google;
        online.setDefaultScopes({QStringLiteral("email")});
        const AuthorizationRequest onlineRequest = requestFor(online, {});
        QCOMPARE(parameter(onlineRequest, QStringLiteral("access_type")), QString());
        QCOMPARE(parameter(onlineRequest, QStringLiteral("prompt")), QString());
        QCOMPARE(quirksOf(google).scopesToSend({QStringLiteral("openid"), QStringLiteral("offline_access")}),
                 QStringList{QStringLiteral("openid")});
    }

    void googleHostedDomainIsSentAndRequired()
    {
        const ClientConfiguration google =
                ClientConfiguration::google(clientId, Secret(QStringLiteral("s")), QStringLiteral("example.com"));
        QCOMPARE(parameter(requestFor(google, {}), QStringLiteral("hd")), QStringLiteral("example.com"));
        QCOMPARE(quirksOf(google).hostedDomain, QStringLiteral("example.com"));
        const ClientConfiguration anyDomain = ClientConfiguration::google(clientId, Secret(QStringLiteral("s")));
        QCOMPARE(parameter(requestFor(anyDomain, {}), QStringLiteral("hd")), QString());
        QVERIFY(quirksOf(anyDomain).hostedDomain.isEmpty());
        // Domain names are case-insensitive and Google's hd claim is lower
        // case: a domain given as "Example.COM" must still match it.
        const ClientConfiguration mixedCase =
                ClientConfiguration::google(clientId, Secret(QStringLiteral("s")), QStringLiteral("Example.COM"));
        QCOMPARE(quirksOf(mixedCase).hostedDomain, QStringLiteral("example.com"));
        QCOMPARE(parameter(requestFor(mixedCase, {}), QStringLiteral("hd")), QStringLiteral("example.com"));
    }

    void bareGoogleIssuerOnlyForGooglesIssuer()
    {
        // The configuration outlives the reference to its quirks.
        const ClientConfiguration googleConfiguration = ClientConfiguration::google(clientId, Secret(QStringLiteral("s")));
        const ProviderQuirks &google = quirksOf(googleConfiguration);
        QCOMPARE(google.alternativeIssuerOf(QStringLiteral("https://accounts.google.com")),
                 QStringLiteral("accounts.google.com"));
        // The preset's authority replaced: its discovery names another issuer.
        QCOMPARE(google.alternativeIssuerOf(QStringLiteral("https://login.example.com")), QString());
        QCOMPARE(google.alternativeIssuerOf(QStringLiteral("https://accounts.google.com/")), QString());
        for (const ClientConfiguration &other :
             {ClientConfiguration(), ClientConfiguration::microsoft(clientId),
              ClientConfiguration::keycloak(clientId, QUrl(QStringLiteral("https://accounts.google.com"))),
              ClientConfiguration::okta(clientId, QStringLiteral("accounts.google.com"), QString())}) {
            QCOMPARE(quirksOf(other).alternativeIssuerOf(QStringLiteral("https://accounts.google.com")), QString());
        }
    }

    void googlesScopeUrlsCountAsTheScopesAskedFor()
    {
        // The configuration outlives the reference to its quirks.
        const ClientConfiguration googleConfiguration = ClientConfiguration::google(clientId, Secret(QStringLiteral("s")));
        const ProviderQuirks &google = quirksOf(googleConfiguration);
        const QStringList granted = google.grantedScopes(
                {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")},
                QStringList{QStringLiteral("openid"), QStringLiteral("https://www.googleapis.com/auth/userinfo.email")},
                true);
        QVERIFY(granted.contains(QStringLiteral("email")));
        QVERIFY(granted.contains(QStringLiteral("https://www.googleapis.com/auth/userinfo.email")));
        QVERIFY(granted.contains(QStringLiteral("offline_access")));
    }

    // Microsoft Entra ID does not list offline_access in the token response's
    // scope; a refresh token says it was granted, for any provider.
    void offlineAccessIsGrantedWithARefreshToken_data()
    {
        QTest::addColumn<bool>("refreshToken");
        QTest::addColumn<bool>("granted");
        QTest::newRow("refresh token") << true << true;
        QTest::newRow("none") << false << false;
    }

    void offlineAccessIsGrantedWithARefreshToken()
    {
        QFETCH(bool, refreshToken);
        QFETCH(bool, granted);
        const QStringList requested = {QStringLiteral("openid"), QStringLiteral("User.Read"),
                                       QStringLiteral("offline_access")};
        const QStringList echoed = {QStringLiteral("openid"), QStringLiteral("User.Read")};
        for (const ClientConfiguration &configuration : {ClientConfiguration(), ClientConfiguration::microsoft(clientId)}) {
            const QStringList scopes = quirksOf(configuration).grantedScopes(requested, echoed, refreshToken);
            QCOMPARE(scopes.contains(QStringLiteral("offline_access")), granted);
            QVERIFY(scopes.contains(QStringLiteral("User.Read")));
        }
        // Not asked for, not granted, whatever came.
        QVERIFY(!quirksOf(ClientConfiguration())
                         .grantedScopes({QStringLiteral("openid")}, echoed, refreshToken)
                         .contains(QStringLiteral("offline_access")));
    }

    void scopeLeftOutMeansAsRequested()
    {
        const QStringList requested = {QStringLiteral("openid"), QStringLiteral("api.read")};
        QCOMPARE(ProviderQuirks().grantedScopes(requested, std::nullopt, false), requested);
    }

    void microsoftDefaultScopeIsGrantedAsItsScopes()
    {
        const QString graphDefault = QStringLiteral("https://graph.microsoft.com/.default");
        const QStringList requested = {QStringLiteral("openid"), graphDefault};
        const QStringList echoed = {QStringLiteral("https://graph.microsoft.com/User.Read")};
        QVERIFY(quirksOf(ClientConfiguration::microsoft(clientId))
                        .grantedScopes(requested, echoed, false)
                        .contains(graphDefault));
        // Elsewhere .default means nothing special: only what the response says.
        QVERIFY(!quirksOf(ClientConfiguration()).grantedScopes(requested, echoed, false).contains(graphDefault));
    }

    void keycloakTakesTheRealmUrl()
    {
        const QUrl realm(QStringLiteral("https://sso.example.com/realms/acme"));
        const ClientConfiguration configuration = ClientConfiguration::keycloak(clientId, realm);
        QCOMPARE(configuration.authority(), realm);
        QCOMPARE(configuration.defaultScopes(), (QStringList{QStringLiteral("profile"), QStringLiteral("email")}));
        QCOMPARE(configuration.redirectUri(), QUrl(QStringLiteral("http://127.0.0.1/")));
        QString reason;
        QVERIFY2(configuration.validate(&reason), qPrintable(reason));
    }

    void oktaAuthorizationServers_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("authority"); // empty: invalid
        QTest::newRow("default") << "dev-123.okta.com" << "default" << "https://dev-123.okta.com/oauth2/default";
        QTest::newRow("custom") << "dev-123.okta.com" << "aus1a2b3c" << "https://dev-123.okta.com/oauth2/aus1a2b3c";
        QTest::newRow("org") << "dev-123.okta.com" << "" << "https://dev-123.okta.com";
        QTest::newRow("domain as URL") << "https://dev-123.okta.com/" << "default"
                                       << "https://dev-123.okta.com/oauth2/default";
        QTest::newRow("http") << "http://dev-123.okta.com" << "default" << "";
        QTest::newRow("path") << "dev-123.okta.com/x" << "default" << "";
        QTest::newRow("server with a slash") << "dev-123.okta.com" << "a/b" << "";
    }

    void oktaAuthorizationServers()
    {
        QFETCH(QString, domain);
        QFETCH(QString, server);
        QFETCH(QString, authority);
        const ClientConfiguration configuration = ClientConfiguration::okta(clientId, domain, server);
        QString reason;
        QCOMPARE(configuration.validate(&reason), !authority.isEmpty());
        if (!authority.isEmpty())
            QCOMPARE(configuration.authority(), QUrl(authority));
        QCOMPARE(configuration.defaultScopes(), profileEmailOffline);
    }

    void auth0IssuerHasItsTrailingSlashAndTheAudienceIsSent()
    {
        const ClientConfiguration configuration = ClientConfiguration::auth0(
                clientId, QStringLiteral("example.eu.auth0.com"), QStringLiteral("https://api.example.com"));
        QCOMPARE(configuration.authority().toString(), QStringLiteral("https://example.eu.auth0.com/"));
        QCOMPARE(parameter(requestFor(configuration, {}), QStringLiteral("audience")),
                 QStringLiteral("https://api.example.com"));
        QCOMPARE(parameter(requestFor(ClientConfiguration::auth0(clientId, QStringLiteral("example.eu.auth0.com")), {}),
                           QStringLiteral("audience")),
                 QString());
    }

    // Tokens are cached by scope, not audience: a sign-in's own audience
    // would file another API's token where this one's is looked up.
    void theConfiguredAudienceWinsOverTheSignIns()
    {
        const ClientConfiguration configuration = ClientConfiguration::auth0(
                clientId, QStringLiteral("example.eu.auth0.com"), QStringLiteral("https://api.example.com"));
        Pkce pkce;
        AuthorizationRequest request = AuthorizationRequest::create(
                QUrl(QStringLiteral("https://login.example/authorize")), clientId, configuration.redirectUri(), {}, &pkce);
        request.extraParameters = {{QStringLiteral("audience"), QStringLiteral("https://other.example.com")}};
        quirksOf(configuration).shape(&request);
        QCOMPARE(QUrlQuery(request.toUrl()).allQueryItemValues(QStringLiteral("audience"), QUrl::FullyDecoded),
                 QStringList{QStringLiteral("https://api.example.com")});
    }

    void githubIsPlainOAuth2AtGithubCom()
    {
        const ClientConfiguration github = ClientConfiguration::github(clientId, Secret(QStringLiteral("s")));
        QCOMPARE(github.protocol(), ClientConfiguration::Protocol::OAuth2);
        QCOMPARE(github.clientId(), clientId);
        QCOMPARE(github.authorizationEndpoint(), QUrl(QStringLiteral("https://github.com/login/oauth/authorize")));
        QCOMPARE(github.tokenEndpoint(), QUrl(QStringLiteral("https://github.com/login/oauth/access_token")));
        QCOMPARE(github.userInfoEndpoint(), QUrl(QStringLiteral("https://api.github.com/user")));
        // The tokens are GitHub's, filed under the endpoint that issues them.
        QCOMPARE(github.authority(), QUrl(QStringLiteral("https://github.com/login/oauth/access_token")));
        // GitHub's revocation is not RFC 7009's: none is configured.
        QVERIFY(github.revocationEndpoint().isEmpty());
        QVERIFY(github.jwksUri().isEmpty());
        QCOMPARE(github.redirectUri(), QUrl(QStringLiteral("http://127.0.0.1/")));
        QCOMPARE(github.defaultScopes(), QStringList{QStringLiteral("read:user")});
        QString reason;
        QVERIFY2(github.validate(&reason), qPrintable(reason));
    }

    void githubAccountIsTheNumericIdNotTheLogin()
    {
        using Field = ClientConfiguration::ProfileField;
        const ClientConfiguration github = ClientConfiguration::github(clientId, Secret(QStringLiteral("s")));
        // A login can be renamed (and taken by someone else); the id cannot.
        QCOMPARE(github.profileFieldNames(Field::Id), QStringList{QStringLiteral("id")});
        QCOMPARE(github.profileFieldNames(Field::Username), QStringList{QStringLiteral("login")});
        QCOMPARE(github.profileFieldNames(Field::DisplayName), QStringList{QStringLiteral("name")});
    }

    void githubSendsItsSecretInTheBody()
    {
        const ClientConfiguration github = ClientConfiguration::github(clientId, Secret(QStringLiteral("s")));
        // As GitHub documents it; an explicitly configured method would still win.
        QCOMPARE(github.clientAuthenticationMethod(), ClientConfiguration::ClientAuthenticationMethod::Automatic);
        ClientAuthentication chosen;
        QString reason;
        QVERIFY2(ClientAuthentication::choose(github, quirksOf(github).tokenEndpointAuthMethods, &chosen, &reason),
                 qPrintable(reason));
        QCOMPARE(chosen.method, ClientAuthentication::Method::ClientSecretPost);
        QCOMPARE(chosen.clientSecret.reveal(), QByteArray("s"));
    }

    void githubNeedsItsClientSecret()
    {
        // Made without it (the command line reads the secret afterwards), the
        // configuration is valid, and lists the cache's accounts; signing in
        // and refreshing refuse to start.
        const ClientConfiguration github = ClientConfiguration::github(clientId, Secret());
        QString reason;
        QVERIFY2(github.validate(&reason), qPrintable(reason));
        QCOMPARE(quirksOf(github).missingClientSecret(false),
                 QStringLiteral("GitHub needs the client secret of the app's OAuth client"));
        QCOMPARE(quirksOf(github).missingClientSecret(true), QString());
    }

    void githubAsksForItsScopesWithPkceAndWithoutOpenId()
    {
        const AuthorizationRequest request =
                requestFor(ClientConfiguration::github(clientId, Secret(QStringLiteral("s"))), {QStringLiteral("gist")});
        // Space-separated in the request (RFC 6749 §3.3), which GitHub takes.
        QCOMPARE(parameter(request, QStringLiteral("scope")), QStringLiteral("read:user gist"));
        QCOMPARE(parameter(request, QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(!parameter(request, QStringLiteral("code_challenge")).isEmpty());
        QCOMPARE(parameter(request, QStringLiteral("nonce")), QString());
        QCOMPARE(request.extraParameters.size(), 0);
    }

    void githubsCommaSeparatedScopesAreTheScopesAskedFor()
    {
        // The configuration outlives the reference to its quirks.
        const ClientConfiguration quirksConfiguration = ClientConfiguration::github(clientId, Secret(QStringLiteral("s")));
        const ProviderQuirks &quirks = quirksOf(quirksConfiguration);
        const QStringList requested{QStringLiteral("read:user"), QStringLiteral("gist")};
        // GitHub's token response, as it comes: its scope is "read:user,gist",
        // not RFC 6749's space-separated list.
        const auto echoedBy = [](const QByteArray &scope) {
            TokenResponse response;
            QString reason;
            if (!TokenResponse::parse("{\"access_token\":\"gho_1\",\"token_type\":\"bearer\",\"scope\":\""
                                              + scope + "\"}",
                                      &response, &reason)) {
                qWarning("%s", qPrintable(reason));
            }
            return response.scopes;
        };
        const std::optional<QStringList> echoed = echoedBy("read:user,gist");
        QCOMPARE(echoed, std::optional<QStringList>(requested));
        // TokenResponse splits GitHub's "read:user,gist"; nothing is renamed.
        QCOMPARE(quirks.grantedScopes(requested, echoed, false), requested);
        QCOMPARE(quirks.grantedScopes(requested, echoedBy("gist"), false),
                 QStringList{QStringLiteral("gist")});
    }

    void defaultScopesComeBeforeTheCallersOnce()
    {
        QCOMPARE(ProviderQuirks::signInScopes({QStringLiteral("profile"), QStringLiteral("email")},
                                              {QStringLiteral("email"), QStringLiteral("api.read")}),
                 (QStringList{QStringLiteral("profile"), QStringLiteral("email"), QStringLiteral("api.read")}));
    }

    void aConfigurationMadeByHandHasNoQuirks()
    {
        ClientConfiguration configuration;
        configuration.setClientId(clientId);
        configuration.setAuthority(QUrl(QStringLiteral("https://login.example.com")));
        QVERIFY(configuration.defaultScopes().isEmpty());
        const AuthorizationRequest request = requestFor(configuration, {QStringLiteral("offline_access")});
        QCOMPARE(parameter(request, QStringLiteral("scope")), QStringLiteral("openid offline_access"));
        QCOMPARE(request.extraParameters.size(), 0);
        QCOMPARE(parameter(request, QStringLiteral("prompt")), QString());
    }
};

QTEST_APPLESS_MAIN(tst_ProviderPresets)
#include "tst_provider_presets.moc"
