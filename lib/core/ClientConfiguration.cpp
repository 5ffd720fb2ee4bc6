// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/ClientConfiguration.h>

#include "Logging_p.h"

#include <QtCore/QCoreApplication>
#include <QtNetwork/QHostAddress>

namespace QtSignIn {

ClientConfiguration::ClientConfiguration()
    : m_redirectUri(QStringLiteral("http://127.0.0.1/"))
{
}

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
    return m_storageNamespace.isEmpty() ? QCoreApplication::applicationName() : m_storageNamespace;
}

bool ClientConfiguration::hasExplicitEndpoints() const
{
    return !m_authorizationEndpoint.isEmpty() && !m_tokenEndpoint.isEmpty() && !m_jwksUri.isEmpty();
}

bool ClientConfiguration::validate(QString *reason) const
{
    const auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (m_clientId.isEmpty())
        return fail(QStringLiteral("no client id"));
    if (m_authority.isEmpty() || !m_authority.isValid() || m_authority.host().isEmpty())
        return fail(QStringLiteral("the authority is not a URL"));
    if (!isAllowedEndpoint(m_authority))
        return fail(QStringLiteral("the authority must be https (http only on loopback hosts)"));
    if (!m_authority.query().isEmpty() || !m_authority.fragment().isEmpty())
        return fail(QStringLiteral("the authority must not have a query or fragment"));
    const int explicitEndpoints = int(!m_authorizationEndpoint.isEmpty())
            + int(!m_tokenEndpoint.isEmpty()) + int(!m_jwksUri.isEmpty());
    if (explicitEndpoints != 0 && explicitEndpoints != 3)
        return fail(QStringLiteral("set the authorization, token and JWKS endpoints, or none"));
    for (const QUrl &endpoint : {m_authorizationEndpoint, m_tokenEndpoint, m_jwksUri}) {
        if (!endpoint.isEmpty() && (!endpoint.isValid() || !isAllowedEndpointFor(endpoint, m_authority)))
            return fail(QStringLiteral("endpoint %1 must be https (http only on loopback hosts, "
                                       "with an http loopback authority)")
                                .arg(loggableUrl(endpoint)));
    }
    if (!isValidLoopbackRedirectUri(m_redirectUri))
        return fail(QStringLiteral("the redirect URI must be http on 127.0.0.1, [::1] or localhost, "
                                   "without query or fragment"));
    if (m_interactiveTimeout.count() <= 0 || m_networkTimeout.count() <= 0)
        return fail(QStringLiteral("timeouts must be positive"));
    if (m_clockSkew.count() < 0 || m_clockSkew.count() > 3600)
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
