// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Secret.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QList>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtNetwork/QSslCertificate>

#include <chrono>

namespace QtSignIn {

class ClientConfigurationData;
class ClientConfigurationPrivate;

/// What the app knows about itself and its provider before anyone signs in.
///
/// Either set an authority (the provider's issuer URL, from which the OpenID
/// configuration is discovered) or set the endpoints explicitly. Every endpoint
/// must be https, except on loopback hosts (127.0.0.0/8, [::1], localhost).
///
/// For the common providers a preset fills in the authority, the redirect
/// URI, the default scopes and what the provider does differently from the
/// standards:
///
///     auto config = QtSignIn::ClientConfiguration::microsoft(clientId, QStringLiteral("organizations"));
///
/// For another plain OAuth 2.0 provider (github() is one), set the
/// protocol to OAuth2, the authorization and token endpoints, and the
/// profile endpoint that says who signed in (userInfoEndpoint()).
class QTSIGNIN_CORE_EXPORT ClientConfiguration
{
public:
    ClientConfiguration();
    ClientConfiguration(const ClientConfiguration &other);
    ClientConfiguration(ClientConfiguration &&other) noexcept;
    ClientConfiguration &operator=(const ClientConfiguration &other);
    ClientConfiguration &operator=(ClientConfiguration &&other) noexcept;
    ~ClientConfiguration();

    void swap(ClientConfiguration &other) noexcept { d.swap(other.d); }

    /// Microsoft Entra ID (the Microsoft identity platform, v2.0 endpoint).
    /// `tenant` is "common" (work, school and personal accounts),
    /// "organizations", "consumers", a tenant's domain or its id. Redirects
    /// to http://localhost/ (Entra registers localhost, any port); default
    /// scopes profile, email and offline_access. The token response's scope
    /// lists the access token's scopes only: offline_access is granted when a
    /// refresh token comes, and a RESOURCE/.default scope counts as granted.
    /// SignInOptions::setDomainHint() skips the home realm discovery page.
    static ClientConfiguration microsoft(const QString &clientId, const QString &tenant = QStringLiteral("common"));

    /// Google, with a "Desktop app" OAuth client: its client secret is
    /// required (Google sends it with the client id, and documents that for
    /// installed apps it is not treated as a secret). Default scopes profile,
    /// email and offline_access; Google refuses offline_access, so that one
    /// is sent as access_type=offline, with prompt=consent so that a refresh
    /// token comes on every sign-in, not only the first. ID tokens whose iss
    /// is "accounts.google.com" (Google documents both forms) are accepted
    /// from Google only. A `hostedDomain` (a Google Workspace domain) is sent
    /// as hd, and the ID token's hd claim must then be that domain.
    static ClientConfiguration google(const QString &clientId, const Secret &clientSecret,
                                      const QString &hostedDomain = QString());

    /// Keycloak: `realmUrl` is the realm's issuer, https://HOST/realms/NAME
    /// (https://HOST/auth/realms/NAME before Keycloak 17). Default scopes
    /// profile and email; Keycloak issues refresh tokens without
    /// offline_access, which asks for an offline token instead.
    static ClientConfiguration keycloak(const QString &clientId, const QUrl &realmUrl);

    /// Okta: `domain` is the Okta organization ("dev-123.okta.com"), and
    /// `authorizationServer` the custom authorization server whose tokens the
    /// app's API accepts ("default" for https://DOMAIN/oauth2/default; its
    /// audience is part of the server's settings). Empty: the org
    /// authorization server, https://DOMAIN, whose access tokens are for
    /// Okta's own APIs only. Default scopes profile, email, offline_access.
    static ClientConfiguration okta(const QString &clientId, const QString &domain,
                                    const QString &authorizationServer = QStringLiteral("default"));

    /// Auth0: `domain` is the tenant's ("example.eu.auth0.com", or a custom
    /// domain); the issuer is https://DOMAIN/, with the trailing slash. An
    /// `audience` (an API's identifier) is sent with every sign-in: without
    /// one Auth0 issues an access token for its userinfo endpoint alone. It
    /// replaces an audience a sign-in's options give: tokens are cached by
    /// scope, not audience, so each API needs a configuration of its own.
    /// Default scopes profile, email and offline_access.
    static ClientConfiguration auth0(const QString &clientId, const QString &domain,
                                     const QString &audience = QString());

