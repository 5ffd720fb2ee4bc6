// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SilentFlow_p.h"

#include "Logging_p.h"
#include "SignInClient_p.h"
#include "cache/PersistedTokenCache.h"
#include "oidc/IdTokenValidator.h"
#include "oidc/ProviderDocuments.h"
#include "oidc/TenantIssuer.h"
#include "protocol/ProviderText.h"
#include "protocol/TokenRequest.h"

#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>

namespace QtSignIn {

namespace {

// Token-endpoint errors after which only the person can help (RFC 6749 §5.2,
// OpenID Connect Core §3.1.2.6): the refresh token is dead, or the grant does
// not cover what was asked.
bool needsInteraction(const QString &error)
{
    return error == QLatin1String("invalid_grant") || error == QLatin1String("interaction_required")
            || error == QLatin1String("consent_required") || error == QLatin1String("login_required")
            || error == QLatin1String("invalid_scope");
}

// What a silent request hands back, from the cache's entries.
SignInResult resultOf(const TokenCache::AccountEntry &account, const TokenCache::AccessTokenEntry &accessToken,
                      const Secret &refreshToken, const QStringList &requestedScopes, const QString &source)
{
    SignInResult result;
    result.accessToken = accessToken.token;
    result.tokenType = accessToken.tokenType;
    result.expiresOn = accessToken.expiresOn;
    result.refreshToken = refreshToken;
    result.idToken = account.idToken;
    result.idTokenClaims = account.idTokenClaims;
    result.requestedScopes = requestedScopes;
    result.grantedScopes = accessToken.scopes;
    result.account = account.account;
    result.source = source;
    return result;
}

} // namespace

SilentFlow::SilentFlow(SignInClient *client, const Account &account, const QStringList &scopes,
                       const SilentOptions &options)
    : QObject(client),
      m_client(client),
      m_cache(client->d->tokens),
      m_provider(client->d->provider),
      m_http(client->networkAccessManager(), client->configuration().networkTimeout(),
             client->configuration().caCertificates()),
      m_authority(client->configuration().authority().toString()),
      m_clientId(client->configuration().clientId()),
      m_account(account),
      m_owner(TokenCache::ownerOf(m_authority, account)),
      m_pendingWrites(client->d->pendingWrites),
      m_scopes(TokenCache::normalizedScopes(scopes)),
      m_options(options)
{
}

SilentFlow::~SilentFlow()
{
    releasePendingWrite();
    // The client is going away with requests still open: they end, too.
    for (const QPointer<SignInReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->finish(SignInResult(), SignInError(SignInError::Cancelled, QStringLiteral("the client was destroyed")));
    }
}

QString SilentFlow::key(const Account &account, const QStringList &normalizedScopes,
                        const SilentOptions &options)
{
    return account.issuer() + QLatin1Char('\n') + account.id() + QLatin1Char('\n') + normalizedScopes.join(QLatin1Char(' ')) + QLatin1Char('\n')
            + QString::number(options.minimumValidity.count()) + (options.forceRefresh ? QStringLiteral(" force") : QString());
}

bool SilentFlow::answerFromCache(const TokenCache &cache, const TokenCache::Owner &owner, const QString &clientId,
                                 const QStringList &scopes, std::chrono::seconds minimumValidity,
                                 SignInResult *result)
{
    const TokenCache::AccessTokenEntry *accessToken =
            cache.findAccessToken(owner, scopes, QDateTime::currentDateTimeUtc(), minimumValidity);
    if (!accessToken)
        return false;
    const TokenCache::AccountEntry *account = cache.findAccount(owner);
    if (!account)
        return false;
    const TokenCache::RefreshTokenEntry *refreshToken = cache.findRefreshToken(owner, clientId);
    *result = resultOf(*account, *accessToken, refreshToken ? refreshToken->token : Secret(), scopes,
                       QStringLiteral("cache"));
    return true;
}

void SilentFlow::attach(SignInReply *reply)
{
    m_replies.append(reply);
    QPointer<SilentFlow> flow(this);
    QPointer<SignInReply> cancelled(reply);
    // Cancelling answers the reply only. A refresh already sent goes on:
    // dropping its answer could lose a rotated refresh token.
    reply->m_cancel = [flow, cancelled] {
        if (flow)
            flow->m_replies.removeAll(cancelled);
        if (cancelled)
            cancelled->finish(SignInResult(), SignInError(SignInError::Cancelled, QStringLiteral("cancelled by the application")));
    };
}

void SilentFlow::start()
{
    m_cache->load(this, [this](const SignInError &error) {
        if (error.isError())
            return conclude(SignInResult(), error);
        if (!m_cache->cache().findAccount(m_owner))
            return conclude(SignInResult(), SignInError(SignInError::InteractionRequired,
                                                        QStringLiteral("the account is not in the token cache")));
        SignInResult result;
        if (!m_options.forceRefresh
            && answerFromCache(m_cache->cache(), m_owner, m_clientId, m_scopes, m_options.minimumValidity,
                               &result)) {
            return conclude(result, SignInError());
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_client && m_client->d->retryNotBefore > now) {
            SignInError busy(SignInError::NetworkError, QStringLiteral("the provider asked us to wait"));
            busy.setRetryAfter(std::chrono::seconds(now.secsTo(m_client->d->retryNotBefore)));
            return conclude(SignInResult(), busy);
        }
        m_cache->enter(this, [this](const SignInError &readError) { entered(readError); });
    });
}

void SilentFlow::entered(const SignInError &readError)
{
    m_inSection = true;
    // Without the lock another process may be redeeming this very refresh
    // token: redeeming it too could revoke the whole chain.
    if (!m_cache->isSectionExclusive())
        return conclude(SignInResult(), readError);
    // Unable to read the store again, what this process holds still serves
    // (the section will not write over what it could not read).
    if (readError.isError())
        qCWarning(lcToken).noquote() << "refreshing from memory:" << readError.detail();
    const TokenCache &cache = m_cache->cache();
    const TokenCache::AccountEntry *account = cache.findAccount(m_owner);
    if (!account)
        return conclude(SignInResult(), SignInError(SignInError::InteractionRequired,
                                                    QStringLiteral("the account was signed out")));
    m_accountEntry = *account;
    // Another request, maybe in another process, may have refreshed meanwhile.
    SignInResult result;
    if (!m_options.forceRefresh
        && answerFromCache(cache, m_owner, m_clientId, m_scopes, m_options.minimumValidity, &result)) {
        return conclude(result, SignInError());
    }
    const TokenCache::RefreshTokenEntry *refreshToken = cache.findRefreshToken(m_owner, m_clientId);
    if (!refreshToken)
        return conclude(SignInResult(), SignInError(SignInError::InteractionRequired,
                                                    QStringLiteral("no refresh token for the account")));
    m_refreshToken = *refreshToken;
    m_provider->metadata(m_http, this, [this](const ProviderMetadata &metadata, const SignInError &error) {
        if (error.isError())
            return conclude(SignInResult(), error);
        m_metadata = metadata;
        redeemRefreshToken(metadata);
    });
}

void SilentFlow::redeemRefreshToken(const ProviderMetadata &metadata)
{
    // Nobody waits for the answer any more (every reply was cancelled, or the
    // application is quitting): a refresh now would only use up the refresh
    // token, and a rotated one could die with the process.
    if (m_replies.isEmpty() || m_pendingWrites->isClosed())
        return conclude(SignInResult(), SignInError(SignInError::Cancelled,
                                                    QStringLiteral("cancelled before the refresh was sent")));
    // The last check before the refresh token leaves the process, whatever
    // the lookup found: it goes to the token endpoint named by its own
    // issuer's discovery document, or nowhere (RFC 6749 §10.4, RFC 9700 §4.14).
    // The authority's document may name another issuer since the sign-in
    // (a server moved, or a cache entry that was filed wrongly).
    if (m_refreshToken.owner.authority != m_authority
        || !TenantIssuer::belongsTo(metadata.issuer, m_refreshToken.owner.issuer)) {
        qCWarning(lcToken).noquote() << "not sending a refresh token issued by" << m_refreshToken.owner.issuer
                                     << "to the provider of" << metadata.issuer;
        return conclude(SignInResult(), SignInError(SignInError::InteractionRequired,
                                                    QStringLiteral("the refresh token was issued by another provider "
                                                                   "than this authority's; it was not sent")));
    }
    // Without scopes of its own the request carries none, which means "as
    // originally granted" (RFC 6749 §6). Otherwise openid keeps the ID token
    // coming back, and the rest is what the caller needs.
    QStringList scopes;
    if (!TokenCache::accessTokenScopes(m_scopes).isEmpty()) {
        scopes = m_scopes;
        if (!scopes.contains(QLatin1String("openid")))
            scopes.prepend(QStringLiteral("openid"));
    }
    const TokenRequest request = TokenRequest::forRefreshToken(metadata.tokenEndpoint, m_clientId,
                                                               m_refreshToken.token, scopes);
    qCInfo(lcToken) << "redeeming the refresh token" << m_refreshToken.token << "at"
                    << loggableUrl(metadata.tokenEndpoint);
    // From here until the answer is stored, ending the process could lose
    // the session: the provider may rotate the refresh token.
    m_holdsPendingWrite = true;
    m_pendingWrites->begin();
    m_http.postForm(request.tokenEndpoint, request.toFormBody(), this,
                    [this](const HttpResponse &response) { handleTokenResponse(response); });
}

void SilentFlow::handleTokenResponse(const HttpResponse &response)
{
    if (response.transportFailed)
        return conclude(SignInResult(), ProviderDocuments::httpFailure(QStringLiteral("refresh"), response));
    if (response.status != 200) {
        TokenErrorResponse errorResponse;
        const bool oauthError = (response.status == 400 || response.status == 401)
                && TokenErrorResponse::parse(response.body, &errorResponse);
        if (oauthError) {
            const QString error = providerText(errorResponse.error, 128);
            const QString description = providerText(errorResponse.errorDescription, 512);
            return conclude(SignInResult(),
                            SignInError::fromProvider(needsInteraction(error) ? SignInError::InteractionRequired
                                                                              : SignInError::TokenRequestFailed,
                                                      error, description));
        }
        // Some providers answer a dead refresh token with a bare 400: a
        // refusal, not a network fault; only a new sign-in helps.
        if (response.status == 400)
            return conclude(SignInResult(), SignInError(SignInError::InteractionRequired,
                                                        QStringLiteral("refresh: HTTP 400 without an OAuth error")));
        return conclude(SignInResult(), ProviderDocuments::httpFailure(QStringLiteral("refresh"), response));
    }
    QString reason;
    if (!TokenResponse::parse(response.body, &m_tokens, &reason))
        return conclude(SignInResult(), SignInError(SignInError::InvalidTokenResponse, reason));
    // OpenID Connect Core §12.2: an ID token may or may not come back.
    if (m_tokens.idToken.isEmpty())
        return storeAndFinish();
    if (!Jwt::parse(m_tokens.idToken.reveal(), &m_idToken, &reason))
        return conclude(SignInResult(), SignInError(SignInError::InvalidIdToken, reason));
    SignInError error;
    if (!ProviderDocuments::checkHeader(m_idToken, m_metadata, &error))
        return conclude(SignInResult(), error);
    m_provider->verifySignature(m_http, this, m_metadata, m_tokens.idToken.reveal(), m_idToken,
                                &m_mayRefetchKeys, [this](const SignInError &error) {
                                    if (error.isError())
                                        return conclude(SignInResult(), error);
                                    verifyIdToken();
                                });
}

void SilentFlow::verifyIdToken()
{
    const QJsonObject &original = m_accountEntry.idTokenClaims;
    IdTokenValidator::Expectations expected;
    expected.issuer = m_metadata.issuer;
    expected.clientId = m_clientId;
    // §12.2: it SHOULD NOT have a nonce; if it has, it is the original one.
    expected.nonce = original.value(QLatin1String("nonce")).toString().toUtf8();
    expected.nonceOptional = true;
    expected.accessToken = m_tokens.accessToken.reveal();
    expected.clockSkew = m_client ? m_client->configuration().clockSkew() : std::chrono::seconds(300);
    expected.now = QDateTime::currentDateTimeUtc();
    QString reason;
    if (!IdTokenValidator::validateClaims(m_idToken, expected, &reason))
        return conclude(SignInResult(), SignInError(SignInError::InvalidIdToken, reason));
    // §12.2: the same person, from the same issuer, at the same original sign-in.
    const QJsonObject &claims = m_idToken.claims;
    const auto same = [&](const char *name) {
        return claims.value(QLatin1String(name)) == original.value(QLatin1String(name));
    };
    if (!same("sub") || !same("iss"))
        return conclude(SignInResult(), SignInError(SignInError::InvalidIdToken,
                                                    QStringLiteral("the refreshed ID token names another subject or issuer")));
    if (claims.contains(QLatin1String("auth_time")) && original.contains(QLatin1String("auth_time")) && !same("auth_time"))
        return conclude(SignInResult(), SignInError(SignInError::InvalidIdToken,
                                                    QStringLiteral("the refreshed ID token changes auth_time")));
    if (Account::fromIdTokenClaims(claims).id() != m_account.id())
        return conclude(SignInResult(), SignInError(SignInError::InvalidIdToken,
                                                    QStringLiteral("the refreshed ID token names another account")));
    storeAndFinish();
}

void SilentFlow::storeAndFinish()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList requested = m_scopes;
    if (!requested.contains(QLatin1String("openid")))
        requested.prepend(QStringLiteral("openid"));

