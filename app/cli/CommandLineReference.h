// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "CliCommand.h"

#include <QtCore/QDate>
#include <QtCore/QString>

// Shell completion scripts and the man page, written from the commands and
// option definitions the parsers are built from (CliCommand::all()), so
// that an option or a command reaches them without anyone editing them.
// English, whatever the locale: the build generates the installed files
// with LC_ALL=C (app/cli/CMakeLists.txt).
namespace CommandLineReference {

QString bashCompletion(const QList<CliCommand> &commands);
QString zshCompletion(const QList<CliCommand> &commands);
QString fishCompletion(const QList<CliCommand> &commands);
// qtsignin(1) in roff (man(7) macros), of `version`, dated `date`.
QString manPage(const QList<CliCommand> &commands, const QString &version, const QDate &date);

// What every command's parser has besides its definitions
// (QCommandLineParser::addHelpOption(): --help and --help-all), and what
// `qtsignin` alone takes.
QList<OptionDefinition> helpOptions();
OptionDefinition versionOption();
// A command's options as offered and documented: its definitions that are
// not hidden, and the help options.
QList<OptionDefinition> visibleOptions(const CliCommand &command);
// The first sentence of a description, for the one line a shell's menu has.
QString summaryOf(const QString &description);

} // namespace CommandLineReference
