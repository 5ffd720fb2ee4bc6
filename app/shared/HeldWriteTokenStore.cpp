// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "HeldWriteTokenStore.h"

#include <QtCore/QTimer>

#include <cstdio>

using namespace QtSignIn;

TokenStore *HeldWriteTokenStore::wrapIfRequested(TokenStore *store)
{
    bool ok = false;
    const int hold = qEnvironmentVariableIntValue("QTSIGNIN_TEST_HOLD_STORE_WRITES_MS", &ok);
    if (!ok || hold <= 0)
        return store;
    return new HeldWriteTokenStore(store, std::chrono::milliseconds(hold));
}

HeldWriteTokenStore::HeldWriteTokenStore(TokenStore *store, std::chrono::milliseconds hold)
    : m_store(store), m_hold(hold)
{
    store->setParent(this);
    connect(store, &TokenStore::warning, this, &TokenStore::warning);
}

void HeldWriteTokenStore::startWrite(TokenStoreJob *job, const QByteArray &document)
{
    // Said on stderr so a test knows the moment has come.
    std::fputs("qtsignin test hook: holding the token store's write\n", stderr);
    std::fflush(stderr);
    QTimer::singleShot(m_hold, this, [this, job, document] { finishWith(job, m_store->write(document)); });
}

// Bound to `this`: once this store is gone, TokenStore has ended `job`.
void HeldWriteTokenStore::finishWith(TokenStoreJob *job, TokenStoreJob *wrapped)
{
    connect(wrapped, &TokenStoreJob::finished, this, [this, job](TokenStoreJob *answer) {
        if (answer->call() == TokenStoreJob::Call::Read)
            finishRead(job, answer->document(), answer->error());
        else
            finishWrite(job, answer->error());
    });
}
