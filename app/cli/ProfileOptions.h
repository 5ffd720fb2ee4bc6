// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "CliProfile.h"
#include "OptionDefinition.h"
#include "ProfileStore.h"

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace QtSignIn {
class ClientConfiguration;
}
struct TokenStoreOption;

// Which profile a command line uses, and what became of it.
struct ProfileSelection
{
    QString name = ProfileStore::defaultProfileName();
    bool named = false;     // --profile NAME was given
    bool applied = false;   // its settings filled in options the command line left out
    bool unusable = false;  // the error is about the profile's file, not the command line
};

// --profile (every command) and --no-save (login): the profile is read
// before the options are checked, so its settings are checked as if typed.
namespace ProfileOptions {

QList<OptionDefinition> definitions(CliProfile::Use use);

// `parser` has parsed `arguments`. Reads the profile the command line
// selects and, when it applies, parses again with the profile's settings in
// front of `arguments`, so an option given on the command line always wins.
// The default profile applies unless --authority names another provider; a
// profile chosen with --profile always does. False and `error` on a usage
// error, or with `selection->unusable` for a profile that cannot be read.
bool apply(QCommandLineParser *parser, const QStringList &arguments, CliProfile::Use use,
           const ProfileStore &store, ProfileSelection *selection, QString *error);

// What a login that succeeds remembers: the options as checked, those
// left at their defaults left out.
CliProfile rememberedFrom(const QCommandLineParser &parser, const QtSignIn::ClientConfiguration &configuration,
                          const TokenStoreOption &store, const QStringList &scopes);

} // namespace ProfileOptions
