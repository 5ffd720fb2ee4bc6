// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/SignInResult.h>

namespace QtSignIn {

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
