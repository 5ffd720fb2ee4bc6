// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/Branding.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QVariant>

namespace QtSignIn {

QString Branding::displayName() const
{
    if (!name.isEmpty())
        return name;
    // Core does not link QtGui: QGuiApplication's property is read by name.
    // A QCoreApplication (a command-line program) has none, and shows its name.
    if (const QCoreApplication *application = QCoreApplication::instance()) {
        const QString displayName = application->property("applicationDisplayName").toString();
        if (!displayName.isEmpty())
            return displayName;
    }
    return QCoreApplication::applicationName();
}

bool Branding::hasValidAccentColor() const
{
    if (accentColor.size() != 4 && accentColor.size() != 7)
        return false;
    if (accentColor.front() != QLatin1Char('#'))
        return false;
    for (qsizetype i = 1; i < accentColor.size(); ++i) {
        const QChar c = accentColor.at(i);
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hex)
            return false;
    }
    return true;
}

bool Branding::isShowableLink(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

} // namespace QtSignIn
