// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Account.h>
#include <QtSignIn/Secret.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QStringList>

namespace QtSignIn {

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
    QString userAgent;            ///< "browser" or "embedded"; empty for silent results
    /// Where the access token came from: "interactive", "cache" (no network,
    /// no keychain) or "refresh" (the refresh token was redeemed).
    QString source;
};

} // namespace QtSignIn
