// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "PersistedTokenCache.h"

#include "Logging_p.h"
#include "LegacyStoreMigration.h"
#include "TokenCacheSerializer.h"
#include "TokenStoreLock.h"

#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/TokenStore.h>
#include <QtSignIn/TokenStoreJob.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLockFile>
#include <QtCore/QStandardPaths>

namespace QtSignIn {

PersistedTokenCache::PersistedTokenCache(TokenStore *store, QObject *parent) : QObject(parent)
{
    m_lockRetry.setInterval(25);
    connect(&m_lockRetry, &QTimer::timeout, this, &PersistedTokenCache::tryLock);
    setStore(store);
}

PersistedTokenCache::~PersistedTokenCache() = default;

void PersistedTokenCache::setStore(TokenStore *store)
{
    if (m_store == store)
        return;
    if (!store)
        store = new MemoryTokenStore;
    if (m_inSection || !m_waitingSections.isEmpty()) {
        // The section under way changes what it read from the current
        // store: written to another, it would put those tokens there.
        qCWarning(lcStore) << "the token store cannot change while the token cache is in use; "
                              "the new store is ignored";
        delete store;
        return;
    }
    delete m_store;
    m_store = store;
    qDeleteAll(std::exchange(m_legacy, {}));
    // What was read from the old store does not describe the new one.
    m_cache.clear();
    m_loaded = false;
    m_unsavedChanges = false;
    m_readOnlyReason.clear();
    store->setParent(this);
    connect(store, &TokenStore::warning, this, &PersistedTokenCache::warning);
}

void PersistedTokenCache::whenFinished(TokenStoreJob *job, const std::function<void(TokenStoreJob *)> &answered)
{
    m_awaitingStore = true;
    connect(job, &TokenStoreJob::finished, this, [this, answered](TokenStoreJob *finished) {
        m_awaitingStore = false;
        answered(finished);
    });
}

void PersistedTokenCache::setMigrationSource(TokenStore *legacyStore, const QString &authority)
{
    setMigrationSources(legacyStore ? QList{new LegacyStoreMigration(legacyStore, authority)}
                                    : QList<LegacyStoreMigration *>());
}

void PersistedTokenCache::setMigrationSources(const QList<LegacyStoreMigration *> &sources)
{
    qDeleteAll(std::exchange(m_legacy, sources));
    for (LegacyStoreMigration *source : sources)
        source->setParent(this);
}

LegacyStoreMigration *PersistedTokenCache::nextLegacyStore(qsizetype from) const
{
    for (qsizetype i = from; i < m_legacy.size(); ++i) {
        if (!m_legacy.at(i)->isDone())
            return m_legacy.at(i);
    }
    return nullptr;
}

void PersistedTokenCache::load(QObject *context, const Done &done)
{
    if (m_loaded) {
        QMetaObject::invokeMethod(context, [done] { done(SignInError()); }, Qt::QueuedConnection);
        return;
    }
    // A section without the lock: a plain read, in turn with the other
    // store calls. Loads that queue up behind a successful one do not read again.
    enterSection(context, false, [this, done](const SignInError &error) {
        leave(nullptr, [done, error](const SignInError &) { done(error); });
    });
}

void PersistedTokenCache::enter(QObject *context, const Done &entered)
{
    enterSection(context, true, entered);
}

void PersistedTokenCache::enterSection(QObject *context, bool exclusive, const Done &entered)
{
    Section section;
    section.context = context;
    section.exclusive = exclusive;
    section.entered = entered;
    m_waitingSections.append(section);
    if (!m_inSection)
        QMetaObject::invokeMethod(this, &PersistedTokenCache::startNextSection, Qt::QueuedConnection);
}

void PersistedTokenCache::startNextSection()
{
    while (!m_inSection && !m_waitingSections.isEmpty()) {
        Section section = m_waitingSections.takeFirst();
        if (!section.context)
            continue; // its owner is gone
        m_inSection = true;
        m_section = section;
        m_sectionReadOk = false;
        m_sectionReadError = SignInError();
        if (section.exclusive && !m_store->sharedIdentity().isEmpty()) {
            const QString path = lockFilePath();
            QDir().mkpath(QFileInfo(path).path());
            m_lock = std::make_unique<QLockFile>(path);
            // Only a lock whose process is gone is stale, never one that is merely old:
            // its holder may be waiting for the provider.
            m_lock->setStaleLockTime(0);
            m_lockDeadline = QDeadlineTimer(m_lockTimeout);
            tryLock();
        } else if (!section.exclusive && m_loaded) {
            m_sectionReadOk = true;
            enterCurrentSection();
        } else {
            readStore();
        }
    }
}

void PersistedTokenCache::tryLock()
{
    if (m_lock->tryLock(0)) {
        m_lockRetry.stop();
        readStore();
        return;
    }
    if (m_lock->error() != QLockFile::LockFailedError || m_lockDeadline.hasExpired()) {
        m_lockRetry.stop();
        m_sectionReadError = SignInError(SignInError::TokenStoreFailed,
                                         m_lock->error() == QLockFile::LockFailedError
                                                 ? QStringLiteral("another process kept the token cache locked for %1 s")
                                                           .arg(m_lockTimeout.count() / 1000)
                                                 : QStringLiteral("cannot create the lock file %1").arg(lockFilePath()));
        m_lock.reset();
        enterCurrentSection();
        return;
    }
    if (!m_lockRetry.isActive()) {
        qCInfo(lcStore) << "waiting for another process that is using the token cache";
        m_lockRetry.start();
    }
}

void PersistedTokenCache::readStore()
{
    whenFinished(m_store->read(), [this](TokenStoreJob *job) {
        const QByteArray document = job->document();
        const SignInError error = job->error();
        if (error.isError()) {
            qCWarning(lcStore).noquote() << "reading the" << TokenStore::kindName(m_store->kind()) << "token store failed:" << error.detail();
            m_sectionReadError = error;
        } else if (LegacyStoreMigration *legacy = nextLegacyStore(); document.isEmpty() && legacy && !m_unsavedChanges) {
            return moveFromLegacyStore(legacy);
        } else {
            m_sectionReadOk = true;
            adoptDocument(document);
            m_accountsMayHaveChanged = m_accountsMayHaveChanged || !m_loaded;
            m_loaded = true;
        }
        enterCurrentSection();
    });
}

void PersistedTokenCache::moveFromLegacyStore(LegacyStoreMigration *legacy)
{
    // Moving writes two stores, so only a section holding this store's lock
    // moves; a plain load only reads, and serves the entries from memory.
    const bool mayWrite = m_section.exclusive && isSectionExclusive();
    legacy->readMine(mayWrite, [this, legacy](const TokenCache &mine) {
        // This store was read, and is empty: this section has a good read.
        m_sectionReadOk = true;
        m_accountsMayHaveChanged = m_accountsMayHaveChanged || !m_loaded;
        m_loaded = true;
        adoptDocument(QByteArray());
        if (mine.isEmpty()) {
            // Nothing of ours there: an older item may have them. Not when it
            // could not be read: an older copy must not win over its tokens.
            LegacyStoreMigration *older = legacy->isDone() ? nextLegacyStore(m_legacy.indexOf(legacy) + 1) : nullptr;
            if (older)
                return moveFromLegacyStore(older);
            return enterCurrentSection();
        }
        m_cache = mine;
        if (!legacy->holdsLock())
            return enterCurrentSection(); // served from memory; moved by a later section
        // Written here first, so that the tokens are in one place or both at
        // every moment, never in none.
        whenFinished(m_store->write(TokenCacheSerializer::serialize(mine)), [this, legacy](TokenStoreJob *job) {
            const SignInError writeError = job->error();
            if (writeError.isError()) {
                qCWarning(lcStore).noquote() << "moving the tokens to the" << TokenStore::kindName(m_store->kind())
                                             << "token store failed:" << writeError.detail();
                legacy->release();
                return enterCurrentSection(); // the old item still has them
            }
            qCInfo(lcStore) << "moved this provider's tokens from the token store of an earlier QtSignIn";
            legacy->forgetMine([this] { enterCurrentSection(); });
        });
    });
}

void PersistedTokenCache::adoptDocument(const QByteArray &document)
{
    if (m_unsavedChanges) {
        // What this process could not write is newer than what is stored.
        return;
    }
    m_readOnlyReason.clear();
    TokenCache cache;
    QStringList warnings;
    if (!document.isEmpty()) {
        switch (TokenCacheSerializer::deserialize(document, &cache, &warnings)) {
        case TokenCacheSerializer::ReadResult::Read:
            break;
        case TokenCacheSerializer::ReadResult::NotACache:
            warnings.append(QStringLiteral("the %1 token store holds something that is not a QtSignIn token "
                                           "cache; it was skipped, and is replaced at the next sign-in")
                                    .arg(TokenStore::kindName(m_store->kind())));
            break;
        case TokenCacheSerializer::ReadResult::NewerSchema:
            m_readOnlyReason = QStringLiteral("the %1 token store was written by a newer QtSignIn; it is "
                                              "left as it is").arg(TokenStore::kindName(m_store->kind()));
            warnings.append(m_readOnlyReason);
            break;
        }
    }
    m_cache = cache;
    for (const QString &message : std::as_const(warnings)) {
        qCWarning(lcStore).noquote() << message;
        emit warning(message);
    }
}

void PersistedTokenCache::enterCurrentSection()
{
    QObject *context = m_section.context;
    if (!context) {
        leave(nullptr, [](const SignInError &) {});
        return;
    }
    // If the owner goes away inside its section, the section must still end.
    m_sectionContextWatch = connect(context, &QObject::destroyed, this, [this] {
        if (m_inSection && !m_awaitingStore)
            leave(nullptr, [](const SignInError &) {});
    });
    // Called from a copy: the section may end (and be reset) inside the call.
    const Done entered = m_section.entered;
    entered(m_sectionReadError);
}

void PersistedTokenCache::leave(const Change &change, const Done &done)
{
    if (!m_inSection) {
        done(SignInError(SignInError::TokenStoreFailed, QStringLiteral("not in a token cache section")));
        return;
    }
    disconnect(m_sectionContextWatch);
    if (!change)
        return endSection(done, m_section.exclusive ? SignInError() : m_sectionReadError);

    const QByteArray before = TokenCacheSerializer::serialize(m_cache);
    change(m_cache);
    const QByteArray after = TokenCacheSerializer::serialize(m_cache);
    // A store this version cannot read looks empty here: a change that finds
    // nothing to change (signing everyone out) has not changed the store.
    if (after == before && !m_readOnlyReason.isEmpty())
        return endSection(done, SignInError(SignInError::TokenStoreFailed, m_readOnlyReason));
    if (after == before)
        return endSection(done, SignInError());
    // In memory now, whatever the store says next.
    m_accountsMayHaveChanged = true;
    if (!m_sectionReadOk || !m_readOnlyReason.isEmpty()) {
        m_unsavedChanges = true;
        const SignInError error = m_sectionReadOk
                ? SignInError(SignInError::TokenStoreFailed, m_readOnlyReason)
                : m_sectionReadError;
        return endSection(done, error);
    }
    TokenStoreJob *const writing = m_cache.isEmpty() ? m_store->clear() : m_store->write(after);
    whenFinished(writing, [this, done](TokenStoreJob *job) {
        const SignInError error = job->error();
        if (error.isError())
            qCWarning(lcStore).noquote() << "writing the" << TokenStore::kindName(m_store->kind()) << "token store failed:" << error.detail();
        else
            qCInfo(lcStore).noquote() << "stored the token cache in the" << TokenStore::kindName(m_store->kind()) << "token store";
        // On failure the change lives on in memory, for this process only.
        m_unsavedChanges = error.isError();
        // Signed out: a copy the old item may still hold (its removal failed
        // when the tokens moved) must not come back at the next start.
        if (!error.isError() && m_cache.isEmpty() && nextLegacyStore() && isSectionExclusive())
            return forgetInLegacyStores(0, [this, done, error] { endSection(done, error); });
        endSection(done, error);
    });
}

void PersistedTokenCache::forgetInLegacyStores(qsizetype from, const std::function<void()> &done)
{
    LegacyStoreMigration *legacy = nextLegacyStore(from);
    if (!legacy)
        return done();
    const qsizetype next = m_legacy.indexOf(legacy) + 1;
    legacy->readMine(true, [this, legacy, next, done](const TokenCache &) {
        legacy->forgetMine([this, next, done] { forgetInLegacyStores(next, done); });
    });
}

void PersistedTokenCache::endSection(const Done &doneReference, const SignInError &error)
{
    // `doneReference` may live in the section that ends here.
    const Done done = doneReference;
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    m_inSection = false;
    m_section = Section();
    // Before the section's owner hears, so that what it tells its own
    // listeners next finds the accounts already changed.
    // A listener may delete the client, and this cache with it.
    QPointer<PersistedTokenCache> self(this);
    if (std::exchange(m_accountsMayHaveChanged, false))
        emit accountsChanged();
    if (!self)
        return;
    done(error);
    if (!self)
        return;
    if (!m_waitingSections.isEmpty())
        QMetaObject::invokeMethod(this, &PersistedTokenCache::startNextSection, Qt::QueuedConnection);
}

bool PersistedTokenCache::isSectionExclusive() const
{
    return m_inSection && (m_lock || m_store->sharedIdentity().isEmpty());
}

QString PersistedTokenCache::lockFilePath() const
{
    return TokenStoreLock::pathFor(m_store->sharedIdentity());
}

QString TokenStoreLock::pathFor(const QString &identity)
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + QStringLiteral("/qtsignin/locks");
    QDir().mkpath(directory);
    const QByteArray digest = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return directory + QStringLiteral("/qtsignin-") + QString::fromLatin1(digest) + QStringLiteral(".lock");
}

} // namespace QtSignIn
