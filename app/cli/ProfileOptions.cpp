// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ProfileOptions.h"

#include "ClientOptions.h"
#include "ProviderOptions.h"
#include "TokenStoreOption.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>

namespace ProfileOptions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileOptions", text);
}

const QString profileOption = QStringLiteral("profile");
const QString authorityOption = QStringLiteral("authority");
const QString providerOption = QStringLiteral("provider");

bool sameProvider(const QUrl &a, const QUrl &b)
{
    return a.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
            == b.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}

QString cacheArgument(const TokenStoreOption &store)
{
    switch (store.kind) {
    case TokenStoreOption::Kind::Memory: return QStringLiteral("memory");
    case TokenStoreOption::Kind::File: return QStringLiteral("file:") + store.path;
    case TokenStoreOption::Kind::Keychain: break;
    }
    return QStringLiteral("keychain");
}

} // namespace

QList<OptionDefinition> definitions(CliProfile::Use use)
{
    if (use == CliProfile::Use::Login) {
        return {
            {profileOption, tr("Remember this sign-in's provider and client under NAME instead of as the default profile (and start from NAME's settings if it exists)."), QStringLiteral("NAME")},
            {QStringLiteral("no-save"), tr("Do not remember this sign-in's provider and client (by default a successful login does, without any secret).")},
        };
    }
    return {
        {profileOption, tr("Use the provider and client that 'qtsignin login --profile NAME' remembered (default: the default profile, which 'qtsignin login' without --profile writes); options given here win."), QStringLiteral("NAME")},
    };
}

bool apply(QCommandLineParser *parser, const QStringList &arguments, CliProfile::Use use,
           const ProfileStore &store, ProfileSelection *selection, QString *error)
{
    selection->named = parser->isSet(profileOption);
    if (selection->named) {
        selection->name = parser->value(profileOption);
        if (!ProfileStore::isValidName(selection->name)) {
            *error = tr("--profile must be a name of letters, digits, '.', '_' and '-' "
                        "(at most 64, starting with a letter or digit)");
            return false;
        }
    }
    CliProfile profile;
    switch (store.read(selection->name, &profile, error)) {
    case ProfileStore::ReadResult::Unusable:
        selection->unusable = true;
        return false;
    case ProfileStore::ReadResult::NotFound:
        if (selection->named && use == CliProfile::Use::Session) {
            *error = tr("there is no profile \"%1\" (%2); create it with "
                        "'qtsignin login --profile %1 --authority URL --client-id ID'")
                             .arg(selection->name, QDir::toNativeSeparators(store.filePath(selection->name)));
            return false;
        }
        // Today's usage error, and where the options could come from instead.
        if (!parser->isSet(authorityOption) && !parser->isSet(providerOption)
            && !parser->isSet(QStringLiteral("oauth2"))) {
            *error = use == CliProfile::Use::Session
                    ? tr("--authority URL is required; or sign in once with "
                         "'qtsignin login --authority URL --client-id ID', which remembers them")
                    : tr("--authority URL is required (a successful 'qtsignin login' remembers it "
                         "and the other options, so later commands need none)");
            return false;
        }
        return true;
    case ProfileStore::ReadResult::Found:
        break;
    }
    // Another provider's client id means nothing to this one.
    if (!selection->named && parser->isSet(authorityOption)
        && !sameProvider(QUrl(parser->value(authorityOption)), profile.authority))
        return true;
    // With a preset, its options (--tenant, --realm-url, --domain, ...) name
    // the provider as much as its name does: another realm of the same
    // Keycloak is another provider.
    if (!selection->named && parser->isSet(providerOption)) {
        for (const QString &option : ProviderOptions::optionNames()) {
            if (parser->isSet(option)
                && (!profile.provider.contains(option) || parser->value(option) != profile.provider.value(option)))
                return true;
        }
    }
    const QString authorizationEndpointOption = QStringLiteral("authorization-endpoint");
    if (!selection->named && parser->isSet(authorizationEndpointOption)
        && !sameProvider(QUrl(parser->value(authorizationEndpointOption)), profile.authorizationEndpoint))
        return true;
    const QStringList supplied = profile.argumentsMissingFrom(*parser, use);
    if (ClientOptions::parse(parser, supplied + arguments, error) != ClientOptions::Parsed::Options)
        return false;
    selection->applied = true;
    return true;
}

CliProfile rememberedFrom(const QCommandLineParser &parser, const QtSignIn::ClientConfiguration &configuration,
                          const TokenStoreOption &store, const QStringList &scopes)
{
    CliProfile profile;
    // With a preset, its options say which provider; an authority of its own
    // only when one was given, so that a later --tenant, say, still counts.
    for (const QString &option : ProviderOptions::optionNames()) {
        if (parser.isSet(option))
            profile.provider.insert(option, parser.value(option));
    }
    if (!parser.isSet(providerOption) || parser.isSet(authorityOption))
        profile.authority = configuration.authority();
    profile.clientId = configuration.clientId();
    if (parser.isSet(QStringLiteral("app-name")))
        profile.appName = parser.value(QStringLiteral("app-name"));
    if (parser.isSet(QStringLiteral("cache")))
        profile.cache = cacheArgument(store);
    profile.scopes = scopes;
    if (parser.isSet(QStringLiteral("redirect-uri")) || parser.isSet(QStringLiteral("port")))
        profile.redirectUri = configuration.redirectUri();
    if (parser.isSet(QStringLiteral("client-auth-method")))
        profile.clientAuthMethod = parser.value(QStringLiteral("client-auth-method"));
    // Endpoints given with --oauth2; a preset's (github's) are the preset's
    // to say, like its authority.
    if (configuration.protocol() == QtSignIn::ClientConfiguration::Protocol::OAuth2
        && (!parser.isSet(providerOption) || parser.isSet(QStringLiteral("oauth2")))) {
        profile.oauth2 = true;
        profile.authorizationEndpoint = configuration.authorizationEndpoint();
        profile.tokenEndpoint = configuration.tokenEndpoint();
        profile.userEndpoint = configuration.userInfoEndpoint();
        profile.revocationEndpoint = configuration.revocationEndpoint();
    }
    return profile;
}

} // namespace ProfileOptions
