// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "IdTokenValidator.h"

#include "TenantIssuer.h"

#include <QtSignIn/Account.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>

#include <cmath>

namespace QtSignIn {

namespace {

// A NumericDate (RFC 7519 §2): seconds since the epoch, a JSON number.
bool readNumericDate(const QJsonObject &claims, const char *name, qint64 *seconds)
{
    const QJsonValue value = claims.value(QLatin1String(name));
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < 0 || number > 253402300799.0) // year 9999
        return false;
    *seconds = qint64(std::floor(number));
    return true;
}

} // namespace

bool IdTokenValidator::isAcceptableAlgorithm(const QString &alg)
{
    static const QStringList accepted = {
        QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"),
        QStringLiteral("PS256"), QStringLiteral("PS384"), QStringLiteral("PS512"),
        QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512"),
    };
    return accepted.contains(alg);
}

bool IdTokenValidator::validateHeader(const Jwt &token, const QStringList &advertisedAlgorithms, QString *reason)
{
    const QString alg = token.header.value(QLatin1String("alg")).toString();
    if (!isAcceptableAlgorithm(alg)) {
        *reason = QStringLiteral("signing algorithm not allowed");
        return false;
    }
    if (token.header.contains(QLatin1String("crit"))) {
        *reason = QStringLiteral("critical header extension not understood");
        return false;
    }
    if (!advertisedAlgorithms.isEmpty() && !advertisedAlgorithms.contains(alg)) {
        *reason = QStringLiteral("signing algorithm not advertised by the provider");
        return false;
    }
    return true;
}

bool IdTokenValidator::validateClaims(const Jwt &token, const Expectations &expected,
                                      QString *reason)
{
    const auto fail = [reason](const QString &why) {
        *reason = why;
        return false;
    };
    const QJsonObject &claims = token.claims;

    // §3.1.3.7 (2): iss exactly equals the issuer; for a multi-tenant
    // authority, the template with this token's own tenant.
    const QJsonValue iss = claims.value(QLatin1String("iss"));
    if (!iss.isString())
        return fail(QStringLiteral("iss missing"));
    QString issuer = expected.issuer;
    if (TenantIssuer::isTemplate(issuer)) {
        const QJsonValue tid = claims.value(QLatin1String("tid"));
        if (!tid.isString())
            return fail(QStringLiteral("tid missing for a multi-tenant authority"));
        issuer = TenantIssuer::resolve(issuer, tid.toString());
        if (issuer.isEmpty())
            return fail(QStringLiteral("tid malformed"));
    }
    if (iss.toString() != issuer)
        return fail(QStringLiteral("iss mismatch"));
    if (!expected.authorizationResponseIssuer.isEmpty()
        && iss.toString() != expected.authorizationResponseIssuer)
        return fail(QStringLiteral("iss differs from the authorization response's"));

    // (3): aud contains our client_id; (4), (5): with several audiences,
    // azp must be present and be us; azp, when present, must be us.
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    QStringList audiences;
    if (aud.isString()) {
        audiences.append(aud.toString());
    } else if (aud.isArray()) {
        for (const QJsonValue &item : aud.toArray()) {
            if (!item.isString())
                return fail(QStringLiteral("aud malformed"));
            audiences.append(item.toString());
        }
    } else {
        return fail(QStringLiteral("aud missing"));
    }
    if (!audiences.contains(expected.clientId))
        return fail(QStringLiteral("aud mismatch"));
    const QJsonValue azp = claims.value(QLatin1String("azp"));
    if (audiences.size() > 1 && !azp.isString())
        return fail(QStringLiteral("azp missing with several audiences"));
    if (!azp.isUndefined() && azp.toString() != expected.clientId)
        return fail(QStringLiteral("azp mismatch"));

    const QJsonValue sub = claims.value(QLatin1String("sub"));
    if (!sub.isString() || sub.toString().isEmpty())
        return fail(QStringLiteral("sub missing"));

    // (9), (10): exp in the future, iat not in the future, each within the skew.
    const qint64 now = expected.now.toSecsSinceEpoch();
    const qint64 skew = expected.clockSkew.count();
    qint64 exp = 0, iat = 0, nbf = 0;
    if (!readNumericDate(claims, "exp", &exp))
        return fail(QStringLiteral("exp missing"));
    if (now >= exp + skew)
        return fail(QStringLiteral("token expired"));
    if (!readNumericDate(claims, "iat", &iat))
        return fail(QStringLiteral("iat missing"));
    if (iat > now + skew)
        return fail(QStringLiteral("iat in the future"));
    if (claims.contains(QLatin1String("nbf"))) {
        if (!readNumericDate(claims, "nbf", &nbf))
            return fail(QStringLiteral("nbf malformed"));
        if (nbf > now + skew)
            return fail(QStringLiteral("token not yet valid"));
    }

    // (11): the nonce we sent, exactly.
    const QJsonValue nonce = claims.value(QLatin1String("nonce"));
    if (!(expected.nonceOptional && nonce.isUndefined())) {
        if (!nonce.isString())
            return fail(QStringLiteral("nonce missing"));
        if (nonce.toString().toUtf8() != expected.nonce)
            return fail(QStringLiteral("nonce mismatch"));
    }

    // §3.1.3.8 and §3.3.2.11: when present, at_hash and c_hash bind the
    // access token and the code to this ID token.
    const QString alg = token.header.value(QLatin1String("alg")).toString();
    const QJsonValue atHash = claims.value(QLatin1String("at_hash"));
    if (!atHash.isUndefined()
        && (!atHash.isString() || atHash.toString().toLatin1() != leftHalfHash(alg, expected.accessToken)))
        return fail(QStringLiteral("at_hash mismatch"));
    const QJsonValue cHash = claims.value(QLatin1String("c_hash"));
    if (!cHash.isUndefined()
        && (!cHash.isString() || cHash.toString().toLatin1() != leftHalfHash(alg, expected.authorizationCode)))
        return fail(QStringLiteral("c_hash mismatch"));
    return true;
}

bool IdTokenValidator::validateRefreshed(const Jwt &token, const QJsonObject &original, QString *reason)
{
    // §12.2: the same person, from the same issuer, at the same original sign-in.
    const QJsonObject &claims = token.claims;
    const auto same = [&](const char *name) {
        return claims.value(QLatin1String(name)) == original.value(QLatin1String(name));
    };
    if (!same("sub") || !same("iss")) {
        *reason = QStringLiteral("the refreshed ID token names another subject or issuer");
        return false;
    }
    if (claims.contains(QLatin1String("auth_time")) && original.contains(QLatin1String("auth_time"))
        && !same("auth_time")) {
        *reason = QStringLiteral("the refreshed ID token changes auth_time");
        return false;
    }
    // The account id reads oid and tid too (Entra's home account is oid.tid).
    if (Account::fromIdTokenClaims(claims).id() != Account::fromIdTokenClaims(original).id()) {
        *reason = QStringLiteral("the refreshed ID token names another account");
        return false;
    }
    return true;
}

QByteArray IdTokenValidator::leftHalfHash(const QString &alg, const QByteArray &value)
{
    QCryptographicHash::Algorithm hash;
    if (alg.endsWith(QLatin1String("256")))
        hash = QCryptographicHash::Sha256;
    else if (alg.endsWith(QLatin1String("384")))
        hash = QCryptographicHash::Sha384;
    else if (alg.endsWith(QLatin1String("512")))
        hash = QCryptographicHash::Sha512;
    else
        return QByteArray();
    const QByteArray digest = QCryptographicHash::hash(value, hash);
    return digest.left(digest.size() / 2)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace QtSignIn