    /// GitHub, with an OAuth app (not a GitHub App): plain OAuth 2.0
    /// (Protocol::OAuth2) at https://github.com/login/oauth/authorize and
    /// /login/oauth/access_token, PKCE with S256, and the client secret,
    /// which GitHub requires and takes in the request body
    /// (client_secret_post). Who signed in comes from
    /// https://api.github.com/user: the account's id is the numeric `id`
    /// (a login can be renamed), its username `login`, its name `name`.
    /// Default scope read:user. Register http://127.0.0.1/ as the app's
    /// callback URL: GitHub lets a loopback redirect take any port.
    /// GitHub has no RFC 7009 revocation endpoint (it revokes with
    /// DELETE /applications/{client_id}/token, authenticated as the app), so
    /// signing out forgets the tokens here only; the person can revoke the
    /// app in their GitHub settings. Access tokens do not expire, unless the
    /// app opted in to expiring ones: then they last 8 hours and come with a
    /// refresh token, which refreshes them like any other.
    static ClientConfiguration github(const QString &clientId, const Secret &clientSecret);

    /// Whether the provider speaks OpenID Connect (the default) or plain
    /// OAuth 2.0 (RFC 6749). With OAuth2 nothing is discovered: no `openid`
    /// scope or nonce is sent and no ID token is expected; an ID token that
    /// comes anyway is ignored, never taken as the person's identity. Who
    /// signed in comes from userInfoEndpoint(), so the account's
    /// Account::identityVerification() is ProfileEndpoint.
    enum class Protocol { OpenIdConnect, OAuth2 };
    Protocol protocol() const;
    void setProtocol(Protocol protocol);

    /// The provider's issuer URL. With Protocol::OAuth2 it is optional: it
    /// names the authorization server that issues the tokens (the cache and
    /// the keychain item are filed under it), and when none is set it is the
    /// token endpoint's URL (without query or fragment): two authorization
    /// servers on one host are two providers. Accounts are kept apart by
    /// protocol too: a plain OAuth 2.0 configuration given an OpenID Connect
    /// provider's authority neither lists nor uses that provider's accounts.
    /// A provider that names its issuer in the authorization response
    /// (RFC 9207 `iss`) needs it set to that issuer: an `iss` cannot be
    /// checked against a token endpoint, and a sign-in given one without it
    /// fails (InvalidAuthorizationResponse, saying to set the authority).
    QUrl authority() const;
    void setAuthority(const QUrl &authority);

    QString clientId() const;
    void setClientId(const QString &clientId);

    /// Explicit endpoints; when the authorization, token and JWKS endpoints
    /// are all set, discovery is skipped and the issuer is the authority.
    QUrl authorizationEndpoint() const;
    void setAuthorizationEndpoint(const QUrl &url);
    QUrl tokenEndpoint() const;
    void setTokenEndpoint(const QUrl &url);
    QUrl jwksUri() const;
    void setJwksUri(const QUrl &url);
    /// OpenID Connect: the authorization, token and JWKS endpoints are set.
    /// OAuth2: the authorization and token endpoints are set.
    bool hasExplicitEndpoints() const;

    /// Where to ask who signed in, with the access token as a bearer token.
    /// Required with Protocol::OAuth2 (GitHub: https://api.github.com/user);
    /// for OpenID Connect with explicit endpoints, the userinfo endpoint.
    QUrl userInfoEndpoint() const;
    void setUserInfoEndpoint(const QUrl &url);

    /// The token revocation endpoint (RFC 7009). When it is set, signing out
    /// revokes the account's refresh token (or, without one, its access
    /// tokens) there, after forgetting them here; a provider that refuses or
    /// does not answer does not undo the sign-out. A client secret goes
    /// there as it goes to the token endpoint (RFC 7009 §2.1: the same
    /// clientAuthenticationMethod(), chosen the same way). Not set (the default):
    /// the revocation_endpoint of the provider's discovery document, if it
    /// names one (SignOutOptions::setRevokeTokens() turns revocation off).
    QUrl revocationEndpoint() const;
    void setRevocationEndpoint(const QUrl &url);

