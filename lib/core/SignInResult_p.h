// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInResult.h>

#include "dpop/DPoPKey.h"

#include <QtCore/QSharedData>

namespace QtSignIn {

// SignInResult's fields, behind its d-pointer so that one can be added without
// changing the exported class's layout.
class SignInResultData : public QSharedData
{
public:
    Secret accessToken;
    QString tokenType;
    QDateTime expiresOn;
    Secret refreshToken;
    Secret idToken;
    QJsonObject idTokenClaims;
    QJsonObject userInfo;
    QStringList requestedScopes;
    QStringList grantedScopes;
    Account account;
    UserAgentKind userAgent = UserAgentKind::None;
    TokenSource source = TokenSource::None;
    // The key a DPoP token is bound to; null for a Bearer token.
    DPoPKey dpopKey;
    // The key that made the token request's proof: the refresh token is
    // bound to it even when the access token came back Bearer (RFC 9449 §5).
    DPoPKey refreshTokenDPoPKey;
};

class SignInResultPrivate
{
public:
    static DPoPKey dpopKey(const SignInResult &result) { return result.d->dpopKey; }
    static void setDPoPKey(SignInResult &result, const DPoPKey &key) { result.d->dpopKey = key; }
    static DPoPKey refreshTokenDPoPKey(const SignInResult &result) { return result.d->refreshTokenDPoPKey; }
    static void setRefreshTokenDPoPKey(SignInResult &result, const DPoPKey &key)
    {
        result.d->refreshTokenDPoPKey = key;
    }
    static bool isDPoP(const SignInResult &result)
    {
        return result.tokenType().compare(QLatin1String("DPoP"), Qt::CaseInsensitive) == 0;
    }
};

} // namespace QtSignIn
