// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace QtSignIn {

struct AuthorizationRequest;

// What a provider preset (ProviderPresets.cpp) knows about its provider
// beyond the standards; applied where each step happens (ProviderQuirks.cpp).
// Empty for a configuration made by hand, which then gets the standards
// alone (and grantedScopes()'s rule for offline_access, which is general).
struct ProviderQuirks
{
    // The provider's name, for the reasons validate() gives.
    QString providerName;
    // Sent with every authorization request, unless the sign-in's own
    // SignInOptions::extraParameters() name the parameter (Google's hd,
    // Auth0's audience).
    QList<QPair<QString, QString>> authorizationParameters;
    // Google refuses the offline_access scope: a refresh token is asked for
    // with access_type=offline, and comes again after the first sign-in only
    // with prompt=consent.
    bool offlineAccessAsAccessType = false;
    // Google writes an ID token's iss as `issuer` or as `alternativeIssuer`;
    // the second is accepted only while the discovered issuer is `issuer`.
    QString issuer;
    QString alternativeIssuer;
    // Google's hd: the Workspace domain every ID token must name.
    QString hostedDomain;
    // Scope names the token response's scope uses for scopes requested by
    // another name (Google: the userinfo.email URL for "email").
    QHash<QString, QString> requestedScopeOfEchoedScope;
    // Microsoft Entra ID: RESOURCE/.default is granted as the resource's
    // scopes, which the token response lists in its place.
    bool resourceDefaultScopeIsGrantedAsItsScopes = false;
    // Google's Desktop app clients cannot redeem a code without their secret.
    bool clientSecretRequired = false;
    // What a provider without discovery documents for its token endpoint, as
    // its token_endpoint_auth_methods_supported would (GitHub: the secret in
    // the body, client_secret_post). Empty: nothing said.
    QStringList tokenEndpointAuthMethods;

    // The caller's scopes after the configuration's default ones.
    static QStringList signInScopes(const QStringList &defaultScopes, const QStringList &scopes);

    // Adds the configuration's parameters to `request` and says what the
    // provider needs said otherwise (offline_access as access_type=offline).
    void shape(AuthorizationRequest *request) const;

    // The scope parameter of a refresh request, in the provider's terms.
    QStringList scopesToSend(QStringList scopes) const;

    // What the provider granted, in the names the app asked for: `requested`
    // when the token response left scope out (RFC 6749 §5.1), else its scope
    // with the provider's other names translated. offline_access counts as
    // granted whenever a refresh token is at hand, for any provider.
    QStringList grantedScopes(const QStringList &requested, const std::optional<QStringList> &echoed,
                              bool refreshTokenAtHand) const;

    // Why this provider's token endpoint cannot be used without the client
    // secret it needs (Google's Desktop app clients); empty when nothing is
    // missing. Checked where the token endpoint is, not by validate(): the
    // cache's accounts, and signing out, need no secret.
    QString missingClientSecret(bool hasClientSecret) const;

    // The other form of iss accepted in an ID token from `discoveredIssuer`;
    // empty for every issuer but the one the preset named.
    QString alternativeIssuerOf(const QString &discoveredIssuer) const;
};

} // namespace QtSignIn
