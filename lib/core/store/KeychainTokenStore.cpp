// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "KeychainTokenStore_p.h"

#include "Logging_p.h"
#include "SecretServiceProbe.h"
#if defined(QTSIGNIN_SECRET_SERVICE)
#include "SecretServiceReader.h"
#endif

#include <QtCore/QCoreApplication>
#include <QtCore/QPointer>

#include <algorithm>

#include <qt6keychain/keychain.h>

namespace QtSignIn {

using KeychainItemFormat::CacheItem;

namespace {

QString keychainBackend()
{
#if defined(QTSIGNIN_SECRET_SERVICE)
    return SecretServiceProbe::qtKeychainBackend();
#elif defined(Q_OS_ANDROID)
    return QStringLiteral("android-keystore");
#elif defined(Q_OS_DARWIN)
    return QStringLiteral("apple-keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("windows-credential-manager");
#else
    return QStringLiteral("unknown");
#endif
}

} // namespace

KeychainTokenStorePrivate::KeychainTokenStorePrivate(KeychainTokenStore *store,
                                                     const QString &service)
    : q(store), serviceName(service)
{
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, q, [this] { expire(); });
}

KeychainTokenStorePrivate::~KeychainTokenStorePrivate()
{
    abandonJobs();
}

void KeychainTokenStorePrivate::begin(TokenStoreJob *operationJob)
{
    job = operationJob;
    committed = false;
    unlockAsked = false;
    unlocking = false;
    deadline.start(timeout);
}

void KeychainTokenStorePrivate::expire()
{
    abandonJobs();
    const double seconds = double(deadline.intervalAsDuration().count()) / 1000.0;
    if (unlocking) {
        // Waiting for the person to unlock: the keyring is locked, not gone.
        const SignInError locked(SignInError::KeychainLocked,
                                 QStringLiteral("the keyring stayed locked: it was not unlocked within %1 s")
                                         .arg(seconds));
        qCWarning(lcStore).noquote() << locked.detail() << "for" << serviceName;
        return reading ? finishRead(QByteArray(), locked) : finishWrite(locked);
    }
    const QString detail = QStringLiteral("keychain did not answer within %1 s").arg(seconds);
    if (reading) {
        finishRead(QByteArray(), SignInError(SignInError::KeychainUnavailable, detail));
    } else if (committed) {
        qCWarning(lcStore) << "keychain: the new token cache is stored; removing the old parts"
                           << "of" << serviceName << "did not finish in time";
        finishWrite(SignInError());
    } else {
        finishWrite(SignInError(SignInError::KeychainUnavailable, detail));
    }
}

// A running job cannot be deleted: QtKeychain's libsecret callbacks hold a
// pointer into it. Abandoned jobs are only cut off from us; each deletes
// itself when it finishes (see startJob).
void KeychainTokenStorePrivate::abandonJobs()
{
    for (QKeychain::Job *job : std::as_const(jobs))
        QObject::disconnect(job, nullptr, q, nullptr);
    jobs.clear();
}

template <typename Job>
void KeychainTokenStorePrivate::startJob(Job *job, const QString &key,
                                         std::function<void(Job *)> done)
{
    job->setAutoDelete(false);
    // Never write tokens to a plain file behind the app's back.
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    QObject::connect(job, &QKeychain::Job::finished, q,
                     [this, job, done = std::move(done), current = operation] {
        jobs.removeOne(job);
        if (current == operation)
            done(job);
    });
    jobs.append(job);
    job->start();
}

void KeychainTokenStorePrivate::readItem(const QString &key,
                                         std::function<void(QKeychain::ReadPasswordJob *)> done)
{
    startJob(new QKeychain::ReadPasswordJob(serviceName), key, std::move(done));
}

void KeychainTokenStorePrivate::writeItem(const QString &key, const QByteArray &data,
                                          std::function<void(QKeychain::WritePasswordJob *)> done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName);
    // Binary: QtKeychain base64-encodes it where the backend wants text.
    job->setBinaryData(data);
    startJob(job, key, std::move(done));
}

