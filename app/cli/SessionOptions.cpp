// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SessionOptions.h"

#include "ClientOptions.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QRegularExpression>

namespace {

using Command = SessionOptions::Command;

void addOptions(QCommandLineParser *parser, Command command)
{
    ClientOptions::setUp(parser, SessionOptions::definitions(command));
}

bool readFormat(const QCommandLineParser &parser, SessionOptions::Format *format, QString *error)
{
    const QString value = parser.value(QStringLiteral("format"));
    if (value == QLatin1String("token")) {
        *format = SessionOptions::Format::Token;
    } else if (value == QLatin1String("header")) {
        *format = SessionOptions::Format::Header;
    } else if (value == QLatin1String("json")) {
        *format = SessionOptions::Format::Json;
    } else {
        *error = SessionOptions::tr("--format must be token, header or json");
        return false;
    }
    if (parser.isSet(QStringLiteral("json")) && *format != SessionOptions::Format::Json) {
        if (parser.isSet(QStringLiteral("format"))) {
            *error = SessionOptions::tr("--json is --format json; it cannot go with --format %1").arg(value);
            return false;
        }
        *format = SessionOptions::Format::Json;
    }
    return true;
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

QList<OptionDefinition> SessionOptions::definitions(Command command)
{
    QList<OptionDefinition> definitions = ClientOptions::definitions();
    if (command == Command::Token || command == Command::Logout)
        definitions.append({QStringLiteral("account"), tr("The account's id or username (see 'qtsignin accounts'); needed when there are several."), QStringLiteral("ID")});
    if (command == Command::Token) {
        definitions.append({
            {QStringLiteral("scope"), tr("A scope the access token must cover; repeat for more."), QStringLiteral("S")},
            {QStringLiteral("force-refresh"), tr("Redeem the refresh token even if a cached access token would do.")},
            {QStringLiteral("min-validity"), tr("Seconds a cached access token must still be valid for (default 300)."), QStringLiteral("SECONDS"), QStringLiteral("300")},
            OptionDefinition(QStringLiteral("format"), tr("token (default: the access token alone), header (an \"Authorization: Bearer ...\" line for curl -H) or json (the same as --json)."), QStringLiteral("FORMAT"), QStringLiteral("token"))
                    .withChoices({QStringLiteral("token"), QStringLiteral("header"), QStringLiteral("json")}),
            {QStringLiteral("dpop-url"), tr("With --format header and a DPoP-bound token: also print a \"DPoP: ...\" line, the proof for one request to URL (RFC 9449)."), QStringLiteral("URL")},
            {QStringLiteral("dpop-method"), tr("The HTTP method of that request (default GET)."), QStringLiteral("METHOD"), QStringLiteral("GET")},
        });
    }
    if (command == Command::Logout) {
        definitions.append({
            {QStringLiteral("all"), tr("Sign out every account.")},
            {QStringLiteral("end-session"), tr("Also end the session at the provider, in the browser.")},
            {QStringLiteral("no-revoke"), tr("Do not revoke the tokens at the provider (RFC 7009); by default logout revokes them where the provider has a revocation endpoint.")},
            {QStringLiteral("browser-command"), tr("Run CMD with the URL as its last argument instead of the default browser."), QStringLiteral("CMD")},
        });
    }
    return definitions + ProfileOptions::definitions(CliProfile::Use::Session);
}

QString SessionOptions::helpText(Command command)
{
    QCommandLineParser parser;
    addOptions(&parser, command);
    return ClientOptions::helpText(&parser, commandName(command));
}

bool SessionOptions::parse(Command command, const QStringList &arguments, SessionOptions *options,
                           QString *error, bool *helpRequested, const ProfileStore &profiles)
{
    QCommandLineParser parser;
    addOptions(&parser, command);
    options->command = command;
    const ClientOptions::Parsed parsed = ClientOptions::parse(&parser, arguments, error);
    *helpRequested = parsed == ClientOptions::Parsed::Help;
    if (parsed != ClientOptions::Parsed::Options)
        return parsed == ClientOptions::Parsed::Help;
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    options->json = parser.isSet(QStringLiteral("json"));
    if (command == Command::Token) {
        if (!readFormat(parser, &options->format, error))
            return false;
        options->json = options->format == Format::Json;
    }
    if (!ProfileOptions::apply(&parser, arguments, CliProfile::Use::Session, profiles, &options->profile, error))
        return false;
    QtSignIn::ClientConfiguration &configuration = options->configuration;
    if (!ClientOptions::readClient(parser, &configuration, &options->store, error))
        return false;
    options->verbose = parser.isSet(QStringLiteral("verbose"));
    if (command != Command::Accounts)
        options->account = parser.value(QStringLiteral("account"));
    if (command == Command::Token) {
        if (!ClientOptions::readScopes(parser, &options->scopes, error))
            return false;
        options->silentOptions.setForceRefresh(parser.isSet(QStringLiteral("force-refresh")));
        bool ok = false;
        const int validity = parser.value(QStringLiteral("min-validity")).toInt(&ok);
        if (!ok || validity < 0 || validity > 7 * 24 * 3600)
            return fail(tr("--min-validity must be a number of seconds from 0 to 604800"));
        options->silentOptions.setMinimumValidity(std::chrono::seconds(validity));
        if (parser.isSet(QStringLiteral("dpop-url"))) {
            options->dpopUrl = QUrl(parser.value(QStringLiteral("dpop-url")), QUrl::StrictMode);
            if (!options->dpopUrl.isValid() || options->dpopUrl.host().isEmpty()
                || (options->dpopUrl.scheme() != QLatin1String("https") && options->dpopUrl.scheme() != QLatin1String("http")))
                return fail(tr("--dpop-url must be an http or https URL"));
            if (options->format != Format::Header)
                return fail(tr("--dpop-url goes with --format header"));
        }
        options->dpopMethod = parser.value(QStringLiteral("dpop-method")).toLatin1();
        // RFC 9110 §9.1: a method is a token; upper case by convention.
        static const QRegularExpression method(QStringLiteral("^[A-Z]{1,16}$"));
        if (!method.match(QString::fromLatin1(options->dpopMethod)).hasMatch())
            return fail(tr("--dpop-method must be an HTTP method, such as GET or POST"));
    }
    if (command == Command::Logout) {
        options->all = parser.isSet(QStringLiteral("all"));
        options->endSession = parser.isSet(QStringLiteral("end-session"));
        options->revoke = !parser.isSet(QStringLiteral("no-revoke"));
        if (options->all && !options->account.isEmpty())
            return fail(tr("--account and --all exclude each other"));
        if (!ClientOptions::readBrowserCommand(parser, &options->browserCommand, error))
            return false;
    }
    QString reason;
    if (!configuration.validate(&reason))
        return fail(reason);
    return true;
}
