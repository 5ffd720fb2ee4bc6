// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "OptionDefinition.h"
#include "ProfileOptions.h"
#include "TokenStoreOption.h"

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/SignInOptions.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

// What `qtsignin token`, `accounts` and `logout` were asked to do, checked.
// They work on what `login` left in the token cache, so they take the same
// --authority, --client-id, --app-name and --cache, or the profile login
// remembered them in.
struct SessionOptions
{
    Q_DECLARE_TR_FUNCTIONS(SessionOptions)
public:
    enum class Command { Token, Accounts, Logout };
    // How `token` prints the token: alone (for scripts), as an HTTP header
    // line (for curl -H), or as the JSON object of --json.
    enum class Format { Token, Header, Json };

    Command command = Command::Token;
    QtSignIn::ClientConfiguration configuration;
    TokenStoreOption store;
    QString account;              // id or username; empty: the only one
    QStringList scopes;
    QtSignIn::SilentOptions silentOptions;
    bool all = false;             // logout --all
    bool endSession = false;      // logout --end-session
    bool revoke = true;           // logout, unless --no-revoke
    QString browserCommand;
    Format format = Format::Token;
    bool json = false;            // --json or --format json: errors as JSON too
    QUrl dpopUrl;                 // token --dpop-url: a DPoP proof for this request, too
    QByteArray dpopMethod;        // token --dpop-method
    bool verbose = false;
    ProfileSelection profile;

    static bool parse(Command command, const QStringList &arguments, SessionOptions *options,
                      QString *error, bool *helpRequested, const ProfileStore &profiles = ProfileStore());
    // Every option `command` takes, its parser's and its --help's.
    static QList<OptionDefinition> definitions(Command command);
    static QString helpText(Command command);
    static QString commandName(Command command);
};
