// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QByteArray>
#include <QtCore/QObject>

namespace QtSignIn {

/// Where the token cache lives between runs of the app. SignInClient reads it
/// once per process and writes it only when something changed; the document
/// is opaque to the store (versioned JSON made by the client).
///
/// Asynchronous, because a keychain may take seconds or ask the person to
/// unlock it; every implementation finishes each call within a deadline of its
/// own. The client runs one call at a time per store.
///
/// Implementations: KeychainTokenStore (the default), MemoryTokenStore, and
/// FileTokenStore (explicit opt-in, for machines without any keychain).
class QTSIGNIN_CORE_EXPORT TokenStore : public QObject
{
    Q_OBJECT
public:
    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    /// Reads the stored document; emits readFinished(), never from inside this
    /// call. An empty document with no error means nothing is stored. Data
    /// that is unreadable (corrupt, foreign) is reported through warning() and
    /// read as nothing; it is left where it is.
    virtual void read() = 0;

    /// Replaces the stored document; emits writeFinished(), never from inside
    /// this call. A failed write leaves what was stored before intact.
    virtual void write(const QByteArray &document) = 0;

    /// Removes everything this store holds; emits writeFinished().
    virtual void clear() = 0;

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
    void readFinished(const QByteArray &document, const QtSignIn::SignInError &error);
    void writeFinished(const QtSignIn::SignInError &error);
    /// Something stored could not be used and was skipped, not erased.
    void warning(const QString &message);
};

} // namespace QtSignIn