void KeychainTokenStorePrivate::deleteItem(const QString &key,
                                           std::function<void(QKeychain::DeletePasswordJob *)> done)
{
    startJob(new QKeychain::DeletePasswordJob(serviceName), key, std::move(done));
}

SignInError KeychainTokenStorePrivate::errorFor(const QKeychain::Job *job, const char *action) const
{
    // QtKeychain's error strings come from the backend (D-Bus, libsecret,
    // the OS) and never hold the item's data.
    const QString detail = QStringLiteral("keychain (%5) could not %1 item \"%2\" of \"%3\": %4")
                                   .arg(QLatin1String(action), job->key(), serviceName,
                                        job->errorString(), keychainBackend());
    qCWarning(lcStore).noquote() << detail;
    // No backend, a locked or refusing keychain, or one that failed for a
    // reason of its own: to the app all mean the keychain cannot be used now.
    if (job->error() == QKeychain::CouldNotDeleteEntry)
        return SignInError(SignInError::TokenStoreFailed, detail);
    return SignInError(SignInError::KeychainUnavailable, detail);
}

SecretServiceProbe *KeychainTokenStorePrivate::secretService()
{
#if defined(QTSIGNIN_SECRET_SERVICE)
    if (!probe && SecretServiceProbe::isQtKeychainBackend())
        probe = std::make_unique<SecretServiceProbe>(q);
    if (probe)
        probe->setCallTimeout(deadline.remainingTime());
#endif
    return probe.get();
}

void KeychainTokenStorePrivate::diagnose(const QKeychain::Job *job, const char *action,
                                         std::function<void()> retry,
                                         std::function<void(const SignInError &)> finish)
{
    // Not found is no error, until the Secret Service says otherwise.
    const bool notFound = job->error() == QKeychain::EntryNotFound;
    const SignInError reported = notFound ? SignInError() : errorFor(job, action);
#if defined(QTSIGNIN_SECRET_SERVICE)
    SecretServiceProbe *service = secretService();
    if (!service)
        return finish(reported);
    const QString key = job->key();
    service->inspect(serviceName, key, [this, current = operation, key, notFound, reported, retry, finish]
                     (const SecretServiceFindings &findings) {
        if (current != operation)
            return;
        const KeychainCondition condition = KeychainConditions::classify(findings);
        // Only a positive "locked" turns QtKeychain's "not found" into an
        // error: a Secret Service that answers the probe with an error of
        // its own (another implementation, a timeout) has simply no item,
        // or no first sign-in could ever be stored.
        if (condition == KeychainCondition::ItemAbsent || (notFound && condition != KeychainCondition::Locked))
            return finish(reported);
        QString detail = QStringLiteral("keychain (secret-service) item \"%1\" of \"%2\": %3")
                                 .arg(key, serviceName, KeychainConditions::describe(condition));
        if (!findings.errorName.isEmpty())
            detail += QStringLiteral(" (%1: %2)").arg(findings.errorName, findings.errorMessage);
        if (condition != KeychainCondition::Locked || unlockAsked) {
            qCWarning(lcStore).noquote() << detail;
            return finish(KeychainConditions::errorFor(condition, detail));
        }
        // Ask once: the desktop shows its own unlock prompt, within our deadline.
        qCInfo(lcStore).noquote() << detail << "; asking the Secret Service to unlock it";
        unlockAsked = true;
        unlocking = true;
        const QStringList objects = findings.collectionLocked ? QStringList{findings.collection}
                                                              : findings.lockedItems;
        secretService()->unlock(objects, [this, current, detail, retry, finish]
                                (bool unlocked, const QString &why) {
            if (current != operation)
                return;
            unlocking = false;
            if (unlocked)
                return retry();
            const QString stayed = detail + QStringLiteral("; it stayed locked: ") + why;
            qCWarning(lcStore).noquote() << stayed;
            finish(SignInError(SignInError::KeychainLocked, stayed));
        });
    });
#else
    Q_UNUSED(retry);
    finish(reported);
#endif
}

