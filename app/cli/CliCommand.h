// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "OptionDefinition.h"

#include <QtCore/QList>
#include <QtCore/QStringList>

#include <optional>

// The commands of qtsignin, as data: what `qtsignin --help` lists, what
// main() runs (a word not here is an unknown command), and what the shell
// completion and the man page are generated from (CommandLineReference).
// A new command is added here, with its options' definitions(), and then
// dispatched in main().
struct CliCommand
{
    QString name;
    // English, as in the man page; summary() translates it.
    const char *summaryText = nullptr;
    // Its options, as its parser has them (-h/--help aside, which every
    // command's parser has: ClientOptions::setUp()).
    QList<OptionDefinition> options;
    // The words it takes after it (`completion bash`), each one of these.
    QStringList arguments;
    QString argumentName;

    QString summary() const;

    static QList<CliCommand> all();
    static std::optional<CliCommand> find(const QString &name);
};
