// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Secret.h>

#include "ClientAuthentication.h"
#include "dpop/DPoPKey.h"

#include <QtCore/QByteArray>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <memory>

namespace QtSignIn {

class DPoPNonces;

// A request to the token endpoint (RFC 6749 §4.1.3 and §6, RFC 7636 §4.5,
// RFC 8628 §3.4).
// A public client sends its client_id in the body; an installed app with a
// client secret authenticates as `clientAuthentication` says (§2.3.1).
struct TokenRequest
{
    enum class GrantType { AuthorizationCode, RefreshToken, DeviceCode };

    QUrl tokenEndpoint;
    GrantType grantType = GrantType::AuthorizationCode;
    QString clientId;
    Secret code;            // authorization_code grant
    QUrl redirectUri;       // authorization_code grant, identical to the request's
    Secret codeVerifier;    // authorization_code grant
    Secret refreshToken;    // refresh_token grant
    QStringList scopes;     // refresh_token grant, optional
    Secret deviceCode;      // device_code grant
    ClientAuthentication clientAuthentication; // none unless set
    // The claims parameter, compact JSON, either grant: Microsoft Entra ID
    // reads client capabilities and claims challenges there as well as in
    // the authorization request.
    QByteArray claims;
    // DPoP (RFC 9449): the key whose proof goes with the request, null for
    // none; whether an answer that is not bound to it is refused rather
    // than taken as Bearer; and the nonces the provider gave (§8).
    DPoPKey dpopKey;
    bool dpopRequired = false;
    std::shared_ptr<DPoPNonces> dpopNonces;

    static TokenRequest forAuthorizationCode(const QUrl &tokenEndpoint, const QString &clientId,
                                             const Secret &code, const QUrl &redirectUri,
                                             const Secret &codeVerifier);

    static TokenRequest forRefreshToken(const QUrl &tokenEndpoint, const QString &clientId,
                                        const Secret &refreshToken, const QStringList &scopes);

    static TokenRequest forDeviceCode(const QUrl &tokenEndpoint, const QString &clientId,
                                      const Secret &deviceCode);

    // application/x-www-form-urlencoded body (RFC 6749 Appendix B).
    QByteArray toFormBody() const;
    // The Authorization header's value, or empty (client_secret_basic only).
    QByteArray authorizationHeader() const;
};

} // namespace QtSignIn
