// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/MemoryTokenStore.h>

#include "MemoryTokenStore_p.h"

namespace QtSignIn {

MemoryTokenStore::MemoryTokenStore(QObject *parent)
    : TokenStore(parent), d(std::make_unique<MemoryTokenStorePrivate>())
{
}

MemoryTokenStore::~MemoryTokenStore() = default;

// Done at once: TokenStore queues each job's finished() and runs the calls
// one at a time, in the order they were made.
void MemoryTokenStore::startRead(TokenStoreJob *job)
{
    finishRead(job, d->document, SignInError());
}

void MemoryTokenStore::startWrite(TokenStoreJob *job, const QByteArray &document)
{
    d->document = document;
    finishWrite(job, SignInError());
}

void MemoryTokenStore::startClear(TokenStoreJob *job)
{
    d->document.clear();
    finishWrite(job, SignInError());
}

} // namespace QtSignIn
