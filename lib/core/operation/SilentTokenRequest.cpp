// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SilentTokenRequest.h"

#include "ClientConfiguration_p.h"
#include "ClientContext.h"
#include "Logging_p.h"
#include "SignInReply_p.h"
#include "SignInResult_p.h"
#include "cache/PersistedTokenCache.h"
#include "oidc/ProviderDocuments.h"
#include "oidc/TenantIssuer.h"
#include "protocol/TokenRequest.h"
#include "token/TokenEndpoint.h"

#include <QtSignIn/SignInReply.h>

#include <QtCore/QJsonDocument>

namespace QtSignIn {

namespace {

// What a silent request hands back, from the cache's entries.
SignInResult resultOf(const TokenCache::AccountEntry &account, const TokenCache::AccessTokenEntry &accessToken,
                      const Secret &refreshToken, const QStringList &requestedScopes, TokenSource source)
{
    SignInResult result;
    result.setAccessToken(accessToken.token);
    result.setTokenType(accessToken.tokenType);
    result.setExpiresOn(accessToken.expiresOn);
    result.setRefreshToken(refreshToken);
    result.setIdToken(account.idToken);
    result.setIdTokenClaims(account.idTokenClaims);
    result.setRequestedScopes(requestedScopes);
    result.setGrantedScopes(accessToken.scopes);
    result.setAccount(account.account);
    result.setSource(source);
    if (!accessToken.dpopKey.isEmpty())
        SignInResultPrivate::setDPoPKey(result, DPoPKey::fromPrivateJwk(accessToken.dpopKey));
    return result;
}

// A token from the cache was issued without these claims: a call that asks
// for claims (an API's claims challenge) needs a new one.
bool mayAnswerFromCache(const SilentOptions &options)
{
    return !options.forceRefresh() && options.claims().isEmpty();
}

} // namespace

SignInReply *SilentTokenRequest::acquire(ClientContext *context, const Account &account, const QStringList &scopes,
                                         const SilentOptions &options, QObject *replyParent)
{
    SignInReply *reply = SignInReplyPrivate::create(replyParent);
    const QStringList normalized = TokenCache::normalizedScopes(scopes);
    // The path taken before every API call: memory only, no network, no store.
    PersistedTokenCache *tokens = context->tokens();
    SignInResult result;
    if (mayAnswerFromCache(options) && tokens->isLoaded()
        && answerFromCache(tokens->cache(), context->ownerOf(account), normalized, options.minimumValidity(),
                           &result)) {
        SignInReplyPrivate::get(reply)->finishLater(result, SignInError());
        return reply;
    }
    const QString requestKey = key(account, normalized, options);
    SilentTokenRequest *request = context->silentRequests.value(requestKey);
    if (!request || request->isFinished()) {
        request = new SilentTokenRequest(context, account, normalized, options);
        context->silentRequests.insert(requestKey, request);
        context->run(request);
    }
    request->attach(reply);
    return reply;
}

SilentTokenRequest::SilentTokenRequest(ClientContext *context, const Account &account,
                                       const QStringList &normalizedScopes, const SilentOptions &options)
    : Operation(context),
      m_http(context->http()),
      m_verifier(context->provider(), m_http),
      m_key(key(account, normalizedScopes, options)),
      m_clientId(context->configuration().clientId()),
      m_account(account),
      m_owner(context->ownerOf(account)),
      m_scopes(normalizedScopes),
      m_options(options)
{
}

SilentTokenRequest::~SilentTokenRequest()
{
    releasePendingWrite();
    if (context()->silentRequests.value(m_key) == this)
        context()->silentRequests.remove(m_key);
}

QString SilentTokenRequest::key(const Account &account, const QStringList &normalizedScopes,
                                const SilentOptions &options)
{
    return account.issuer() + QLatin1Char('\n') + account.id() + QLatin1Char('\n') + normalizedScopes.join(QLatin1Char(' '))
            + QLatin1Char('\n') + QString::number(options.minimumValidity().count())
            + (options.forceRefresh() ? QStringLiteral(" force") : QString())
            // Calls with other claims must not share one refresh.
            + QLatin1Char('\n') + QString::fromUtf8(QJsonDocument(options.claims()).toJson(QJsonDocument::Compact));
}

bool SilentTokenRequest::answerFromCache(const TokenCache &cache, const TokenCache::Owner &owner,
                                         const QStringList &scopes,
                                         std::chrono::seconds minimumValidity, SignInResult *result)
{
    const TokenCache::AccessTokenEntry *accessToken =
            cache.findAccessToken(owner, scopes, QDateTime::currentDateTimeUtc(), minimumValidity);
    if (!accessToken)
        return false;
    const TokenCache::AccountEntry *account = cache.findAccount(owner);
    if (!account)
        return false;
    const TokenCache::RefreshTokenEntry *refreshToken = cache.findRefreshToken(owner);
    *result = resultOf(*account, *accessToken, refreshToken ? refreshToken->token : Secret(), scopes,
                       TokenSource::Cache);
    // A DPoP-bound token whose key cannot be read could never be presented
    // with a proof (DPoPKey.h): not served. The refresh then fails with
    // DpopKeyUnusable, or gets a token with a refresh token's usable key.
    if ((SignInResultPrivate::isDPoP(*result) || !accessToken->dpopKey.isEmpty())
        && SignInResultPrivate::dpopKey(*result).isNull()) {
        *result = SignInResult();
        return false;
    }
    return true;
}

void SilentTokenRequest::cancelReply(SignInReply *reply)
{
    detach(reply, SignInError(SignInError::Cancelled, QStringLiteral("cancelled by the application")));
}

void SilentTokenRequest::start()
{
    PersistedTokenCache *cache = context()->tokens();
    cache->load(this, [this, cache](const SignInError &error) {
        if (error.isError())
            return conclude(SignInResult(), error);
        const TokenCache::AccountEntry *account = cache->cache().findAccount(m_owner);
        if (!account)
            return conclude(SignInResult(), SignInError(SignInError::InteractionRequired,
                                                        QStringLiteral("the account is not in the token cache")));
        // Filed under the same authority by a configuration of the other
        // protocol: its tokens are not this configuration's to use or send.
        if (account->account.identityVerification() != context()->identityVerification())
            return conclude(SignInResult(), SignInError(SignInError::InteractionRequired,
                                                        QStringLiteral("the account was signed in with another protocol "
                                                                       "than this configuration's; its tokens were not sent")));
        SignInResult result;
        if (mayAnswerFromCache(m_options)
            && answerFromCache(cache->cache(), m_owner, m_scopes, m_options.minimumValidity(), &result)) {
            return conclude(result, SignInError());
        }
        const SignInError wait = context()->retryGate();
        if (wait.isError())
            return conclude(SignInResult(), wait);
        cache->enter(this, [this](const SignInError &readError) { entered(readError); });
    });
}

void SilentTokenRequest::entered(const SignInError &readError)
{
    m_inSection = true;
    PersistedTokenCache *tokens = context()->tokens();
    // Without the lock another process may be redeeming this very refresh
    // token: redeeming it too could revoke the whole chain.
    if (!tokens->isSectionExclusive())
        return conclude(SignInResult(), readError);
    // Unable to read the store again, what this process holds still serves
    // (the section will not write over what it could not read).
    if (readError.isError())
        qCWarning(lcToken).noquote() << "refreshing from memory:" << readError.detail();
    const TokenCache &cache = tokens->cache();
    const TokenCache::AccountEntry *account = cache.findAccount(m_owner);
    if (!account)
        return conclude(SignInResult(), SignInError(SignInError::InteractionRequired,
                                                    QStringLiteral("the account was signed out")));
    m_accountEntry = *account;
    // Another request, maybe in another process, may have refreshed meanwhile.
    SignInResult result;
    if (mayAnswerFromCache(m_options)
        && answerFromCache(cache, m_owner, m_scopes, m_options.minimumValidity(), &result)) {
        return conclude(result, SignInError());
    }
    const TokenCache::RefreshTokenEntry *refreshToken = cache.findRefreshToken(m_owner);
    if (!refreshToken)
        return conclude(SignInResult(), SignInError(SignInError::InteractionRequired,
                                                    QStringLiteral("no refresh token for the account")));
    m_refreshToken = *refreshToken;
    context()->provider()->metadata(m_http, this, [this](const ProviderMetadata &metadata, const SignInError &error) {
        if (error.isError())
            return conclude(SignInResult(), error);
        m_metadata = metadata;
        redeemRefreshToken(metadata);
    });
}

void SilentTokenRequest::redeemRefreshToken(const ProviderMetadata &metadata)
{
    // Nobody waits for the answer any more (every reply was cancelled, or the
    // application is quitting): a refresh now would only use up the refresh
    // token, and a rotated one could die with the process.
    if (replies().isEmpty() || context()->pendingWrites()->isClosed())
        return conclude(SignInResult(), SignInError(SignInError::Cancelled,
                                                    QStringLiteral("cancelled before the refresh was sent")));
    // The last check before the refresh token leaves the process, whatever
    // the lookup found: it goes to the token endpoint named by its own
    // issuer's discovery document, or nowhere (RFC 6749 §10.4, RFC 9700 §4.14).
    // The authority's document may name another issuer since the sign-in
    // (a server moved, or a cache entry that was filed wrongly).
    if (m_refreshToken.owner.authority != context()->authority()
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
        if (!isPlainOAuth2() && !scopes.contains(QLatin1String("openid")))
            scopes.prepend(QStringLiteral("openid"));
    }
    const ProviderQuirks &quirks = ClientConfigurationPrivate::quirks(context()->configuration());
    // Google refuses it without the secret, in words that would read as "sign
    // in again"; the person cannot help, the app's configuration can.
    const QString missingSecret = quirks.missingClientSecret(!context()->configuration().clientSecret().isEmpty());
    if (!missingSecret.isEmpty())
        return conclude(SignInResult(), SignInError(SignInError::InvalidConfiguration, missingSecret));
    TokenRequest request = TokenRequest::forRefreshToken(metadata.tokenEndpoint, m_clientId,
                                                         m_refreshToken.token, quirks.scopesToSend(scopes));
    const SignInError unsupported = TokenEndpoint::chooseClientAuthentication(context()->configuration(), metadata,
                                                                              &request.clientAuthentication);
    if (unsupported.isError())
        return conclude(SignInResult(), unsupported);
    request.claims = context()->claimsParameter(m_options.claims());
    // RFC 9449 §5: a bound refresh token goes with a proof of its key, read
    // from the store under the lock this refresh holds, or not at all.
    if (!m_refreshToken.dpopKey.isEmpty()) {
        const DPoPKey key = DPoPKey::fromPrivateJwk(m_refreshToken.dpopKey);
        if (key.isNull())
            return conclude(SignInResult(), SignInError(SignInError::InteractionRequired,
                                                        QStringLiteral("the refresh token's DPoP key cannot be read; "
                                                                       "the token was not sent"),
                                                        SignInError::Reason::DpopKeyUnusable));
        context()->addDPoP(&request, key);
    }
    qCInfo(lcToken) << "redeeming the refresh token" << m_refreshToken.token << "at"
                    << loggableUrl(metadata.tokenEndpoint);
    // From here until the answer is stored, ending the process could lose
    // the session: the provider may rotate the refresh token.
    m_holdsPendingWrite = true;
    context()->pendingWrites()->begin();
    TokenEndpoint::redeem(m_http, request, this, [this](const TokenEndpoint::Result &answer) {
        if (answer.error.isError()) {
            SignInError error = answer.error;
            // The refresh token alone cannot satisfy these claims (a second
            // factor, a compliant device): the app asks the person, with
            // the same claims, and can tell this from a dead session.
            if (error.code() == SignInError::InteractionRequired && !m_options.claims().isEmpty())
                error.setReason(SignInError::Reason::ClaimsNeedInteraction);
            return conclude(SignInResult(), error);
        }
        m_boundKey = answer.boundKey;
        // OpenID Connect Core §12.2: an ID token may or may not come back.
        // Plain OAuth 2.0 never asked for one: one that comes is ignored.
        if (answer.tokens.idToken.isEmpty() || isPlainOAuth2())
            return store(answer.tokens, Jwt());
        verifyIdToken(answer.tokens);
    });
}

void SilentTokenRequest::verifyIdToken(const TokenResponse &tokens)
{
    IdTokenVerifier::Expectations expected = context()->idTokenExpectations(m_metadata, tokens.accessToken);
    expected.originalClaims = m_accountEntry.idTokenClaims;
    m_verifier.verify(tokens.idToken, expected, this, [this, tokens](const Jwt &idToken, const SignInError &error) {
        if (error.isError())
            return conclude(SignInResult(), error);
        store(tokens, idToken);
    });
}

void SilentTokenRequest::store(const TokenResponse &tokens, const Jwt &idToken)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList requested = m_scopes;
    if (!isPlainOAuth2() && !requested.contains(QLatin1String("openid")))
        requested.prepend(QStringLiteral("openid"));

