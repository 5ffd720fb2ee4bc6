// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/TokenStore.h>

#include <chrono>

// A test hook, never used unless QTSIGNIN_TEST_HOLD_STORE_WRITES_MS is set:
// holds every write to the store it wraps for that long before passing it
// on, so that the end-to-end tests can interrupt `qtsignin` between the
// provider's answer and the keychain's write, deterministically.
class HeldWriteTokenStore : public QtSignIn::TokenStore
{
    Q_OBJECT
public:
    // Wraps `store` (taking ownership) when the variable asks for it; else `store` itself.
    static QtSignIn::TokenStore *wrapIfRequested(QtSignIn::TokenStore *store);

    HeldWriteTokenStore(QtSignIn::TokenStore *store, std::chrono::milliseconds hold);

    QString sharedIdentity() const override { return m_store->sharedIdentity(); }
    Kind kind() const override { return m_store->kind(); }

protected:
    void startRead(QtSignIn::TokenStoreJob *job) override { finishWith(job, m_store->read()); }
    void startWrite(QtSignIn::TokenStoreJob *job, const QByteArray &document) override;
    void startClear(QtSignIn::TokenStoreJob *job) override { finishWith(job, m_store->clear()); }

private:
    // Ends `job` with the wrapped store's answer to the same call.
    void finishWith(QtSignIn::TokenStoreJob *job, QtSignIn::TokenStoreJob *wrapped);

    QtSignIn::TokenStore *m_store;
    std::chrono::milliseconds m_hold;
};
