// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "KeychainCondition.h"

#include <QtCore/QRegularExpression>

namespace QtSignIn::KeychainConditions {

namespace {

// QtKeychain's libsecret schema: attributes "user" (our key), "server" (our
// service name) and "type", and libsecret adds "xdg:schema".
const QLatin1String schemaAttribute("xdg:schema");
const QLatin1String qtKeychainSchema("org.qt.keychain");
const QLatin1String keyAttribute("user");
const QLatin1String serviceAttribute("server");
const QLatin1String typeAttribute("type");

// "cache.<generation>.<index>", as KeychainItemFormat::partKey() writes it.
std::optional<QPair<qint64, qsizetype>> parsePartKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^cache\\.(\\d{1,15})\\.(\\d{1,9})$"));
    const QRegularExpressionMatch match = pattern.match(key);
    if (!match.hasMatch())
        return std::nullopt;
    return QPair<qint64, qsizetype>(match.captured(1).toLongLong(), match.captured(2).toLongLong());
}

bool isOurKey(const QString &key)
{
    return key == KeychainItemFormat::cacheKey() || parsePartKey(key).has_value();
}

} // namespace

KeychainCondition fromDBusError(const QString &errorName)
{
    // org.freedesktop.DBus.Error.* (the bus and QtDBus) and
    // org.freedesktop.Secret.Error.* (Secret Service API §"Errors").
    static const QStringList noService{
        QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown"),
        QStringLiteral("org.freedesktop.DBus.Error.NameHasNoOwner"),
        QStringLiteral("org.freedesktop.DBus.Error.NoServer"),
        QStringLiteral("org.freedesktop.DBus.Error.NoNetwork"),
        QStringLiteral("org.freedesktop.DBus.Error.Disconnected"),
        QStringLiteral("org.freedesktop.DBus.Error.FileNotFound"),
    };
    static const QStringList tooSlow{
        QStringLiteral("org.freedesktop.DBus.Error.NoReply"),
        QStringLiteral("org.freedesktop.DBus.Error.Timeout"),
        QStringLiteral("org.freedesktop.DBus.Error.TimedOut"),
    };
    if (errorName.isEmpty())
        return KeychainCondition::ItemAbsent;
    if (noService.contains(errorName)
        || errorName.startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn.")))
        return KeychainCondition::NoService;
    if (tooSlow.contains(errorName))
        return KeychainCondition::TooSlow;
    if (errorName == QLatin1String("org.freedesktop.DBus.Error.AccessDenied")
        || errorName == QLatin1String("org.freedesktop.DBus.Error.AuthFailed"))
        return KeychainCondition::AccessDenied;
    if (errorName == QLatin1String("org.freedesktop.Secret.Error.IsLocked"))
        return KeychainCondition::Locked;
    return KeychainCondition::Failed;
}

KeychainCondition classify(const SecretServiceFindings &findings)
{
    if (!findings.errorName.isEmpty())
        return fromDBusError(findings.errorName);
    if (findings.collectionLocked)
        return KeychainCondition::Locked;
    // The collection is open but our item is locked on its own (the API
    // allows it; gnome-keyring locks whole collections).
    if (!findings.lockedItems.isEmpty() && findings.unlockedItems.isEmpty())
        return KeychainCondition::Locked;
    // No default collection yet, or an open one without our item: nothing
    // is stored. An unlocked item QtKeychain did not return is not one of
    // its own (see foreignKeys), so it is not ours either.
    return KeychainCondition::ItemAbsent;
}

SignInError errorFor(KeychainCondition condition, const QString &detail)
{
    switch (condition) {
    case KeychainCondition::ItemAbsent:
        return SignInError();
    case KeychainCondition::Locked:
        return SignInError(SignInError::KeychainLocked, detail);
    case KeychainCondition::NoService:
    case KeychainCondition::AccessDenied:
    case KeychainCondition::TooSlow:
    case KeychainCondition::Failed:
        break;
    }
    return SignInError(SignInError::KeychainUnavailable, detail);
}

QString describe(KeychainCondition condition)
{
    switch (condition) {
    case KeychainCondition::ItemAbsent: return QStringLiteral("no such item");
    case KeychainCondition::NoService: return QStringLiteral("no Secret Service is running");
    case KeychainCondition::Locked: return QStringLiteral("the keyring is locked");
    case KeychainCondition::AccessDenied: return QStringLiteral("the Secret Service denied access");
    case KeychainCondition::TooSlow: return QStringLiteral("the Secret Service did not answer in time");
    case KeychainCondition::Failed: break;
    }
    return QStringLiteral("the Secret Service failed");
}

bool isQtKeychainItem(const SecretServiceItem &item)
{
    const QString type = item.attributes.value(typeAttribute);
    return item.attributes.value(schemaAttribute) == qtKeychainSchema
            && (type == QLatin1String("plaintext") || type == QLatin1String("base64"));
}

QStringList leftoverParts(const QList<SecretServiceItem> &items, const QString &service,
                          const std::optional<KeychainManifest> &current)
{
    QStringList paths;
    for (const SecretServiceItem &item : items) {
        if (item.attributes.value(serviceAttribute) != service || !isQtKeychainItem(item))
            continue;
        const auto part = parsePartKey(item.attributes.value(keyAttribute));
        if (!part)
            continue;
        const bool named = current && part->first == current->generation && part->second < current->parts;
        if (!named)
            paths.append(item.path);
    }
    return paths;
}

QStringList foreignKeys(const QList<SecretServiceItem> &items, const QString &service)
{
    QStringList keys;
    for (const SecretServiceItem &item : items) {
        const QString key = item.attributes.value(keyAttribute);
        if (item.attributes.value(serviceAttribute) == service && isOurKey(key) && !isQtKeychainItem(item)
            && !keys.contains(key))
            keys.append(key);
    }
    keys.sort();
    return keys;
}

} // namespace QtSignIn::KeychainConditions
