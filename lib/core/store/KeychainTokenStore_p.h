// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/KeychainTokenStore.h>

#include "KeychainCondition.h"
#include "KeychainItemFormat.h"

#include <QtCore/QList>
#include <QtCore/QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace QKeychain {
class Job;
class ReadPasswordJob;
class WritePasswordJob;
class DeletePasswordJob;
}

namespace QtSignIn {

class SecretServiceProbe;

#ifdef Q_OS_WIN
// Credential Manager holds at most 2,560 bytes an item.
constexpr qsizetype defaultKeychainItemSize = 2048;
#else
constexpr qsizetype defaultKeychainItemSize = 256 * 1024;
#endif

// Each read, write or clear is one operation: a chain of QtKeychain jobs run
// one after another, each started from the previous one's finished(), under
// one deadline. Operations never overlap (the item is one blob, and a write
// reads the manifest it replaces): TokenStore starts the next only after
// this one finished its TokenStoreJob.
class KeychainTokenStorePrivate
{
public:
    explicit KeychainTokenStorePrivate(KeychainTokenStore *store, const QString &service);
    ~KeychainTokenStorePrivate();

    // For the tests: a small size makes them exercise the split format on
    // every platform. Not public API: apps have no reason to change it.
    static void setMaximumItemSize(KeychainTokenStore *store, qsizetype bytes);

    // Starts the operation for `job`, and its deadline.
    void begin(TokenStoreJob *job);
    void expire();
    void abandonJobs();

    void readDocumentDirectly();
    void readDocument();
    void readParts(const KeychainManifest &manifest, qsizetype index, const QByteArray &collected);
    void writeDocument(const QByteArray &document);
    // Writes `document` once the manifest it replaces (if any) is known.
    void writeAfter(const QByteArray &document, const std::optional<KeychainManifest> &previous);
    void writeParts(const KeychainManifest &manifest, const QList<QByteArray> &parts,
                    qsizetype index, const std::optional<KeychainManifest> &previous);
    void cacheWritten(QKeychain::Job *job, const std::optional<KeychainManifest> &previous,
                      const std::optional<KeychainManifest> &current);
    // After the new document is stored: removes parts no manifest names
    // (an interrupted write's included) and reports foreign items.
    void tidyUp(const std::optional<KeychainManifest> &previous,
                const std::optional<KeychainManifest> &current);
    void clearDocument();
    // Deletes parts [index, generation's count); `then` runs after the last.
    // Strict: a failure ends the operation; otherwise it is only logged.
    void deleteParts(const KeychainManifest &manifest, qsizetype index, bool strict,
                     const std::function<void()> &then);
    void discardParts(qint64 generation, qsizetype count);

    void finishRead(const QByteArray &document, const SignInError &error,
                    const QString &warning = QString());
    void finishWrite(const SignInError &error);
    SignInError errorFor(const QKeychain::Job *job, const char *action) const;
    // QtKeychain did not give us `job`'s item: asks the Secret Service why.
    // A locked collection is unlocked once per operation (then `retry`
    // runs); otherwise `finish` gets the error, none for an absent item.
    void diagnose(const QKeychain::Job *job, const char *action, std::function<void()> retry,
                  std::function<void(const SignInError &)> finish);
    void diagnoseWrite(const QKeychain::Job *job, const char *action, const QByteArray &document);
    SecretServiceProbe *secretService();

    template <typename Job>
    void startJob(Job *job, const QString &key, std::function<void(Job *)> done);
    void readItem(const QString &key, std::function<void(QKeychain::ReadPasswordJob *)> done);
    void writeItem(const QString &key, const QByteArray &data,
                   std::function<void(QKeychain::WritePasswordJob *)> done);
    void deleteItem(const QString &key, std::function<void(QKeychain::DeletePasswordJob *)> done);

    KeychainTokenStore *const q;
    const QString serviceName;
    std::chrono::milliseconds timeout = std::chrono::seconds(30);
    qsizetype maximumItemSize = defaultKeychainItemSize;

    QTimer deadline;
    // The job of the operation under way; null when none is.
    TokenStoreJob *job = nullptr;
    bool reading = false;
    // Set once "cache" names the new document: from then on the write has
    // happened, whatever becomes of the clean-up after it.
    bool committed = false;
    // This operation asked to unlock the keyring already / is waiting for it.
    bool unlockAsked = false;
    bool unlocking = false;
    bool backendReported = false;
    // Bumped whenever an operation ends, so results of its jobs are ignored.
    quint64 operation = 0;
    QList<QKeychain::Job *> jobs;
    std::unique_ptr<SecretServiceProbe> probe;
};

} // namespace QtSignIn
