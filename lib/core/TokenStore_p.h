// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/TokenStore.h>

#include <deque>

namespace QtSignIn {

// TokenStoreJob's state, behind its d-pointer.
class TokenStoreJobPrivate
{
public:
    TokenStoreJob::Call call;
    // The queue of the store whose call this is, until the job is given its
    // result: told when the job is deleted before that.
    TokenStorePrivate *queue = nullptr;
    bool finished = false;
    bool autoDelete = true;
    QByteArray document;
    SignInError error;
};

// TokenStore's state. The queue here is the one place where calls to a store
// are made to take turns (see TokenStore.h: an implementation never sees two
// of its calls overlap). Sections of PersistedTokenCache and the lock file
// across processes order whole read-change-write sequences, not store calls.
class TokenStorePrivate
{
public:
    struct Waiting
    {
        TokenStoreJob *job;
        QByteArray document; // for a write
    };

    TokenStoreJob *enqueue(TokenStore *store, TokenStoreJob::Call call, const QByteArray &document = QByteArray());
    // Starts the next waiting job from the event loop, unless one runs.
    void scheduleNext(TokenStore *store);
    void startNext(TokenStore *store);
    // Gives `job` its result; finished() follows from the event loop.
    static void complete(TokenStoreJob *job, const QByteArray &document, const SignInError &error);
    // `job` is being deleted before it finished.
    void forget(TokenStoreJob *job);

    std::deque<Waiting> waiting;
    // The job under way; null when none is. Compared, never used, once
    // `currentDeleted` says its owner deleted it.
    TokenStoreJob *current = nullptr;
    bool currentDeleted = false;
    bool startScheduled = false;
};

} // namespace QtSignIn
