// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "Translations.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QTranslator>

namespace {

bool install(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QStringList installTranslations(const QLocale &locale)
{
    QStringList loaded;
    // The demo's strings, and QtSignIn's (the browser's result page, error
    // messages, the embedded dialog), both built in as resources.
    if (install(locale, QStringLiteral("qtsignin_demo"), QStringLiteral(":/qtsignin-demo/i18n")))
        loaded << QStringLiteral("qtsignin_demo");
    if (install(locale, QStringLiteral("qtsignin"), QStringLiteral(":/qtsignin/i18n")))
        loaded << QStringLiteral("qtsignin");
    // Qt's own (standard buttons, dialogs), where the system has them.
    if (install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        loaded << QStringLiteral("qtbase");
    return loaded;
}