void KeychainTokenStorePrivate::finishRead(const QByteArray &document, const SignInError &error,
                                           const QString &warning)
{
    abandonJobs();
    deadline.stop();
    ++operation;
    TokenStoreJob *const finished = std::exchange(job, nullptr);
    // A warning's listener may delete the store; TokenStore then ends the job.
    const QPointer<KeychainTokenStore> alive(q);
    if (!warning.isEmpty()) {
        qCWarning(lcStore).noquote() << warning << "in" << serviceName;
        Q_EMIT q->warning(warning);
    }
#if defined(QTSIGNIN_SECRET_SERVICE)
    // QtKeychain chose its backend once for the process; say so when it is
    // not the one this desktop normally uses.
    if (alive && !std::exchange(backendReported, true)) {
        const QString backendWarning = SecretServiceProbe::backendWarning();
        if (!backendWarning.isEmpty()) {
            qCWarning(lcStore).noquote() << backendWarning;
            Q_EMIT q->warning(backendWarning);
        }
    }
#endif
    if (alive)
        q->finishRead(finished, document, error);
}

void KeychainTokenStorePrivate::finishWrite(const SignInError &error)
{
    abandonJobs();
    deadline.stop();
    ++operation;
    q->finishWrite(std::exchange(job, nullptr), error);
}

// Where QtKeychain would read through libsecret, the cache is first read
// straight from the Secret Service, which starts faster (SecretServiceReader.h).
// Only its success counts: otherwise QtKeychain reads, as it always did.
void KeychainTokenStorePrivate::readDocumentDirectly()
{
#if defined(QTSIGNIN_SECRET_SERVICE)
    if (SecretServiceProbe::isQtKeychainBackend()) {
        reading = true;
        // A few hundred ms at most, and never more than half of what is left.
        const auto budget = std::min<std::chrono::milliseconds>(
                std::chrono::milliseconds(400), deadline.remainingTimeAsDuration() / 2);
        SecretServiceReader::readCache(q, serviceName, budget, [this, current = operation]
                                       (const std::optional<QByteArray> &document, const QString &) {
            if (current != operation)
                return;
            if (document)
                return finishRead(*document, SignInError());
            readDocument();
        });
        return;
    }
#endif
    readDocument();
}

void KeychainTokenStorePrivate::readDocument()
{
    reading = true;
    readItem(KeychainItemFormat::cacheKey(), [this](QKeychain::ReadPasswordJob *job) {
        // QtKeychain reads a locked collection as "not found": only then,
        // never on a successful read, is the Secret Service asked why.
        if (job->error() != QKeychain::NoError) {
            return diagnose(job, "read", [this] { readDocument(); },
                            [this](const SignInError &error) { finishRead(QByteArray(), error); });
        }
        const CacheItem item = KeychainItemFormat::parseCacheItem(job->binaryData());
        switch (item.kind) {
        case CacheItem::Document:
            // Whatever it is, the client judges it: it knows the document's format.
            return finishRead(job->binaryData(), SignInError());
        case CacheItem::BrokenManifest:
            return finishRead(QByteArray(), SignInError(), item.problem);
        case CacheItem::Manifest:
            return readParts(item.manifest, 0, QByteArray());
        }
    });
}

void KeychainTokenStorePrivate::readParts(const KeychainManifest &manifest, qsizetype index,
                                          const QByteArray &collected)
{
    if (index == manifest.parts) {
        const QString problem = KeychainItemFormat::verify(manifest, collected);
        if (!problem.isEmpty())
            return finishRead(QByteArray(), SignInError(), problem);
        return finishRead(collected, SignInError());
    }
    const QString key = KeychainItemFormat::partKey(manifest.generation, index);
    readItem(key, [this, manifest, index, collected](QKeychain::ReadPasswordJob *job) {
        if (job->error() == QKeychain::EntryNotFound) {
            // A part that is not there may be one that is locked.
            return diagnose(job, "read", [this] { readDocument(); },
                            [this, manifest, index](const SignInError &error) {
                if (error.isError())
                    return finishRead(QByteArray(), error);
                finishRead(QByteArray(), SignInError(),
                           QStringLiteral("the keychain's token cache has no part %1 of %2")
                                   .arg(index + 1).arg(manifest.parts));
            });
        }
        if (job->error() != QKeychain::NoError)
            return finishRead(QByteArray(), errorFor(job, "read"));
        const QByteArray sofar = collected + job->binaryData();
        if (sofar.size() > manifest.size)
            return readParts(manifest, manifest.parts, sofar); // fails verification
        readParts(manifest, index + 1, sofar);
    });
}

