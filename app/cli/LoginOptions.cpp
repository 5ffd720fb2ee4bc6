// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "LoginOptions.h"

#include "ClientOptions.h"

#include <QtCore/QCommandLineParser>

namespace {

void addOptions(QCommandLineParser *parser)
{
    ClientOptions::setUp(parser, LoginOptions::definitions());
}

bool readMode(const QString &mode, LoginOptions::Mode *result)
{
    if (mode == QLatin1String("browser"))
        *result = LoginOptions::Mode::Browser;
    else if (mode == QLatin1String("embedded"))
        *result = LoginOptions::Mode::Embedded;
    else if (mode == QLatin1String("device"))
        *result = LoginOptions::Mode::Device;
    else if (mode == QLatin1String("auto"))
        *result = LoginOptions::Mode::Auto;
    else
        return false;
    return true;
}

} // namespace

QList<OptionDefinition> LoginOptions::definitions()
{
    return ClientOptions::definitions() + QList<OptionDefinition>{
        {QStringLiteral("scope"), tr("A scope to request; repeat for more. \"openid\" is always requested, except with --oauth2."), QStringLiteral("S")},
        OptionDefinition(QStringLiteral("mode"), tr("browser (default), embedded, device (sign in on another device with a code) or auto (browser, else embedded, else device)."), QStringLiteral("MODE"), QStringLiteral("browser"))
                .withChoices({QStringLiteral("browser"), QStringLiteral("embedded"), QStringLiteral("device"), QStringLiteral("auto")}),
        {QStringLiteral("browser-command"), tr("Run CMD with the sign-in URL as its last argument instead of the default browser ($BROWSER is honoured the same way). With --mode device, CMD gets the complete verification URI."), QStringLiteral("CMD")},
        OptionDefinition(QStringLiteral("qr-code"), tr("With a sign-in on another device, also draw the link as a QR code on stderr: auto (default: when stderr is a UTF-8 terminal), always or never."), QStringLiteral("WHEN"), QStringLiteral("auto"))
                .withChoices({QStringLiteral("auto"), QStringLiteral("always"), QStringLiteral("never")}),
        {QStringLiteral("port"), tr("Pin the loopback redirect port."), QStringLiteral("N")},
        {QStringLiteral("redirect-uri"), tr("The exact loopback redirect URI, e.g. http://127.0.0.1:47110/callback or http://localhost/."), QStringLiteral("URI")},
        {QStringLiteral("timeout"), tr("Seconds to wait for the person to sign in (default 300)."), QStringLiteral("SECONDS"), QStringLiteral("300")},
        {QStringLiteral("login-hint"), tr("Pre-fill the username on the sign-in page."), QStringLiteral("NAME")},
        OptionDefinition(QStringLiteral("prompt"), tr("login, consent, select_account or none."), QStringLiteral("PROMPT"))
                .withChoices({QStringLiteral("login"), QStringLiteral("consent"), QStringLiteral("select_account"), QStringLiteral("none")}),
        {QStringLiteral("userinfo"), tr("Also fetch the userinfo (its subject must match the ID token's).")},
        {QStringLiteral("show-token"), tr("Also print the raw access token in the human summary.")},
        OptionDefinition(QStringLiteral("dpop"), tr("Bind the tokens to a key kept with them (DPoP, RFC 9449): off (default), auto (when the provider offers it) or required (fail when it does not)."), QStringLiteral("WHEN"), QStringLiteral("off"))
                .withChoices({QStringLiteral("off"), QStringLiteral("auto"), QStringLiteral("required")}),
    } + ProfileOptions::definitions(CliProfile::Use::Login);
}

QString LoginOptions::helpText()
{
    QCommandLineParser parser;
    addOptions(&parser);
    return ClientOptions::helpText(&parser, QStringLiteral("login"));
}

LoginOptions::Mode LoginOptions::requestedMode(const QStringList &arguments)
{
    // The same parser, so every spelling it accepts counts (--mode=x, -mode x, ...).
    QCommandLineParser parser;
    addOptions(&parser);
    Mode mode = Mode::Browser;
    if (parser.parse(QStringList{QStringLiteral("qtsignin")} + arguments))
        readMode(parser.value(QStringLiteral("mode")), &mode);
    return mode;
}

bool LoginOptions::parse(const QStringList &arguments, LoginOptions *options, QString *error,
                         bool *helpRequested, const ProfileStore &profiles)
{
    QCommandLineParser parser;
    addOptions(&parser);
    const ClientOptions::Parsed parsed = ClientOptions::parse(&parser, arguments, error);
    *helpRequested = parsed == ClientOptions::Parsed::Help;
    if (parsed != ClientOptions::Parsed::Options)
        return parsed == ClientOptions::Parsed::Help;
    options->json = parser.isSet(QStringLiteral("json"));
    if (!ProfileOptions::apply(&parser, arguments, CliProfile::Use::Login, profiles, &options->profile, error))
        return false;
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };

    QtSignIn::ClientConfiguration &configuration = options->configuration;
    if (!ClientOptions::readClient(parser, &configuration, &options->store, error)
        || !ClientOptions::checkClientSecretForSignIn(parser, configuration, error)
        || !ClientOptions::readScopes(parser, &options->scopes, error)
        || !ClientOptions::readBrowserCommand(parser, &options->browserCommand, error))
        return false;
    if (!readMode(parser.value(QStringLiteral("mode")), &options->mode))
        return fail(LoginOptions::tr("--mode must be browser, embedded, device or auto"));
    const QString qrCode = parser.value(QStringLiteral("qr-code"));
    if (qrCode == QLatin1String("auto"))
        options->qrCode = LoginOptions::QrCodeWhen::Auto;
    else if (qrCode == QLatin1String("always"))
        options->qrCode = LoginOptions::QrCodeWhen::Always;
    else if (qrCode == QLatin1String("never"))
        options->qrCode = LoginOptions::QrCodeWhen::Never;
    else
        return fail(LoginOptions::tr("--qr-code must be auto, always or never"));

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

    options->signInOptions.setLoginHint(parser.value(QStringLiteral("login-hint")));
    options->signInOptions.setPrompt(parser.value(QStringLiteral("prompt")));
    options->signInOptions.setFetchUserInfo(parser.isSet(QStringLiteral("userinfo")));
    options->showToken = parser.isSet(QStringLiteral("show-token"));
    options->verbose = parser.isSet(QStringLiteral("verbose"));
    using ProofOfPossession = QtSignIn::ClientConfiguration::ProofOfPossession;
    const QString dpop = parser.value(QStringLiteral("dpop"));
    if (dpop == QLatin1String("auto"))
        configuration.setProofOfPossession(ProofOfPossession::DPoPWhenSupported);
    else if (dpop == QLatin1String("required"))
        configuration.setProofOfPossession(ProofOfPossession::DPoPRequired);
    else if (!dpop.isEmpty() && dpop != QLatin1String("off"))
        return fail(LoginOptions::tr("--dpop must be off, auto or required"));

    QString reason;
    if (!configuration.validate(&reason))
        return fail(reason);
    options->saveProfile = !parser.isSet(QStringLiteral("no-save"))
            && options->store.kind != TokenStoreOption::Kind::Memory;
    options->profileToSave = ProfileOptions::rememberedFrom(parser, configuration, options->store, options->scopes);
    return true;
}
