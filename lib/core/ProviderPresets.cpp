// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ProviderPresets_p.h"

#include "ClientConfiguration_p.h"
#include "oidc/TenantIssuer.h"

#include <algorithm>

namespace QtSignIn {

namespace {

const QString profile = QStringLiteral("profile");
const QString email = QStringLiteral("email");
const QString offlineAccess = QStringLiteral("offline_access");

// `base` with `segments` appended to its path, one slash between each.
QUrl withPath(const QUrl &base, const QStringList &segments)
{
    QUrl url = base;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QString &segment : segments)
        path += QLatin1Char('/') + segment;
    url.setPath(path);
    return url;
}

ClientConfiguration withClient(const QString &clientId, const QUrl &authority, const QStringList &defaultScopes)
{
    ClientConfiguration configuration;
    configuration.setClientId(clientId);
    configuration.setAuthority(authority);
    configuration.setDefaultScopes(defaultScopes);
    return configuration;
}

} // namespace

QUrl ProviderPresets::httpsUrlOfDomain(const QString &domain)
{
    const QString trimmed = domain.trimmed();
    QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("https://") + trimmed,
             QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()
        || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()
        || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return QUrl();
    url.setPath(QString());
    return url;
}

// Microsoft identity platform, "OpenID Connect on the Microsoft identity
// platform" (authorities common, organizations, consumers, a tenant) and
// "Microsoft identity platform and OAuth 2.0 authorization code flow"
// (redirect URIs: http://localhost with any port for desktop apps).
ClientConfiguration ProviderPresets::microsoft(const QString &clientId, const QString &tenant, const QUrl &instance)
{
    const QString name = tenant.isEmpty() ? QStringLiteral("common") : tenant;
    ClientConfiguration configuration = withClient(
            clientId, TenantIssuer::isPlainPathSegment(name) ? withPath(instance, {name, QStringLiteral("v2.0")}) : QUrl(),
            {profile, email, offlineAccess});
    configuration.setRedirectUri(QUrl(QStringLiteral("http://localhost/")));
    ProviderQuirks &quirks = ClientConfigurationPrivate::quirks(configuration);
    quirks.providerName = QStringLiteral("Microsoft Entra ID");
    // "Scopes and permissions in the Microsoft identity platform", "The
    // .default scope": the token is issued for the resource's consented
    // scopes, and the response's scope names those, not ".default".
    quirks.resourceDefaultScopeIsGrantedAsItsScopes = true;
    return configuration;
}

// Google Identity, "OAuth 2.0 for Mobile & Desktop Apps" (client secret,
// loopback redirect), "Using OAuth 2.0 for Web Server Applications", "Refresh
// the access token (offline access)" (access_type=offline; prompt=consent),
// and "OpenID Connect", "Validating an ID token" (the two iss forms) and
// "Authentication URI parameters" (hd).
ClientConfiguration ProviderPresets::google(const QString &clientId, const Secret &clientSecret,
                                            const QString &hostedDomain, const QUrl &issuer)
{
    ClientConfiguration configuration = withClient(clientId, issuer, {profile, email, offlineAccess});
    configuration.setClientSecret(clientSecret);
    ProviderQuirks &quirks = ClientConfigurationPrivate::quirks(configuration);
    quirks.providerName = QStringLiteral("Google");
    quirks.clientSecretRequired = true;
    quirks.offlineAccessAsAccessType = true;
    quirks.issuer = issuer.toString();
    quirks.alternativeIssuer = issuer.toString(QUrl::RemoveScheme).mid(2); // without "https://"
    // The token response's scope names these two by their URLs.
    quirks.requestedScopeOfEchoedScope = {
        {QStringLiteral("https://www.googleapis.com/auth/userinfo.profile"), profile},
        {QStringLiteral("https://www.googleapis.com/auth/userinfo.email"), email},
    };
    if (!hostedDomain.isEmpty()) {
        // Domain names are case-insensitive, and Google's hd claim is lower
        // case: "Example.com" as given must not refuse every real token.
        quirks.hostedDomain = hostedDomain.toLower();
        quirks.authorizationParameters.append({QStringLiteral("hd"), quirks.hostedDomain});
    }
    return configuration;
}

// Okta, "Authorization servers" (the org server at https://DOMAIN, custom
// ones at https://DOMAIN/oauth2/ID, "default" among them) and "Refresh
// access tokens" (offline_access).
ClientConfiguration ProviderPresets::okta(const QString &clientId, const QUrl &organization,
                                          const QString &authorizationServer)
{
    QUrl authority = organization;
    if (!authorizationServer.isEmpty())
        authority = TenantIssuer::isPlainPathSegment(authorizationServer)
                ? withPath(organization, {QStringLiteral("oauth2"), authorizationServer})
                : QUrl();
    ClientConfiguration configuration = withClient(clientId, authority, {profile, email, offlineAccess});
    ClientConfigurationPrivate::quirks(configuration).providerName = QStringLiteral("Okta");
    return configuration;
}

