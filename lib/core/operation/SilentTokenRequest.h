// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Account.h>
#include <QtSignIn/SignInOptions.h>

#include "Operation.h"
#include "cache/TokenCache.h"
#include "dpop/DPoPKey.h"
#include "network/HttpExchange.h"
#include "oidc/IdTokenVerifier.h"
#include "protocol/ProviderMetadata.h"
#include "protocol/TokenResponse.h"

#include <functional>

namespace QtSignIn {

class SignInReply;

// A token for an account and a scope set without the person: from the cache,
// else by redeeming the refresh token inside a section of the token cache, so
// that no other request, in this process or another, redeems it too. Every
// reply that asks for the same while it runs shares it (single flight).
class SilentTokenRequest : public Operation
{
    Q_OBJECT
public:
    // The one way in: answered from memory at once when the cache can, else
    // by the request for the same account and scopes under way, else by a
    // new one. The reply is a child of `replyParent`.
    static SignInReply *acquire(ClientContext *context, const Account &account, const QStringList &scopes,
                                const SilentOptions &options, QObject *replyParent);

    SilentTokenRequest(ClientContext *context, const Account &account, const QStringList &normalizedScopes,
                       const SilentOptions &options);
    ~SilentTokenRequest() override;

    void start() override;

protected:
    // Cancelling answers the reply only. A refresh already sent goes on:
    // dropping its answer could lose a rotated refresh token.
    void cancelReply(SignInReply *reply) override;
    bool holdsIssuedTokens() const override { return m_holdsPendingWrite; }
    // Goes on: it stops on its own before sending a refresh nobody awaits,
    // and a refresh already sent must have its answer stored.
    void allRepliesGone() override {}

private:
    // Requests share one only when they ask for the same: a forced refresh
    // or a longer validity must not be answered by one that did not.
    static QString key(const Account &account, const QStringList &normalizedScopes, const SilentOptions &options);
    // The answer from memory alone, or false.
    static bool answerFromCache(const TokenCache &cache, const TokenCache::Owner &owner, const QStringList &scopes, std::chrono::seconds minimumValidity,
                                SignInResult *result);

    void entered(const SignInError &readError);
    void redeemRefreshToken(const ProviderMetadata &metadata);
    void verifyIdToken(const TokenResponse &tokens);
    void store(const TokenResponse &tokens, const Jwt &idToken);
    // Ends the request: leaves the section if inside one, with `change`.
    bool isPlainOAuth2() const;
    void conclude(const SignInResult &result, const SignInError &error,
                  const std::function<void(TokenCache &)> &change = nullptr);
    void releasePendingWrite();

    HttpExchange m_http;
    IdTokenVerifier m_verifier;
    QString m_key;
    QString m_clientId;
    Account m_account;
    TokenCache::Owner m_owner;
    QStringList m_scopes; // normalized
    SilentOptions m_options;

    bool m_inSection = false;
    bool m_concluded = false;
    TokenCache::AccountEntry m_accountEntry;
    TokenCache::RefreshTokenEntry m_refreshToken;
    // The refresh's answer was bound to this DPoP key (null: Bearer).
    DPoPKey m_boundKey;
    ProviderMetadata m_metadata;
    bool m_holdsPendingWrite = false;
};

} // namespace QtSignIn
