// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenCacheOperations.h"

#include "ClientContext.h"
#include "Logging_p.h"
#include "cache/PersistedTokenCache.h"
#include "network/HttpExchange.h"
#include "oidc/ProviderDocuments.h"
#include "token/TokenRevocation.h"

#include <QtSignIn/UserAgent.h>

#include <QtCore/QUrlQuery>

namespace QtSignIn {

void TokenCacheLoad::start()
{
    context()->tokens()->load(this, [this](const SignInError &error) { finish(SignInResult(), error); });
}

SignOut::SignOut(ClientContext *context, const TokenCache::Owner &owner, const SignOutOptions &options,
                 UserAgent *userAgent)
    : Operation(context), m_owner(owner), m_options(options), m_userAgent(userAgent)
{
}

SignOut::~SignOut() = default;

void SignOut::stop()
{
    // The local part is one section of the cache, which ends on its own;
    // the provider's page, if shown, stays with the user agent.
}

void SignOut::start()
{
    const ClientConfiguration &configuration = context()->configuration();
    if (configuration.revocationEndpoint().isEmpty() || configuration.clientSecret().isEmpty())
        return forgetAndRevoke();
    // RFC 7009 §2.1: the client authenticates at the revocation endpoint as
    // at the token endpoint, so by the method the token endpoint is sent:
    // the one the discovery document (or a preset, GitHub's) names. Without
    // an answer, the default of RFC 6749 §2.3.1; the sign-out goes on.
    if (!m_http)
        m_http = std::make_unique<HttpExchange>(context()->http());
    context()->provider()->metadata(*m_http, this, [this](const ProviderMetadata &metadata, const SignInError &error) {
        if (!error.isError())
            m_tokenEndpointAuthMethods = metadata.tokenEndpointAuthMethodsSupported;
        forgetAndRevoke();
    });
}

void SignOut::forgetAndRevoke()
{
    PersistedTokenCache *cache = context()->tokens();
    const QString authority = context()->authority();
    const QString clientId = context()->configuration().clientId();
    cache->enter(this, [this, cache, authority, clientId](const SignInError &) {
        // The ID token names the session to end. One provider session serves
        // every account of an authority, so for all of them the last one will do.
        // Only this provider's and this client's accounts: another's are not
        // this client's to end, and its ID token is not ours to send.
        Secret idToken;
        for (const TokenCache::AccountEntry &entry : cache->cache().accountsOf(authority, clientId)) {
            if (m_owner.accountId.isEmpty() || entry.owner == m_owner)
                idToken = entry.idToken;
        }
        const TokenCache::Owner owner = m_owner;
        const QList<TokenRevocation> revocations = revocationsFor(cache->cache());
        const auto forget = [owner, authority, clientId](TokenCache &tokenCache) {
            if (owner.accountId.isEmpty())
                tokenCache.removeClient(authority, clientId);
            else
                tokenCache.remove(owner);
        };
        cache->leave(forget, [this, idToken, revocations](const SignInError &storeError) {
            revoke(revocations, [this, idToken, storeError] {
                if (!m_options.endProviderSession())
                    return finish(SignInResult(), SignInError(), storeError);
                endProviderSession(idToken, storeError);
            });
        });
    });
}

// RFC 7009 §2.1: what to revoke at the configured revocation endpoint. A
// refresh token's revocation ends its grant and (§2.1) its access tokens
// with it; an account without one has its access tokens revoked instead.
QList<TokenRevocation> SignOut::revocationsFor(const TokenCache &cache) const
{
    const ClientConfiguration &configuration = context()->configuration();
    QList<TokenRevocation> revocations;
    if (configuration.revocationEndpoint().isEmpty())
        return revocations;
    TokenRevocation base;
    base.endpoint = configuration.revocationEndpoint();
    base.clientId = configuration.clientId();
    QString reason;
    // Authenticated as at the token endpoint; a configuration the provider
    // could not take was refused there already.
    if (!ClientAuthentication::choose(configuration, m_tokenEndpointAuthMethods, &base.clientAuthentication, &reason))
        return revocations;
    const QString authority = context()->authority();
    const QString clientId = configuration.clientId();
    for (const TokenCache::AccountEntry &account : cache.accountsOf(authority, clientId)) {
        if (!m_owner.accountId.isEmpty() && account.owner != m_owner)
            continue;
        TokenRevocation revocation = base;
        if (const TokenCache::RefreshTokenEntry *refreshToken = cache.findRefreshToken(account.owner)) {
            revocation.token = refreshToken->token;
            revocations.append(revocation);
            continue;
        }
        revocation.kind = TokenRevocation::TokenKind::AccessToken;
        for (const TokenCache::AccessTokenEntry &accessToken : cache.accessTokens()) {
            if (accessToken.owner == account.owner) {
                revocation.token = accessToken.token;
                revocations.append(revocation);
            }
        }
    }
    return revocations;
}

// One after the other, then `next`. The tokens are already forgotten here:
// a provider that refuses or does not answer leaves them valid there until
// they expire, which the log says, but the sign-out stands.
void SignOut::revoke(QList<TokenRevocation> revocations, const std::function<void()> &next)
{
    if (revocations.isEmpty())
        return next();
    if (!m_http)
        m_http = std::make_unique<HttpExchange>(context()->http());
    const TokenRevocation revocation = revocations.takeFirst();
    qCInfo(lcToken) << "revoking" << revocation.token << "at" << loggableUrl(revocation.endpoint);
    revocation.send(*m_http, this, [this, revocations, next](const QString &failure) {
        if (!failure.isEmpty())
            qCWarning(lcToken).noquote() << "the provider did not revoke a token:" << failure;
        revoke(revocations, next);
    });
}

void SignOut::endProviderSession(const Secret &idTokenHint, const SignInError &storeError)
{
    if (!m_userAgent)
        return finish(SignInResult(), SignInError(SignInError::UserAgentUnavailable, QStringLiteral("no user agent")),
                      storeError);
    // The local part first: an embedded agent forgets its cookies even when
    // the provider offers no end_session_endpoint.
    if (!m_http)
        m_http = std::make_unique<HttpExchange>(context()->http());
    const QString clientId = context()->configuration().clientId();
    context()->provider()->metadata(*m_http, this, [this, idTokenHint, clientId, storeError](
                                                           const ProviderMetadata &metadata, const SignInError &error) {
        if (error.isError())
            return finish(SignInResult(), error, storeError);
        if (!m_userAgent)
            return finish(SignInResult(), SignInError(SignInError::UserAgentUnavailable, QStringLiteral("no user agent")),
                          storeError);
        QUrl url;
        if (!metadata.endSessionEndpoint.isEmpty()) {
            // RP-Initiated Logout 1.0 §2: no post_logout_redirect_uri, as a
            // desktop app has none registered; the provider shows its own page.
            url = metadata.endSessionEndpoint;
            QUrlQuery query(url);
            if (!idTokenHint.isEmpty())
                query.addQueryItem(QStringLiteral("id_token_hint"), QString::fromLatin1(idTokenHint.reveal()));
            query.addQueryItem(QStringLiteral("client_id"), clientId);
            url.setQuery(query);
        }
        SignInError endError;
        m_userAgent->endSession(url, &endError);
        finish(SignInResult(), endError, storeError);
    });
}

} // namespace QtSignIn
