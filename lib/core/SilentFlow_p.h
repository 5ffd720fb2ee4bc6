// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Account.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInOptions.h>
#include <QtSignIn/SignInResult.h>

#include "cache/TokenCache.h"
#include "network/HttpExchange.h"
#include "oidc/Jwt.h"
#include "protocol/ProviderMetadata.h"
#include "protocol/TokenResponse.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <memory>

namespace QtSignIn {

class PendingWrites;
class PersistedTokenCache;
class ProviderDocuments;
class SignInClient;
class SignInReply;

// One silent token request for an account and a scope set, shared by every
// reply that asks for the same while it runs (single flight): the cache,
// else the refresh token, redeemed inside the token cache's section so that
// no other request, in this process or another, redeems it too.
class SilentFlow : public QObject
{
    Q_OBJECT
public:
    SilentFlow(SignInClient *client, const Account &account, const QStringList &scopes,
               const SilentOptions &options);
    ~SilentFlow() override;

    // Requests share a flow only when they ask for the same: a forced refresh
    // or a longer validity must not be answered by a flow that did not.
    static QString key(const Account &account, const QStringList &normalizedScopes,
                       const SilentOptions &options);

    // The answer from memory alone, or false.
    static bool answerFromCache(const TokenCache &cache, const TokenCache::Owner &owner, const QString &clientId,
                                const QStringList &scopes, std::chrono::seconds minimumValidity,
                                SignInResult *result);

    void attach(SignInReply *reply);
    void start();

private:
    void entered(const SignInError &readError);
    void redeemRefreshToken(const ProviderMetadata &metadata);
    void handleTokenResponse(const HttpResponse &response);
    void verifyIdToken();
    void storeAndFinish();
    // Ends the flow: leaves the section if inside one, with `change`.
    void conclude(const SignInResult &result, const SignInError &error,
                  const std::function<void(TokenCache &)> &change = nullptr);
    void releasePendingWrite();
    void finishReplies(const SignInResult &result, const SignInError &error, const SignInError &storeError);

    QPointer<SignInClient> m_client;
    PersistedTokenCache *m_cache;
    std::shared_ptr<ProviderDocuments> m_provider;
    HttpExchange m_http;
    QString m_authority;
    QString m_clientId;
    Account m_account;
    TokenCache::Owner m_owner;
    std::shared_ptr<PendingWrites> m_pendingWrites;
    QStringList m_scopes; // normalized
    SilentOptions m_options;
    QList<QPointer<SignInReply>> m_replies;

    bool m_inSection = false;
    bool m_concluded = false;
    TokenCache::AccountEntry m_accountEntry;
    TokenCache::RefreshTokenEntry m_refreshToken;
    ProviderMetadata m_metadata;
    TokenResponse m_tokens;
    Jwt m_idToken;
    bool m_mayRefetchKeys = true;
    bool m_holdsPendingWrite = false;
};

} // namespace QtSignIn
