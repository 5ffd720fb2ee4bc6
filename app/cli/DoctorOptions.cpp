// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "DoctorOptions.h"

#include "ClientOptions.h"

#include <QtCore/QCommandLineParser>

namespace {

const QString authorityOption = QStringLiteral("authority");
const QString redirectUriOption = QStringLiteral("redirect-uri");

void addOptions(QCommandLineParser *parser)
{
    ClientOptions::setUp(parser, DoctorOptions::definitions());
}

// Whether to read a profile: the one --profile names, or the default one
// when it exists. ProfileOptions::apply() then decides whether it applies;
// without either, there is just no provider to check.
bool profileApplies(const QCommandLineParser &parser, const ProfileStore &profiles)
{
    QString ignored;
    CliProfile profile;
    const QString name = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                 : ProfileStore::defaultProfileName();
    return parser.isSet(QStringLiteral("profile")) || parser.isSet(authorityOption)
            || profiles.read(name, &profile, &ignored) != ProfileStore::ReadResult::NotFound;
}

} // namespace

QList<OptionDefinition> DoctorOptions::definitions()
{
    return ClientOptions::definitions() + QList<OptionDefinition>{
        {QStringLiteral("browser-command"), tr("Check CMD as the program that opens the sign-in page, as login --browser-command runs it ($BROWSER is honoured the same way). Nothing is opened."), QStringLiteral("CMD")},
        {redirectUriOption, tr("The loopback redirect URI login would use, e.g. http://127.0.0.1:47110/callback or http://localhost/ (default: the profile's, else http://127.0.0.1/ on any port)."), QStringLiteral("URI")},
    } + ProfileOptions::definitions(CliProfile::Use::Session);
}

QString DoctorOptions::helpText()
{
    QCommandLineParser parser;
    addOptions(&parser);
    return ClientOptions::helpText(&parser, QStringLiteral("doctor"))
            + tr("\nChecks the keychain, the browser launcher, the loopback listener, the redirect URIs to "
                 "register and, with a provider, its discovery document, issuer, endpoints, PKCE and clock. "
                 "Exit status 0 when nothing stops a sign-in, 8 when a problem does.\n");
}

bool DoctorOptions::parse(const QStringList &arguments, DoctorOptions *options, QString *error,
                          bool *helpRequested, const ProfileStore &profiles)
{
    QCommandLineParser parser;
    addOptions(&parser);
    const ClientOptions::Parsed parsed = ClientOptions::parse(&parser, arguments, error);
    *helpRequested = parsed == ClientOptions::Parsed::Help;
    if (parsed != ClientOptions::Parsed::Options)
        return parsed == ClientOptions::Parsed::Help;
    options->json = parser.isSet(QStringLiteral("json"));
    options->verbose = parser.isSet(QStringLiteral("verbose"));

    if (profileApplies(parser, profiles)) {
        if (!ProfileOptions::apply(&parser, arguments, CliProfile::Use::Session, profiles, &options->profile, error))
            return false;
    }
    // The same reading of --authority, --provider and --oauth2 as every
    // other command's, so that a preset is checked as that provider and a
    // plain OAuth 2.0 one by its endpoints, not by a discovery document it
    // does not have. Only what is given: no provider is no usage error here.
    QtSignIn::ClientConfiguration &configuration = options->configuration;
    if (!ClientOptions::readClient(parser, &configuration, &options->store, error,
                                   ClientOptions::Need::WhateverIsGiven))
        return false;

    // Login's redirect URI, which the profile gives login only.
    QUrl redirectUri;
    QString ignored;
    CliProfile profile;
    if (options->profile.applied
        && profiles.read(options->profile.name, &profile, &ignored) == ProfileStore::ReadResult::Found)
        redirectUri = profile.redirectUri;
    if (parser.isSet(redirectUriOption)) {
        redirectUri = QUrl(parser.value(redirectUriOption), QUrl::StrictMode);
        if (!QtSignIn::isValidLoopbackRedirectUri(redirectUri)) {
            *error = tr("--redirect-uri must be http on 127.0.0.1, [::1] or localhost, without query or fragment");
            return false;
        }
    }
    if (!redirectUri.isEmpty())
        configuration.setRedirectUri(redirectUri);

    return ClientOptions::readBrowserCommand(parser, &options->browserCommand, error);
}
