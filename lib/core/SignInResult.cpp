// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/SignInResult.h>

namespace QtSignIn {

QString userAgentKindName(UserAgentKind kind)
{
    switch (kind) {
    case UserAgentKind::None:
        return QString();
    case UserAgentKind::SystemBrowser:
        return QStringLiteral("browser");
    case UserAgentKind::Embedded:
        return QStringLiteral("embedded");
    case UserAgentKind::Custom:
        return QStringLiteral("custom");
    }
    return QString();
}

QString tokenSourceName(TokenSource source)
{
    switch (source) {
    case TokenSource::None:
        return QString();
    case TokenSource::Interactive:
        return QStringLiteral("interactive");
    case TokenSource::Cache:
        return QStringLiteral("cache");
    case TokenSource::Refresh:
        return QStringLiteral("refresh");
    }
    return QString();
}

} // namespace QtSignIn
