// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SecretServiceApi.h"

#include <QtDBus/QDBusArgument>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusMetaType>
#include <QtDBus/QDBusObjectPath>

#include <QtCore/QVariant>

namespace QtSignIn::SecretServiceApi {

void registerTypes()
{
    static const bool registered = [] {
        qDBusRegisterMetaType<Attributes>();
        return true;
    }();
    Q_UNUSED(registered);
}

QStringList objectPaths(const QVariant &argument)
{
    QStringList paths;
    const auto list = qdbus_cast<QList<QDBusObjectPath>>(argument);
    for (const QDBusObjectPath &path : list)
        paths.append(path.path());
    return paths;
}

QString errorText(const QDBusMessage &reply)
{
    return reply.errorName() + QStringLiteral(": ") + reply.errorMessage();
}

} // namespace QtSignIn::SecretServiceApi