void KeychainTokenStorePrivate::writeDocument(const QByteArray &document)
{
    reading = false;
    // The old manifest, if any, says which parts to remove once the new
    // document is in place, and which generation comes next.
    readItem(KeychainItemFormat::cacheKey(), [this, document](QKeychain::ReadPasswordJob *job) {
        if (job->error() == QKeychain::NoError) {
            const CacheItem item = KeychainItemFormat::parseCacheItem(job->binaryData());
            return writeAfter(document, item.kind == CacheItem::Manifest ? std::optional(item.manifest)
                                                                         : std::nullopt);
        }
        if (job->error() != QKeychain::EntryNotFound)
            return diagnoseWrite(job, "read", document);
        // No manifest, or a locked one: writing generation 1 over the parts
        // of a manifest that is only locked could break the stored cache.
        diagnose(job, "read", [this, document] { writeDocument(document); },
                 [this, document](const SignInError &error) {
            if (error.isError())
                return finishWrite(error);
            writeAfter(document, std::nullopt);
        });
    });
}

void KeychainTokenStorePrivate::writeAfter(const QByteArray &document,
                                           const std::optional<KeychainManifest> &previous)
{
    // A document that looks like a manifest is split too, so that it is
    // never read back as one.
    if (document.size() <= maximumItemSize
        && KeychainItemFormat::parseCacheItem(document).kind == CacheItem::Document) {
        writeItem(KeychainItemFormat::cacheKey(), document,
                  [this, previous, document](QKeychain::WritePasswordJob *job) {
            if (job->error() != QKeychain::NoError)
                return diagnoseWrite(job, "write", document);
            cacheWritten(job, previous, std::nullopt);
        });
        return;
    }
    const qint64 generation = previous ? previous->generation + 1 : 1;
    writeParts(KeychainItemFormat::manifestFor(document, generation, maximumItemSize),
               KeychainItemFormat::split(document, maximumItemSize), 0, previous);
}

// Parts first, manifest last: until "cache" names the new generation, a
// reader (or a failure) sees the previous one, complete.
void KeychainTokenStorePrivate::writeParts(const KeychainManifest &manifest,
                                           const QList<QByteArray> &parts, qsizetype index,
                                           const std::optional<KeychainManifest> &previous)
{
    if (index == parts.size()) {
        writeItem(KeychainItemFormat::cacheKey(), KeychainItemFormat::encodeManifest(manifest),
                  [this, manifest, parts, previous](QKeychain::WritePasswordJob *job) {
            if (job->error() != QKeychain::NoError) {
                discardParts(manifest.generation, manifest.parts);
                return diagnoseWrite(job, "write", parts.join());
            }
            cacheWritten(job, previous, manifest);
        });
        return;
    }
    writeItem(KeychainItemFormat::partKey(manifest.generation, index), parts.at(index),
              [this, manifest, parts, index, previous](QKeychain::WritePasswordJob *job) {
        if (job->error() != QKeychain::NoError) {
            discardParts(manifest.generation, index);
            return diagnoseWrite(job, "write", parts.join());
        }
        writeParts(manifest, parts, index + 1, previous);
    });
}

