// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "KeychainItemFormat.h"

#include <QtSignIn/SignInError.h>

#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace QtSignIn {

// Why a keychain call did not return an item. QtKeychain 0.13 reports a
// locked Secret Service collection as "not found" on read and "access
// denied" on write; the Secret Service itself (SecretServiceProbe) says which
// it is. Kept free of D-Bus, so the rules are tested without a keychain.
enum class KeychainCondition {
    ItemAbsent,   // the keychain is open and holds no such item: nothing stored
    NoService,    // no Secret Service (no session bus, nobody owns the name)
    Locked,       // the collection is locked and stayed locked
    AccessDenied, // the service refused us
    TooSlow,      // no answer within the deadline
    Failed,       // anything else
};

// What the Secret Service said about one item key, through its D-Bus API.
struct SecretServiceFindings
{
    // The D-Bus error of the first call that failed (e.g.
    // "org.freedesktop.DBus.Error.ServiceUnknown"); empty when none did.
    QString errorName;
    QString errorMessage;
    // The "default" alias, "/" when there is no default collection.
    QString collection;
    bool collectionLocked = false;
    // SearchItems' two answers for the key's attributes: item paths.
    QStringList unlockedItems;
    QStringList lockedItems;
};

// One Secret Service item that carries our service attribute.
struct SecretServiceItem
{
    QString path;
    QMap<QString, QString> attributes;
};

namespace KeychainConditions {

// A D-Bus error name as a condition.
KeychainCondition fromDBusError(const QString &errorName);

// After QtKeychain said "not found" (or refused a write): what the Secret
// Service's own answers mean.
KeychainCondition classify(const SecretServiceFindings &findings);

// The typed error for a condition; `detail` is for developers and logs.
// ItemAbsent is no error.
SignInError errorFor(KeychainCondition condition, const QString &detail);

// A few words for logs and error details: "the collection is locked".
QString describe(KeychainCondition condition);

// Whether QtKeychain (libsecret, schema "org.qt.keychain") made this item.
bool isQtKeychainItem(const SecretServiceItem &item);

// What to tidy among the items of `service` once the document is stored:
// paths of our own "cache.<generation>.<n>" items that `current` (the
// manifest just written, or none for a single item) does not name.
QStringList leftoverParts(const QList<SecretServiceItem> &items, const QString &service,
                          const std::optional<KeychainManifest> &current);

// Items under our service and one of our keys that QtKeychain did not make:
// a lookup may return them instead of ours. Their keys, sorted.
QStringList foreignKeys(const QList<SecretServiceItem> &items, const QString &service);

} // namespace KeychainConditions
} // namespace QtSignIn
