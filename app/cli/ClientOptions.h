// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "OptionDefinition.h"
#include "TokenStoreOption.h"

#include <QtSignIn/Branding.h>

#include <QtCore/QStringList>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace QtSignIn {
class ClientConfiguration;
}

// The options every qtsignin command shares, declared and checked in one
// place: which provider and client (--authority or --provider and its
// options (ProviderOptions), --client-id, --app-name,
// --client-secret-file or $QTSIGNIN_CLIENT_SECRET, --client-auth-method),
// where tokens are kept (--cache, --keychain-timeout), and how to print
// (--json, --verbose).
namespace ClientOptions {

// The options themselves, for a command's definitions().
QList<OptionDefinition> definitions();

// Sets `parser` up as every command's is (-h/--help, -name read as --name)
// and adds `commandDefinitions`: all of the command's options, these
// shared ones among them.
void setUp(QCommandLineParser *parser, const QList<OptionDefinition> &commandDefinitions);

enum class Parsed { Options, Help, Error };
// Parses `arguments` (after the command word); no positional arguments.
Parsed parse(QCommandLineParser *parser, const QStringList &arguments, QString *error);

// The usage text of `command` ("login", "token", ...).
QString helpText(QCommandLineParser *parser, const QString &command);

// What a command cannot work without. `doctor` checks whatever it is
// given: no provider, no client id or a --client-auth-method without the
// secret (which only the token endpoint needs) is left out of its checks,
// not a usage error.
enum class Need { ProviderAndClient, WhateverIsGiven };

// Authority (or --provider's preset, or --oauth2's endpoints), client id,
// client secret and application name into `configuration`, the cache into
// `store`; false and `error` on a usage error.
bool readClient(const QCommandLineParser &parser, QtSignIn::ClientConfiguration *configuration,
                TokenStoreOption *store, QString *error, Need need = Need::ProviderAndClient);

// A preset that cannot sign in without the client secret (--provider
// google) and none given: false and `error`, before the browser opens.
// Only for signing in: `accounts` and `logout` need no secret.
bool checkClientSecretForSignIn(const QCommandLineParser &parser, const QtSignIn::ClientConfiguration &configuration,
                                QString *error);

// How the pages shown while signing in name the app: by --app-name.
QtSignIn::Branding branding(const QtSignIn::ClientConfiguration &configuration);

// Every --scope, each one a valid scope-token (RFC 6749 §3.3).
bool readScopes(const QCommandLineParser &parser, QStringList *scopes, QString *error);

// --browser-command, else $BROWSER; empty means the desktop's default
// browser. A command that has no program in it is a usage error.
bool readBrowserCommand(const QCommandLineParser &parser, QString *command, QString *error);

} // namespace ClientOptions
