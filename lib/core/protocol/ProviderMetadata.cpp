// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ProviderMetadata.h"

#include "ProviderText.h"

#include <QtSignIn/ClientConfiguration.h>

#include "../oidc/TenantIssuer.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace QtSignIn {

namespace {

QString withoutTrailingSlash(QString text)
{
    if (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

bool readEndpoint(const QJsonObject &object, const char *name, const QUrl &authority, bool required,
                  QUrl *url, QString *reason)
{
    const QJsonValue member = object.value(QLatin1String(name));
    if (member.isUndefined() || member.isNull()) {
        if (required)
            *reason = QStringLiteral("\"%1\" is missing").arg(QLatin1String(name));
        return !required;
    }
    const QUrl parsed(member.toString(), QUrl::StrictMode);
    if (!member.isString() || !parsed.isValid() || parsed.host().isEmpty()) {
        *reason = QStringLiteral("\"%1\" is not a URL").arg(QLatin1String(name));
        return false;
    }
    if (!isAllowedEndpointFor(parsed, authority)) {
        *reason = QStringLiteral("\"%1\" is not https").arg(QLatin1String(name));
        return false;
    }
    *url = parsed;
    return true;
}

bool readStringList(const QJsonObject &object, const char *name, QStringList *list,
                    QString *reason)
{
    const QJsonValue member = object.value(QLatin1String(name));
    if (member.isUndefined() || member.isNull())
        return true;
    if (!member.isArray()) {
        *reason = QStringLiteral("\"%1\" is not an array").arg(QLatin1String(name));
        return false;
    }
    for (const QJsonValue &item : member.toArray()) {
        if (!item.isString()) {
            *reason = QStringLiteral("\"%1\" holds a non-string").arg(QLatin1String(name));
            return false;
        }
        list->append(item.toString());
    }
    return true;
}

} // namespace

QUrl ProviderMetadata::discoveryUrl(const QUrl &authority)
{
    QUrl url = authority;
    url.setPath(withoutTrailingSlash(authority.path())
                + QLatin1String("/.well-known/openid-configuration"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool ProviderMetadata::parse(const QByteArray &json, const QString &expectedIssuer,
                             ProviderMetadata *metadata, QString *reason)
{
    *metadata = ProviderMetadata();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *reason = QStringLiteral("the discovery document is not a JSON object");
        return false;
    }
    const QJsonObject object = document.object();

    const QJsonValue issuer = object.value(QLatin1String("issuer"));
    if (!issuer.isString() || issuer.toString().isEmpty()) {
        *reason = QStringLiteral("\"issuer\" is missing");
        return false;
    }
    metadata->issuer = issuer.toString();
    if (withoutTrailingSlash(metadata->issuer) != withoutTrailingSlash(expectedIssuer)
        && !TenantIssuer::templateMatchesAuthority(metadata->issuer, QUrl(expectedIssuer))
        && !TenantIssuer::isTenantAliasOf(metadata->issuer, QUrl(expectedIssuer))) {
        *reason = QStringLiteral("issuer \"%1\" does not match the authority \"%2\"")
                          .arg(providerText(metadata->issuer, 200), expectedIssuer);
        return false;
    }
    const QUrl issuerUrl(QString(metadata->issuer).replace(TenantIssuer::placeholder,
                                                          QLatin1String("tenant")),
                         QUrl::StrictMode);
    const QUrl authority(expectedIssuer);
    if (!issuerUrl.isValid() || !isAllowedEndpointFor(issuerUrl, authority)) {
        *reason = QStringLiteral("\"issuer\" is not an https URL");
        return false;
    }

    if (!readEndpoint(object, "authorization_endpoint", authority, true, &metadata->authorizationEndpoint, reason)
        || !readEndpoint(object, "token_endpoint", authority, true, &metadata->tokenEndpoint, reason)
        || !readEndpoint(object, "jwks_uri", authority, true, &metadata->jwksUri, reason)
        || !readEndpoint(object, "userinfo_endpoint", authority, false, &metadata->userinfoEndpoint, reason)
        || !readEndpoint(object, "end_session_endpoint", authority, false, &metadata->endSessionEndpoint, reason)
        || !readStringList(object, "scopes_supported", &metadata->scopesSupported, reason)
        || !readStringList(object, "code_challenge_methods_supported",
                           &metadata->codeChallengeMethodsSupported, reason)
        || !readStringList(object, "id_token_signing_alg_values_supported",
                           &metadata->idTokenSigningAlgValuesSupported, reason)) {
        return false;
    }

    const QJsonValue issParameter =
            object.value(QLatin1String("authorization_response_iss_parameter_supported"));
    if (!issParameter.isUndefined() && !issParameter.isNull() && !issParameter.isBool()) {
        *reason = QStringLiteral("\"authorization_response_iss_parameter_supported\" is not a boolean");
        return false;
    }
    metadata->authorizationResponseIssParameterSupported = issParameter.toBool(false);

    // A provider that lists PKCE methods and leaves out S256 would make us
    // send a challenge it ignores: no protection at all.
    if (!metadata->codeChallengeMethodsSupported.isEmpty()
        && !metadata->codeChallengeMethodsSupported.contains(QLatin1String("S256"))) {
        *reason = QStringLiteral("the provider does not support PKCE S256");
        return false;
    }
    return true;
}

} // namespace QtSignIn
