// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/ClientConfiguration.h>

#include "ClientConfiguration_p.h"

#include "Logging_p.h"

#include <QtCore/QCoreApplication>
#include <QtNetwork/QHostAddress>

namespace QtSignIn {

ClientConfiguration::ClientConfiguration() : d(new ClientConfigurationData) {}
ClientConfiguration::ClientConfiguration(const ClientConfiguration &other) = default;
ClientConfiguration::ClientConfiguration(ClientConfiguration &&other) noexcept = default;
ClientConfiguration &ClientConfiguration::operator=(const ClientConfiguration &other) = default;
ClientConfiguration &ClientConfiguration::operator=(ClientConfiguration &&other) noexcept = default;
ClientConfiguration::~ClientConfiguration() = default;

ClientConfiguration::Protocol ClientConfiguration::protocol() const { return d->protocol; }
void ClientConfiguration::setProtocol(Protocol protocol) { d->protocol = protocol; }

QUrl ClientConfiguration::authority() const
{
    if (!d->authority.isEmpty() || d->protocol != Protocol::OAuth2 || d->tokenEndpoint.isEmpty())
        return d->authority;
    // A plain OAuth 2.0 provider names no issuer. Its tokens are filed under
    // the endpoint that issues and redeems them, path included: an origin
    // alone would let two authorization servers on one host (Keycloak realms,
    // Okta's authorization servers, tenants in a path) share accounts, and
    // send one's refresh token to the other's token endpoint (RFC 6749
    // §10.4, RFC 9700 §4.14). The profile endpoint often lives elsewhere
    // (api.github.com beside github.com), which is why it is not the identity.
    return d->tokenEndpoint.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}
void ClientConfiguration::setAuthority(const QUrl &authority) { d->authority = authority; }

QString ClientConfiguration::clientId() const { return d->clientId; }
void ClientConfiguration::setClientId(const QString &clientId) { d->clientId = clientId; }

QUrl ClientConfiguration::authorizationEndpoint() const { return d->authorizationEndpoint; }
void ClientConfiguration::setAuthorizationEndpoint(const QUrl &url) { d->authorizationEndpoint = url; }
QUrl ClientConfiguration::tokenEndpoint() const { return d->tokenEndpoint; }
void ClientConfiguration::setTokenEndpoint(const QUrl &url) { d->tokenEndpoint = url; }
QUrl ClientConfiguration::jwksUri() const { return d->jwksUri; }
void ClientConfiguration::setJwksUri(const QUrl &url) { d->jwksUri = url; }

QUrl ClientConfiguration::userInfoEndpoint() const { return d->userInfoEndpoint; }
void ClientConfiguration::setUserInfoEndpoint(const QUrl &url) { d->userInfoEndpoint = url; }
QUrl ClientConfiguration::revocationEndpoint() const { return d->revocationEndpoint; }
void ClientConfiguration::setRevocationEndpoint(const QUrl &url) { d->revocationEndpoint = url; }

QStringList ClientConfiguration::profileFieldNames(ProfileField field) const
{
    switch (field) {
    case ProfileField::Id:
        return d->profileIdFields;
    case ProfileField::Username:
        return d->profileUsernameFields;
    case ProfileField::DisplayName:
        return d->profileDisplayNameFields;
    }
    return QStringList();
}

void ClientConfiguration::setProfileFieldNames(ProfileField field, const QStringList &names)
{
    switch (field) {
    case ProfileField::Id:
        d->profileIdFields = names;
        break;
    case ProfileField::Username:
        d->profileUsernameFields = names;
        break;
    case ProfileField::DisplayName:
        d->profileDisplayNameFields = names;
        break;
    }
}

Secret ClientConfiguration::clientSecret() const { return d->clientSecret; }
void ClientConfiguration::setClientSecret(const Secret &secret) { d->clientSecret = secret; }

ClientConfiguration::ClientAuthenticationMethod ClientConfiguration::clientAuthenticationMethod() const
{
    return d->clientAuthenticationMethod;
}
void ClientConfiguration::setClientAuthenticationMethod(ClientAuthenticationMethod method)
{
    d->clientAuthenticationMethod = method;
}

QUrl ClientConfiguration::redirectUri() const { return d->redirectUri; }
void ClientConfiguration::setRedirectUri(const QUrl &uri) { d->redirectUri = uri; }

QStringList ClientConfiguration::defaultScopes() const { return d->defaultScopes; }
void ClientConfiguration::setDefaultScopes(const QStringList &scopes) { d->defaultScopes = scopes; }
QStringList ClientConfiguration::clientCapabilities() const { return d->clientCapabilities; }
void ClientConfiguration::setClientCapabilities(const QStringList &capabilities)
{
    d->clientCapabilities = capabilities;
}
ClientConfiguration::ProofOfPossession ClientConfiguration::proofOfPossession() const
{
    return d->proofOfPossession;
}
void ClientConfiguration::setProofOfPossession(ProofOfPossession proof) { d->proofOfPossession = proof; }

std::chrono::seconds ClientConfiguration::interactiveTimeout() const { return d->interactiveTimeout; }
void ClientConfiguration::setInteractiveTimeout(std::chrono::seconds timeout) { d->interactiveTimeout = timeout; }

std::chrono::seconds ClientConfiguration::networkTimeout() const { return d->networkTimeout; }
void ClientConfiguration::setNetworkTimeout(std::chrono::seconds timeout) { d->networkTimeout = timeout; }

ClientConfiguration::ProviderCaching ClientConfiguration::providerCaching() const { return d->providerCaching; }
void ClientConfiguration::setProviderCaching(ProviderCaching caching) { d->providerCaching = caching; }
QString ClientConfiguration::providerCacheDirectory() const { return d->providerCacheDirectory; }
void ClientConfiguration::setProviderCacheDirectory(const QString &directory) { d->providerCacheDirectory = directory; }

std::chrono::seconds ClientConfiguration::clockSkew() const { return d->clockSkew; }
void ClientConfiguration::setClockSkew(std::chrono::seconds skew) { d->clockSkew = skew; }

QList<QSslCertificate> ClientConfiguration::caCertificates() const { return d->caCertificates; }
void ClientConfiguration::setCaCertificates(const QList<QSslCertificate> &certificates) { d->caCertificates = certificates; }

void ClientConfiguration::setStorageNamespace(const QString &storageNamespace) { d->storageNamespace = storageNamespace; }

QString ClientConfiguration::applicationName() const { return d->applicationName; }
void ClientConfiguration::setApplicationName(const QString &name) { d->applicationName = name; }

QString ClientConfiguration::storageNamespace() const
{
    // Not the client id, although the review of 0.2 suggested it: the name
    // has the client id already, and an app-wide default would make every
    // app that shares one (a vendor's suite, tools reusing a provider's
    // well-known public client) see and sign out each other's sessions.
    // QCoreApplication::applicationName() is what Qt itself keeps an app's
    // storage under (QSettings, QStandardPaths), apart from the displayed,
    // translatable applicationDisplayName(); and it is the name 0.2 used
    // when no application name was set, so those apps' items keep theirs.
    return d->storageNamespace.isEmpty() ? QCoreApplication::applicationName() : d->storageNamespace;
}

bool ClientConfiguration::hasExplicitEndpoints() const
{
    if (d->protocol == Protocol::OAuth2)
        return !d->authorizationEndpoint.isEmpty() && !d->tokenEndpoint.isEmpty();
    return !d->authorizationEndpoint.isEmpty() && !d->tokenEndpoint.isEmpty() && !d->jwksUri.isEmpty();
}

bool ClientConfiguration::validate(QString *reason) const
{
    const auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (d->clientId.isEmpty())
        return fail(QStringLiteral("no client id"));
    const bool oauth2 = d->protocol == Protocol::OAuth2;
    if (oauth2) {
        if (d->authorizationEndpoint.isEmpty() || d->tokenEndpoint.isEmpty())
            return fail(QStringLiteral("plain OAuth 2.0 needs the authorization and token endpoints"));
        if (d->userInfoEndpoint.isEmpty())
            return fail(QStringLiteral("plain OAuth 2.0 needs a profile (user info) endpoint to say who signed in"));
        if (!d->jwksUri.isEmpty())
            return fail(QStringLiteral("a JWKS URI has no use with plain OAuth 2.0: nothing is signed"));
        if (d->profileIdFields.isEmpty())
            return fail(QStringLiteral("no profile field names the account's id"));
    }
    const QUrl authority = this->authority();
    if (authority.isEmpty() || !authority.isValid() || authority.host().isEmpty())
        return fail(QStringLiteral("the authority is not a URL"));
    if (!isAllowedEndpoint(authority))
        return fail(QStringLiteral("the authority must be https (http only on loopback hosts)"));
    if (!authority.query().isEmpty() || !authority.fragment().isEmpty())
        return fail(QStringLiteral("the authority must not have a query or fragment"));
    const int explicitEndpoints = int(!d->authorizationEndpoint.isEmpty())
            + int(!d->tokenEndpoint.isEmpty()) + int(!d->jwksUri.isEmpty());
    if (!oauth2 && explicitEndpoints != 0 && explicitEndpoints != 3)
        return fail(QStringLiteral("set the authorization, token and JWKS endpoints, or none"));
    for (const QUrl &endpoint : {d->authorizationEndpoint, d->tokenEndpoint, d->jwksUri, d->userInfoEndpoint,
                                 d->revocationEndpoint}) {
        // The access token goes to the profile and revocation endpoints, so
        // they are held to the rule of the token endpoint.
        if (!endpoint.isEmpty() && (!endpoint.isValid() || !isAllowedEndpointFor(endpoint, authority)))
            return fail(QStringLiteral("endpoint %1 must be https (http only on loopback hosts, "
                                       "with an http loopback authority)")
                                .arg(loggableUrl(endpoint)));
    }
    if (d->clientSecret.isEmpty() && d->clientAuthenticationMethod != ClientAuthenticationMethod::Automatic)
        return fail(QStringLiteral("a client authentication method is set, but no client secret"));
    if (!isValidLoopbackRedirectUri(d->redirectUri))
        return fail(QStringLiteral("the redirect URI must be http on 127.0.0.1, [::1] or localhost, "
                                   "without query or fragment"));
    if (d->interactiveTimeout.count() <= 0 || d->networkTimeout.count() <= 0)
        return fail(QStringLiteral("timeouts must be positive"));
    if (d->clockSkew.count() < 0 || d->clockSkew.count() > 3600)
        return fail(QStringLiteral("the clock skew must be between 0 and 3600 seconds"));
    return true;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    // QUrl::host() gives IPv6 literals without brackets.
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

bool isAllowedEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && isLoopbackHost(url.host());
}

bool isAllowedEndpointFor(const QUrl &url, const QUrl &authority)
{
    if (!isAllowedEndpoint(url))
        return false;
    if (url.scheme().toLower() == QLatin1String("https"))
        return true;
    return isAllowedEndpoint(authority) && authority.scheme().toLower() == QLatin1String("http");
}

bool isValidLoopbackRedirectUri(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !url.userInfo().isEmpty()
        || url.hasQuery() || url.hasFragment()) {
        return false;
    }
    const QString host = url.host();
    // RFC 8252 §7.3 names the IP literals; "localhost" is allowed because
    // Microsoft Entra ID registers it, but the listener still binds loopback.
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1")
            || host == QLatin1String("localhost");
}

} // namespace QtSignIn