// Auth0, "Locate API endpoints" (the issuer https://DOMAIN/, with its
// trailing slash), "Get Access Tokens" (audience) and "Get Refresh Tokens"
// (offline_access).
ClientConfiguration ProviderPresets::auth0(const QString &clientId, const QUrl &tenant, const QString &audience)
{
    QUrl authority = tenant;
    if (authority.isValid() && !authority.path().endsWith(QLatin1Char('/')))
        authority.setPath(authority.path() + QLatin1Char('/'));
    ClientConfiguration configuration = withClient(clientId, authority, {profile, email, offlineAccess});
    ProviderQuirks &quirks = ClientConfigurationPrivate::quirks(configuration);
    quirks.providerName = QStringLiteral("Auth0");
    if (!audience.isEmpty())
        quirks.authorizationParameters.append({QStringLiteral("audience"), audience});
    return configuration;
}

// GitHub, "Authorizing OAuth apps": the web application flow (client_id and
// client_secret as parameters of the token request, PKCE with S256, loopback
// redirect URLs with any port), "Scopes for OAuth apps" (the token's scopes
// come back comma-separated; TokenResponse reads both forms), and the REST
// API's "Get the authenticated user" (GET /user: a numeric id, the login).
// Not used here: the device flow, POST https://github.com/login/device/code
// (RFC 8628, for the device authorization grant when QtSignIn has one), and
// token revocation, which GitHub offers only as
// DELETE https://api.github.com/applications/{client_id}/token with the app's
// id and secret as Basic credentials, not RFC 7009: signing out is local.
ClientConfiguration ProviderPresets::github(const QString &clientId, const Secret &clientSecret, const QUrl &web,
                                            const QUrl &api)
{
    ClientConfiguration configuration;
    configuration.setProtocol(ClientConfiguration::Protocol::OAuth2);
    configuration.setClientId(clientId);
    // No authority: the tokens are filed under the token endpoint's URL, so
    // that endpoints given instead (GitHub Enterprise Server's) take the
    // authority with them.
    configuration.setAuthorizationEndpoint(withPath(web, {QStringLiteral("login"), QStringLiteral("oauth"),
                                                          QStringLiteral("authorize")}));
    configuration.setTokenEndpoint(withPath(web, {QStringLiteral("login"), QStringLiteral("oauth"),
                                                  QStringLiteral("access_token")}));
    configuration.setUserInfoEndpoint(withPath(api, {QStringLiteral("user")}));
    configuration.setProfileFieldNames(ClientConfiguration::ProfileField::Id, {QStringLiteral("id")});
    configuration.setProfileFieldNames(ClientConfiguration::ProfileField::Username, {QStringLiteral("login")});
    configuration.setProfileFieldNames(ClientConfiguration::ProfileField::DisplayName, {QStringLiteral("name")});
    configuration.setDefaultScopes({QStringLiteral("read:user")});
    configuration.setClientSecret(clientSecret);
    ProviderQuirks &quirks = ClientConfigurationPrivate::quirks(configuration);
    quirks.providerName = QStringLiteral("GitHub");
    // GitHub documents the secret as a parameter of the request body. Said
    // as a discovery document would say it, so that the method stays
    // Automatic: a preset made before its secret is set (the command line
    // reads it later) stays valid, and an explicit method still wins.
    quirks.tokenEndpointAuthMethods = {QStringLiteral("client_secret_post")};
    // An OAuth app cannot redeem a code without its secret, PKCE or not.
    quirks.clientSecretRequired = true;
    return configuration;
}

ClientConfiguration ClientConfiguration::microsoft(const QString &clientId, const QString &tenant)
{
    return ProviderPresets::microsoft(clientId, tenant, QUrl(ProviderPresets::microsoftInstance));
}

ClientConfiguration ClientConfiguration::google(const QString &clientId, const Secret &clientSecret,
                                                const QString &hostedDomain)
{
    return ProviderPresets::google(clientId, clientSecret, hostedDomain, QUrl(ProviderPresets::googleIssuer));
}

// Keycloak, "Server Administration Guide", "OpenID Connect URIs": the realm's
// issuer is https://HOST/realms/NAME (with /auth before it until Keycloak 17).
ClientConfiguration ClientConfiguration::keycloak(const QString &clientId, const QUrl &realmUrl)
{
    ClientConfiguration configuration = withClient(clientId, realmUrl, {profile, email});
    ClientConfigurationPrivate::quirks(configuration).providerName = QStringLiteral("Keycloak");
    return configuration;
}

ClientConfiguration ClientConfiguration::okta(const QString &clientId, const QString &domain,
                                              const QString &authorizationServer)
{
    return ProviderPresets::okta(clientId, ProviderPresets::httpsUrlOfDomain(domain), authorizationServer);
}

ClientConfiguration ClientConfiguration::auth0(const QString &clientId, const QString &domain,
                                               const QString &audience)
{
    return ProviderPresets::auth0(clientId, ProviderPresets::httpsUrlOfDomain(domain), audience);
}

ClientConfiguration ClientConfiguration::github(const QString &clientId, const Secret &clientSecret)
{
    return ProviderPresets::github(clientId, clientSecret, QUrl(ProviderPresets::githubWeb),
                                   QUrl(ProviderPresets::githubApi));
}

} // namespace QtSignIn
