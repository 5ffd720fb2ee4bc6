// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

namespace QtSignIn {

// The provider's OpenID configuration (OpenID Connect Discovery 1.0 §3,
// RFC 8414), or the same facts given explicitly by the app.
struct ProviderMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QUrl userinfoEndpoint;
    QUrl endSessionEndpoint;
    QStringList scopesSupported;
    QStringList codeChallengeMethodsSupported;
    QStringList idTokenSigningAlgValuesSupported;
    bool authorizationResponseIssParameterSupported = false; // RFC 9207 §3

    // Parses a discovery document and checks it: the required members are
    // present with the right types and every endpoint is https (plain http
    // to a loopback host only when `expectedIssuer`, the authority, is one).
    // `expectedIssuer` must equal the document's issuer (OpenID Connect
    // Discovery §4.3); a difference of one trailing '/' alone is accepted,
    // and the document's spelling is kept, because the document was fetched
    // from the authority itself and people type authorities both ways.
    // Microsoft Entra ID's multi-tenant templates and tenant aliases are
    // accepted as oidc/TenantIssuer.h describes.
    static bool parse(const QByteArray &json, const QString &expectedIssuer,
                      ProviderMetadata *metadata, QString *reason);

    // `authority` + "/.well-known/openid-configuration", any trailing '/'
    // of the authority removed first (Discovery §4).
    static QUrl discoveryUrl(const QUrl &authority);
};

} // namespace QtSignIn
