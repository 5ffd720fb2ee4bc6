// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "IssuedTokens.h"

#include "ClientContext.h"
#include "cache/PersistedTokenCache.h"

namespace QtSignIn {

void storeIssuedTokens(ClientContext *context, const SignInResult &result, QObject *caller,
                       const std::function<void(const SignInError &)> &done)
{
    // Filed under the provider that issued them and the client they were
    // issued to: the configured authority, the ID token's validated `iss`
    // (for a multi-tenant authority, the tenant's) and our client id.
    const TokenCache::Owner owner = context->ownerOf(result.account);
    // What userinfo may be asked for later: the OpenID scopes the provider
    // says it granted, or, when its response named no scope, the ones asked
    // for (RFC 6749 §5.1: scope is left out when it is as requested; the
    // sign-in then reports the requested scopes as granted). Never the
    // requested ones against the provider's word: a scope it left out may
    // have been refused, and asking for it again would end in
    // InteractionRequired however often the person signs in. Asking for
    // less only returns fewer claims.
    QStringList openIdScopes = result.grantedScopes;
    openIdScopes.removeIf([](const QString &scope) { return !TokenCache::isUserInfoScope(scope); });
    const TokenCache::AccountEntry account{owner, result.account, result.idToken, result.idTokenClaims,
                                           TokenCache::normalizedScopes(openIdScopes)};
    const TokenCache::AccessTokenEntry accessToken{owner, result.grantedScopes, result.accessToken, result.tokenType,
                                                   result.expiresOn};
    const Secret refreshToken = result.refreshToken;
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
                tokenCache.store(TokenCache::RefreshTokenEntry{owner, refreshToken});
        }, [writes, waiting, done](const SignInError &storeError) {
            writes->end();
            if (waiting)
                done(storeError);
        });
    });
}

} // namespace QtSignIn