    /// Which members of the profile endpoint's JSON object name the account,
    /// in order of preference: the first that is present and not empty wins.
    /// Defaults: Id: "sub", "id" (a number is taken as its digits);
    /// Username: "preferred_username", "login", "username", "email";
    /// DisplayName: "name". The id must be stable: it files the tokens.
    enum class ProfileField { Id, Username, DisplayName };
    QStringList profileFieldNames(ProfileField field) const;
    void setProfileFieldNames(ProfileField field, const QStringList &names);

    /// The client secret, for a provider that registers installed apps as
    /// confidential clients (Google's "Desktop app" clients, for one). Such a
    /// secret ships inside every copy of the app, so it proves nothing about
    /// the app; PKCE still protects the sign-in. It is sent to the token
    /// endpoint of this configuration's provider only, never logged. Empty
    /// (the default): a public client, which sends its client id alone.
    Secret clientSecret() const;
    void setClientSecret(const Secret &secret);

    /// How the client secret reaches the token endpoint (RFC 6749 §2.3.1).
    /// Automatic (the default) picks from the provider's
    /// token_endpoint_auth_methods_supported: client_secret_basic when it is
    /// listed or nothing is, else client_secret_post; a provider that lists
    /// neither fails the request with SignInError::InvalidConfiguration before
    /// anything is sent. An explicit method is used whatever the provider
    /// lists, and needs a client secret. Without a secret this is not used.
    enum class ClientAuthenticationMethod { Automatic, ClientSecretBasic, ClientSecretPost };
    ClientAuthenticationMethod clientAuthenticationMethod() const;
    void setClientAuthenticationMethod(ClientAuthenticationMethod method);

    /// The loopback redirect URI (RFC 8252 §7.3). The default is
    /// http://127.0.0.1/ with a port the operating system picks. A port in the
    /// URL pins it; host "localhost" suits providers that register
    /// http://localhost (Microsoft Entra ID), while the listener itself still
    /// binds to loopback addresses only.
    QUrl redirectUri() const;
    void setRedirectUri(const QUrl &uri);

    /// Scopes every interactive sign-in asks for besides the ones passed to
    /// SignInClient::signIn(); a preset sets those its provider needs. Empty
    /// by default. "openid" is always requested anyway, except with
    /// Protocol::OAuth2.
    QStringList defaultScopes() const;
    void setDefaultScopes(const QStringList &scopes);

    /// What this app can handle, declared to the provider: Microsoft Entra
    /// ID's "cp1" says the app can take a claims challenge (Conditional
    /// Access, continuous access evaluation), so Entra may issue it
    /// longer-lived access tokens and revoke them early, answering the API
    /// call with an insufficient_claims challenge (BearerChallenge). Sent
    /// as the claims request parameter {"access_token":{"xms_cc":{"values":
    /// [...]}}} with every authorization and token request, merged with the
    /// claims a call asks for (SignInOptions::setClaims(),
    /// SilentOptions::setClaims()). Empty by default: no claims parameter.
    /// Declare only what the app really handles.
    QStringList clientCapabilities() const;
    void setClientCapabilities(const QStringList &capabilities);

    /// Whether tokens are bound to a key this app holds (sender-constrained,
    /// DPoP, RFC 9449), so that a leaked access or refresh token is useless
    /// without the key. With DPoP a fresh ES256 key pair is made for each
    /// sign-in, kept with the account's tokens in the token store (never
    /// elsewhere), used for every refresh and forgotten at sign-out; an API
    /// call then carries SignInClient::dpopProof() beside
    /// SignInResult::authorizationHeaderValue().
    /// None (the default for now): Bearer tokens, as before.
    /// DPoPWhenSupported: DPoP when the provider's discovery document lists
    /// ES256 in dpop_signing_alg_values_supported; Bearer otherwise, and when
    /// a provider answers a proof with a Bearer token (it did not bind it).
    /// DPoPRequired: a sign-in fails (InvalidConfiguration) when the provider
    /// does not advertise DPoP with ES256, and (InvalidTokenResponse) when it
    /// answers with anything but a DPoP token.
    /// Tokens stored before, without a key, keep working as Bearer tokens.
    enum class ProofOfPossession { None, DPoPWhenSupported, DPoPRequired };
    ProofOfPossession proofOfPossession() const;
    void setProofOfPossession(ProofOfPossession proof);

