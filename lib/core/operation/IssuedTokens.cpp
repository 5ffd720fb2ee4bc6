// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "IssuedTokens.h"

#include "ClientContext.h"
#include "SignInResult_p.h"
#include "cache/PersistedTokenCache.h"

#include <algorithm>

namespace QtSignIn {

void storeIssuedTokens(ClientContext *context, const SignInResult &result, QObject *caller,
                       const std::function<void(const SignInError &)> &done)
{
    // Filed under the provider that issued them and the client they were
    // issued to: the configured authority, the ID token's validated `iss`
    // (for a multi-tenant authority, the tenant's) and our client id.
    const TokenCache::Owner owner = context->ownerOf(result.account());
    // What userinfo may be asked for later. When the token response's scope
    // speaks of the OpenID Connect grant (names openid or a userinfo scope),
    // it is the provider's word: what it left out may have been refused, and
    // asking for it again would end in InteractionRequired however often the
    // person signs in, while asking for less only returns fewer claims. When
    // it does not, the requested ones: the response left scope out (RFC 6749
    // §5.1, as requested; the sign-in then reports the requested scopes as
    // granted), or it describes an API's token alone (resource indicators,
    // RFC 8707: "api.read"), which says nothing of profile or email.
    const auto isOpenIdConnectScope = [](const QString &scope) {
        return scope == QLatin1String("openid") || TokenCache::isUserInfoScope(scope);
    };
    const bool grantStated = std::any_of(result.grantedScopes().cbegin(), result.grantedScopes().cend(),
                                         isOpenIdConnectScope);
    QStringList openIdScopes = grantStated ? result.grantedScopes() : result.requestedScopes();
    openIdScopes.removeIf([](const QString &scope) { return !TokenCache::isUserInfoScope(scope); });
    const TokenCache::AccountEntry account{owner, result.account(), result.idToken(), result.idTokenClaims(),
                                           TokenCache::normalizedScopes(openIdScopes)};
    // Only a token nothing can renew is taken to last (GitHub's without
    // expiry): one that came with a refresh token and no expires_in has a
    // lifetime the provider did not state (RFC 6749 §5.1), so it is renewed
    // when asked for rather than served until it fails.
    const bool neverExpires = !result.expiresOn().isValid() && result.refreshToken().isEmpty()
            && context->configuration().protocol() == ClientConfiguration::Protocol::OAuth2;
    // A DPoP sign-in's key goes with its tokens (RFC 9449 §5): the same
    // store, the same write, the same lock as the refresh token. The access
    // token keeps it only when bound to it; the refresh token of a public
    // client is bound to the proof's key even beside a Bearer access token,
    // and is never sent again without a proof.
    const Secret dpopKey = SignInResultPrivate::dpopKey(result).privateJwk();
    const Secret refreshTokenDPoPKey = SignInResultPrivate::refreshTokenDPoPKey(result).privateJwk();
    const TokenCache::AccessTokenEntry accessToken{owner, result.grantedScopes(), result.accessToken(), result.tokenType(),
                                                   result.expiresOn(), neverExpires, dpopKey};
    const Secret refreshToken = result.refreshToken();
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
                tokenCache.store(TokenCache::RefreshTokenEntry{owner, refreshToken, refreshTokenDPoPKey});
        }, [writes, waiting, done](const SignInError &storeError) {
            writes->end();
            if (waiting)
                done(storeError);
        });
    });
}

} // namespace QtSignIn