// A refused write: a locked collection is unlocked and the write starts
// again; anything else fails it.
void KeychainTokenStorePrivate::diagnoseWrite(const QKeychain::Job *job, const char *action,
                                              const QByteArray &document)
{
    diagnose(job, action, [this, document] { writeDocument(document); },
             [this](const SignInError &error) {
        finishWrite(error.isError() ? error
                                    : SignInError(SignInError::KeychainUnavailable,
                                                  QStringLiteral("keychain refused the write")));
    });
}

void KeychainTokenStorePrivate::cacheWritten(QKeychain::Job *job,
                                             const std::optional<KeychainManifest> &previous,
                                             const std::optional<KeychainManifest> &current)
{
    Q_ASSERT(job->error() == QKeychain::NoError);
    committed = true;
    // From here the new document is what a reader gets: what follows is tidying.
    qCInfo(lcStore).noquote() << "keychain: committed the token cache to" << serviceName;
    tidyUp(previous, current);
}

void KeychainTokenStorePrivate::tidyUp(const std::optional<KeychainManifest> &previous,
                                       const std::optional<KeychainManifest> &current)
{
    const auto deletePrevious = [this, previous] {
        if (!previous)
            return finishWrite(SignInError());
        deleteParts(*previous, 0, false, [this] { finishWrite(SignInError()); });
    };
#if defined(QTSIGNIN_SECRET_SERVICE)
    // The Secret Service can list our items, so every part no manifest names
    // goes, an interrupted write's too; and an item of someone else's under
    // our keys, which a lookup could return instead of ours, is reported.
    SecretServiceProbe *service = secretService();
    if (!service)
        return deletePrevious();
    service->listItems(serviceName, [this, current = operation, manifest = current, deletePrevious]
                       (const QList<SecretServiceItem> &items, const QString &failure) {
        if (current != operation)
            return;
        if (!failure.isEmpty()) {
            qCInfo(lcStore).noquote() << "keychain: could not list the items of" << serviceName
                                      << "to tidy them:" << failure;
            return deletePrevious();
        }
        const QStringList foreign = KeychainConditions::foreignKeys(items, serviceName);
        const QStringList leftovers = KeychainConditions::leftoverParts(items, serviceName, manifest);
        secretService()->deleteItems(leftovers, [this, current, foreign](const QStringList &failed) {
            if (current != operation)
                return;
            if (!failed.isEmpty())
                qCInfo(lcStore) << "keychain: could not delete old parts" << failed << "of" << serviceName;
            const QPointer<KeychainTokenStore> alive(q);
            if (!foreign.isEmpty()) {
                const QString warning =
                        QStringLiteral("the keychain holds items under \"%1\" (%2) that QtSignIn did not "
                                       "store; they may be read instead of the token cache")
                                .arg(serviceName, foreign.join(QLatin1String(", ")));
                qCWarning(lcStore).noquote() << warning;
                Q_EMIT q->warning(warning);
            }
            if (alive)
                finishWrite(SignInError());
        });
    });
#else
    deletePrevious();
#endif
}

void KeychainTokenStorePrivate::clearDocument()
{
    reading = false;
    readItem(KeychainItemFormat::cacheKey(), [this](QKeychain::ReadPasswordJob *job) {
        // A locked keyring is not an empty one: signing out must not report
        // success while the tokens stay behind.
        if (job->error() != QKeychain::NoError) {
            return diagnose(job, "read", [this] { clearDocument(); },
                            [this](const SignInError &error) { finishWrite(error); });
        }
        const auto deleteCache = [this] {
            deleteItem(KeychainItemFormat::cacheKey(), [this](QKeychain::DeletePasswordJob *job) {
                if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
                    return finishWrite(errorFor(job, "delete"));
                finishWrite(SignInError());
            });
        };
        // Parts before the manifest: if a deletion fails, "cache" still
        // names what is left, and clearing again finds it.
        const CacheItem item = KeychainItemFormat::parseCacheItem(job->binaryData());
        if (item.kind == CacheItem::Manifest)
            deleteParts(item.manifest, 0, true, deleteCache);
        else
            deleteCache();
    });
}

