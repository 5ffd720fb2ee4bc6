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

using ParseFailure = ProviderMetadata::ParseFailure;

ParseFailure readEndpoint(const QJsonObject &object, const char *name, const QUrl &authority,
                          bool required, QUrl *url, QString *reason)
{
    const QJsonValue member = object.value(QLatin1String(name));
    if (member.isUndefined() || member.isNull()) {
        if (!required)
            return ParseFailure::None;
        *reason = QStringLiteral("\"%1\" is missing").arg(QLatin1String(name));
        return ParseFailure::Malformed;
    }
    const QUrl parsed(member.toString(), QUrl::StrictMode);
    if (!member.isString() || !parsed.isValid() || parsed.host().isEmpty()) {
        *reason = QStringLiteral("\"%1\" is not a URL").arg(QLatin1String(name));
        return ParseFailure::Malformed;
    }
    if (!isAllowedEndpointFor(parsed, authority)) {
        *reason = QStringLiteral("\"%1\" is not https").arg(QLatin1String(name));
        return ParseFailure::InsecureEndpoint;
    }
    *url = parsed;
    return ParseFailure::None;
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

namespace {

ParseFailure readDocument(const QByteArray &json, const QString &expectedIssuer,
                          ProviderMetadata *metadata, QString *reason)
{
    *metadata = ProviderMetadata();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *reason = QStringLiteral("the discovery document is not a JSON object");
        return ParseFailure::Malformed;
    }
    const QJsonObject object = document.object();

    const QJsonValue issuer = object.value(QLatin1String("issuer"));
    if (!issuer.isString() || issuer.toString().isEmpty()) {
        *reason = QStringLiteral("\"issuer\" is missing");
        return ParseFailure::Malformed;
    }
    metadata->issuer = issuer.toString();
    if (withoutTrailingSlash(metadata->issuer) != withoutTrailingSlash(expectedIssuer)
        && !TenantIssuer::templateMatchesAuthority(metadata->issuer, QUrl(expectedIssuer))
        && !TenantIssuer::isTenantAliasOf(metadata->issuer, QUrl(expectedIssuer))) {
        *reason = QStringLiteral("issuer \"%1\" does not match the authority \"%2\"")
                          .arg(providerText(metadata->issuer, 200), expectedIssuer);
        return ParseFailure::IssuerMismatch;
    }
    const QUrl issuerUrl(QString(metadata->issuer).replace(TenantIssuer::placeholder,
                                                          QLatin1String("tenant")),
                         QUrl::StrictMode);
    const QUrl authority(expectedIssuer);
    if (!issuerUrl.isValid()) {
        *reason = QStringLiteral("\"issuer\" is not a URL");
        return ParseFailure::Malformed;
    }
    if (!isAllowedEndpointFor(issuerUrl, authority)) {
        *reason = QStringLiteral("\"issuer\" is not an https URL");
        return ParseFailure::InsecureEndpoint;
    }

    const struct {
        const char *name;
        bool required;
        QUrl *url;
    } endpoints[] = {
        {"authorization_endpoint", true, &metadata->authorizationEndpoint},
        {"token_endpoint", true, &metadata->tokenEndpoint},
        {"jwks_uri", true, &metadata->jwksUri},
        {"userinfo_endpoint", false, &metadata->userinfoEndpoint},
        {"end_session_endpoint", false, &metadata->endSessionEndpoint},
        {"device_authorization_endpoint", false, &metadata->deviceAuthorizationEndpoint},
    };
    for (const auto &endpoint : endpoints) {
        const ParseFailure failure =
                readEndpoint(object, endpoint.name, authority, endpoint.required, endpoint.url, reason);
        if (failure != ParseFailure::None)
            return failure;
    }
    QString revocationReason;
    if (readEndpoint(object, "revocation_endpoint", authority, false, &metadata->revocationEndpoint, &revocationReason)
        != ParseFailure::None)
        metadata->revocationEndpointRefused = revocationReason;
    if (!readStringList(object, "scopes_supported", &metadata->scopesSupported, reason)
        || !readStringList(object, "code_challenge_methods_supported",
                           &metadata->codeChallengeMethodsSupported, reason)
        || !readStringList(object, "id_token_signing_alg_values_supported",
                           &metadata->idTokenSigningAlgValuesSupported, reason)
        || !readStringList(object, "token_endpoint_auth_methods_supported",
                           &metadata->tokenEndpointAuthMethodsSupported, reason)
        || !readStringList(object, "revocation_endpoint_auth_methods_supported",
                           &metadata->revocationEndpointAuthMethodsSupported, reason)) {
        return ParseFailure::Malformed;
    }

    // RFC 9449 §5.1. Read leniently, like revocation_endpoint: DPoP is an
    // extra the client may go without, so a malformed list means "no DPoP",
    // never a refused provider.
    QString dpopReason;
    if (!readStringList(object, "dpop_signing_alg_values_supported", &metadata->dpopSigningAlgValuesSupported,
                        &dpopReason))
        metadata->dpopSigningAlgValuesSupported.clear();

    const QJsonValue issParameter =
            object.value(QLatin1String("authorization_response_iss_parameter_supported"));
    if (!issParameter.isUndefined() && !issParameter.isNull() && !issParameter.isBool()) {
        *reason = QStringLiteral("\"authorization_response_iss_parameter_supported\" is not a boolean");
        return ParseFailure::Malformed;
    }
    metadata->authorizationResponseIssParameterSupported = issParameter.toBool(false);

    // A provider that lists PKCE methods and leaves out S256 would make us
    // send a challenge it ignores: no protection at all.
    if (!metadata->codeChallengeMethodsSupported.isEmpty()
        && !metadata->codeChallengeMethodsSupported.contains(QLatin1String("S256"))) {
        *reason = QStringLiteral("the provider does not support PKCE S256");
        return ParseFailure::PkceS256Unsupported;
    }
    return ParseFailure::None;
}

} // namespace

bool ProviderMetadata::parse(const QByteArray &json, const QString &expectedIssuer,
                             ProviderMetadata *metadata, QString *reason, ParseFailure *failure)
{
    const ParseFailure kind = readDocument(json, expectedIssuer, metadata, reason);
    if (failure)
        *failure = kind;
    return kind == ParseFailure::None;
}

} // namespace QtSignIn
