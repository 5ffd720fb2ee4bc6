// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenCacheOperations.h"

#include "ClientContext.h"
#include "Logging_p.h"
#include "SignInReply_p.h"
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
    PersistedTokenCache *cache = context()->tokens();
    const QString authority = context()->authority();
    const QString clientId = context()->configuration().clientId();
    cache->enter(this, [this, cache, authority, clientId](const SignInError &) {
        // The ID token names the session to end. One provider session serves
        // every account of an authority, so for all of them the last one will do.
        // Only this provider's and this client's accounts: another's are not
        // this client's to end, and its ID token is not ours to send.
        Secret idToken;
        for (const TokenCache::AccountEntry &entry : cache->cache().accountsOf(authority, clientId, context()->identityVerification())) {
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
                    return finishSignOut(SignInError(), storeError);
                endProviderSession(idToken, storeError);
            });
        });
    });
}

// RFC 7009 §2.1: what to revoke. A refresh token's revocation ends its
// grant and (§2.1) its access tokens with it; an account without one has
// its access tokens revoked instead.
QList<TokenRevocation> SignOut::revocationsFor(const TokenCache &cache) const
{
    const ClientConfiguration &configuration = context()->configuration();
    QList<TokenRevocation> revocations;
    if (!m_options.revokeTokens())
        return revocations;
    // The endpoint and the client's authentication come later (revoke()):
    // they may need the provider's metadata, and the tokens are forgotten
    // here first.
    TokenRevocation base;
    base.clientId = configuration.clientId();
    const QString authority = context()->authority();
    const QString clientId = configuration.clientId();
    for (const TokenCache::AccountEntry &account : cache.accountsOf(authority, clientId, context()->identityVerification())) {
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

// At the configured revocation endpoint, else the provider's own (its
// discovery document: the provider that issued the tokens, nobody else),
// the client authenticated as its metadata says (usually cached since the
// sign-in); then each revocation, then `next`. The tokens are already
// forgotten here: a provider that refuses or does not answer leaves them
// valid there until they expire, which revocationError() says, but the
// sign-out stands.
void SignOut::revoke(QList<TokenRevocation> revocations, const std::function<void()> &next)
{
    if (revocations.isEmpty())
        return next();
    if (!m_http)
        m_http = std::make_unique<HttpExchange>(context()->http());
    context()->provider()->metadata(*m_http, this, [this, revocations, next](const ProviderMetadata &metadata,
                                                                              const SignInError &error) mutable {
        const ClientConfiguration &configuration = context()->configuration();
        QUrl endpoint = configuration.revocationEndpoint();
        if (endpoint.isEmpty() && error.isError())
            return revocationFailed(QStringLiteral("the provider's metadata could not be read: ") + error.detail(), next);
        if (endpoint.isEmpty() && !metadata.revocationEndpointRefused.isEmpty())
            return revocationFailed(metadata.revocationEndpointRefused, next);
        if (endpoint.isEmpty())
            endpoint = metadata.revocationEndpoint;
        if (endpoint.isEmpty()) {
            qCInfo(lcToken) << "the provider offers no revocation endpoint: the tokens are forgotten here only";
            return next();
        }
        // Without the metadata (a configured endpoint), what RFC 8414 §2
        // and the token endpoint assume when nothing is advertised.
        if (error.isError())
            qCWarning(lcToken).noquote() << "revoking without the provider's metadata:" << error.detail();
        ClientAuthentication authentication;
        QString reason;
        if (!TokenRevocation::chooseClientAuthentication(configuration, metadata, &authentication, &reason))
            return revocationFailed(reason, next);
        if (authentication.method != ClientAuthentication::Method::None)
            qCDebug(lcToken).noquote() << "revocation client authentication:"
                                       << ClientAuthentication::methodName(authentication.method);
        for (TokenRevocation &revocation : revocations) {
            revocation.endpoint = endpoint;
            revocation.clientAuthentication = authentication;
        }
        sendRevocations(revocations, next);
    });
}

void SignOut::sendRevocations(QList<TokenRevocation> revocations, const std::function<void()> &next)
{
    if (revocations.isEmpty())
        return next();
    const TokenRevocation revocation = revocations.takeFirst();
    qCInfo(lcToken) << "revoking" << revocation.token << "at" << loggableUrl(revocation.endpoint);
    revocation.send(*m_http, this, [this, revocations, next](const QString &failure) {
        if (!failure.isEmpty() && !m_revocationError.isError())
            m_revocationError = SignInError(SignInError::RevocationFailed, failure);
        if (!failure.isEmpty())
            qCWarning(lcToken).noquote() << "the provider did not revoke a token:" << failure;
        sendRevocations(revocations, next);
    });
}

void SignOut::revocationFailed(const QString &why, const std::function<void()> &next)
{
    qCWarning(lcToken).noquote() << "the tokens are not revoked at the provider:" << why;
    m_revocationError = SignInError(SignInError::RevocationFailed, why);
    next();
}

void SignOut::finishSignOut(const SignInError &error, const SignInError &storeError)
{
    for (SignInReply *reply : replies())
        SignInReplyPrivate::get(reply)->revocationError = m_revocationError;
    finish(SignInResult(), error, storeError);
}

void SignOut::endProviderSession(const Secret &idTokenHint, const SignInError &storeError)
{
    if (!m_userAgent)
        return finishSignOut(SignInError(SignInError::UserAgentUnavailable, QStringLiteral("no user agent")), storeError);
    // The local part first: an embedded agent forgets its cookies even when
    // the provider offers no end_session_endpoint.
    if (!m_http)
        m_http = std::make_unique<HttpExchange>(context()->http());
    const QString clientId = context()->configuration().clientId();
    context()->provider()->metadata(*m_http, this, [this, idTokenHint, clientId, storeError](
                                                           const ProviderMetadata &metadata, const SignInError &error) {
        if (error.isError())
            return finishSignOut(error, storeError);
        if (!m_userAgent)
            return finishSignOut(SignInError(SignInError::UserAgentUnavailable, QStringLiteral("no user agent")),
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
        finishSignOut(endError, storeError);
    });
}

} // namespace QtSignIn
