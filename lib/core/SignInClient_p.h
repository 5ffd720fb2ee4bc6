// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/SignInOptions.h>
#include <QtSignIn/SignInResult.h>

#include "PendingWrites_p.h"
#include "cache/TokenCache.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QPointer>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace QtSignIn {

class PersistedTokenCache;
class ProviderDocuments;
class SignInClient;
class SignInFlow;
class SignInReply;
class SilentFlow;
class TokenStore;
class UserAgent;

class SignInClientPrivate
{
public:
    SignInClient *q = nullptr;
    ClientConfiguration configuration;
    QPointer<UserAgent> userAgent;
    QNetworkAccessManager *ownNetwork = nullptr;
    QPointer<QNetworkAccessManager> network;
    // Shared with the flows, which may outlive a request's callback.
    std::shared_ptr<ProviderDocuments> provider;
    PersistedTokenCache *tokens = nullptr;
    QPointer<SignInFlow> activeFlow;
    // Silent requests under way, by account and scopes: one refresh each.
    QHash<QString, QPointer<SilentFlow>> silentFlows;
    // The provider answered 429 or 503 with Retry-After: no refresh before then.
    QDateTime retryNotBefore;
    // Tokens issued but not yet stored: the application must not end before
    // they are (SignInClient::waitForPendingWrites()).
    std::shared_ptr<PendingWrites> pendingWrites = std::make_shared<PendingWrites>();

    // How long quitting waits for pending writes: the provider's answer and
    // the ID token's keys, then the store's write.
    std::chrono::milliseconds closingDeadline() const;
    // The client is being destroyed with writes under way: what they need
    // (the token cache, the client's own network access manager, the silent
    // flows) lives on until they finish, without the client.
    void handOverPendingWrites();

    // Sets the token store, and where an earlier QtSignIn kept its tokens.
    void useStore(TokenStore *store);
    // Keeps what an interactive sign-in produced; `done` gets the store's error.
    void remember(const SignInResult &result, QObject *context,
                  const std::function<void(const SignInError &)> &done);
    // Forgets one account, or all of this provider's when `owner` is empty.
    SignInReply *signOut(const TokenCache::Owner &owner, const SignOutOptions &options);
    // RP-initiated logout through the user agent, when the provider offers it.
    void endProviderSession(const Secret &idTokenHint, QObject *context,
                            const std::function<void(const SignInError &)> &done);
};

} // namespace QtSignIn
