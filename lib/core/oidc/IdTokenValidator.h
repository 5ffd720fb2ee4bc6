// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "Jwt.h"

#include <QtSignIn/SignInError.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QStringList>
#include <QtCore/QString>

#include <chrono>

namespace QtSignIn {

// The claim checks of OpenID Connect Core §3.1.3.7 for an ID token received
// from the token endpoint. Pure: no network, the clock is an input.
class IdTokenValidator
{
public:
    struct Expectations
    {
        // The issuer, or a multi-tenant template with "{tenantid}", resolved
        // with the token's `tid`.
        QString issuer;
        // RFC 9207: the `iss` of the authorization response, when it had one.
        QString authorizationResponseIssuer;
        // Another form of `issuer` the provider documents for iss (Google's
        // "accounts.google.com"), set by its preset; empty: none.
        QString alternativeIssuer;
        // Google's hd: when set, the token's hd claim must be exactly this.
        QString hostedDomain;
        QString clientId;
        QByteArray nonce;
        // A refreshed ID token (Core §12.2) need not carry a nonce; if it
        // does, it must still be `nonce`.
        bool nonceOptional = false;
        QByteArray accessToken;        // checked against at_hash when the token has one
        QByteArray authorizationCode;  // checked against c_hash when the token has one
        QDateTime now;
        std::chrono::seconds clockSkew{300};
    };

    // On failure returns false and sets `error` to InvalidIdToken with the
    // failed check's reason and a detail naming it (e.g. "nonce mismatch"),
    // without echoing token contents. The header is validateHeader()'s,
    // checked before the signature.
    static bool validateClaims(const Jwt &token, const Expectations &expected, SignInError *error);

    // The JOSE header: an acceptable algorithm, one the provider advertises
    // when it lists any, and no `crit` extension, since we understand none and
    // RFC 7515 §4.1.11 says to reject the token.
    static bool validateHeader(const Jwt &token, const QStringList &advertisedAlgorithms, SignInError *error);

    // A refreshed ID token (Core §12.2) against the claims of the one the
    // session has: the same iss and sub, the same auth_time when both say.
    static bool validateRefreshed(const Jwt &token, const QJsonObject &originalClaims, SignInError *error);

    // Algorithms a public client accepts: asymmetric only. `none` proves
    // nothing, and an HMAC key would be a secret a public client cannot have
    // (the "HS256 signed with the public key" confusion attack).
    static bool isAcceptableAlgorithm(const QString &alg);

    // at_hash / c_hash (Core §3.1.3.8, §3.3.2.11): the left half of the hash
    // of `value`, with the hash of the signing algorithm, base64url-encoded.
    static QByteArray leftHalfHash(const QString &alg, const QByteArray &value);
};

} // namespace QtSignIn