    /// How long the person has to finish signing in (default 5 minutes).
    std::chrono::seconds interactiveTimeout() const;
    void setInteractiveTimeout(std::chrono::seconds timeout);

    /// Deadline for each HTTP request to the provider (default 30 seconds).
    std::chrono::seconds networkTimeout() const;
    void setNetworkTimeout(std::chrono::seconds timeout);

    /// Where the provider's public documents (discovery, JWKS) are kept
    /// between runs. MemoryAndDisk (default) stores them under
    /// providerCacheDirectory(), by default a folder in the app's
    /// QStandardPaths::CacheLocation; MemoryOnly fetches them once per client.
    enum class ProviderCaching { MemoryAndDisk, MemoryOnly };
    ProviderCaching providerCaching() const;
    void setProviderCaching(ProviderCaching caching);
    QString providerCacheDirectory() const;
    void setProviderCacheDirectory(const QString &directory);

    /// How far the provider's clock may be from ours when checking an ID
    /// token's exp, iat and nbf (default 5 minutes).
    std::chrono::seconds clockSkew() const;
    void setClockSkew(std::chrono::seconds skew);

    /// Certificate authorities to trust for the provider's TLS, in addition
    /// to the system's (e.g. a company CA). A failed handshake is never
    /// ignored; this is the only way to make one succeed.
    QList<QSslCertificate> caCertificates() const;
    void setCaCertificates(const QList<QSslCertificate> &certificates);

    /// The stable name under which this app's tokens are stored: it names
    /// the keychain item (KeychainTokenStore::serviceNameFor()), together with
    /// the client id and the authority. It is an identifier, never shown:
    /// rebranding or translating the app must not change it, or every stored
    /// session is lost. The default is QCoreApplication::applicationName(),
    /// read when the name is needed.
    QString storageNamespace() const;
    void setStorageNamespace(const QString &storageNamespace);

    /// \deprecated Since 0.3 this is neither shown nor used to store tokens:
    /// the page after signing in shows Branding::displayName(), and tokens
    /// live under storageNamespace(). QtSignIn 0.2 and earlier filed the
    /// tokens under this name; set it to what you set then, and the tokens
    /// stored there move to storageNamespace() once, the first time the new
    /// item is found empty. Remove the call once your users have upgraded.
    QString applicationName() const;
    void setApplicationName(const QString &name);

    /// Checks that the settings can work; on failure returns false and says why.
    bool validate(QString *reason) const;

private:
    friend class ClientConfigurationPrivate;
    QSharedDataPointer<ClientConfigurationData> d;
};

/// True for http(s) URLs whose host is a loopback address or "localhost".
QTSIGNIN_CORE_EXPORT bool isLoopbackHost(const QString &host);

/// True when the URL may carry OAuth traffic: https, or http to a loopback host.
QTSIGNIN_CORE_EXPORT bool isAllowedEndpoint(const QUrl &url);

/// True when `url` may carry OAuth traffic for a provider at `authority`:
/// https, or plain http to a loopback host only when the authority itself is
/// plain http on a loopback host. An https provider naming an http loopback
/// endpoint would send codes, verifiers and tokens in clear to a port any
/// local user could have bound.
QTSIGNIN_CORE_EXPORT bool isAllowedEndpointFor(const QUrl &url, const QUrl &authority);

/// True for an http URL on 127.0.0.1, [::1] or localhost without query or fragment.
QTSIGNIN_CORE_EXPORT bool isValidLoopbackRedirectUri(const QUrl &url);

} // namespace QtSignIn

Q_DECLARE_SHARED(QtSignIn::ClientConfiguration)
