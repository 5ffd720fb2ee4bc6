// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenRequest.h"

#include "FormBody.h"

namespace QtSignIn {

TokenRequest TokenRequest::forAuthorizationCode(const QUrl &tokenEndpoint, const QString &clientId,
                                                const Secret &code, const QUrl &redirectUri,
                                                const Secret &codeVerifier)
{
    TokenRequest request;
    request.tokenEndpoint = tokenEndpoint;
    request.grantType = GrantType::AuthorizationCode;
    request.clientId = clientId;
    request.code = code;
    request.redirectUri = redirectUri;
    request.codeVerifier = codeVerifier;
    return request;
}

TokenRequest TokenRequest::forRefreshToken(const QUrl &tokenEndpoint, const QString &clientId,
                                           const Secret &refreshToken, const QStringList &scopes)
{
    TokenRequest request;
    request.tokenEndpoint = tokenEndpoint;
    request.grantType = GrantType::RefreshToken;
    request.clientId = clientId;
    request.refreshToken = refreshToken;
    request.scopes = scopes;
    return request;
}

TokenRequest TokenRequest::forDeviceCode(const QUrl &tokenEndpoint, const QString &clientId,
                                         const Secret &deviceCode)
{
    TokenRequest request;
    request.tokenEndpoint = tokenEndpoint;
    request.grantType = GrantType::DeviceCode;
    request.clientId = clientId;
    request.deviceCode = deviceCode;
    return request;
}

QByteArray TokenRequest::toFormBody() const
{
    FormBody body;
    switch (grantType) {
    case GrantType::AuthorizationCode:
        body.add("grant_type", "authorization_code");
        body.add("code", code.reveal());
        body.add("redirect_uri", redirectUri.toString(QUrl::FullyEncoded).toUtf8());
        body.addClient(clientAuthentication, clientId);
        body.add("code_verifier", codeVerifier.reveal());
        break;
    case GrantType::RefreshToken:
        body.add("grant_type", "refresh_token");
        body.add("refresh_token", refreshToken.reveal());
        body.addClient(clientAuthentication, clientId);
        if (!scopes.isEmpty())
            body.add("scope", scopes.join(QLatin1Char(' ')).toUtf8());
        break;
    case GrantType::DeviceCode:
        // RFC 8628 §3.4; client_id as §3.1 has it (or the client's credentials).
        body.add("grant_type", "urn:ietf:params:oauth:grant-type:device_code");
        body.add("device_code", deviceCode.reveal());
        body.addClient(clientAuthentication, clientId);
        break;
    }
    if (!claims.isEmpty())
        body.add("claims", claims);
    return body.toByteArray();
}

QByteArray TokenRequest::authorizationHeader() const
{
    return clientAuthentication.authorizationHeader(clientId);
}

} // namespace QtSignIn
