// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/SignInClient.h>

#include "Logging_p.h"
#include "SignInClient_p.h"
#include "SignInFlow_p.h"
#include "SilentFlow_p.h"
#include "UserInfoFetch_p.h"
#include "cache/LegacyStoreMigration.h"
#include "cache/PersistedTokenCache.h"
#include "network/HttpExchange.h"
#include "oidc/ProviderDocuments.h"

#include <QtSignIn/KeychainTokenStore.h>
#include <QtSignIn/SystemBrowserUserAgent.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>

namespace QtSignIn {

SignInClient::SignInClient(const ClientConfiguration &configuration, QObject *parent)
    : QObject(parent), d(new SignInClientPrivate)
{
    d->q = this;
    d->configuration = configuration;
    d->provider = std::make_shared<ProviderDocuments>(configuration);
    d->userAgent = new SystemBrowserUserAgent(this);
    d->tokens = new PersistedTokenCache(nullptr, this);
    d->useStore(new KeychainTokenStore(KeychainTokenStore::serviceNameFor(
            configuration.storageNamespace(), configuration.clientId(), configuration.authority())));
    connect(d->tokens, &PersistedTokenCache::warning, this, &SignInClient::tokenCacheWarning);
    // A rotated refresh token that dies with the process ends the session.
    if (QCoreApplication *application = QCoreApplication::instance())
        connect(application, &QCoreApplication::aboutToQuit, this, [this] {
            d->pendingWrites->close(); // for good: nothing that uses up a refresh token starts now
            if (!d->pendingWrites->isEmpty()) {
                qCInfo(lcToken) << "waiting for tokens to be stored before the application ends";
                waitForPendingWrites(d->closingDeadline());
            }
        });
}

SignInClient::~SignInClient()
{
    // No waiting here, and no event processing: the owner may be half
    // destroyed. What the writes need is handed over and finishes on its own.
    if (!d->pendingWrites->isEmpty())
        d->handOverPendingWrites();
    if (d->activeFlow)
        d->activeFlow->cancel();
}

bool SignInClient::hasPendingWrites() const
{
    return !d->pendingWrites->isEmpty();
}

bool SignInClient::waitForPendingWrites(std::chrono::milliseconds timeout)
{
    PendingWrites &writes = *d->pendingWrites;
    const bool wasClosed = writes.isClosed();
    writes.close();
    const bool done = writes.waitUntilDone(QDeadlineTimer(timeout));
    if (!wasClosed)
        writes.reopen();
    if (!done)
        qCWarning(lcToken) << "gave up waiting for tokens to be stored after" << timeout.count() << "ms";
    return done;
}

bool PendingWrites::waitUntilDone(QDeadlineTimer deadline) const
{
    if (isEmpty())
        return true;
    QTimer tick; // wakes the wait below, so the deadline is seen
    tick.start(20);
    while (!isEmpty() && !deadline.hasExpired() && QCoreApplication::instance())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return isEmpty();
}

std::chrono::milliseconds SignInClientPrivate::closingDeadline() const
{
    // The refresh's answer, maybe the provider's keys, and the store's write.
    const auto store = qobject_cast<const KeychainTokenStore *>(tokens->store());
    return 2 * configuration.networkTimeout() + (store ? store->timeout() : std::chrono::milliseconds(10000));
}

void SignInClientPrivate::handOverPendingWrites()
{
    qCInfo(lcToken) << "the client is going away with tokens not yet stored; they are stored without it";
    pendingWrites->close();
    // No parent: it lives in this thread, and deletes itself when done.
    auto *keeper = new QObject;
    tokens->setParent(keeper);
    if (ownNetwork)
        ownNetwork->setParent(keeper);
    for (const QPointer<SilentFlow> &flow : std::as_const(silentFlows)) {
        if (flow)
            flow->setParent(keeper);
    }
    const std::shared_ptr<PendingWrites> writes = pendingWrites;
    const QDeadlineTimer deadline(closingDeadline());
    auto *check = new QTimer(keeper);
    QObject::connect(check, &QTimer::timeout, keeper, [keeper, writes, deadline] {
        if (writes->isEmpty() || deadline.hasExpired())
            keeper->deleteLater();
    });
    check->start(50);
    if (QCoreApplication *application = QCoreApplication::instance()) {
        QObject::connect(application, &QCoreApplication::aboutToQuit, keeper, [writes, deadline] {
            writes->waitUntilDone(deadline);
        });
    }
}

ClientConfiguration SignInClient::configuration() const
{
    return d->configuration;
}

void SignInClient::setUserAgent(UserAgent *userAgent)
{
    if (d->userAgent == userAgent)
        return;
    if (d->activeFlow)
        d->activeFlow->cancel();
    delete d->userAgent.data();
    d->userAgent = userAgent;
    if (userAgent)
        userAgent->setParent(this);
}

UserAgent *SignInClient::userAgent() const
{
    return d->userAgent;
}

void SignInClient::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    d->network = manager;
}

