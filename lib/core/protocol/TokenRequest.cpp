// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenRequest.h"

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

static void appendField(QByteArray *body, const char *name, const QByteArray &value)
{
    if (!body->isEmpty())
        body->append('&');
    body->append(name);
    body->append('=');
    // Appendix B: every byte outside unreserved characters is percent-encoded.
    body->append(value.toPercentEncoding());
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

QByteArray TokenRequest::toFormBody() const
{
    QByteArray body;
    switch (grantType) {
    case GrantType::AuthorizationCode:
        appendField(&body, "grant_type", "authorization_code");
        appendField(&body, "code", code.reveal());
        appendField(&body, "redirect_uri", redirectUri.toString(QUrl::FullyEncoded).toUtf8());
        appendField(&body, "client_id", clientId.toUtf8());
        appendField(&body, "code_verifier", codeVerifier.reveal());
        break;
    case GrantType::RefreshToken:
        appendField(&body, "grant_type", "refresh_token");
        appendField(&body, "refresh_token", refreshToken.reveal());
        appendField(&body, "client_id", clientId.toUtf8());
        if (!scopes.isEmpty())
            appendField(&body, "scope", scopes.join(QLatin1Char(' ')).toUtf8());
        break;
    }
    return body;
}

} // namespace QtSignIn
