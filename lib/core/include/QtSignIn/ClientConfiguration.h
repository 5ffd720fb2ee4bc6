// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtNetwork/QSslCertificate>

#include <chrono>

namespace QtSignIn {

/// What the app knows about itself and its provider before anyone signs in.
///
/// Either set an authority (the provider's issuer URL, from which the OpenID
/// configuration is discovered) or set the endpoints explicitly. Every endpoint
/// must be https, except on loopback hosts (127.0.0.0/8, [::1], localhost).
class QTSIGNIN_CORE_EXPORT ClientConfiguration
{
public:
    ClientConfiguration();

    QUrl authority() const { return m_authority; }
    void setAuthority(const QUrl &authority) { m_authority = authority; }

    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId) { m_clientId = clientId; }

    /// Explicit endpoints; when the authorization, token and JWKS endpoints
    /// are all set, discovery is skipped and the issuer is the authority.
    QUrl authorizationEndpoint() const { return m_authorizationEndpoint; }
    void setAuthorizationEndpoint(const QUrl &url) { m_authorizationEndpoint = url; }
    QUrl tokenEndpoint() const { return m_tokenEndpoint; }
    void setTokenEndpoint(const QUrl &url) { m_tokenEndpoint = url; }
    QUrl jwksUri() const { return m_jwksUri; }
    void setJwksUri(const QUrl &url) { m_jwksUri = url; }
    bool hasExplicitEndpoints() const;

    /// The loopback redirect URI (RFC 8252 §7.3). The default is
    /// http://127.0.0.1/ with a port the operating system picks. A port in the
    /// URL pins it; host "localhost" suits providers that register
    /// http://localhost (Microsoft Entra ID), while the listener itself still
    /// binds to loopback addresses only.
    QUrl redirectUri() const { return m_redirectUri; }
    void setRedirectUri(const QUrl &uri) { m_redirectUri = uri; }

    /// How long the person has to finish signing in (default 5 minutes).
    std::chrono::seconds interactiveTimeout() const { return m_interactiveTimeout; }
    void setInteractiveTimeout(std::chrono::seconds timeout) { m_interactiveTimeout = timeout; }

    /// Deadline for each HTTP request to the provider (default 30 seconds).
    std::chrono::seconds networkTimeout() const { return m_networkTimeout; }
    void setNetworkTimeout(std::chrono::seconds timeout) { m_networkTimeout = timeout; }

    /// Where the provider's public documents (discovery, JWKS) are kept
    /// between runs. MemoryAndDisk (default) stores them under
    /// providerCacheDirectory(), by default a folder in the app's
    /// QStandardPaths::CacheLocation; MemoryOnly fetches them once per client.
    enum class ProviderCaching { MemoryAndDisk, MemoryOnly };
    ProviderCaching providerCaching() const { return m_providerCaching; }
    void setProviderCaching(ProviderCaching caching) { m_providerCaching = caching; }
    QString providerCacheDirectory() const { return m_providerCacheDirectory; }
    void setProviderCacheDirectory(const QString &directory) { m_providerCacheDirectory = directory; }

    /// How far the provider's clock may be from ours when checking an ID
    /// token's exp, iat and nbf (default 5 minutes).
    std::chrono::seconds clockSkew() const { return m_clockSkew; }
    void setClockSkew(std::chrono::seconds skew) { m_clockSkew = skew; }

    /// Certificate authorities to trust for the provider's TLS, in addition
    /// to the system's (e.g. a company CA). A failed handshake is never
    /// ignored; this is the only way to make one succeed.
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_caCertificates = certificates; }

    /// The stable name under which this app's tokens are stored: it names
    /// the keychain item (KeychainTokenStore::serviceNameFor()), together with
    /// the client id and the authority. It is an identifier, never shown:
    /// rebranding or translating the app must not change it, or every stored
    /// session is lost. The default is QCoreApplication::applicationName(),
    /// read when the name is needed.
    QString storageNamespace() const;
    void setStorageNamespace(const QString &storageNamespace) { m_storageNamespace = storageNamespace; }

    /// \deprecated Since 0.3 this is neither shown nor used to store tokens:
    /// the page after signing in shows Branding::displayName(), and tokens
    /// live under storageNamespace(). QtSignIn 0.2 and earlier filed the
    /// tokens under this name; set it to what you set then, and the tokens
    /// stored there move to storageNamespace() once, the first time the new
    /// item is found empty. Remove the call once your users have upgraded.
    QString applicationName() const { return m_applicationName; }
    void setApplicationName(const QString &name) { m_applicationName = name; }

    /// Checks that the settings can work; on failure returns false and says why.
    bool validate(QString *reason) const;

private:
    QUrl m_authority;
    QString m_clientId;
    QUrl m_authorizationEndpoint;
    QUrl m_tokenEndpoint;
    QUrl m_jwksUri;
    QUrl m_redirectUri;
    std::chrono::seconds m_interactiveTimeout{300};
    std::chrono::seconds m_networkTimeout{30};
    std::chrono::seconds m_clockSkew{300};
    QString m_applicationName;
    QString m_storageNamespace;
    QList<QSslCertificate> m_caCertificates;
    ProviderCaching m_providerCaching = ProviderCaching::MemoryAndDisk;
    QString m_providerCacheDirectory;
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
