// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/TokenStore.h>

#include "TokenStore_p.h"

#include "Logging_p.h"

#include <QtCore/QMetaObject>

namespace QtSignIn {

TokenStoreJob *TokenStorePrivate::enqueue(TokenStore *store, TokenStoreJob::Call call, const QByteArray &document)
{
    auto *job = new TokenStoreJob(call);
    job->d->queue = this;
    const bool idle = !current && waiting.empty() && !startScheduled;
    waiting.push_back({job, document});
    // An idle store starts the call right away, so that the store's
    // deadline counts from the call; finished() is queued in any case.
    if (idle)
        startNext(store);
    return job;
}

void TokenStorePrivate::scheduleNext(TokenStore *store)
{
    if (current || waiting.empty() || startScheduled)
        return;
    startScheduled = true;
    // From the event loop, not from inside finishRead()/finishWrite(): the
    // implementation that just finished a call is not entered again before
    // it has returned.
    QMetaObject::invokeMethod(store, [this, store] {
        startScheduled = false;
        startNext(store);
    }, Qt::QueuedConnection);
}

void TokenStorePrivate::startNext(TokenStore *store)
{
    if (current || waiting.empty())
        return;
    const Waiting next = waiting.front();
    waiting.pop_front();
    current = next.job;
    currentDeleted = false;
    switch (next.job->call()) {
    case TokenStoreJob::Call::Read:
        return store->startRead(next.job);
    case TokenStoreJob::Call::Write:
        return store->startWrite(next.job, next.document);
    case TokenStoreJob::Call::Clear:
        return store->startClear(next.job);
    }
}

void TokenStorePrivate::complete(TokenStoreJob *job, const QByteArray &document, const SignInError &error)
{
    job->d->queue = nullptr;
    // Queued on the job itself: its caller may connect after calling, and a
    // job deleted meanwhile hears nothing.
    QMetaObject::invokeMethod(job, [job, document, error] {
        job->d->finished = true;
        job->d->document = error.isError() ? QByteArray() : document;
        job->d->error = error;
        Q_EMIT job->finished(job);
        if (job->d->autoDelete)
            job->deleteLater();
    }, Qt::QueuedConnection);
}

void TokenStorePrivate::forget(TokenStoreJob *job)
{
    if (job == current) {
        // The call runs on; its answer goes nowhere (see finish()).
        currentDeleted = true;
        return;
    }
    for (auto it = waiting.begin(); it != waiting.end(); ++it) {
        if (it->job == job) {
            waiting.erase(it);
            return;
        }
    }
}

TokenStore::TokenStore(QObject *parent) : QObject(parent), d(std::make_unique<TokenStorePrivate>()) {}

// The implementation's part is gone already: nothing can answer these jobs
// but this. They finish rather than never, for callers waiting on them.
TokenStore::~TokenStore()
{
    const SignInError destroyed(SignInError::TokenStoreFailed,
                                QStringLiteral("the token store was destroyed before the call finished"));
    if (d->current && !d->currentDeleted)
        TokenStorePrivate::complete(d->current, QByteArray(), destroyed);
    for (const TokenStorePrivate::Waiting &waiting : std::as_const(d->waiting))
        TokenStorePrivate::complete(waiting.job, QByteArray(), destroyed);
}

TokenStoreJob *TokenStore::read()
{
    return d->enqueue(this, TokenStoreJob::Call::Read);
}

TokenStoreJob *TokenStore::write(const QByteArray &document)
{
    return d->enqueue(this, TokenStoreJob::Call::Write, document);
}

TokenStoreJob *TokenStore::clear()
{
    return d->enqueue(this, TokenStoreJob::Call::Clear);
}

void TokenStore::finishRead(TokenStoreJob *job, const QByteArray &document, const SignInError &error)
{
    if (!job || job != d->current) {
        qCWarning(lcStore) << "a token store finished a call that is not under way; ignored";
        return;
    }
    if (!d->currentDeleted)
        TokenStorePrivate::complete(job, document, error);
    d->current = nullptr;
    d->scheduleNext(this);
}

void TokenStore::finishWrite(TokenStoreJob *job, const SignInError &error)
{
    finishRead(job, QByteArray(), error);
}

QString TokenStore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Memory:
        return QStringLiteral("memory");
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("custom");
}

} // namespace QtSignIn
