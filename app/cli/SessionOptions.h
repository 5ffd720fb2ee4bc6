// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "TokenStoreOption.h"

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/SignInOptions.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

// What `qtsignin token`, `accounts` and `logout` were asked to do, checked.
// They work on what `login` left in the token cache, so they take the same
// --authority, --client-id, --app-name and --cache.
struct SessionOptions
{
    Q_DECLARE_TR_FUNCTIONS(SessionOptions)
public:
    enum class Command { Token, Accounts, Logout };

    Command command = Command::Token;
    QtSignIn::ClientConfiguration configuration;
    TokenStoreOption store;
    QString account;              // id or username; empty: the only one
    QStringList scopes;
    QtSignIn::SilentOptions silentOptions;
    bool all = false;             // logout --all
    bool endSession = false;      // logout --end-session
    QString browserCommand;
    bool json = false;
    bool verbose = false;

    static bool parse(Command command, const QStringList &arguments, SessionOptions *options,
                      QString *error, bool *helpRequested);
    static QString helpText(Command command);
    static QString commandName(Command command);
};