    TokenCache::AccessTokenEntry accessToken;
    accessToken.owner = m_owner;
    // What was granted, which may be less than what was asked (RFC 6749 §5.1).
    // Without scope in the answer it is what was asked; a refresh that asked
    // for none asked for the original grant (§6), whose OpenID Connect scopes
    // the account keeps (LemonLDAP::NG answers so). Filed under "openid"
    // alone, the new token would sit beside the one it replaces.
    if (!tokens.scopes && TokenCache::accessTokenScopes(m_scopes).isEmpty()) {
        requested += m_accountEntry.openIdScopes;
        requested.removeDuplicates();
    }
    accessToken.scopes = ClientConfigurationPrivate::quirks(context()->configuration())
                                 .grantedScopes(requested, tokens.scopes, true);
    accessToken.token = tokens.accessToken;
    accessToken.tokenType = tokens.tokenType;
    accessToken.dpopKey = m_boundKey.privateJwk();
    if (tokens.expiresIn)
        accessToken.expiresOn = now.addSecs(*tokens.expiresIn);
    // Refreshed, so renewable: without expires_in its lifetime is unknown
    // (RFC 6749 §5.1), and it is renewed when asked for again.

    TokenCache::AccountEntry account = m_accountEntry;
    if (!tokens.idToken.isEmpty() && !isPlainOAuth2()) {
        // A narrower scope may leave profile claims out of the new ID token;
        // they still describe the same sign-in (§12.2), so they are kept.
        QJsonObject claims = m_accountEntry.idTokenClaims;
        for (auto it = idToken.claims.constBegin(); it != idToken.claims.constEnd(); ++it)
            claims.insert(it.key(), it.value());
        account.idToken = tokens.idToken;
        account.idTokenClaims = claims;
        account.account = Account::fromIdTokenClaims(claims);
    }
    // No refresh_token in the response: the one we have stays valid.
    const bool rotated = !tokens.refreshToken.isEmpty();
    TokenCache::RefreshTokenEntry refreshToken = m_refreshToken;
    if (rotated)
        refreshToken.token = tokens.refreshToken;

