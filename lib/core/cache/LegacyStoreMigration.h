// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "TokenCache.h"

#include <QtSignIn/SignInError.h>

#include <QtCore/QObject>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QLockFile;
QT_END_NAMESPACE

namespace QtSignIn {

class ClientConfiguration;
class KeychainTokenStore;
class TokenStore;

// An item where an earlier QtSignIn kept this provider's tokens, read when
// the provider's own store is found empty. Two kinds:
//
// SharedByProviders: where QtSignIn 0.1 kept the tokens of every provider of
// a client, one keychain item named after the app and client only, schema 1.
// Each provider takes its own entries from it once (PersistedTokenCache
// writes them to its own store) and then removes them from it, leaving the
// other providers' entries exactly as they were (schema 1, so a 0.1 build
// still reads them).
//
// ThisProvidersOwn: this provider's item under an earlier name (0.2 named it
// after the displayed application name, not the storage namespace). Every
// entry in it moves, and the item is then cleared.
//
// Changes to the old item are made under a lock of its own, always taken
// after the provider's own store's, so that two providers moving out at the
// same time cannot write back each other's entries.
class LegacyStoreMigration : public QObject
{
    Q_OBJECT
public:
    enum class Holds { SharedByProviders, ThisProvidersOwn };

    // Takes ownership of `legacyStore`; `authority` names this provider's entries.
    LegacyStoreMigration(TokenStore *legacyStore, const QString &authority, Holds holds = Holds::SharedByProviders,
                         QObject *parent = nullptr);
    ~LegacyStoreMigration() override;

    // The earlier keychain items of the provider whose own item is `store`,
    // newest first: 0.2's, named after configuration.applicationName(), unless
    // that is `store` itself; then 0.1's. None when `store` is not the item
    // named after configuration.storageNamespace() (an app that chose its own
    // name chose what to read). Stores timed like `store`; caller owns them.
    static QList<LegacyStoreMigration *> forKeychain(const ClientConfiguration &configuration,
                                                     const KeychainTokenStore &store);

    TokenStore *store() const { return m_store; }

    // True once this process has moved the entries, or found none to move.
    bool isDone() const { return m_done; }

    // Reads the old item, under its lock when `locked` (the caller may then
    // write), and gives this provider's entries, bound to their issuer.
    // `mine` is empty when there are none or the item cannot be read.
    using Found = std::function<void(const TokenCache &mine)>;
    void readMine(bool locked, const Found &found);

    // After readMine(true, ...), and after the entries were written to their
    // new place: removes them from the old item (all of ThisProvidersOwn)
    // and releases its lock.
    void forgetMine(const std::function<void()> &done);

    // Whether readMine(true, ...) got the old item's lock.
    bool holdsLock() const { return m_lock != nullptr; }

    // Releases the old item's lock without changing it.
    void release();

    // The old item without `authority`'s entries: accounts and access tokens
    // that name it, and refresh tokens of those accounts; empty when nothing
    // is left. Anything else, and a document that is not schema 1, unchanged.
    static QByteArray withoutAuthority(const QByteArray &schema1Document, const QString &authority);

private:
    bool lock();

    TokenStore *m_store;
    QString m_authority;
    Holds m_holds;
    bool m_done = false;
    QByteArray m_document; // as read under the lock
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace QtSignIn
