// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// qtsignin(1): the commands and their options from their definitions, the
// rest (environment, files, exit status, examples) written here, in English.
#include "CommandLineReference.h"
#include "ExitCode.h"

#include <QtCore/QRegularExpression>

#include <algorithm>

namespace CommandLineReference {

namespace {

// Text as roff prints it: a backslash is an escape, a line that starts with
// '.' or '\'' a request, and '-' a hyphen, which must be a minus in an
// option to be copied and pasted (--client-id).
QString roff(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    static const QRegularExpression option(QStringLiteral("(^|[\\s(\"'\\[])(--?[A-Za-z0-9][-A-Za-z0-9]*)"));
    QString result;
    qsizetype done = 0;
    for (auto it = option.globalMatch(escaped); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += escaped.mid(done, match.capturedStart(2) - done);
        result += match.captured(2).replace(QLatin1Char('-'), QLatin1String("\\-"));
        done = match.capturedEnd(2);
    }
    result += escaped.mid(done);
    if (result.startsWith(QLatin1Char('.')) || result.startsWith(QLatin1Char('\'')))
        result.prepend(QLatin1String("\\&"));
    return result;
}

// A macro's argument.
QString argument(const QString &text)
{
    QString escaped = roff(text);
    escaped.replace(QLatin1Char('"'), QLatin1String("\\(dq"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString optionItem(const OptionDefinition &option)
{
    QString item = QStringLiteral(".TP\n");
    if (option.name() == QLatin1String("help"))
        item += QStringLiteral(".BR \\-h \", \" \\-\\-help\n");
    else if (option.takesValue())
        item += QStringLiteral(".BI %1 \" %2\"\n").arg(roff(QStringLiteral("--") + option.name()), roff(option.valueName()));
    else
        item += QStringLiteral(".B %1\n").arg(roff(QStringLiteral("--") + option.name()));
    return item + roff(option.description().simplified()) + QLatin1Char('\n');
}

bool sameOption(const OptionDefinition &a, const OptionDefinition &b)
{
    return a.name() == b.name() && a.description() == b.description() && a.valueName() == b.valueName();
}

bool hasOption(const QList<OptionDefinition> &options, const OptionDefinition &option)
{
    return std::any_of(options.cbegin(), options.cend(),
                       [&option](const OptionDefinition &other) { return sameOption(option, other); });
}

// The options that every command with options has alike, documented once.
QList<OptionDefinition> commonOptions(const QList<CliCommand> &commands)
{
    QList<OptionDefinition> common;
    bool first = true;
    for (const CliCommand &command : commands) {
        if (command.options.isEmpty())
            continue;
        const QList<OptionDefinition> options = visibleOptions(command);
        if (first) {
            common = options;
            first = false;
        } else {
            common.removeIf([&options](const OptionDefinition &option) { return !hasOption(options, option); });
        }
    }
    return common;
}

QString synopsis(const QList<CliCommand> &commands)
{
    QStringList lines;
    for (const CliCommand &command : commands) {
        QString line = QStringLiteral(".B qtsignin %1\n").arg(command.name);
        if (!command.options.isEmpty())
            line += QStringLiteral(".RI [ options ]\n");
        if (!command.arguments.isEmpty())
            line += QStringLiteral(".I %1\n").arg(command.argumentName);
        lines.append(line);
    }
    lines.append(QStringLiteral(".B qtsignin\n.BR \\-\\-help \" | \" \\-\\-version\n"));
    return lines.join(QLatin1String(".br\n"));
}

struct Example
{
    const char *what;
    const char *commands;
};

const Example examples[] = {
    {"Sign in once; the provider and client are remembered as the default profile, so the other "
     "commands need no options:",
     "qtsignin login --authority https://login.example.com/ --client-id my-app \\\n"
     "    --scope offline_access\n"
     "qtsignin token\n"
     "qtsignin accounts\n"
     "qtsignin logout"},
    {"Call an API with the access token:", "curl -H \"$(qtsignin token --format header)\" https://api.example.com/me"},
    {"A second provider, remembered under a name of its own:",
     "qtsignin login --profile work --authority https://login.microsoftonline.com/TENANT/v2.0 \\\n"
     "    --client-id APPLICATION-ID --redirect-uri http://localhost/ --scope User.Read\n"
     "qtsignin token --profile work"},
    {"A provider that gives installed apps a client secret, kept in a file only its owner can read:",
     "install -m 600 /dev/null ~/.config/myapp/client-secret\n"
     "qtsignin login --authority https://accounts.google.com \\\n"
     "    --client-id ID.apps.googleusercontent.com \\\n"
     "    --client-secret-file ~/.config/myapp/client-secret --scope email"},
    {"Completion in this bash session only (the packages install it for bash, zsh and fish):",
     "source <(qtsignin completion bash)"},
};

QString examplesSection()
{
    QString section = QStringLiteral(".SH EXAMPLES\n");
    for (const Example &example : examples) {
        if (&example != examples)
            section += QStringLiteral(".PP\n");
        section += QStringLiteral("%1\n.PP\n.in +4n\n.EX\n").arg(roff(QString::fromUtf8(example.what)));
        const QStringList lines = QString::fromUtf8(example.commands).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            QString escaped = line;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\e"));
            escaped.replace(QLatin1Char('-'), QLatin1String("\\-"));
            section += escaped + QLatin1Char('\n');
        }
        section += QStringLiteral(".EE\n.in\n");
    }
    return section;
}

struct Entry
{
    QString term;
    const char *text;
};

QString entries(const QList<Entry> &list)
{
    QString text;
    for (const Entry &entry : list)
        text += QStringLiteral(".TP\n%1\n%2\n").arg(entry.term, roff(QString::fromUtf8(entry.text)));
    return text;
}

QString exitStatusSection()
{
    const auto code = [](int value) { return QStringLiteral(".B %1").arg(value); };
    return QStringLiteral(".SH EXIT STATUS\n")
            + entries({
                    {code(ExitSuccess), "Success."},
                    {code(ExitAuthenticationFailed), "Authentication or validation failed (the provider refused, or a "
                                                     "check of its answer failed)."},
                    {code(ExitCancelledOrTimedOut), "The sign-in was cancelled or timed out."},
                    {code(ExitInteractionRequired), "Only a new interactive sign-in can help: run qtsignin login."},
                    {code(ExitCacheUnavailable), "The keychain or token cache cannot be used."},
                    {code(ExitNetworkError), "A network error."},
                    {code(ExitKeychainLocked), "The keyring is locked: unlock it and run again; the tokens are still "
                                               "there, no new sign-in is needed."},
                    {code(ExitSetupProblem), "qtsignin doctor found a problem that stops a sign-in; its advice says "
                                             "what to do. Warnings alone exit 0."},
                    {code(ExitUsage), "A usage error: an unknown or invalid option, or one that is missing."},
                    {code(ExitProfileUnusable), "The profile file cannot be used: correct or delete the file the "
                                                "message names."},
                    {QStringLiteral(".BR 129 \", \" 130 \", \" 143"),
                     "Interrupted by SIGHUP, SIGINT or SIGTERM (128 + the signal's number), after storing the tokens "
                     "of a refresh already sent."},
            });
}

} // namespace

QString manPage(const QList<CliCommand> &commands, const QString &version, const QDate &date)
{
    QString page = QStringLiteral(
            ".\\\" Generated by 'qtsignin --man' from the options qtsignin parses (app/cli).\n"
            ".TH QTSIGNIN 1 %1 %2 \"User Commands\"\n"
            ".SH NAME\n"
            "qtsignin \\- sign in with OAuth 2.0 and OpenID Connect from the command line\n"
            ".SH SYNOPSIS\n")
                           .arg(date.toString(Qt::ISODate), argument(QStringLiteral("qtsignin ") + version));
    page += synopsis(commands);
    page += QStringLiteral(".SH DESCRIPTION\n") + roff(QStringLiteral(
            "qtsignin signs in to an OAuth 2.0 or OpenID Connect provider through the system browser (or a "
            "window of its own), keeps the tokens in the system keychain, and prints access tokens for "
            "scripts without asking anything again while a refresh token lasts."))
            + QStringLiteral("\n.PP\n") + roff(QStringLiteral(
            "A successful login remembers the provider and client (never a secret) as the default profile, or "
            "under --profile NAME: then token, accounts and logout need no options (or only --profile NAME). "
            "Options given on the command line win."))
            + QStringLiteral("\n.PP\n") + roff(QStringLiteral(
            "Every option can also be written with one dash (-authority), and its value after '=' "
            "(--authority=URL)."))
            + QLatin1Char('\n');

    page += QStringLiteral(".SH COMMANDS\n");
    for (const CliCommand &command : commands)
        page += QStringLiteral(".TP\n.B %1\n%2.\n").arg(command.name, roff(QString::fromUtf8(command.summaryText)));

    page += QStringLiteral(".SH OPTIONS\n");
    const QList<OptionDefinition> common = commonOptions(commands);
    QStringList sharing;
    for (const CliCommand &command : commands) {
        if (!command.options.isEmpty())
            sharing.append(command.name);
    }
    if (!common.isEmpty() && sharing.size() > 1) {
        const QString last = sharing.takeLast();
        page += QStringLiteral(".SS \"Options of %1 and %2\"\n").arg(sharing.join(QLatin1String(", ")), last);
        for (const OptionDefinition &option : common)
            page += optionItem(option);
    }
    for (const CliCommand &command : commands) {
        QString items;
        for (const OptionDefinition &option : visibleOptions(command)) {
            if (command.options.isEmpty() || !hasOption(common, option))
                items += optionItem(option);
        }
        if (!command.arguments.isEmpty()) {
            items += QStringLiteral(".TP\n.I %1\n%2\n")
                             .arg(command.argumentName, roff(command.arguments.join(QLatin1String(", "))));
        }
        if (!items.isEmpty())
            page += QStringLiteral(".SS \"qtsignin %1\"\n").arg(command.name) + items;
    }

    page += QStringLiteral(".SH ENVIRONMENT\n")
            + entries({
                    {QStringLiteral(".B QTSIGNIN_CLIENT_SECRET"),
                     "The client secret, for providers that give installed apps one, when --client-secret-file is "
                     "not given. Unlike an argument, which every user of the computer can read, the environment is "
                     "the process's own. Sent to the provider's token endpoint only."},
                    {QStringLiteral(".B BROWSER"),
                     "The command that opens the sign-in page, with the page's URL as its last argument, unless "
                     "--browser-command is given; without either, the desktop's default browser."},
                    {QStringLiteral(".B XDG_CONFIG_HOME"), "The folder the profiles are kept in (default ~/.config)."},
            });
    page += QStringLiteral(".SH FILES\n")
            + entries({
                    {QStringLiteral(".I $XDG_CONFIG_HOME/qtsignin/profiles/NAME.json"),
                     "A profile: the provider and client a login remembered, as the options it stands for; "
                     "default.json unless --profile NAME. Never a secret or a token. Only its owner may read and "
                     "write it (mode 0600). Delete it to forget the provider."},
                    {QStringLiteral(".I $XDG_CONFIG_HOME/qtsignin/profiles/"),
                     "The folder of the profiles (mode 0700)."},
            });
    page += exitStatusSection();
    page += examplesSection();
    return page;
}

} // namespace CommandLineReference
