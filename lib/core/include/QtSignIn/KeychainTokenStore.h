// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/TokenStore.h>

#include <QtCore/QUrl>

#include <chrono>
#include <memory>

namespace QtSignIn {

class KeychainTokenStorePrivate;

/// The token cache in the operating system's keychain through QtKeychain:
/// Secret Service on Linux, Keychain on macOS, Credential Manager on Windows.
/// Items live under a service name derived from the app, the client id and the
/// provider (serviceNameFor()), so two apps never see each other's tokens, and
/// the tokens of one provider are never filed under another's name.
///
/// Every keychain job has a deadline of our own (a locked keychain may wait on
/// an unlock prompt): past it, the call fails with KeychainUnavailable. Never
/// falls back to a file.
///
/// A locked keyring is not an empty one: where the keychain is the Secret
/// Service, a read that finds nothing or a write that is refused asks the
/// service why, and if the collection is locked, asks it to unlock (the
/// desktop shows its own prompt) within the same deadline. If it stays
/// locked, the call fails with KeychainLocked; nothing is read as empty and
/// nothing is written anywhere else.
///
/// Items: one item "cache" when the document fits in one item; otherwise the
/// document is split into parts of at most maximumItemSize() bytes, written
/// under a new generation, and "cache" becomes a small manifest naming that
/// generation and the document's SHA-256, written last. A write that fails
/// part-way leaves the previous generation (and the manifest pointing at it)
/// intact.
class QTSIGNIN_CORE_EXPORT KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    /// "qtsignin/2/<storageNamespace>/<clientId>/<authority>", each part
    /// percent-encoded (RFC 3986 §2.1, everything but the unreserved
    /// characters) so that no two different (namespace, client, provider)
    /// triples give the same name. Pass ClientConfiguration::storageNamespace(),
    /// never a displayed name; an empty namespace means
    /// QCoreApplication::applicationName(). (QtSignIn 0.2 put
    /// ClientConfiguration::applicationName() first; SignInClient moves the
    /// tokens from there once.)
    static QString serviceNameFor(const QString &storageNamespace, const QString &clientId, const QUrl &authority);
    /// The name QtSignIn 0.1 used, "qtsignin/<applicationName>/<clientId>":
    /// unescaped and without the provider. Read once to move its tokens to
    /// the new name (SignInClient does this); never written.
    static QString serviceNameFor(const QString &applicationName, const QString &clientId);

    explicit KeychainTokenStore(const QString &serviceName, QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    QString serviceName() const;

    /// How long one read, write or clear may take in all; default 30 seconds.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    /// The largest item written, in bytes. Windows' Credential Manager holds at
    /// most 2,560 bytes an item, so it is 2,048 there; elsewhere it is 256 KiB
    /// (one item for any ordinary cache).
    qsizetype maximumItemSize() const;

    QString sharedIdentity() const override;
    Kind kind() const override { return Kind::Keychain; }

    /// Which keychain QtKeychain uses in this process, as it chooses it once:
    /// "secret-service", "kwallet5" or "kwallet4" on Linux, "apple-keychain",
    /// "windows-credential-manager", "android-keystore". It never changes
    /// while the process runs; when QtKeychain uses the Secret Service because
    /// KWallet is missing on a KDE desktop, warning() says so.
    QString backend() const;

protected:
    void startRead(TokenStoreJob *job) override;
    void startWrite(TokenStoreJob *job, const QByteArray &document) override;
    void startClear(TokenStoreJob *job) override;

private:
    friend class KeychainTokenStorePrivate;
    std::unique_ptr<KeychainTokenStorePrivate> d;
};

} // namespace QtSignIn
