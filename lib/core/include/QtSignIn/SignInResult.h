// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Account.h>
#include <QtSignIn/Secret.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QStringList>

namespace QtSignIn {
// The library's namespace-level enums (TokenSource) print by name in
// QDebug and QTest.
Q_NAMESPACE_EXPORT(QTSIGNIN_CORE_EXPORT)

/// Where a result's access token came from.
enum class TokenSource {
    None,        ///< no token: a failed request, a cache load, a sign-out
    Interactive, ///< the person signed in just now
    Cache,       ///< memory: no network, no keychain
    Refresh,     ///< the refresh token was redeemed
};
Q_ENUM_NS(TokenSource)

/// Which kind of user agent showed the provider's pages.
enum class UserAgentKind {
    None,          ///< no user agent: a silent result
    SystemBrowser, ///< the system browser, with the loopback redirect
    Embedded,      ///< the embedded Qt WebEngine dialog
    Custom,        ///< one of the application's own
};
Q_ENUM_NS(UserAgentKind)

/// "browser", "embedded" or "custom" (empty for None), as logs and JSON
/// output spell it.
QTSIGNIN_CORE_EXPORT QString userAgentKindName(UserAgentKind kind);

/// "interactive", "cache" or "refresh" (empty for None), as logs and JSON
/// output spell it.
QTSIGNIN_CORE_EXPORT QString tokenSourceName(TokenSource source);

/// The tokens and identity a successful sign-in produced.
struct QTSIGNIN_CORE_EXPORT SignInResult
{
    Secret accessToken;
    QString tokenType;
    QDateTime expiresOn;          ///< invalid when the provider did not say
    Secret refreshToken;          ///< empty when none was issued
    Secret idToken;
    QJsonObject idTokenClaims;    ///< validated claims
    QJsonObject userInfo;         ///< when SignInOptions::fetchUserInfo was set
    QStringList requestedScopes;
    QStringList grantedScopes;    ///< the provider may grant fewer than requested
    Account account;
    UserAgentKind userAgent = UserAgentKind::None; ///< which agent signed in; None for silent results
    /// Where the access token came from.
    TokenSource source = TokenSource::None;
};

} // namespace QtSignIn
