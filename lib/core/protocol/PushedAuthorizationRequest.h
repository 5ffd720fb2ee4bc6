// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "AuthorizationRequest.h"
#include "ClientAuthentication.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <chrono>

namespace QtSignIn {

// A pushed authorization request (RFC 9126 §2.1): the authorization request
// goes from the app to the provider's pushed_authorization_request_endpoint,
// and the browser gets only client_id and the request_uri the provider
// answers with (§4). Scopes, the login hint, the PKCE challenge and claims
// stay out of the browser's address bar and history.
//
// The one place where what is pushed is assembled: the body is every
// parameter of `authorization` (AuthorizationRequest::parameters(), so the
// pushed and the browser's request cannot differ), then
// `additionalParameters` (a feature's own, such as DPoP's dpop_jkt when it
// is not part of the authorization request), then the client's credentials,
// which go as they go to the token endpoint (§2: the same methods,
// token_endpoint_auth_methods_supported).
struct PushedAuthorizationRequest
{
    QUrl endpoint;
    AuthorizationRequest authorization;
    QList<QPair<QString, QString>> additionalParameters;
    ClientAuthentication clientAuthentication; // none unless set

    // application/x-www-form-urlencoded (§2.1). client_id is always in it,
    // as an authorization request parameter, even when the Authorization
    // header carries it too. It holds the secret of ClientSecretPost: never
    // log it.
    QByteArray toFormBody() const;
    QByteArray authorizationHeader() const;

    // What the browser opens (§4): the authorization endpoint, with the query
    // it already had (as AuthorizationRequest::toUrl() keeps it), client_id
    // and request_uri, and nothing else.
    static QUrl authorizationUrl(const QUrl &authorizationEndpoint, const QString &clientId,
                                 const QString &requestUri);
};

// The provider's answer (§2.2), as untrusted input: HTTP 201 with a JSON
// object holding request_uri, a bounded string of visible ASCII (a URI that
// goes into the browser's URL), and expires_in, a whole number of seconds.
struct PushedAuthorizationResponse
{
    QString requestUri;
    std::chrono::seconds expiresIn{0};

    // Providers send a URN of under 100 characters; this leaves room without
    // letting a provider fill the browser's URL.
    static constexpr qsizetype maximumRequestUriLength = 1024;
    // §2.2 wants it short-lived (oidc-provider: 60 s); more than a day would
    // only mean the provider stopped caring.
    static constexpr std::chrono::seconds maximumExpiresIn{24 * 3600};

    static bool parse(const QByteArray &body, PushedAuthorizationResponse *response, QString *reason);
};

} // namespace QtSignIn
