// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// What the demo's widget tests ask of the accessibility tree.

#include <QtCore/QStringList>
#include <QtGui/QAccessible>

// What an accessibility client reads: every control the keyboard or a
// pointer can use needs a role and a name; no text anywhere may hold a
// secret.
inline void auditAccessibleTree(QAccessibleInterface *node, const QStringList &secrets, QStringList *problems, int depth = 0)
{
    if (!node || !node->isValid() || depth > 50)
        return;
    static const QList<QAccessible::Role> interactive = {
        QAccessible::PushButton, QAccessible::CheckBox, QAccessible::RadioButton, QAccessible::ComboBox,
        QAccessible::EditableText, QAccessible::Table, QAccessible::PageTabList, QAccessible::PageTab,
        QAccessible::Link, QAccessible::ButtonMenu, QAccessible::ButtonDropDown, QAccessible::SpinBox,
        QAccessible::List, QAccessible::Tree};
    const QAccessible::State state = node->state();
    const QObject *object = node->object();
    const QString where = object ? QStringLiteral("%1 (%2)").arg(object->objectName(),
                                                               QLatin1String(object->metaObject()->className()))
                                 : QStringLiteral("role %1").arg(int(node->role()));
    if (!state.invisible && (state.focusable || interactive.contains(node->role()))) {
        if (node->text(QAccessible::Name).trimmed().isEmpty())
            *problems << where + QStringLiteral(": no accessible name");
        if (node->role() == QAccessible::NoRole)
            *problems << where + QStringLiteral(": no role (%1)").arg(int(node->role()));
    }
    for (const QAccessible::Text text : {QAccessible::Name, QAccessible::Description, QAccessible::Value,
                                         QAccessible::Help}) {
        for (const QString &secret : secrets) {
            if (node->text(text).contains(secret))
                *problems << where + QStringLiteral(": a token in its accessible text %1").arg(int(text));
        }
    }
    for (int i = 0; i < node->childCount(); ++i)
        auditAccessibleTree(node->child(i), secrets, problems, depth + 1);
}