    TokenCache::AccessTokenEntry accessToken;
    accessToken.owner = m_owner;
    // What was granted, which may be less than what was asked (RFC 6749 §5.1).
    accessToken.scopes = m_tokens.scopes ? *m_tokens.scopes : requested;
    accessToken.token = m_tokens.accessToken;
    accessToken.tokenType = m_tokens.tokenType;
    if (m_tokens.expiresIn)
        accessToken.expiresOn = now.addSecs(*m_tokens.expiresIn);

    TokenCache::AccountEntry account = m_accountEntry;
    if (!m_tokens.idToken.isEmpty()) {
        // A narrower scope may leave profile claims out of the new ID token;
        // they still describe the same sign-in (§12.2), so they are kept.
        QJsonObject claims = m_accountEntry.idTokenClaims;
        for (auto it = m_idToken.claims.constBegin(); it != m_idToken.claims.constEnd(); ++it)
            claims.insert(it.key(), it.value());
        account.idToken = m_tokens.idToken;
        account.idTokenClaims = claims;
        account.account = Account::fromIdTokenClaims(claims);
    }
    // No refresh_token in the response: the one we have stays valid.
    const bool rotated = !m_tokens.refreshToken.isEmpty();
    TokenCache::RefreshTokenEntry refreshToken = m_refreshToken;
    if (rotated)
        refreshToken.token = m_tokens.refreshToken;

