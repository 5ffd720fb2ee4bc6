// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

namespace QtSignIn {

// The provider's OpenID configuration (OpenID Connect Discovery 1.0 §3,
// RFC 8414), or the same facts given explicitly by the app (for a plain
// OAuth 2.0 provider always: the issuer is then the configured authority).
struct ProviderMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QUrl userinfoEndpoint;
    QUrl endSessionEndpoint;
    // RFC 7009 §2 / RFC 8414 §2. Read leniently: used only at sign-out, so a
    // value that is not an https URL is left out (and why kept in
    // revocationEndpointRefused, for the sign-out to report), never a reason
    // to refuse the provider.
    QUrl revocationEndpoint;
    QString revocationEndpointRefused;
    QUrl deviceAuthorizationEndpoint; // RFC 8628 §4; empty: the provider offers no device flow
    QStringList scopesSupported;
    QStringList codeChallengeMethodsSupported;
    QStringList idTokenSigningAlgValuesSupported;
    QStringList tokenEndpointAuthMethodsSupported; // empty: not advertised (client_secret_basic)
    QStringList revocationEndpointAuthMethodsSupported; // RFC 8414 §2; empty: not advertised
    bool authorizationResponseIssParameterSupported = false; // RFC 9207 §3
    QStringList dpopSigningAlgValuesSupported; // RFC 9449 §5.1; empty: no DPoP (or a malformed list)

    // Why parse() refused a document: what a caller chooses an error code
    // by. The reason text says which member, for people and logs.
    enum class ParseFailure {
        None,
        Malformed,           // not a JSON object; a member missing, of the wrong type or not a URL
        IssuerMismatch,      // the issuer is not the authority (Discovery §4.3)
        InsecureEndpoint,    // the issuer or an endpoint is neither https nor allowed loopback http
        PkceS256Unsupported, // PKCE methods are listed and S256 is not among them
    };

    // Parses a discovery document and checks it: the required members are
    // present with the right types and every endpoint is https (plain http
    // to a loopback host only when `expectedIssuer`, the authority, is one).
    // `expectedIssuer` must equal the document's issuer (OpenID Connect
    // Discovery §4.3); a difference of one trailing '/' alone is accepted,
    // and the document's spelling is kept, because the document was fetched
    // from the authority itself and people type authorities both ways.
    // Microsoft Entra ID's multi-tenant templates and tenant aliases are
    // accepted as oidc/TenantIssuer.h describes. `failure`, when given, is
    // set to the kind of refusal, or None.
    static bool parse(const QByteArray &json, const QString &expectedIssuer,
                      ProviderMetadata *metadata, QString *reason,
                      ParseFailure *failure = nullptr);

    // `authority` + "/.well-known/openid-configuration", any trailing '/'
    // of the authority removed first (Discovery §4).
    static QUrl discoveryUrl(const QUrl &authority);
};

} // namespace QtSignIn
