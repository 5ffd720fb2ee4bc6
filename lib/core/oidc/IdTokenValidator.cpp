// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "IdTokenValidator.h"

#include "TenantIssuer.h"

#include <QtSignIn/Account.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>

#include <cmath>

namespace QtSignIn {

namespace {

using Reason = SignInError::Reason;

bool fail(SignInError *error, Reason reason, const QString &detail)
{
    *error = SignInError(SignInError::InvalidIdToken, detail, reason);
    return false;
}

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

bool IdTokenValidator::validateHeader(const Jwt &token, const QStringList &advertisedAlgorithms, SignInError *error)
{
    const QString alg = token.header.value(QLatin1String("alg")).toString();
    if (!isAcceptableAlgorithm(alg))
        return fail(error, Reason::SigningAlgorithmNotAllowed, QStringLiteral("signing algorithm not allowed"));
    if (token.header.contains(QLatin1String("crit")))
        return fail(error, Reason::CriticalHeaderNotUnderstood,
                    QStringLiteral("critical header extension not understood"));
    if (!advertisedAlgorithms.isEmpty() && !advertisedAlgorithms.contains(alg))
        return fail(error, Reason::SigningAlgorithmNotAdvertised,
                    QStringLiteral("signing algorithm not advertised by the provider"));
    return true;
}

bool IdTokenValidator::validateClaims(const Jwt &token, const Expectations &expected,
                                      SignInError *error)
{
    const QJsonObject &claims = token.claims;

    // §3.1.3.7 (2): iss exactly equals the issuer; for a multi-tenant
    // authority, the template with this token's own tenant.
    const QJsonValue iss = claims.value(QLatin1String("iss"));
    if (!iss.isString())
        return fail(error, Reason::IssuerMissing, QStringLiteral("iss missing"));
    QString issuer = expected.issuer;
    if (TenantIssuer::isTemplate(issuer)) {
        const QJsonValue tid = claims.value(QLatin1String("tid"));
        if (!tid.isString())
            return fail(error, Reason::TenantIdMissing, QStringLiteral("tid missing for a multi-tenant authority"));
        issuer = TenantIssuer::resolve(issuer, tid.toString());
        if (issuer.isEmpty())
            return fail(error, Reason::TenantIdMalformed, QStringLiteral("tid malformed"));
    }
    // Google, "OpenID Connect", "Validating an ID token": iss is
    // https://accounts.google.com or accounts.google.com. The second form
    // only where the preset names it, for its own issuer, never in general.
    const bool alternativeForm = !expected.alternativeIssuer.isEmpty() && iss.toString() == expected.alternativeIssuer;
    if (iss.toString() != issuer && !alternativeForm)
        return fail(error, Reason::IssuerMismatch, QStringLiteral("iss mismatch"));
    if (!expected.authorizationResponseIssuer.isEmpty()
        && iss.toString() != expected.authorizationResponseIssuer)
        return fail(error, Reason::IssuerDiffersFromAuthorizationResponse,
                    QStringLiteral("iss differs from the authorization response's"));

    // (3): aud contains our client_id; (4), (5): with several audiences,
    // azp must be present and be us; azp, when present, must be us.
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    QStringList audiences;
    if (aud.isString()) {
        audiences.append(aud.toString());
    } else if (aud.isArray()) {
        for (const QJsonValue &item : aud.toArray()) {
            if (!item.isString())
                return fail(error, Reason::AudienceMalformed, QStringLiteral("aud malformed"));
            audiences.append(item.toString());
        }
    } else {
        return fail(error, Reason::AudienceMissing, QStringLiteral("aud missing"));
    }
    if (!audiences.contains(expected.clientId))
        return fail(error, Reason::AudienceMismatch, QStringLiteral("aud mismatch"));
    const QJsonValue azp = claims.value(QLatin1String("azp"));
    if (audiences.size() > 1 && !azp.isString())
        return fail(error, Reason::AuthorizedPartyMissing, QStringLiteral("azp missing with several audiences"));
    if (!azp.isUndefined() && azp.toString() != expected.clientId)
        return fail(error, Reason::AuthorizedPartyMismatch, QStringLiteral("azp mismatch"));

    // Google, "OpenID Connect", "Authentication URI parameters", hd: the
    // parameter only narrows the account chooser; the claim is the proof
    // that the account belongs to the Workspace domain.
    if (!expected.hostedDomain.isEmpty()
        && claims.value(QLatin1String("hd")).toString() != expected.hostedDomain)
        return fail(error, Reason::HostedDomainMismatch, QStringLiteral("hd mismatch"));

    const QJsonValue sub = claims.value(QLatin1String("sub"));
    if (!sub.isString() || sub.toString().isEmpty())
        return fail(error, Reason::SubjectMissing, QStringLiteral("sub missing"));

    // (9), (10): exp in the future, iat not in the future, each within the skew.
    const qint64 now = expected.now.toSecsSinceEpoch();
    const qint64 skew = expected.clockSkew.count();
    qint64 exp = 0, iat = 0, nbf = 0;
    if (!readNumericDate(claims, "exp", &exp))
        return fail(error, Reason::ExpiryMissing, QStringLiteral("exp missing"));
    if (now >= exp + skew)
        return fail(error, Reason::Expired, QStringLiteral("token expired"));
    if (!readNumericDate(claims, "iat", &iat))
        return fail(error, Reason::IssuedAtMissing, QStringLiteral("iat missing"));
    if (iat > now + skew)
        return fail(error, Reason::IssuedInTheFuture, QStringLiteral("iat in the future"));
    if (claims.contains(QLatin1String("nbf"))) {
        if (!readNumericDate(claims, "nbf", &nbf))
            return fail(error, Reason::NotBeforeMalformed, QStringLiteral("nbf malformed"));
        if (nbf > now + skew)
            return fail(error, Reason::NotYetValid, QStringLiteral("token not yet valid"));
    }

    // (11): the nonce we sent, exactly.
    const QJsonValue nonce = claims.value(QLatin1String("nonce"));
    if (!(expected.nonceOptional && nonce.isUndefined())) {
        if (!nonce.isString())
            return fail(error, Reason::NonceMissing, QStringLiteral("nonce missing"));
        if (nonce.toString().toUtf8() != expected.nonce)
            return fail(error, Reason::NonceMismatch, QStringLiteral("nonce mismatch"));
    }

    // §3.1.3.8 and §3.3.2.11: when present, at_hash and c_hash bind the
    // access token and the code to this ID token.
    const QString alg = token.header.value(QLatin1String("alg")).toString();
    const QJsonValue atHash = claims.value(QLatin1String("at_hash"));
    if (!atHash.isUndefined()
        && (!atHash.isString() || atHash.toString().toLatin1() != leftHalfHash(alg, expected.accessToken)))
        return fail(error, Reason::AccessTokenHashMismatch, QStringLiteral("at_hash mismatch"));
    const QJsonValue cHash = claims.value(QLatin1String("c_hash"));
    if (!cHash.isUndefined()
        && (!cHash.isString() || cHash.toString().toLatin1() != leftHalfHash(alg, expected.authorizationCode)))
        return fail(error, Reason::CodeHashMismatch, QStringLiteral("c_hash mismatch"));
    return true;
}

bool IdTokenValidator::validateRefreshed(const Jwt &token, const QJsonObject &original, SignInError *error)
{
    // §12.2: the same person, from the same issuer, at the same original sign-in.
    const QJsonObject &claims = token.claims;
    const auto same = [&](const char *name) {
        return claims.value(QLatin1String(name)) == original.value(QLatin1String(name));
    };
    const QString anotherSubjectOrIssuer = QStringLiteral("the refreshed ID token names another subject or issuer");
    if (!same("sub"))
        return fail(error, Reason::RefreshedSubjectChanged, anotherSubjectOrIssuer);
    if (!same("iss"))
        return fail(error, Reason::RefreshedIssuerChanged, anotherSubjectOrIssuer);
    if (claims.contains(QLatin1String("auth_time")) && original.contains(QLatin1String("auth_time"))
        && !same("auth_time"))
        return fail(error, Reason::RefreshedAuthTimeChanged,
                    QStringLiteral("the refreshed ID token changes auth_time"));
    // aud and azp name who the token is for: a refresh must not widen or
    // move that. aud may be a string or an array; order carries no meaning.
    const auto audiences = [](const QJsonValue &aud) {
        QStringList names;
        if (aud.isString())
            names.append(aud.toString());
        for (const QJsonValue &name : aud.toArray())
            names.append(name.isString() ? name.toString() : QStringLiteral("\n(not a string)"));
        names.sort();
        names.removeDuplicates();
        return names;
    };
    if (audiences(claims.value(QLatin1String("aud"))) != audiences(original.value(QLatin1String("aud"))))
        return fail(error, Reason::RefreshedAudienceChanged,
                    QStringLiteral("the refreshed ID token names another audience"));
    // "If no azp Claim was present in the original ID Token, one MUST NOT be
    // present in the new ID Token": a missing claim is undefined on both sides.
    if (!same("azp"))
        return fail(error, Reason::RefreshedAuthorizedPartyChanged,
                    QStringLiteral("the refreshed ID token changes azp"));
    // The account id reads oid and tid too (Entra's home account is oid.tid).
    if (Account::fromIdTokenClaims(claims).id() != Account::fromIdTokenClaims(original).id())
        return fail(error, Reason::RefreshedAccountChanged,
                    QStringLiteral("the refreshed ID token names another account"));
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
