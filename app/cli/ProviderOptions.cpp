// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ProviderOptions.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>

#include <functional>

namespace ProviderOptions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProviderOptions", text);
}

const QString providerOption = QStringLiteral("provider");
const QString tenantOption = QStringLiteral("tenant");
const QString realmUrlOption = QStringLiteral("realm-url");
const QString domainOption = QStringLiteral("domain");
const QString authorizationServerOption = QStringLiteral("authorization-server");
const QString audienceOption = QStringLiteral("audience");
const QString hostedDomainOption = QStringLiteral("hosted-domain");

using QtSignIn::ClientConfiguration;

// The value of `option`, or `fallback` when it is not given.
QString valueOr(const QCommandLineParser &parser, const QString &option, const QString &fallback = QString())
{
    return parser.isSet(option) ? parser.value(option) : fallback;
}

// One preset: its name on the command line, the options it must have and
// may have, whether it needs the client secret, and how it is made.
struct Preset
{
    QString name;
    QStringList required;
    QStringList optional;
    bool needsClientSecret = false;
    std::function<ClientConfiguration(const QCommandLineParser &, const QString &clientId)> make;
};

const QList<Preset> &presets()
{
    static const QList<Preset> table = {
        {QStringLiteral("microsoft"), {}, {tenantOption}, false,
         [](const QCommandLineParser &parser, const QString &clientId) {
             return ClientConfiguration::microsoft(clientId, valueOr(parser, tenantOption, QStringLiteral("common")));
         }},
        // The secret is filled in by ClientOptions, from --client-secret-file
        // or $QTSIGNIN_CLIENT_SECRET, never from an argument.
        {QStringLiteral("google"), {}, {hostedDomainOption}, true,
         [](const QCommandLineParser &parser, const QString &clientId) {
             return ClientConfiguration::google(clientId, QtSignIn::Secret(), valueOr(parser, hostedDomainOption));
         }},
        {QStringLiteral("github"), {}, {}, true,
         [](const QCommandLineParser &, const QString &clientId) {
             return ClientConfiguration::github(clientId, QtSignIn::Secret());
         }},
        {QStringLiteral("keycloak"), {realmUrlOption}, {}, false,
         [](const QCommandLineParser &parser, const QString &clientId) {
             return ClientConfiguration::keycloak(clientId, QUrl(parser.value(realmUrlOption), QUrl::StrictMode));
         }},
        {QStringLiteral("okta"), {domainOption}, {authorizationServerOption}, false,
         [](const QCommandLineParser &parser, const QString &clientId) {
             return ClientConfiguration::okta(clientId, parser.value(domainOption),
                                              valueOr(parser, authorizationServerOption, QStringLiteral("default")));
         }},
        {QStringLiteral("auth0"), {domainOption}, {audienceOption}, false,
         [](const QCommandLineParser &parser, const QString &clientId) {
             return ClientConfiguration::auth0(clientId, parser.value(domainOption), valueOr(parser, audienceOption));
         }},
    };
    return table;
}

const Preset *presetNamed(const QString &name)
{
    for (const Preset &preset : presets()) {
        if (preset.name == name)
            return &preset;
    }
    return nullptr;
}

} // namespace

QList<OptionDefinition> definitions()
{
    return {
        OptionDefinition(providerOption, tr("Sign in to a known provider, with its endpoints, redirect URI, scopes and quirks filled in: %1. Options given explicitly (--authority, --redirect-uri, --scope) still win.").arg(providerNames().join(QLatin1String(", "))), QStringLiteral("NAME"))
                .withChoices(providerNames()),
        {tenantOption, tr("--provider microsoft: common (default), organizations, consumers, or the tenant's domain or id."), QStringLiteral("TENANT")},
        {realmUrlOption, tr("--provider keycloak: the realm's URL, https://HOST/realms/NAME."), QStringLiteral("URL")},
        {domainOption, tr("--provider okta or auth0: the organization's or tenant's domain, e.g. dev-123.okta.com."), QStringLiteral("DOMAIN")},
        {authorizationServerOption, tr("--provider okta: the custom authorization server's id (default: default); empty for the org authorization server."), QStringLiteral("ID")},
        {audienceOption, tr("--provider auth0: the API's identifier, for an access token to call it."), QStringLiteral("API")},
        {hostedDomainOption, tr("--provider google: only accounts of this Google Workspace domain may sign in."), QStringLiteral("DOMAIN")},
    };
}

QStringList optionNames()
{
    return {providerOption,  tenantOption,   realmUrlOption,    domainOption,
            authorizationServerOption, audienceOption, hostedDomainOption};
}

QStringList providerNames()
{
    QStringList names;
    for (const Preset &preset : presets())
        names.append(preset.name);
    return names;
}

bool readPreset(const QCommandLineParser &parser, const QString &clientId, ClientConfiguration *configuration,
                QString *error)
{
    if (!parser.isSet(providerOption)) {
        for (const QString &option : optionNames()) {
            if (parser.isSet(option)) {
                *error = tr("--%1 needs --provider").arg(option);
                return false;
            }
        }
        return true;
    }
    const QString name = parser.value(providerOption);
    const Preset *preset = presetNamed(name);
    if (!preset) {
        *error = tr("--provider must be one of %1").arg(providerNames().join(QLatin1String(", ")));
        return false;
    }
    for (const QString &option : optionNames().mid(1)) {
        const bool own = preset->required.contains(option) || preset->optional.contains(option);
        if (parser.isSet(option) && !own) {
            *error = tr("--%1 is not an option of --provider %2").arg(option, name);
            return false;
        }
        if (preset->required.contains(option) && parser.value(option).isEmpty()) {
            *error = tr("--provider %1 needs --%2").arg(name, option);
            return false;
        }
    }
    *configuration = preset->make(parser, clientId);
    return true;
}

bool needsClientSecret(const QCommandLineParser &parser)
{
    const Preset *preset = presetNamed(parser.value(providerOption));
    return parser.isSet(providerOption) && preset && preset->needsClientSecret;
}

} // namespace ProviderOptions
