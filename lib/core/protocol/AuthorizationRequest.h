// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "Pkce.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

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

    // The authorization URL. Query parameters already in the endpoint are kept
    // (OpenID Connect Core §3.1.2.1 allows them); those, and extra parameters,
    // that would override one the flow owns are dropped.
    QUrl toUrl() const;

    static bool isReservedParameter(const QString &name);
};

} // namespace QtSignIn
