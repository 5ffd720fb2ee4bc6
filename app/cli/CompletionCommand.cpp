// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "CompletionCommand.h"

#include "CliCommand.h"
#include "CommandLineReference.h"
#include "CommandOutput.h"
#include "ExitCode.h"

#include <QtCore/QCommandLineParser>

#include <cstdio>

QStringList CompletionCommand::shells()
{
    return {QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("fish")};
}

int CompletionCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.setApplicationDescription(tr("Prints the completion script for the shell. The packages install it for all\n"
                                        "three; to use it in this shell only:\n"
                                        "  bash: source <(qtsignin completion bash)\n"
                                        "  zsh:  source <(qtsignin completion zsh)\n"
                                        "  fish: qtsignin completion fish | source"));
    parser.addPositionalArgument(QStringLiteral("shell"), tr("bash, zsh or fish"));
    const auto usageError = [](const QString &error) {
        std::fprintf(stderr, "qtsignin completion: %s\n", qPrintable(error));
        return ExitUsage;
    };
    if (!parser.parse(QStringList{QStringLiteral("qtsignin")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // QCommandLineParser names the program as it was started (argv[0]).
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')), QStringLiteral("Usage: qtsignin completion [options] bash|zsh|fish"));
        std::fputs(qPrintable(help), stdout);
        return ExitSuccess;
    }
    const QStringList shell = parser.positionalArguments();
    if (shell.isEmpty())
        return usageError(tr("name the shell: bash, zsh or fish"));
    if (shell.size() > 1)
        return usageError(tr("unexpected argument: %1").arg(shell.at(1)));

    const QList<CliCommand> commands = CliCommand::all();
    QString script;
    if (shell.constFirst() == QLatin1String("bash"))
        script = CommandLineReference::bashCompletion(commands);
    else if (shell.constFirst() == QLatin1String("zsh"))
        script = CommandLineReference::zshCompletion(commands);
    else if (shell.constFirst() == QLatin1String("fish"))
        script = CommandLineReference::fishCompletion(commands);
    else
        return usageError(tr("there is no completion for \"%1\"; name bash, zsh or fish").arg(shell.constFirst()));
    CommandOutput::writeStdout(script.toUtf8());
    return ExitSuccess;
}
