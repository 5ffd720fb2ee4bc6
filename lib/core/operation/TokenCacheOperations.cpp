// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenCacheOperations.h"

#include "ClientContext.h"
#include "cache/PersistedTokenCache.h"
#include "network/HttpExchange.h"
#include "oidc/ProviderDocuments.h"

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
        for (const TokenCache::AccountEntry &entry : cache->cache().accountsOf(authority, clientId)) {
            if (m_owner.accountId.isEmpty() || entry.owner == m_owner)
                idToken = entry.idToken;
        }
        const TokenCache::Owner owner = m_owner;
        const auto forget = [owner, authority, clientId](TokenCache &tokenCache) {
            if (owner.accountId.isEmpty())
                tokenCache.removeClient(authority, clientId);
            else
                tokenCache.remove(owner);
        };
        cache->leave(forget, [this, idToken](const SignInError &storeError) {
            if (!m_options.endProviderSession())
                return finish(SignInResult(), SignInError(), storeError);
            endProviderSession(idToken, storeError);
        });
    });
}

void SignOut::endProviderSession(const Secret &idTokenHint, const SignInError &storeError)
{
    if (!m_userAgent)
        return finish(SignInResult(), SignInError(SignInError::UserAgentUnavailable, QStringLiteral("no user agent")),
                      storeError);
    // The local part first: an embedded agent forgets its cookies even when
    // the provider offers no end_session_endpoint.
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