QNetworkAccessManager *SignInClient::networkAccessManager() const
{
    if (d->network)
        return d->network;
    if (!d->ownNetwork)
        d->ownNetwork = new QNetworkAccessManager(const_cast<SignInClient *>(this));
    return d->ownNetwork;
}

SignInReply *SignInClient::signIn(const QStringList &scopes, const SignInOptions &options)
{
    auto *reply = new SignInReply;
    auto *flow = new SignInFlow(this, reply, scopes, options);
    QPointer<SignInFlow> cancellable(flow);
    reply->m_cancel = [cancellable] {
        if (cancellable)
            cancellable->cancel();
    };
    // A finished sign-in whose reply the application still holds is not in
    // progress: it must not block the next one until the reply is deleted.
    if (d->activeFlow && !d->activeFlow->isFinished()) {
        // The user agent serves one sign-in at a time.
        QMetaObject::invokeMethod(flow, [flow] {
            flow->fail(SignInError(SignInError::InvalidConfiguration,
                                   QStringLiteral("another interactive sign-in is in progress")));
        }, Qt::QueuedConnection);
        return reply;
    }
    d->activeFlow = flow;
    QMetaObject::invokeMethod(flow, &SignInFlow::start, Qt::QueuedConnection);
    return reply;
}

void SignInClientPrivate::remember(const SignInResult &result, QObject *context,
                                   const std::function<void(const SignInError &)> &done)
{
    // Filed under the provider that issued them: the configured authority and
    // the ID token's validated `iss` (for a multi-tenant authority, the tenant's).
    const TokenCache::Owner owner = TokenCache::ownerOf(configuration.authority().toString(), result.account);
    TokenCache::AccountEntry account{owner, result.account, result.idToken, result.idTokenClaims};
    TokenCache::AccessTokenEntry accessToken{owner, result.grantedScopes, result.accessToken, result.tokenType,
                                             result.expiresOn};
    const Secret refreshToken = result.refreshToken;
    const QString clientId = configuration.clientId();
    PersistedTokenCache *cache = tokens;
    // The write belongs to the client, not to whoever asked: an application
    // that drops the reply meanwhile still keeps its sign-in, and one that
    // quits waits for it (pendingWrites).
    const std::shared_ptr<PendingWrites> writes = pendingWrites;
    writes->begin();
    const QPointer<QObject> caller(context);
    // The cache as the section's owner: it outlives the client if need be.
    cache->enter(cache, [=](const SignInError &) {
        cache->leave([=](TokenCache &tokenCache) {
            tokenCache.store(account);
            tokenCache.store(accessToken);
            // A sign-in without offline_access leaves an older refresh token
            // alone: it still works, for the grant it was issued with.
            if (!refreshToken.isEmpty())
                tokenCache.store(TokenCache::RefreshTokenEntry{owner, clientId, refreshToken});
        }, [writes, caller, done](const SignInError &storeError) {
            writes->end();
            if (caller)
                done(storeError);
        });
    });
}

void SignInClient::setTokenStore(TokenStore *store)
{
    d->useStore(store);
}

void SignInClientPrivate::useStore(TokenStore *store)
{
    tokens->setStore(store);
    if (tokens->store() != store)
        return; // refused: the cache is in use
    // Earlier versions named the keychain item after the displayed name (0.2),
    // or after the app and client only, for every provider (0.1): this
    // provider's tokens move from there once.
    if (const auto *keychain = qobject_cast<KeychainTokenStore *>(store))
        tokens->setMigrationSources(LegacyStoreMigration::forKeychain(configuration, *keychain));
}

TokenStore *SignInClient::tokenStore() const
{
    return d->tokens->store();
}

SignInReply *SignInClient::loadTokenCache()
{
    auto *reply = new SignInReply;
    QPointer<SignInClient> self(this);
    d->tokens->load(reply, [self, reply](const SignInError &error) {
        reply->finish(SignInResult(), error);
        if (self && !error.isError())
            emit self->accountsChanged();
    });
    return reply;
}

bool SignInClient::isTokenCacheLoaded() const
{
    return d->tokens->isLoaded();
}

