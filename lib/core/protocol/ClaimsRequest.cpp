// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ClaimsRequest.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

namespace QtSignIn {

QJsonObject ClaimsRequest::forClientCapabilities(const QStringList &capabilities)
{
    QStringList values;
    for (const QString &capability : capabilities) {
        if (!capability.isEmpty() && !values.contains(capability))
            values.append(capability);
    }
    if (values.isEmpty())
        return QJsonObject();
    return QJsonObject{{QStringLiteral("access_token"),
                        QJsonObject{{QStringLiteral("xms_cc"),
                                     QJsonObject{{QStringLiteral("values"), QJsonArray::fromStringList(values)}}}}}};
}

QJsonObject ClaimsRequest::merge(const QJsonObject &base, const QJsonObject &overriding)
{
    QJsonObject merged = base;
    for (auto it = overriding.constBegin(); it != overriding.constEnd(); ++it) {
        const QJsonValue existing = merged.value(it.key());
        if (existing.isObject() && it.value().isObject())
            merged.insert(it.key(), merge(existing.toObject(), it.value().toObject()));
        else
            merged.insert(it.key(), it.value());
    }
    return merged;
}

QByteArray ClaimsRequest::toParameter() const
{
    const QJsonObject merged = merge(forClientCapabilities(clientCapabilities), claims);
    if (merged.isEmpty())
        return QByteArray();
    return QJsonDocument(merged).toJson(QJsonDocument::Compact);
}

} // namespace QtSignIn
