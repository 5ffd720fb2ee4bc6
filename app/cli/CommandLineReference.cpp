// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "CommandLineReference.h"

namespace CommandLineReference {

QList<OptionDefinition> helpOptions()
{
    // -h and -? are --help too; --help-all, which would add Qt's own
    // options, shows the same (ClientOptions::parse()).
    return {{QStringLiteral("help"), QStringLiteral("Show the options.")},
            {QStringLiteral("help-all"), QStringLiteral("The same as --help.")}};
}

OptionDefinition versionOption()
{
    return {QStringLiteral("version"), QStringLiteral("Show the version.")};
}

QList<OptionDefinition> visibleOptions(const CliCommand &command)
{
    QList<OptionDefinition> options;
    for (const OptionDefinition &option : command.options) {
        if (!option.isHidden())
            options.append(option);
    }
    options.append(helpOptions());
    return options;
}

QString summaryOf(const QString &description)
{
    // "e.g. x" and "(default: ...)" hold no sentence end: one is a period
    // followed by a space and then not a lower-case letter.
    QString summary = description.simplified();
    for (qsizetype i = summary.indexOf(QLatin1String(". ")); i >= 0; i = summary.indexOf(QLatin1String(". "), i + 1)) {
        if (i + 2 < summary.size() && !summary.at(i + 2).isLower()) {
            summary.truncate(i);
            break;
        }
    }
    if (summary.endsWith(QLatin1Char('.')))
        summary.chop(1);
    return summary;
}

} // namespace CommandLineReference
