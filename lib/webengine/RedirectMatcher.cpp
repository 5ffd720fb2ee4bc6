// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "RedirectMatcher.h"

namespace QtSignIn {

namespace {

// "http://127.0.0.1" and "http://127.0.0.1/" are the same resource (RFC 3986 §6.2.3).
QString normalizedPath(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1);
}

} // namespace

RedirectMatcher::RedirectMatcher(const QUrl &redirectUri) : m_redirectUri(redirectUri) { }

bool RedirectMatcher::matches(const QUrl &url) const
{
    if (m_redirectUri.isEmpty() || !url.isValid())
        return false;
    // QUrl already lower-cases scheme and host.
    return url.scheme() == m_redirectUri.scheme()
            && url.host() == m_redirectUri.host()
            && effectivePort(url) == effectivePort(m_redirectUri)
            && normalizedPath(url) == normalizedPath(m_redirectUri);
}

bool isWebScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https") || scheme == QLatin1String("http")
            || scheme == QLatin1String("about") || scheme == QLatin1String("data");
}

} // namespace QtSignIn
