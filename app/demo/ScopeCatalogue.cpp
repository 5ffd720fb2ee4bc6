// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ScopeCatalogue.h"

ScopeCatalogue::ScopeCatalogue(const QHash<QString, QString> &extra) : m_extra(extra) {}

QString ScopeCatalogue::describe(const QString &scope) const
{
    // OpenID Connect's standard scopes, the demo API's, and Microsoft Graph's
    // most common one, so the Entra example reads well too.
    if (scope == QLatin1String("openid"))
        return tr("Sign you in");
    if (scope == QLatin1String("profile"))
        return tr("Read your profile (name and username)");
    if (scope == QLatin1String("email"))
        return tr("Read your email address");
    if (scope == QLatin1String("offline_access"))
        return tr("Keep you signed in");
    if (scope == QLatin1String("api.read"))
        return tr("Read your items");
    if (scope == QLatin1String("api.write"))
        return tr("Add and change your items");
    if (scope.compare(QLatin1String("User.Read"), Qt::CaseInsensitive) == 0
        || scope.endsWith(QLatin1String("/User.Read"), Qt::CaseInsensitive))
        return tr("Read your profile");
    if (const auto it = m_extra.constFind(scope); it != m_extra.constEnd() && !it->isEmpty())
        return *it;
    return tr("Use the permission \u201c%1\u201d").arg(scope);
}

QStringList ScopeCatalogue::shown(const QStringList &scopes)
{
    QStringList list;
    for (const QString &scope : scopes) {
        if (scope != QLatin1String("openid") && !list.contains(scope))
            list << scope;
    }
    return list;
}
