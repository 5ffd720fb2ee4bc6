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

class TokenStore;

// Where QtSignIn 0.1 kept the tokens of every provider of a client: one
// keychain item named after the app and client only, schema 1. Each provider
// takes its own entries from it once (PersistedTokenCache writes them to its
// own store) and then removes them from it, leaving the other providers'
// entries exactly as they were (schema 1, so a 0.1 build still reads them).
//
// Changes to the old item are made under a lock of its own, always taken
// after the provider's own store's, so that two providers moving out at the
// same time cannot write back each other's entries.
class LegacyStoreMigration : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of `legacyStore`; `authority` names this provider's entries.
    LegacyStoreMigration(TokenStore *legacyStore, const QString &authority, QObject *parent = nullptr);
    ~LegacyStoreMigration() override;

    // True once this process has moved the entries, or found none to move.
    bool isDone() const { return m_done; }

    // Reads the old item, under its lock when `locked` (the caller may then
    // write), and gives this provider's entries, bound to their issuer.
    // `mine` is empty when there are none or the item cannot be read.
    using Found = std::function<void(const TokenCache &mine)>;
    void readMine(bool locked, const Found &found);

    // After readMine(true, ...), and after the entries were written to their
    // new place: removes them from the old item and releases its lock.
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
    bool m_done = false;
    QByteArray m_document; // as read under the lock
    std::unique_ptr<QLockFile> m_lock;
    std::function<void(const QByteArray &, const SignInError &)> m_pendingCall;
};

} // namespace QtSignIn