    const SignInResult result = resultOf(account, accessToken, refreshToken.token, requested, QStringLiteral("refresh"));
    qCInfo(lcToken) << "refreshed; access token" << result.accessToken
                    << (rotated ? "new refresh token" : "same refresh token") << refreshToken.token;
    conclude(result, SignInError(), [account, accessToken, refreshToken](TokenCache &cache) {
        cache.store(account);
        cache.store(accessToken);
        cache.store(refreshToken);
    });
}

void SilentFlow::conclude(const SignInResult &result, const SignInError &error,
                          const std::function<void(TokenCache &)> &change)
{
    if (m_concluded)
        return;
    m_concluded = true;
    if (error.isError())
        qCInfo(lcToken).noquote() << "silent request failed:" << error.errorCode() << error.detail();
    if (error.retryAfter().count() > 0 && m_client)
        m_client->d->retryNotBefore = QDateTime::currentDateTimeUtc().addSecs(error.retryAfter().count());
    if (!m_inSection)
        return finishReplies(result, error, SignInError());
    m_inSection = false;
    QPointer<SilentFlow> self(this);
    m_cache->leave(change, [self, result, error](const SignInError &storeError) {
        if (self)
            self->finishReplies(result, error, storeError);
    });
}

void SilentFlow::releasePendingWrite()
{
    if (std::exchange(m_holdsPendingWrite, false))
        m_pendingWrites->end();
}

void SilentFlow::finishReplies(const SignInResult &result, const SignInError &error, const SignInError &storeError)
{
    // Stored (or failed for good) before anyone hears of it: an application
    // that quits on this reply loses nothing.
    releasePendingWrite();
    if (m_client) {
        auto &flows = m_client->d->silentFlows;
        const QString flowKey = key(m_account, m_scopes, m_options);
        if (flows.value(flowKey) == this)
            flows.remove(flowKey);
    }
    // A refresh may bring a new ID token, so the account may have changed:
    // said once, however many replies shared the refresh.
    if (m_client && result.source == QLatin1String("refresh"))
        emit m_client->accountsChanged();
    const auto replies = std::exchange(m_replies, {});
    for (const QPointer<SignInReply> &reply : replies) {
        if (reply)
            reply->finish(result, error, storeError);
    }
    deleteLater();
}

} // namespace QtSignIn
