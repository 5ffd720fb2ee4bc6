// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "OptionDefinition.h"

#include <QtCore/QCommandLineParser>

OptionDefinition::OptionDefinition(const QString &name, const QString &description, const QString &valueName,
                                   const QString &defaultValue)
    : m_option(name, description, valueName, defaultValue)
{
}

OptionDefinition &OptionDefinition::withChoices(const QStringList &choices)
{
    m_choices = choices;
    return *this;
}

OptionDefinition &OptionDefinition::hidden()
{
    m_option.setFlags(m_option.flags() | QCommandLineOption::HiddenFromHelp);
    return *this;
}

bool OptionDefinition::isHidden() const
{
    return m_option.flags().testFlag(QCommandLineOption::HiddenFromHelp);
}

OptionDefinition::ValueKind OptionDefinition::valueKind() const
{
    const QString value = valueName();
    if (value.isEmpty())
        return ValueKind::None;
    if (!m_choices.isEmpty())
        return ValueKind::Choice;
    if (value == QLatin1String("PATH"))
        return ValueKind::File;
    if (value == QLatin1String("URL") || value == QLatin1String("URI"))
        return ValueKind::Url;
    if (value == QLatin1String("CMD"))
        return ValueKind::Command;
    return ValueKind::Text;
}

void OptionDefinition::addAll(QCommandLineParser *parser, const QList<OptionDefinition> &definitions)
{
    for (const OptionDefinition &definition : definitions)
        parser->addOption(definition.option());
}
