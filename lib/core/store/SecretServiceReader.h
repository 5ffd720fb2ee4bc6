// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QDBusMessage;

namespace QtSignIn {

class SecretServiceCipher;

// Reads the token cache that KeychainTokenStore wrote through QtKeychain
// straight from the Secret Service (org.freedesktop.secrets) over Qt DBus:
// OpenSession, SearchItems, GetSecrets, Session.Close.
//
// Why, when QtKeychain reads it too: start-up time. `qtsignin token` from the
// keychain took 2.2-2.4x a bare `qtsignin --version` (issue 15 asks for 2x),
// and nearly all of the difference was QtKeychain's libsecret backend:
// loading libsecret, GIO, GObject and GLib (relocations, page faults, type
// registration, a GDBus worker thread), libsecret's session key in libgcrypt,
// five AddMatch and GetAll calls, and two searches per item (QtKeychain asks
// for a "plaintext" item, then for a "base64" one). Qt DBus is loaded anyway;
// reading this way, `token` costs 8-10 ms more than `--version` instead of
// 13-15 ms (4 ms of CPU instead of 7; medians of interleaved runs, 2026-12-06).
//
// It only ever short-cuts success. An unlocked item of QtKeychain's schema,
// found once, decrypted and decoded, is the answer; anything else (no
// service, no item, a locked one, several, any D-Bus error, a secret that
// does not decrypt, the read's own deadline) gives nothing, and the store
// asks QtKeychain as before, so every error, lock and prompt is still
// QtKeychain's. Used only where QtKeychain itself uses libsecret
// (SecretServiceProbe::isQtKeychainBackend()), and only to read.
//
// QtKeychain's libsecret schema (0.13, libsecret.cpp): "org.qt.keychain",
// not matched by name; attributes user = the key, server = the service name,
// type = "base64" (binary data, the secret is its base64 text, as the store
// writes) or "plaintext" (text, preferred when both exist).
class SecretServiceReader : public QObject
{
public:
    using Done = std::function<void(const std::optional<QByteArray> &data, const QString &whyNot)>;

    // Reads the token cache of `service`: item "cache" and, when it is a
    // manifest, its parts (KeychainItemFormat), all in one session. `done`
    // runs once, from the event loop, unless `context` goes first; the
    // reader belongs to `context` and deletes itself afterwards.
    static void readCache(QObject *context, const QString &service, std::chrono::milliseconds deadline,
                          Done done);
    // One item, as QtKeychain's ReadPasswordJob would give its binaryData().
    static void readItem(QObject *context, const QString &service, const QString &key,
                         std::chrono::milliseconds deadline, Done done);

    ~SecretServiceReader() override;

private:
    SecretServiceReader(QObject *context, const QString &service, std::chrono::milliseconds deadline, Done done);

    void openSession(bool plain);
    void read(const QString &key, std::function<void(const QByteArray &)> then);
    void readSecret(const QString &path, std::function<void(const QByteArray &)> then);
    void readParts(qint64 generation, qsizetype parts, qsizetype index, qsizetype size, QByteArray collected,
                   std::function<void(const QByteArray &)> then);
    void call(const QDBusMessage &message, std::function<void(const QDBusMessage &)> then);
    void call(const QDBusMessage &message, std::function<void(const QDBusMessage &)> ifAbandoned,
              std::function<void(const QDBusMessage &)> then);
    void succeed(const QByteArray &data);
    void fail(const QString &why);
    void closeSession();
    void finish();

    const QString m_service;
    Done m_done;
    bool m_sessionOpen = false;
    std::function<void()> m_whenSessionOpen; // a GetSecrets waiting for OpenSession
    std::unique_ptr<SecretServiceCipher> m_cipher; // none: the "plain" algorithm
    QString m_session;
    int m_sessionsRefused = 0;
    std::chrono::steady_clock::time_point m_deadline;
};

// The decisions, apart from D-Bus (tested on their own).
namespace SecretServiceReading {

struct Search
{
    QStringList unlocked;
    QStringList locked;
};

// The one item QtKeychain's lookup would read without asking anyone, from
// SearchItems by {user, server} (`any`) and by {user, server, type=base64}:
// a lone unlocked item of type base64. QtKeychain looks for type plaintext
// first; with no other item under the key there is none, so both read the
// same item. Empty, with why not, otherwise.
QString chooseItem(const Search &any, const Search &base64, QString *whyNot);

// The data QtKeychain gives for a base64 item's secret: libsecret passes
// text/plain, or valid UTF-8 without a content type or as
// application/octet-stream; QtKeychain base64-decodes it. Only clean base64
// text is taken (a key that went wrong decrypts to noise, which can pass the
// padding check; a NUL, where libsecret's text would end, is left to
// QtKeychain); nothing, with why not, otherwise.
std::optional<QByteArray> itemData(const QByteArray &secret, const QString &contentType, QString *whyNot);

} // namespace SecretServiceReading

} // namespace QtSignIn
