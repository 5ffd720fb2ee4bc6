// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/SignInClient.h>

#include "Logging_p.h"
#include "SignInClient_p.h"
#include "SignInReply_p.h"
#include "SignInResult_p.h"
#include "dpop/DPoPProof.h"
#include "cache/LegacyStoreMigration.h"
#include "cache/PersistedTokenCache.h"
#include "operation/ClientContext.h"
#include "operation/DeviceCodeSignIn.h"
#include "operation/InteractiveSignIn.h"
#include "operation/SilentTokenRequest.h"
#include "operation/TokenCacheOperations.h"
#include "operation/UserInfoRequest.h"

#include <QtSignIn/KeychainTokenStore.h>
#include <QtSignIn/SystemBrowserUserAgent.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QTimer>

namespace QtSignIn {

SignInClient::SignInClient(const ClientConfiguration &configuration, QObject *parent)
    : QObject(parent), d(new SignInClientPrivate)
{
    d->q = this;
    d->context = new ClientContext(configuration);
    d->userAgent = new SystemBrowserUserAgent(this);
    d->useStore(new KeychainTokenStore(KeychainTokenStore::serviceNameFor(
            configuration.storageNamespace(), configuration.clientId(), configuration.authority())));
    connect(d->context, &ClientContext::accountsChanged, this, &SignInClient::accountsChanged);
    connect(d->context, &ClientContext::tokenCacheWarning, this, &SignInClient::tokenCacheWarning);
    // A rotated refresh token that dies with the process ends the session.
    if (QCoreApplication *application = QCoreApplication::instance())
        connect(application, &QCoreApplication::aboutToQuit, this, [this] {
            const std::shared_ptr<PendingWrites> &writes = d->context->pendingWrites();
            writes->close(); // for good: nothing that uses up a refresh token starts now
            if (!writes->isEmpty()) {
                qCInfo(lcToken) << "waiting for tokens to be stored before the application ends";
                waitForPendingWrites(d->context->closingDeadline());
            }
        });
}

SignInClient::~SignInClient()
{
    // No waiting here, no event processing, and no signal to anyone: the
    // owner may be half destroyed. Open replies end with Cancelled from the
    // event loop; what tokens still being stored need lives on without us.
    d->context->releaseFromClient();
}

bool SignInClient::hasPendingWrites() const
{
    return !d->context->pendingWrites()->isEmpty();
}

bool SignInClient::waitForPendingWrites(std::chrono::milliseconds timeout)
{
    PendingWrites &writes = *d->context->pendingWrites();
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

ClientConfiguration SignInClient::configuration() const
{
    return d->context->configuration();
}

void SignInClient::setUserAgent(UserAgent *userAgent)
{
    if (d->userAgent == userAgent)
        return;
    // Only a sign-in that this agent shows ends; one with a per-call agent goes on.
    if (d->context->activeSignIn && d->userAgent && d->context->activeSignIn->userAgent() == d->userAgent)
        d->context->activeSignIn->fail(SignInError(SignInError::Cancelled, QStringLiteral("the user agent was replaced")));
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
    d->context->setNetwork(manager);
}

QNetworkAccessManager *SignInClient::networkAccessManager() const
{
    return d->context->network();
}

SignInReply *SignInClient::signIn(const QStringList &scopes, const SignInOptions &options)
{
    return signIn(scopes, options, d->userAgent);
}

SignInReply *SignInClient::signIn(const QStringList &scopes, const SignInOptions &options, UserAgent *userAgent)
{
    SignInReply *reply = SignInReplyPrivate::create(nullptr);
    ClientContext *context = d->context;
    // The user agent serves one sign-in at a time. One whose tokens are only
    // being stored is not in the way.
    if (context->activeSignIn && !context->activeSignIn->isDone()) {
        QMetaObject::invokeMethod(reply, [reply] {
            SignInReplyPrivate::get(reply)->finish(
                    SignInResult(), SignInError(SignInError::Busy, QStringLiteral("another interactive sign-in is in progress")));
        }, Qt::QueuedConnection);
        return reply;
    }
    auto *signIn = new InteractiveSignIn(context, userAgent, scopes, options);
    signIn->attach(reply);
    context->activeSignIn = signIn;
    context->run(signIn);
    return reply;
}

SignInReply *SignInClient::signInWithDeviceCode(const QStringList &scopes, const SignInOptions &options)
{
    SignInReply *reply = SignInReplyPrivate::create(nullptr);
    auto *signIn = new DeviceCodeSignIn(d->context, scopes, options);
    signIn->attach(reply);
    d->context->run(signIn);
    return reply;
}

void SignInClient::setTokenStore(TokenStore *store)
{
    d->useStore(store);
}

void SignInClientPrivate::useStore(TokenStore *store)
{
    PersistedTokenCache *tokens = context->tokens();
    tokens->setStore(store);
    if (tokens->store() != store)
        return; // refused: the cache is in use
    // Earlier versions named the keychain item after the displayed name (0.2),
    // or after the app and client only, for every provider (0.1): this
    // provider's tokens move from there once.
    if (const auto *keychain = qobject_cast<KeychainTokenStore *>(store))
        tokens->setMigrationSources(LegacyStoreMigration::forKeychain(context->configuration(), *keychain));
}

TokenStore *SignInClient::tokenStore() const
{
    return d->context->tokens()->store();
}

SignInReply *SignInClient::loadTokenCache()
{
    d->loadRequested = true;
    SignInReply *reply = SignInReplyPrivate::create(nullptr);
    auto *load = new TokenCacheLoad(d->context);
    load->attach(reply);
    d->context->run(load);
    return reply;
}

bool SignInClient::isTokenCacheLoaded() const
{
    return d->context->tokens()->isLoaded();
}

void SignInClientPrivate::loadOnce()
{
    if (std::exchange(loadRequested, true) || context->tokens()->isLoaded())
        return;
    auto *load = new TokenCacheLoad(context);
    context->run(load);
}

QList<Account> SignInClient::accounts() const
{
    // The first call reads the store; accountsChanged() says when it has.
    d->loadOnce();
    QList<Account> accounts;
    // Only this provider's and this client's: another's accounts, in a store
    // they share, are not this client's to use or show.
    const TokenCache &cache = d->context->tokens()->cache();
    const QString clientId = d->context->configuration().clientId();
    for (const TokenCache::AccountEntry &entry : cache.accountsOf(d->context->authority(), clientId, d->context->identityVerification()))
        accounts.append(entry.account);
    return accounts;
}

SignInReply *SignInClient::acquireTokenSilent(const Account &account, const QStringList &scopes,
                                              const SilentOptions &options)
{
    return SilentTokenRequest::acquire(d->context, account, scopes, options, nullptr);
}

SignInReply *SignInClient::fetchUserInfo(const Account &account)
{
    SignInReply *reply = SignInReplyPrivate::create(nullptr);
    auto *request = new UserInfoRequest(d->context, account);
    request->attach(reply);
    d->context->run(request);
    return reply;
}

SignInReply *SignInClient::signOut(const Account &account, const SignOutOptions &options)
{
    SignInReply *reply = SignInReplyPrivate::create(nullptr);
    // An account without an id names nobody; within the sign-out it would
    // read as "every account" (signOutAll()), forgetting and revoking the
    // tokens of people who never asked.
    if (!account.isValid()) {
        QMetaObject::invokeMethod(reply, [reply] {
            SignInReplyPrivate::get(reply)->finish(
                    SignInResult(), SignInError(SignInError::InvalidConfiguration,
                                                QStringLiteral("signOut() was given no account (an invalid Account); "
                                                               "signOutAll() signs every account out")));
        }, Qt::QueuedConnection);
        return reply;
    }
    auto *signOut = new SignOut(d->context, d->context->ownerOf(account), options, d->userAgent);
    signOut->attach(reply);
    d->context->run(signOut);
    return reply;
}

SignInReply *SignInClient::signOutAll(const SignOutOptions &options)
{
    SignInReply *reply = SignInReplyPrivate::create(nullptr);
    auto *signOut = new SignOut(d->context, TokenCache::Owner(), options, d->userAgent);
    signOut->attach(reply);
    d->context->run(signOut);
    return reply;
}

QByteArray SignInClient::dpopProof(const SignInResult &result, const QByteArray &method, const QUrl &url,
                                   const QByteArray &nonce) const
{
    const DPoPKey key = SignInResultPrivate::dpopKey(result);
    if (key.isNull() || !SignInResultPrivate::isDPoP(result) || result.accessToken().isEmpty()
        || (!nonce.isEmpty() && !DPoPProof::isValidNonce(nonce)) || method.isEmpty() || !url.isValid())
        return QByteArray();
    return DPoPProof::create(key, method, url, nonce, result.accessToken());
}

} // namespace QtSignIn