QList<Account> SignInClient::accounts() const
{
    QList<Account> accounts;
    // Only this provider's: another's accounts, in a store they share, are
    // not this client's to use or show.
    for (const TokenCache::AccountEntry &entry : d->tokens->cache().accountsOf(d->configuration.authority().toString()))
        accounts.append(entry.account);
    return accounts;
}

SignInReply *SignInClient::acquireTokenSilent(const Account &account, const QStringList &scopes,
                                              const SilentOptions &options)
{
    auto *reply = new SignInReply;
    const QStringList normalized = TokenCache::normalizedScopes(scopes);
    // The path taken before every API call: memory only, no network, no store.
    SignInResult result;
    if (!options.forceRefresh && d->tokens->isLoaded()
        && SilentFlow::answerFromCache(d->tokens->cache(),
                                       TokenCache::ownerOf(d->configuration.authority().toString(), account),
                                       d->configuration.clientId(), normalized, options.minimumValidity, &result)) {
        reply->finishLater(result, SignInError());
        return reply;
    }
    const QString key = SilentFlow::key(account, normalized, options);
    SilentFlow *flow = d->silentFlows.value(key);
    if (!flow) {
        flow = new SilentFlow(this, account, normalized, options);
        d->silentFlows.insert(key, flow);
        QMetaObject::invokeMethod(flow, &SilentFlow::start, Qt::QueuedConnection);
    }
    flow->attach(reply);
    return reply;
}

SignInReply *SignInClient::fetchUserInfo(const Account &account)
{
    auto *reply = new SignInReply;
    auto *fetch = new UserInfoFetch(this, d->provider, account, reply);
    QMetaObject::invokeMethod(fetch, &UserInfoFetch::start, Qt::QueuedConnection);
    return reply;
}

SignInReply *SignInClient::signOut(const Account &account, const SignOutOptions &options)
{
    return d->signOut(TokenCache::ownerOf(d->configuration.authority().toString(), account), options);
}

SignInReply *SignInClient::signOutAll(const SignOutOptions &options)
{
    return d->signOut(TokenCache::Owner(), options);
}

SignInReply *SignInClientPrivate::signOut(const TokenCache::Owner &owner, const SignOutOptions &options)
{
    auto *reply = new SignInReply;
    QPointer<SignInClient> client(q);
    PersistedTokenCache *cache = tokens;
    const QString authority = configuration.authority().toString();
    cache->enter(reply, [=](const SignInError &) {
        // The ID token names the session to end. One provider session serves
        // every account of an authority, so for all of them the last one will do.
        // Only this provider's accounts: another's are not this client's to end.
        const QList<TokenCache::AccountEntry> accounts = cache->cache().accountsOf(authority);
        Secret idToken;
        for (const TokenCache::AccountEntry &entry : accounts) {
            if (owner.accountId.isEmpty() || entry.owner == owner)
                idToken = entry.idToken;
        }
        const auto forget = [owner, authority](TokenCache &tokenCache) {
            if (owner.accountId.isEmpty())
                tokenCache.removeAuthority(authority);
            else
                tokenCache.remove(owner);
        };
        cache->leave(forget, [=](const SignInError &storeError) {
            if (!client)
                return reply->finish(SignInResult(), SignInError());
            emit client->accountsChanged();
            if (!options.endProviderSession)
                return reply->finish(SignInResult(), SignInError(), storeError);
            endProviderSession(idToken, reply, [=](const SignInError &error) {
                reply->finish(SignInResult(), error, storeError);
            });
        });
    });
    return reply;
}

void SignInClientPrivate::endProviderSession(const Secret &idTokenHint, QObject *context,
                                             const std::function<void(const SignInError &)> &done)
{
    if (!userAgent)
        return done(SignInError(SignInError::UserAgentUnavailable, QStringLiteral("no user agent")));
    // The local part first: an embedded agent forgets its cookies even when
    // the provider offers no end_session_endpoint.
    auto http = std::make_shared<HttpExchange>(q->networkAccessManager(),
                                               configuration.networkTimeout(), configuration.caCertificates());
    QPointer<UserAgent> agent(userAgent);
    const QString clientId = configuration.clientId();
    provider->metadata(*http, context, [http, agent, idTokenHint, clientId, done](const ProviderMetadata &metadata,
                                                                              const SignInError &error) {
        if (error.isError())
            return done(error);
        if (!agent)
            return done(SignInError(SignInError::UserAgentUnavailable, QStringLiteral("no user agent")));
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
        if (!agent->endSession(url, &endError))
            return done(endError);
        done(SignInError());
    });
}

} // namespace QtSignIn
