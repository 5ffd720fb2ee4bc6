// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The names and types of the freedesktop.org Secret Service API (0.2) that
// QtSignIn's own D-Bus calls use: SecretServiceProbe (why a keychain call
// failed, unlocking) and SecretServiceReader (the fast read). QtKeychain
// speaks to the same service for everything else.

#include <QtCore/QLatin1String>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QStringList>

QT_BEGIN_NAMESPACE
class QDBusMessage;
class QVariant;
QT_END_NAMESPACE

namespace QtSignIn::SecretServiceApi {

inline const QLatin1String serviceName("org.freedesktop.secrets");
inline const QLatin1String servicePath("/org/freedesktop/secrets");
inline const QLatin1String serviceInterface("org.freedesktop.Secret.Service");
inline const QLatin1String sessionInterface("org.freedesktop.Secret.Session");
inline const QLatin1String collectionInterface("org.freedesktop.Secret.Collection");
inline const QLatin1String itemInterface("org.freedesktop.Secret.Item");
inline const QLatin1String promptInterface("org.freedesktop.Secret.Prompt");
inline const QLatin1String propertiesInterface("org.freedesktop.DBus.Properties");

// An item's lookup attributes (a{ss}).
using Attributes = QMap<QString, QString>;

// Registers the D-Bus types above with QtDBus; cheap after the first call.
void registerTypes();

// The object paths of an `ao` argument.
QStringList objectPaths(const QVariant &argument);

// "name: message" of a D-Bus error reply, for logs and error details.
QString errorText(const QDBusMessage &reply);

} // namespace QtSignIn::SecretServiceApi
