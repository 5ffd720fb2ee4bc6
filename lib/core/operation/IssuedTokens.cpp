// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "IssuedTokens.h"

#include "ClientContext.h"
#include "cache/PersistedTokenCache.h"

namespace QtSignIn {

void storeIssuedTokens(ClientContext *context, const SignInResult &result, QObject *caller,
                       const std::function<void(const SignInError &)> &done)
{
    // Filed under the provider that issued them: the configured authority and
    // the ID token's validated `iss` (for a multi-tenant authority, the tenant's).
    const TokenCache::Owner owner = context->ownerOf(result.account());
    QStringList openIdScopes = result.grantedScopes();
    // With resource indicators the token response's scope may describe the
    // API's token alone; then what was asked is what was agreed to.
    const auto isOpenIdScope = [](const QString &scope) { return TokenCache::isUserInfoScope(scope); };
    if (std::none_of(openIdScopes.cbegin(), openIdScopes.cend(), isOpenIdScope))
        openIdScopes = result.requestedScopes();
    openIdScopes.removeIf([&](const QString &scope) { return !isOpenIdScope(scope); });
    const TokenCache::AccountEntry account{owner, result.account(), result.idToken(), result.idTokenClaims(),
                                           TokenCache::normalizedScopes(openIdScopes)};
    const TokenCache::AccessTokenEntry accessToken{owner, result.grantedScopes(), result.accessToken(),
                                                   result.tokenType(), result.expiresOn()};
    const Secret refreshToken = result.refreshToken();
    const QString clientId = context->configuration().clientId();
    PersistedTokenCache *cache = context->tokens();
    const std::shared_ptr<PendingWrites> writes = context->pendingWrites();
    writes->begin();
    const QPointer<QObject> waiting(caller);
    // The cache as the section's owner: it lives as long as the context.
    cache->enter(cache, [=](const SignInError &) {
        cache->leave([=](TokenCache &tokenCache) {
            tokenCache.store(account);
            tokenCache.store(accessToken);
            // A sign-in without offline_access leaves an older refresh token
            // alone: it still works, for the grant it was issued with.
            if (!refreshToken.isEmpty())
                tokenCache.store(TokenCache::RefreshTokenEntry{owner, clientId, refreshToken});
        }, [writes, waiting, done](const SignInError &storeError) {
            writes->end();
            if (waiting)
                done(storeError);
        });
    });
}

} // namespace QtSignIn
