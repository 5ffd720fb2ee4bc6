// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "CliCommand.h"

#include "CompletionCommand.h"
#include "DoctorOptions.h"
#include "LoginOptions.h"
#include "SessionOptions.h"

#include <QtCore/QCoreApplication>

QString CliCommand::summary() const
{
    return QCoreApplication::translate("CliCommand", summaryText);
}

QList<CliCommand> CliCommand::all()
{
    using Session = SessionOptions::Command;
    return {
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("CliCommand", "Sign in interactively and print the result"),
         LoginOptions::definitions(), {}, {}},
        {QStringLiteral("token"),
         QT_TRANSLATE_NOOP("CliCommand", "Print an access token, from the cache or by refreshing (no interaction)"),
         SessionOptions::definitions(Session::Token), {}, {}},
        {QStringLiteral("accounts"), QT_TRANSLATE_NOOP("CliCommand", "List the signed-in accounts in the token cache"),
         SessionOptions::definitions(Session::Accounts), {}, {}},
        {QStringLiteral("logout"), QT_TRANSLATE_NOOP("CliCommand", "Sign an account (or --all) out: remove its tokens, revoke them at the provider and clear the embedded sign-in's session"),
         SessionOptions::definitions(Session::Logout), {}, {}},
        {QStringLiteral("doctor"),
         QT_TRANSLATE_NOOP("CliCommand", "Check this computer and the provider for what would stop a sign-in"),
         DoctorOptions::definitions(), {}, {}},
        {QStringLiteral("completion"),
         QT_TRANSLATE_NOOP("CliCommand", "Print the shell completion script for bash, zsh or fish"), {},
         CompletionCommand::shells(), QStringLiteral("SHELL")},
    };
}

std::optional<CliCommand> CliCommand::find(const QString &name)
{
    const QList<CliCommand> commands = all();
    for (const CliCommand &command : commands) {
        if (command.name == name)
            return command;
    }
    return std::nullopt;
}
