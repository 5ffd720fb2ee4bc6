// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "Pkce.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

namespace QtSignIn {

// An authorization request (RFC 6749 §4.1.1, OpenID Connect Core §3.1.2.1)
// with PKCE. Plain data; toUrl() renders it.
struct AuthorizationRequest
{
    QUrl authorizationEndpoint;
    QString clientId;
    QUrl redirectUri;
    QStringList scopes;
    QByteArray state;
    QByteArray nonce;
    QByteArray codeChallenge;
    QString loginHint;
    QString prompt;
    QString domainHint;
    QList<QPair<QString, QString>> extraParameters;
    // The claims parameter (OpenID Connect Core §5.5), compact JSON; when set
    // it replaces an extra parameter of that name.
    QByteArray claims;
    // response_mode (OAuth 2.0 Multiple Response Type Encoding Practices
    // §2.1): "form_post" or empty, for the response type's default (query).
    QString responseMode;
    // RFC 9449 §10: the thumbprint of the DPoP key the code will be bound
    // to, so that only its holder can redeem it. Empty: no DPoP.
    QByteArray dpopJkt;

    // The scopes a sign-in asks for, whatever its grant: `openid` first for
    // OpenID Connect (never for plain OAuth 2.0), then `scopes` without
    // empty ones or repeats.
    static QStringList scopesToRequest(const QStringList &scopes, ClientConfiguration::Protocol protocol);

    // A request with fresh state, nonce and PKCE values; the scopes as
    // scopesToRequest() makes them. Returns the verifier through `pkce`. For plain
    // OAuth 2.0 neither `openid` nor a nonce: a provider that knows no
    // OpenID Connect may refuse the scope, and nothing would check a nonce.
    static AuthorizationRequest create(const QUrl &authorizationEndpoint, const QString &clientId,
                                       const QUrl &redirectUri, const QStringList &scopes,
                                       Pkce *pkce,
                                       ClientConfiguration::Protocol protocol
                                       = ClientConfiguration::Protocol::OpenIdConnect);

    // Every parameter of the request, as name and (unencoded) value, in the
    // order sent: the flow's own, then the extra parameters that do not
    // override one of them. What the browser carries in the URL (toUrl()),
    // or what a pushed authorization request sends in its body (RFC 9126
    // §2.1, PushedAuthorizationRequest): one list, so the two never differ.
    QList<QPair<QString, QString>> parameters() const;

    // The authorization URL. Query parameters already in the endpoint are kept
    // (OpenID Connect Core §3.1.2.1 allows them); those, and extra parameters,
    // that would override one the flow owns are dropped.
    QUrl toUrl() const;

    // The endpoint's own query without what the flow owns: the start of every
    // authorization URL, whole or pushed.
    static QUrlQuery endpointQuery(const QUrl &authorizationEndpoint);
    // Adds `value` to `query` so that it survives as data: QUrlQuery leaves
    // '+', '&', '=' and '#' to the caller (RFC 3986 §3.4).
    static void addQueryItem(QUrlQuery *query, const QString &name, const QString &value);

    static bool isReservedParameter(const QString &name);
};

} // namespace QtSignIn
