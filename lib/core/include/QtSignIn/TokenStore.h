// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>
#include <QtSignIn/TokenStoreJob.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QByteArray>
#include <QtCore/QObject>

#include <memory>

namespace QtSignIn {

class TokenStorePrivate;

/// Where the token cache lives between runs of the app. SignInClient reads it
/// once per process and writes it only when something changed; the document
/// is opaque to the store (versioned JSON made by the client).
///
/// Asynchronous, because a keychain may take seconds or ask the person to
/// unlock it: each call returns a TokenStoreJob that finishes with its own
/// result (QtKeychain's model: one object per call), never from inside the
/// call, and within a deadline of the store's own.
///
/// One call at a time: a store runs the calls made to it in the order they
/// were made, each after the previous one finished; the others wait in
/// TokenStore, not in the implementation. So an implementation never sees two
/// calls of its own overlap (a keychain item is one blob), and a read made
/// after a write reads what was written.
///
/// Implementations: KeychainTokenStore (the default), MemoryTokenStore, and
/// FileTokenStore (explicit opt-in, for machines without any keychain). An
/// application's own store implements startRead(), startWrite() and
/// startClear(), and ends each call with finishRead() or finishWrite().
class QTSIGNIN_CORE_EXPORT TokenStore : public QObject
{
    Q_OBJECT
public:
    explicit TokenStore(QObject *parent = nullptr);
    /// Jobs not finished yet (the one under way, those waiting their turn)
    /// finish with SignInError::TokenStoreFailed.
    ~TokenStore() override;

    /// Reads the stored document. An empty document with no error means
    /// nothing is stored. Data that is unreadable (corrupt, foreign) is
    /// reported through warning() and read as nothing; it is left where it is.
    TokenStoreJob *read();

    /// Replaces the stored document. A failed write leaves what was stored
    /// before intact.
    TokenStoreJob *write(const QByteArray &document);

    /// Removes everything this store holds.
    TokenStoreJob *clear();

    /// A name shared by every process that opens the same store (e.g. the
    /// keychain service name, or the file's path), used to make processes take
    /// turns redeeming a refresh token. Empty when the store is private to
    /// this process.
    virtual QString sharedIdentity() const = 0;

    enum class Kind {
        Memory,   ///< this process only
        File,     ///< a file of the user's
        Keychain, ///< the OS keychain
        Custom,   ///< an application's own store
    };
    Q_ENUM(Kind)

    /// Which kind of store this is; an application's own store is Kind::Custom.
    virtual Kind kind() const = 0;

    /// "memory", "file", "keychain" or "custom", for messages.
    static QString kindName(Kind kind);

Q_SIGNALS:
    /// Something stored could not be used and was skipped, not erased, or the
    /// store is not what the desktop normally uses. Store-wide, not a job's:
    /// it describes what the store holds or is, for whoever shows it to the
    /// person, whichever call found it. Emitted before the job of the call
    /// that found it finishes.
    void warning(const QString &message);

protected:
    /// Start the call `job` stands for, one job at a time: the next is
    /// started (from the event loop) only after finishRead() or finishWrite()
    /// ended this one; an idle store starts a call inside read(), write() or
    /// clear(). Each must finish `job` exactly once, within a deadline of the
    /// store's own; it may do so before returning (finished() is emitted from
    /// the event loop in any case).
    virtual void startRead(TokenStoreJob *job) = 0;
    virtual void startWrite(TokenStoreJob *job, const QByteArray &document) = 0;
    virtual void startClear(TokenStoreJob *job) = 0;

    /// Ends a read with what was read, or with an error (then `document` is
    /// ignored).
    void finishRead(TokenStoreJob *job, const QByteArray &document, const SignInError &error);
    /// Ends a write or a clear.
    void finishWrite(TokenStoreJob *job, const SignInError &error);

private:
    friend class TokenStorePrivate;
    std::unique_ptr<TokenStorePrivate> d;
};

} // namespace QtSignIn
