// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInOptions.h>

#include "Operation.h"
#include "cache/TokenCache.h"
#include "token/TokenRevocation.h"

#include <QtCore/QPointer>

#include <functional>
#include <memory>

namespace QtSignIn {

class HttpExchange;
class UserAgent;

// SignInClient::loadTokenCache(): reads the token store, if this process
// has not yet.
class TokenCacheLoad : public Operation
{
    Q_OBJECT
public:
    using Operation::Operation;
    void start() override;
};

// SignInClient::signOut() and signOutAll(): the account's tokens (or all of
// this provider's, for an empty owner) leave memory and the token store;
// then, when asked, the provider's session ends through the user agent.
class SignOut : public Operation
{
    Q_OBJECT
public:
    SignOut(ClientContext *context, const TokenCache::Owner &owner, const SignOutOptions &options,
            UserAgent *userAgent);
    ~SignOut() override;
    void start() override;

protected:
    void stop() override;

private:
    QList<TokenRevocation> revocationsFor(const TokenCache &cache) const;
    void revoke(QList<TokenRevocation> revocations, const std::function<void()> &next);
    void sendRevocations(QList<TokenRevocation> revocations, const std::function<void()> &next);
    void revocationFailed(const QString &why, const std::function<void()> &next);
    void endProviderSession(const Secret &idTokenHint, const SignInError &storeError);
    // finish(), with what the revocation came to on every reply.
    void finishSignOut(const SignInError &error, const SignInError &storeError);

    TokenCache::Owner m_owner;
    SignOutOptions m_options;
    QPointer<UserAgent> m_userAgent;
    std::unique_ptr<HttpExchange> m_http;
    SignInError m_revocationError;
};

} // namespace QtSignIn
