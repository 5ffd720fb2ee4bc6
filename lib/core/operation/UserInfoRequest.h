// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Account.h>
#include <QtSignIn/ClientConfiguration.h>

#include "Operation.h"
#include "dpop/DPoPKey.h"
#include "network/HttpExchange.h"

#include <QtCore/QJsonObject>
#include <QtCore/QPointer>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace QtSignIn {

// SignInClient::fetchUserInfo(): an access token for the OpenID scopes the
// account was granted, acquired silently (never a token meant for an API,
// which userinfo may refuse and should not see), then the provider's userinfo
// endpoint, whose answer must be about the same person (OpenID Connect Core
// §5.3.2).
class UserInfoRequest : public Operation
{
    Q_OBJECT
public:
    UserInfoRequest(ClientContext *context, const Account &account);
    ~UserInfoRequest() override;

    void start() override;

    // The one userinfo request, for this operation and for a sign-in that
    // asks for userinfo at once: `tokens`' access token as a bearer token,
    // and the answer must name `tokens`' account. `done` gets the claims.
    using Callback = std::function<void(const QJsonObject &claims, const SignInError &error)>;
    static QNetworkReply *send(const HttpExchange &http, const QUrl &endpoint, const SignInResult &tokens,
                               QObject *context, const Callback &done);

    // A plain OAuth 2.0 provider's profile endpoint, the one place such a
    // provider says who signed in: `accessToken` to the configured endpoint
    // only, as a bearer token or, with `dpopKey` (the key it is bound to),
    // as a DPoP token with a proof and userinfo's one nonce retry; the
    // answer read as the configuration's profile fields say. `done` gets the account, filed under the
    // configuration's authority, and the whole profile.
    using ProfileCallback = std::function<void(const Account &account, const QJsonObject &profile,
                                               const SignInError &error)>;
    static QNetworkReply *fetchProfile(const HttpExchange &http, const ClientConfiguration &configuration,
                                       const Secret &accessToken, const DPoPKey &dpopKey, QObject *context,
                                       const ProfileCallback &done);

protected:
    void stop() override;

private:
    void fetch(const SignInResult &tokens);
    void fetchProfileOf(const SignInResult &tokens);

    HttpExchange m_http;
    Account m_account;
    QPointer<QObject> m_pending; // a QNetworkReply or the silent SignInReply
};

} // namespace QtSignIn
