// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInResult.h>

#include "dpop/DPoPKey.h"
#include "oidc/IdTokenVerifier.h"
#include "protocol/ProviderMetadata.h"
#include "protocol/TokenResponse.h"

#include <QtCore/QPointer>
#include <QtCore/QStringList>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace QtSignIn {

class ClientContext;
class HttpExchange;

// A grant the person approved (the browser's authorization code, the device
// code) ends the same way whichever it was: the token endpoint's answer
// becomes a SignInResult only through the same ID-token checks (or, for a
// plain OAuth 2.0 provider, the profile endpoint), then userinfo when asked
// for. One path, so the grants cannot drift apart.
struct ApprovedGrant
{
    ProviderMetadata metadata;
    QStringList requestedScopes; // as the app asked, with openid
    UserAgentKind userAgent = UserAgentKind::None;
    bool fetchUserInfo = false;
    // What the grant itself carried for the ID token's checks, beyond the
    // client's (ClientContext::idTokenExpectations()): the nonce and code of
    // an authorization request, RFC 9207's iss; none for the device grant.
    std::function<void(IdTokenVerifier::Expectations &)> addExpectations;
    // The DPoP key the tokens are bound to (TokenEndpoint::Result::boundKey).
    DPoPKey dpopKey;
    // The key that made the token request's proof (TokenEndpoint::Result::
    // proofKey): the refresh token's, even beside a Bearer access token.
    DPoPKey refreshTokenDPoPKey;

    using Callback = std::function<void(const SignInResult &, const SignInError &)>;

    // Checks `tokens` and builds the result; `done` runs on `caller`, not at
    // all once it is gone. `pending` is set to each request under way, for
    // the caller to abort when it stops. `http`, `verifier` and `pending`
    // are the caller's members: they are used only while it lives.
    void complete(ClientContext *context, const HttpExchange &http, IdTokenVerifier *verifier,
                  const TokenResponse &tokens, QObject *caller, QPointer<QNetworkReply> *pending,
                  const Callback &done) const;

private:
    SignInResult resultOf(ClientContext *context, const TokenResponse &tokens) const;
    void addUserInfo(const HttpExchange &http, const SignInResult &result, QObject *caller,
                     QPointer<QNetworkReply> *pending, const Callback &done) const;
};

} // namespace QtSignIn
