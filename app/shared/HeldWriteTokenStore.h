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

    void read() override { m_store->read(); }
    void write(const QByteArray &document) override;
    void clear() override { m_store->clear(); }
    QString sharedIdentity() const override { return m_store->sharedIdentity(); }
    Kind kind() const override { return m_store->kind(); }

private:
    QtSignIn::TokenStore *m_store;
    std::chrono::milliseconds m_hold;
};
