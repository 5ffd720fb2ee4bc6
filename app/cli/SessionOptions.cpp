// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SessionOptions.h"

#include <QtCore/QCommandLineParser>

namespace {

using Command = SessionOptions::Command;

void addOptions(QCommandLineParser *parser, Command command)
{
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addHelpOption();
    parser->addOptions({
        {QStringLiteral("authority"), SessionOptions::tr("The provider's issuer URL, as given to login."), QStringLiteral("URL")},
        {QStringLiteral("client-id"), SessionOptions::tr("The application (client) id, as given to login."), QStringLiteral("ID")},
        {QStringLiteral("app-name"), SessionOptions::tr("The application name, as given to login (it names the keychain entry)."), QStringLiteral("NAME"), QStringLiteral("qtsignin")},
        {QStringLiteral("cache"), SessionOptions::tr("keychain (default), memory or file:PATH, as given to login."), QStringLiteral("CACHE"), QStringLiteral("keychain")},
        {QStringLiteral("keychain-timeout"), SessionOptions::tr("Seconds to wait for the keychain (default 30)."), QStringLiteral("SECONDS"), QStringLiteral("30")},
        {QStringLiteral("json"), SessionOptions::tr("Print the result as one JSON object on stdout.")},
        {QStringLiteral("verbose"), SessionOptions::tr("Log what the library does (never tokens) to stderr.")},
    });
    if (command == Command::Token || command == Command::Logout)
        parser->addOption({QStringLiteral("account"), SessionOptions::tr("The account's id or username (see 'qtsignin accounts'); needed when there are several."), QStringLiteral("ID")});
    if (command == Command::Token) {
        parser->addOptions({
            {QStringLiteral("scope"), SessionOptions::tr("A scope the access token must cover; repeat for more."), QStringLiteral("S")},
            {QStringLiteral("force-refresh"), SessionOptions::tr("Redeem the refresh token even if a cached access token would do.")},
            {QStringLiteral("min-validity"), SessionOptions::tr("Seconds a cached access token must still be valid for (default 300)."), QStringLiteral("SECONDS"), QStringLiteral("300")},
        });
    }
    if (command == Command::Logout) {
        parser->addOptions({
            {QStringLiteral("all"), SessionOptions::tr("Sign out every account.")},
            {QStringLiteral("end-session"), SessionOptions::tr("Also end the session at the provider, in the browser.")},
            {QStringLiteral("browser-command"), SessionOptions::tr("Run CMD with the URL as its last argument instead of the default browser."), QStringLiteral("CMD")},
        });
    }
}

} // namespace

QString SessionOptions::commandName(Command command)
{
    switch (command) {
    case Command::Token: return QStringLiteral("token");
    case Command::Accounts: return QStringLiteral("accounts");
    case Command::Logout: return QStringLiteral("logout");
    }
    return QString();
}

QString SessionOptions::helpText(Command command)
{
    QCommandLineParser parser;
    addOptions(&parser, command);
    QString text = parser.helpText();
    text.replace(QLatin1String("Usage: "), QStringLiteral("Usage: qtsignin %1 ").arg(commandName(command)));
    return text;
}

bool SessionOptions::parse(Command command, const QStringList &arguments, SessionOptions *options,
                           QString *error, bool *helpRequested)
{
    QCommandLineParser parser;
    addOptions(&parser, command);
    options->command = command;
    *helpRequested = false;
    if (!parser.parse(QStringList{QStringLiteral("qtsignin")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *helpRequested = true;
        return true;
    }
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    QtSignIn::ClientConfiguration &configuration = options->configuration;
    const QUrl authority(parser.value(QStringLiteral("authority")), QUrl::StrictMode);
    if (!parser.isSet(QStringLiteral("authority")) || !authority.isValid() || authority.host().isEmpty())
        return fail(tr("--authority URL is required"));
    if (!QtSignIn::isAllowedEndpoint(authority))
        return fail(tr("--authority must be https (http only on 127.0.0.1, [::1] or localhost)"));
    configuration.setAuthority(authority);
    if (parser.value(QStringLiteral("client-id")).isEmpty())
        return fail(tr("--client-id ID is required"));
    configuration.setClientId(parser.value(QStringLiteral("client-id")));
    configuration.setApplicationName(parser.value(QStringLiteral("app-name")));
    if (!TokenStoreOption::parse(parser.value(QStringLiteral("cache")),
                                 parser.value(QStringLiteral("keychain-timeout")), &options->store, error))
        return false;

    options->json = parser.isSet(QStringLiteral("json"));
    options->verbose = parser.isSet(QStringLiteral("verbose"));
    if (command != Command::Accounts)
        options->account = parser.value(QStringLiteral("account"));
    if (command == Command::Token) {
        options->scopes = parser.values(QStringLiteral("scope"));
        for (const QString &scope : std::as_const(options->scopes)) {
            if (scope.isEmpty() || scope.contains(QLatin1Char(' ')) || scope.contains(QLatin1Char('"'))
                || scope.contains(QLatin1Char('\\')))
                return fail(tr("not a valid scope: \"%1\"").arg(scope));
        }
        options->silentOptions.forceRefresh = parser.isSet(QStringLiteral("force-refresh"));
        bool ok = false;
        const int validity = parser.value(QStringLiteral("min-validity")).toInt(&ok);
        if (!ok || validity < 0 || validity > 7 * 24 * 3600)
            return fail(tr("--min-validity must be a number of seconds from 0 to 604800"));
        options->silentOptions.minimumValidity = std::chrono::seconds(validity);
    }
    if (command == Command::Logout) {
        options->all = parser.isSet(QStringLiteral("all"));
        options->endSession = parser.isSet(QStringLiteral("end-session"));
        if (options->all && !options->account.isEmpty())
            return fail(tr("--account and --all exclude each other"));
        options->browserCommand = parser.value(QStringLiteral("browser-command"));
        if (!parser.isSet(QStringLiteral("browser-command")))
            options->browserCommand = qEnvironmentVariable("BROWSER");
    }
    QString reason;
    if (!configuration.validate(&reason))
        return fail(reason);
    return true;
}
