// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QStringList>

// What a scope lets the app do, in plain words for the person: the consent
// screen says "Read your items", and shows "api.read" only on hover.
class ScopeCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ScopeCatalogue)
public:
    // `extra`: descriptions from the app's configuration, for scopes the
    // built-in list does not know (they are not translated).
    explicit ScopeCatalogue(const QHash<QString, QString> &extra = {});

    QString describe(const QString &scope) const;

    // Scopes the person needs to hear about: "openid" says nothing they would
    // not know from signing in, so it is left out.
    static QStringList shown(const QStringList &scopes);

private:
    QHash<QString, QString> m_extra;
};
