// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "JsonWebKeySet.h"

#include "Base64Url.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <cjose/jwk.h>
#include <cjose/jws.h>

#include <memory>

namespace QtSignIn {

namespace {

constexpr int maximumKeys = 100;

QString keyTypeFor(const QString &alg)
{
    if (alg.startsWith(QLatin1String("RS")) || alg.startsWith(QLatin1String("PS")))
        return QStringLiteral("RSA");
    if (alg.startsWith(QLatin1String("ES")))
        return QStringLiteral("EC");
    return QString();
}

QString curveFor(const QString &alg)
{
    if (alg == QLatin1String("ES256"))
        return QStringLiteral("P-256");
    if (alg == QLatin1String("ES384"))
        return QStringLiteral("P-384");
    if (alg == QLatin1String("ES512"))
        return QStringLiteral("P-521");
    return QString();
}

bool fits(const JsonWebKeySet::Key &key, const QString &alg)
{
    if (key.kty != keyTypeFor(alg))
        return false;
    if (!key.alg.isEmpty() && key.alg != alg)
        return false;
    return key.kty != QLatin1String("EC") || key.crv == curveFor(alg);
}

struct CjoseDeleter
{
    void operator()(cjose_jwk_t *jwk) const { cjose_jwk_release(jwk); }
    void operator()(cjose_jws_t *jws) const { cjose_jws_release(jws); }
};

} // namespace

bool JsonWebKeySet::parse(const QByteArray &json, JsonWebKeySet *set, SignInError *error)
{
    *set = JsonWebKeySet();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue keys = document.object().value(QLatin1String("keys"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !keys.isArray()) {
        *error = SignInError(SignInError::InvalidProviderMetadata,
                             QStringLiteral("the JWKS is not a JSON object with a \"keys\" array"),
                             SignInError::Reason::SigningKeySetMalformed);
        return false;
    }
    const QJsonArray array = keys.toArray();
    if (array.size() > maximumKeys) {
        *error = SignInError(SignInError::InvalidProviderMetadata, QStringLiteral("the JWKS holds too many keys"),
                             SignInError::Reason::SigningKeySetTooLarge);
        return false;
    }
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Key key;
        key.kty = object.value(QLatin1String("kty")).toString();
        key.kid = object.value(QLatin1String("kid")).toString();
        key.alg = object.value(QLatin1String("alg")).toString();
        key.crv = object.value(QLatin1String("crv")).toString();
        const QJsonValue use = object.value(QLatin1String("use"));
        // RFC 7517 §4.2: a key marked for encryption must not verify signatures.
        if (!use.isUndefined() && use.toString() != QLatin1String("sig"))
            continue;
        if (key.kty != QLatin1String("RSA") && key.kty != QLatin1String("EC"))
            continue;
        // Only the public members travel to cjose: a JWKS that carries a
        // private part by mistake must not turn into a private key here.
        QJsonObject publicPart;
        const QStringList members = key.kty == QLatin1String("RSA")
                ? QStringList{QStringLiteral("kty"), QStringLiteral("n"), QStringLiteral("e")}
                : QStringList{QStringLiteral("kty"), QStringLiteral("crv"), QStringLiteral("x"),
                              QStringLiteral("y")};
        for (const QString &member : members) {
            const QJsonValue value = object.value(member);
            // Key material must be well-formed base64url before cjose sees it.
            const bool isKeyMaterial = member != QLatin1String("kty") && member != QLatin1String("crv");
            if (!value.isString() || value.toString().isEmpty()
                || (isKeyMaterial && !isBase64Url(value.toString().toLatin1())))
                break;
            publicPart.insert(member, value);
        }
        if (publicPart.size() != members.size())
            continue;
        // RFC 8017 moduli under 2048 bits are breakable (NIST SP 800-131A).
        if (key.kty == QLatin1String("RSA") && object.value(QLatin1String("n")).toString().size() < 342)
            continue;
        key.json = QJsonDocument(publicPart).toJson(QJsonDocument::Compact);
        set->m_keys.append(key);
    }
    return true;
}

JsonWebKeySet::Selection JsonWebKeySet::select(const QString &kid, const QString &alg, Key *key) const
{
    QList<Key> candidates;
    for (const Key &candidate : m_keys) {
        if (fits(candidate, alg) && (kid.isEmpty() || candidate.kid == kid))
            candidates.append(candidate);
    }
    if (candidates.size() == 1) {
        *key = candidates.constFirst();
        return Selection::Found;
    }
    if (!kid.isEmpty())
        return candidates.isEmpty() ? Selection::UnknownKid : Selection::AmbiguousKey;
    return candidates.isEmpty() ? Selection::NoSuitableKey : Selection::AmbiguousKey;
}

bool verifyJwsSignature(const QByteArray &compact, const QString &alg,
                        const JsonWebKeySet::Key &key, SignInError *error)
{
    const auto fail = [error](SignInError::Reason reason, const QString &detail) {
        *error = SignInError(SignInError::InvalidIdToken, detail, reason);
        return false;
    };
    if (!fits(key, alg))
        return fail(SignInError::Reason::NoSigningKeyForAlgorithm,
                    QStringLiteral("the key does not fit the signing algorithm"));
    // Same rule for the token itself: three well-formed base64url parts.
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3 || !isBase64Url(parts.at(0)) || !isBase64Url(parts.at(1))
        || !isBase64Url(parts.at(2))) {
        return fail(SignInError::Reason::IdTokenNotCompactJws, QStringLiteral("the token is not a valid JWS"));
    }
    cjose_err cjoseError{};
    std::unique_ptr<cjose_jwk_t, CjoseDeleter> jwk(
            cjose_jwk_import(key.json.constData(), size_t(key.json.size()), &cjoseError));
    if (!jwk)
        return fail(SignInError::Reason::SigningKeyUnreadable, QStringLiteral("the provider's key could not be read"));
    std::unique_ptr<cjose_jws_t, CjoseDeleter> jws(
            cjose_jws_import(compact.constData(), size_t(compact.size()), &cjoseError));
    if (!jws)
        return fail(SignInError::Reason::IdTokenNotCompactJws, QStringLiteral("the token is not a valid JWS"));
    if (!cjose_jws_verify(jws.get(), jwk.get(), &cjoseError))
        return fail(SignInError::Reason::SignatureInvalid, QStringLiteral("bad signature"));
    return true;
}

} // namespace QtSignIn
