// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "LoginOptions.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>

namespace {

void addOptions(QCommandLineParser *parser)
{
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addHelpOption();
    parser->addOptions({
        {QStringLiteral("authority"), LoginOptions::tr("The provider's issuer URL (OpenID configuration is discovered from it)."), QStringLiteral("URL")},
        {QStringLiteral("client-id"), LoginOptions::tr("The application (client) id registered at the provider."), QStringLiteral("ID")},
        {QStringLiteral("scope"), LoginOptions::tr("A scope to request; repeat for more. \"openid\" is always requested."), QStringLiteral("S")},
        {QStringLiteral("mode"), LoginOptions::tr("browser (default), embedded or auto."), QStringLiteral("MODE"), QStringLiteral("browser")},
        {QStringLiteral("browser-command"), LoginOptions::tr("Run CMD with the sign-in URL as its last argument instead of the default browser ($BROWSER is honoured the same way)."), QStringLiteral("CMD")},
        {QStringLiteral("port"), LoginOptions::tr("Pin the loopback redirect port."), QStringLiteral("N")},
        {QStringLiteral("redirect-uri"), LoginOptions::tr("The exact loopback redirect URI, e.g. http://127.0.0.1:47110/callback or http://localhost/."), QStringLiteral("URI")},
        {QStringLiteral("timeout"), LoginOptions::tr("Seconds to wait for the person to sign in (default 300)."), QStringLiteral("SECONDS"), QStringLiteral("300")},
        {QStringLiteral("cache"), LoginOptions::tr("Where tokens are kept: keychain (default, the system's), memory (nothing kept after exit) or file:PATH (weaker: a plain file, mode 0600)."), QStringLiteral("CACHE"), QStringLiteral("keychain")},
        {QStringLiteral("keychain-timeout"), LoginOptions::tr("Seconds to wait for the keychain (default 30)."), QStringLiteral("SECONDS"), QStringLiteral("30")},
        {QStringLiteral("login-hint"), LoginOptions::tr("Pre-fill the username on the sign-in page."), QStringLiteral("NAME")},
        {QStringLiteral("prompt"), LoginOptions::tr("login, consent, select_account or none."), QStringLiteral("PROMPT")},
        {QStringLiteral("app-name"), LoginOptions::tr("The name shown on the browser's result page."), QStringLiteral("NAME"), QStringLiteral("qtsignin")},
        {QStringLiteral("userinfo"), LoginOptions::tr("Also fetch the userinfo (its subject must match the ID token's).")},
        {QStringLiteral("json"), LoginOptions::tr("Print the result as one JSON object on stdout.")},
        {QStringLiteral("show-token"), LoginOptions::tr("Also print the raw access token in the human summary.")},
        {QStringLiteral("verbose"), LoginOptions::tr("Log what the library does (never tokens) to stderr.")},
    });
}

} // namespace

QString LoginOptions::helpText()
{
    QCommandLineParser parser;
    addOptions(&parser);
    QString text = parser.helpText();
    text.replace(QLatin1String("Usage: "), QLatin1String("Usage: qtsignin login "));
    return text;
}

bool LoginOptions::parse(const QStringList &arguments, LoginOptions *options, QString *error,
                         bool *helpRequested)
{
    QCommandLineParser parser;
    addOptions(&parser);
    *helpRequested = false;
    if (!parser.parse(QStringList{QStringLiteral("qtsignin")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *helpRequested = true;
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = LoginOptions::tr("unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };

    QtSignIn::ClientConfiguration &configuration = options->configuration;
    const QUrl authority(parser.value(QStringLiteral("authority")), QUrl::StrictMode);
    if (!parser.isSet(QStringLiteral("authority")) || !authority.isValid() || authority.host().isEmpty())
        return fail(LoginOptions::tr("--authority URL is required"));
    if (!QtSignIn::isAllowedEndpoint(authority))
        return fail(LoginOptions::tr("--authority must be https (http only on 127.0.0.1, [::1] or localhost)"));
    configuration.setAuthority(authority);

    if (parser.value(QStringLiteral("client-id")).isEmpty())
        return fail(LoginOptions::tr("--client-id ID is required"));
    configuration.setClientId(parser.value(QStringLiteral("client-id")));

    options->scopes = parser.values(QStringLiteral("scope"));
    for (const QString &scope : std::as_const(options->scopes)) {
        if (scope.isEmpty() || scope.contains(QLatin1Char(' ')) || scope.contains(QLatin1Char('"'))
            || scope.contains(QLatin1Char('\\')))
            return fail(LoginOptions::tr("not a valid scope: \"%1\"").arg(scope));
    }

    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == QLatin1String("browser"))
        options->mode = Mode::Browser;
    else if (mode == QLatin1String("embedded"))
        options->mode = Mode::Embedded;
    else if (mode == QLatin1String("auto"))
        options->mode = Mode::Auto;
    else
        return fail(LoginOptions::tr("--mode must be browser, embedded or auto"));

    if (!TokenStoreOption::parse(parser.value(QStringLiteral("cache")), parser.value(QStringLiteral("keychain-timeout")),
                                 &options->store, error))
        return false;

    if (parser.isSet(QStringLiteral("redirect-uri"))) {
        const QUrl redirect(parser.value(QStringLiteral("redirect-uri")), QUrl::StrictMode);
        if (!QtSignIn::isValidLoopbackRedirectUri(redirect))
            return fail(LoginOptions::tr("--redirect-uri must be http on 127.0.0.1, [::1] or localhost, "
                           "without query or fragment"));
        configuration.setRedirectUri(redirect);
    }
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const int port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(LoginOptions::tr("--port must be a number from 1 to 65535"));
        QUrl redirect = configuration.redirectUri();
        redirect.setPort(port);
        configuration.setRedirectUri(redirect);
    }

    bool ok = false;
    const int timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeout < 1 || timeout > 24 * 3600)
        return fail(LoginOptions::tr("--timeout must be a number of seconds from 1 to 86400"));
    configuration.setInteractiveTimeout(std::chrono::seconds(timeout));
    configuration.setApplicationName(parser.value(QStringLiteral("app-name")));

    options->browserCommand = parser.value(QStringLiteral("browser-command"));
    if (!parser.isSet(QStringLiteral("browser-command")))
        options->browserCommand = qEnvironmentVariable("BROWSER");

    options->signInOptions.loginHint = parser.value(QStringLiteral("login-hint"));
    options->signInOptions.prompt = parser.value(QStringLiteral("prompt"));
    options->signInOptions.fetchUserInfo = parser.isSet(QStringLiteral("userinfo"));
    options->json = parser.isSet(QStringLiteral("json"));
    options->showToken = parser.isSet(QStringLiteral("show-token"));
    options->verbose = parser.isSet(QStringLiteral("verbose"));

    QString reason;
    if (!configuration.validate(&reason))
        return fail(reason);
    return true;
}