    const SignInResult result = resultOf(account, accessToken, refreshToken.token, requested, TokenSource::Refresh);
    qCInfo(lcToken) << "refreshed; access token" << result.accessToken()
                    << (rotated ? "new refresh token" : "same refresh token") << refreshToken.token;
    conclude(result, SignInError(), [account, accessToken, refreshToken](TokenCache &cache) {
        cache.store(account);
        cache.store(accessToken);
        cache.store(refreshToken);
    });
}

bool SilentTokenRequest::isPlainOAuth2() const
{
    return context()->configuration().protocol() == ClientConfiguration::Protocol::OAuth2;
}

void SilentTokenRequest::conclude(const SignInResult &result, const SignInError &error,
                                  const std::function<void(TokenCache &)> &change)
{
    if (std::exchange(m_concluded, true))
        return;
    if (error.isError())
        qCInfo(lcToken).noquote() << "silent request failed:" << error.errorCode() << error.detail();
    context()->noteRetryAfter(error);
    // No later request may join one that is ending.
    if (context()->silentRequests.value(m_key) == this)
        context()->silentRequests.remove(m_key);
    if (!std::exchange(m_inSection, false)) {
        releasePendingWrite();
        return finish(result, error);
    }
    QPointer<SilentTokenRequest> self(this);
    context()->tokens()->leave(change, [self, result, error](const SignInError &storeError) {
        if (!self)
            return;
        // Stored (or failed for good) before anyone hears of it: an
        // application that quits on this reply loses nothing.
        self->releasePendingWrite();
        self->finish(result, error, storeError);
    });
}

void SilentTokenRequest::releasePendingWrite()
{
    if (std::exchange(m_holdsPendingWrite, false))
        context()->pendingWrites()->end();
}

} // namespace QtSignIn