void KeychainTokenStorePrivate::deleteParts(const KeychainManifest &manifest, qsizetype index,
                                            bool strict, const std::function<void()> &then)
{
    if (index == manifest.parts)
        return then();
    deleteItem(KeychainItemFormat::partKey(manifest.generation, index),
               [this, manifest, index, strict, then](QKeychain::DeletePasswordJob *job) {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            if (strict)
                return finishWrite(errorFor(job, "delete"));
            // The new document is stored; an old part left over is untidy,
            // not a failed write.
            qCWarning(lcStore).noquote()
                    << QStringLiteral("keychain could not delete old item \"%1\" of \"%2\": %3")
                               .arg(job->key(), serviceName, job->errorString());
        }
        deleteParts(manifest, index + 1, strict, then);
    });
}

// After a failed split write: the parts already written are not named by any
// manifest, so they are removed if the keychain still lets us. These jobs
// belong to no operation; they only log.
void KeychainTokenStorePrivate::discardParts(qint64 generation, qsizetype count)
{
    for (qsizetype index = 0; index < count; ++index) {
        auto *job = new QKeychain::DeletePasswordJob(serviceName);
        job->setAutoDelete(false);
        job->setInsecureFallback(false);
        job->setKey(KeychainItemFormat::partKey(generation, index));
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
        QObject::connect(job, &QKeychain::Job::finished, q, [](QKeychain::Job *job) {
            if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
                qCInfo(lcStore) << "keychain could not discard" << job->key() << job->errorString();
        });
        job->start();
    }
}

QString KeychainTokenStore::serviceNameFor(const QString &applicationName, const QString &clientId)
{
    const QString application = applicationName.isEmpty() ? QCoreApplication::applicationName()
                                                           : applicationName;
    return QStringLiteral("qtsignin/") + application + QLatin1Char('/') + clientId;
}

QString KeychainTokenStore::serviceNameFor(const QString &storageNamespace, const QString &clientId,
                                           const QUrl &authority)
{
    const QString application = storageNamespace.isEmpty() ? QCoreApplication::applicationName()
                                                            : storageNamespace;
    // Percent-encoding every reserved character, '/' and '%' included, makes
    // the three parts recoverable from the name, so the name is unique.
    const auto part = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    return QStringLiteral("qtsignin/2/") + part(application) + QLatin1Char('/') + part(clientId) + QLatin1Char('/')
            + part(authority.toString());
}

KeychainTokenStore::KeychainTokenStore(const QString &serviceName, QObject *parent)
    : TokenStore(parent), d(std::make_unique<KeychainTokenStorePrivate>(this, serviceName))
{
}

// Jobs still running are cut off (see abandonJobs) and delete themselves.
KeychainTokenStore::~KeychainTokenStore() = default;

QString KeychainTokenStore::serviceName() const
{
    return d->serviceName;
}

void KeychainTokenStore::setTimeout(std::chrono::milliseconds timeout)
{
    d->timeout = timeout;
}

std::chrono::milliseconds KeychainTokenStore::timeout() const
{
    return d->timeout;
}

void KeychainTokenStorePrivate::setMaximumItemSize(KeychainTokenStore *store, qsizetype bytes)
{
    store->d->maximumItemSize = qMax<qsizetype>(bytes, 1);
}

qsizetype KeychainTokenStore::maximumItemSize() const
{
    return d->maximumItemSize;
}

void KeychainTokenStore::startRead(TokenStoreJob *job)
{
    d->begin(job);
    d->readDocumentDirectly();
}

void KeychainTokenStore::startWrite(TokenStoreJob *job, const QByteArray &document)
{
    d->begin(job);
    d->writeDocument(document);
}

void KeychainTokenStore::startClear(TokenStoreJob *job)
{
    d->begin(job);
    d->clearDocument();
}

QString KeychainTokenStore::backend() const
{
    return keychainBackend();
}

QString KeychainTokenStore::sharedIdentity() const
{
    return QStringLiteral("keychain:") + d->serviceName;
}

} // namespace QtSignIn
