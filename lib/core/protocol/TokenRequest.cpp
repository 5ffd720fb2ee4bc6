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

static void appendField(QByteArray *body, const QByteArray &name, const QByteArray &value)
{
    if (!body->isEmpty())
        body->append('&');
    body->append(name);
    body->append('=');
    // Appendix B: every byte outside unreserved characters is percent-encoded.
    body->append(value.toPercentEncoding());
}

static void appendClient(QByteArray *body, const ClientAuthentication &authentication, const QString &clientId)
{
    const auto fields = authentication.formFields(clientId);
    for (const auto &field : fields)
        appendField(body, field.first, field.second);
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
        appendClient(&body, clientAuthentication, clientId);
        appendField(&body, "code_verifier", codeVerifier.reveal());
        break;
    case GrantType::RefreshToken:
        appendField(&body, "grant_type", "refresh_token");
        appendField(&body, "refresh_token", refreshToken.reveal());
        appendClient(&body, clientAuthentication, clientId);
        if (!scopes.isEmpty())
            appendField(&body, "scope", scopes.join(QLatin1Char(' ')).toUtf8());
        break;
    }
    return body;
}

QByteArray TokenRequest::authorizationHeader() const
{
    return clientAuthentication.authorizationHeader(clientId);
}

} // namespace QtSignIn
