// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ClientOptions.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QProcess>

namespace ClientOptions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ClientOptions", text);
}

} // namespace

void add(QCommandLineParser *parser)
{
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addHelpOption();
    parser->addOptions({
        {QStringLiteral("authority"), tr("The provider's issuer URL (OpenID configuration is discovered from it)."), QStringLiteral("URL")},
        {QStringLiteral("client-id"), tr("The application (client) id registered at the provider."), QStringLiteral("ID")},
        {QStringLiteral("app-name"), tr("The application's name: shown on the browser's result page, and naming the keychain entry."), QStringLiteral("NAME"), QStringLiteral("qtsignin")},
        {QStringLiteral("cache"), tr("Where tokens are kept: keychain (default, the system's), memory (nothing kept after exit) or file:PATH (weaker: a plain file, mode 0600)."), QStringLiteral("CACHE"), QStringLiteral("keychain")},
        {QStringLiteral("keychain-timeout"), tr("Seconds to wait for the keychain (default 30)."), QStringLiteral("SECONDS"), QStringLiteral("30")},
        {QStringLiteral("json"), tr("Print the result as one JSON object on stdout.")},
        {QStringLiteral("verbose"), tr("Log what the library does (never tokens) to stderr.")},
    });
}

Parsed parse(QCommandLineParser *parser, const QStringList &arguments, QString *error)
{
    if (!parser->parse(QStringList{QStringLiteral("qtsignin")} + arguments)) {
        *error = parser->errorText();
        return Parsed::Error;
    }
    if (parser->isSet(QStringLiteral("help")))
        return Parsed::Help;
    if (!parser->positionalArguments().isEmpty()) {
        *error = tr("unexpected argument: %1").arg(parser->positionalArguments().constFirst());
        return Parsed::Error;
    }
    return Parsed::Options;
}

QString helpText(QCommandLineParser *parser, const QString &command)
{
    // QCommandLineParser names the program as it was started (argv[0]).
    QString text = parser->helpText();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: qtsignin %1 [options]").arg(command) + text.mid(lineEnd);
}

bool readClient(const QCommandLineParser &parser, QtSignIn::ClientConfiguration *configuration,
                TokenStoreOption *store, QString *error)
{
    const QUrl authority(parser.value(QStringLiteral("authority")), QUrl::StrictMode);
    if (!parser.isSet(QStringLiteral("authority")) || !authority.isValid() || authority.host().isEmpty()) {
        *error = tr("--authority URL is required");
        return false;
    }
    if (!QtSignIn::isAllowedEndpoint(authority)) {
        *error = tr("--authority must be https (http only on 127.0.0.1, [::1] or localhost)");
        return false;
    }
    configuration->setAuthority(authority);
    if (parser.value(QStringLiteral("client-id")).isEmpty()) {
        *error = tr("--client-id ID is required");
        return false;
    }
    configuration->setClientId(parser.value(QStringLiteral("client-id")));
    // --app-name is an identifier the person types, never translated, so it
    // stays the storage namespace, and the keychain item keeps its name of
    // 0.2. Given as the earlier application name too, it names the item of
    // 0.1 whose tokens still move.
    configuration->setStorageNamespace(parser.value(QStringLiteral("app-name")));
    configuration->setApplicationName(parser.value(QStringLiteral("app-name")));
    return TokenStoreOption::parse(parser.value(QStringLiteral("cache")),
                                   parser.value(QStringLiteral("keychain-timeout")), store, error);
}

QtSignIn::Branding branding(const QtSignIn::ClientConfiguration &configuration)
{
    // The command line has one name for the app, --app-name, so it is also
    // the name shown.
    QtSignIn::Branding branding;
    branding.setName(configuration.storageNamespace());
    return branding;
}

bool readScopes(const QCommandLineParser &parser, QStringList *scopes, QString *error)
{
    *scopes = parser.values(QStringLiteral("scope"));
    for (const QString &scope : std::as_const(*scopes)) {
        if (scope.isEmpty() || scope.contains(QLatin1Char(' ')) || scope.contains(QLatin1Char('"'))
            || scope.contains(QLatin1Char('\\'))) {
            *error = tr("not a valid scope: \"%1\"").arg(scope);
            return false;
        }
    }
    return true;
}

bool readBrowserCommand(const QCommandLineParser &parser, QString *command, QString *error)
{
    const bool given = parser.isSet(QStringLiteral("browser-command"));
    *command = given ? parser.value(QStringLiteral("browser-command")) : qEnvironmentVariable("BROWSER");
    if (given || !command->isEmpty()) {
        if (QProcess::splitCommand(*command).isEmpty()) {
            *error = given ? tr("--browser-command has no program in it") : tr("$BROWSER has no program in it");
            return false;
        }
    }
    return true;
}

} // namespace ClientOptions
