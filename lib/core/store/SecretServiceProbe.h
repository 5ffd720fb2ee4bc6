// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "KeychainCondition.h"

#include <QtCore/QObject>

#include <functional>

class QDBusMessage;

namespace QtSignIn {

// Asks the Secret Service (org.freedesktop.secrets, through QtDBus) what
// QtKeychain cannot say: whether the collection is locked, which items carry
// our service name, and to unlock (the desktop shows its own prompt). Used by
// KeychainTokenStore only when QtKeychain's answer needs explaining, or to
// tidy after a write: never on a successful read.
//
// Linux and other Unix desktops only (built where Qt6::DBus is linked); each
// call answers once, later, from the event loop, and never after its context
// object is gone.
class SecretServiceProbe
{
public:
    explicit SecretServiceProbe(QObject *context);

    // Whether QtKeychain uses the Secret Service in this process: not on a
    // KDE desktop with KWallet (QtKeychain 0.13's own rules).
    static bool isQtKeychainBackend();
    // The backend QtKeychain uses here, by the same rules: "secret-service",
    // "kwallet5" or "kwallet4".
    static QString qtKeychainBackend();
    // Set when QtKeychain, on a KDE desktop, found no KWallet and uses the
    // Secret Service instead: a message saying so.
    static QString backendWarning();

    // Each D-Bus call's own timeout; the store's deadline bounds the whole.
    void setCallTimeout(int milliseconds) { m_callTimeout = qMax(1, milliseconds); }

    // The default collection, whether it is locked, and the items with
    // attributes server=`service`, user=`key`.
    void inspect(const QString &service, const QString &key,
                 std::function<void(const SecretServiceFindings &)> done);

    // Asks to unlock `objects` (collections or items): Unlock, then Prompt and
    // its Completed signal when the service wants to ask the person. True
    // when they are unlocked; otherwise why not.
    void unlock(const QStringList &objects, std::function<void(bool, const QString &)> done);

    // Every item with attribute server=`service`, with its attributes, in
    // unlocked collections. An error message when the search failed.
    void listItems(const QString &service,
                   std::function<void(const QList<SecretServiceItem> &, const QString &)> done);

    // Deletes items by path; the paths that could not be deleted.
    void deleteItems(const QStringList &paths, std::function<void(const QStringList &)> done);

private:
    void call(const QDBusMessage &message, std::function<void(const QDBusMessage &)> done);

    QObject *const m_context;
    int m_callTimeout = 25000;
};

} // namespace QtSignIn
