// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "TokenCache.h"

#include <QtSignIn/SignInError.h>

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QTimer>

#include <chrono>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QLockFile;
QT_END_NAMESPACE

namespace QtSignIn {

class LegacyStoreMigration;
class TokenStore;
class TokenStoreJob;

// The token cache in memory, backed by a TokenStore.
//
// Reading: the store is read once per process (load()); after that every
// lookup is served from memory, so a cache hit touches no keychain.
//
// Changing: changes are made in sections, one at a time in this process and,
// for a store that other processes open too, one at a time across processes
// (a lock file). A section starts by reading the store again, so it sees what
// another process stored meanwhile, for example a refresh token it has just
// rotated: a refresh token is never redeemed twice. It ends by applying its
// change and writing the store, only when something changed.
//
// Sections order whole read-change-write sequences; they are not what makes
// store calls take turns. That is TokenStore's own queue, the one place for
// it: each call here is a TokenStoreJob answered on its own.
class PersistedTokenCache : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SignInError &)>;
    using Change = std::function<void(TokenCache &)>;

    explicit PersistedTokenCache(TokenStore *store, QObject *parent = nullptr);
    ~PersistedTokenCache() override;

    // Takes ownership; null means a MemoryTokenStore. Refused (with a
    // warning, the new store deleted) while a section runs or waits.
    void setStore(TokenStore *store);
    TokenStore *store() const { return m_store; }

    // Where an earlier QtSignIn kept this provider's tokens (a keychain item
    // named without the provider, shared by every provider of the client).
    // Read when the store itself is empty: the entries signed in through
    // `authority` move to the store (in a section holding the lock; a load
    // only serves them from memory), and the rest stay where they were, for
    // their own providers. Takes ownership; cleared by setStore().
    void setMigrationSource(TokenStore *legacyStore, const QString &authority);
    // The same for several earlier items, newest first: the first that has
    // this provider's tokens gives them (LegacyStoreMigration::forKeychain()).
    void setMigrationSources(const QList<LegacyStoreMigration *> &sources);

    // How long a section may wait for another process to finish its own.
    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }

    const TokenCache &cache() const { return m_cache; }
    bool isLoaded() const { return m_loaded; }

    // Inside a section that no other process can be in at the same time:
    // the lock is held, or the store is this process's alone. False when
    // the lock could not be taken (the section was entered with an error).
    bool isSectionExclusive() const;

    // Reads the store unless it has been read; `done` runs once, from the
    // event loop, with the read's error if any. Concurrent loads share one read.
    void load(QObject *context, const Done &done);

    // Starts a section when the previous one has ended; `entered` runs with
    // the error of reading the store again (the section is entered even so,
    // and must be left). If `context` is destroyed inside its section, the
    // section ends without a change.
    void enter(QObject *context, const Done &entered);

    // Ends the current section: applies `change` (may be null) and writes the
    // store if that changed anything. If the store could not be read in this
    // section, nothing is written (what is stored is unknown and must not be
    // overwritten): the change stays in memory and `done` gets the error.
    void leave(const Change &change, const Done &done);

Q_SIGNALS:
    // The entries changed: read for the first time, or changed by a section
    // (a sign-in, a refresh, a sign-out). Emitted when the section ends.
    void accountsChanged();
    // A stored entry or document was unusable and skipped (not erased).
    void warning(const QString &message);

private:
    struct Section
    {
        QPointer<QObject> context;
        bool exclusive = true; // holds the lock and writes; else a load
        Done entered;
    };

    void enterSection(QObject *context, bool exclusive, const Done &entered);
    void startNextSection();
    void tryLock();
    void readStore();
    LegacyStoreMigration *nextLegacyStore(qsizetype from = 0) const;
    void moveFromLegacyStore(LegacyStoreMigration *legacy);
    void forgetInLegacyStores(qsizetype from, const std::function<void()> &done);
    void adoptDocument(const QByteArray &document);
    void enterCurrentSection();
    void endSection(const Done &done, const SignInError &error);
    QString lockFilePath() const;

    TokenStore *m_store = nullptr;
    TokenCache m_cache;
    bool m_loaded = false;
    // Why the store must not be written (a newer QtSignIn's document).
    QString m_readOnlyReason;
    // A change that is only in memory because writing it failed: a fresh
    // read would lose it, so it is kept over what the store holds.
    bool m_unsavedChanges = false;
    bool m_accountsMayHaveChanged = false;

    // Runs `answered` when `job` finishes, unless this cache is gone by then.
    void whenFinished(TokenStoreJob *job, const std::function<void(TokenStoreJob *)> &answered);
    // A store call of the current section is under way: the section ends
    // when it is answered, not when its owner goes.
    bool m_awaitingStore = false;

    QList<LegacyStoreMigration *> m_legacy; // newest first

    QList<Section> m_waitingSections;
    bool m_inSection = false;
    Section m_section;
    bool m_sectionReadOk = false;
    SignInError m_sectionReadError;
    QMetaObject::Connection m_sectionContextWatch;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_lockRetry;
    QDeadlineTimer m_lockDeadline;
    std::chrono::milliseconds m_lockTimeout{60000};
};

} // namespace QtSignIn
