// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "DPoPKey.h"

#include "oidc/Base64Url.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>

#include <cjose/header.h>
#include <cjose/jwk.h>
#include <cjose/jws.h>

namespace QtSignIn {

namespace {

struct CjoseDeleter
{
    void operator()(cjose_jwk_t *jwk) const { cjose_jwk_release(jwk); }
    void operator()(cjose_jws_t *jws) const { cjose_jws_release(jws); }
    void operator()(cjose_header_t *header) const { cjose_header_release(header); }
};

// cjose hands out JSON it allocated; ours to free.
QByteArray takeCjoseString(char *text)
{
    if (!text)
        return QByteArray();
    const QByteArray copy(text);
    // The private key's text: overwritten before it goes back to the heap.
    memset(text, 0, strlen(text));
    free(text);
    return copy;
}

// A P-256 coordinate or private scalar: 32 bytes, strict base64url.
bool isP256Member(const QJsonObject &jwk, const char *name)
{
    QByteArray bytes;
    return decodeBase64Url(jwk.value(QLatin1String(name)).toString().toLatin1(), &bytes) && bytes.size() == 32;
}

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

struct DPoPKey::Key
{
    std::unique_ptr<cjose_jwk_t, CjoseDeleter> jwk;
    QJsonObject publicJwk;
    QByteArray thumbprint;
};

namespace {

std::shared_ptr<const DPoPKey::Key> wrap(cjose_jwk_t *raw)
{
    std::unique_ptr<cjose_jwk_t, CjoseDeleter> jwk(raw);
    if (!jwk)
        return nullptr;
    cjose_err error{};
    const QJsonObject exported = objectOf(takeCjoseString(cjose_jwk_to_json(jwk.get(), false, &error)));
    // RFC 9449 §4.2: the public key alone, and only its required members.
    const QJsonObject publicJwk{
        {QStringLiteral("kty"), exported.value(QLatin1String("kty"))},
        {QStringLiteral("crv"), exported.value(QLatin1String("crv"))},
        {QStringLiteral("x"), exported.value(QLatin1String("x"))},
        {QStringLiteral("y"), exported.value(QLatin1String("y"))},
    };
    if (publicJwk.value(QLatin1String("kty")).toString() != QLatin1String("EC")
        || publicJwk.value(QLatin1String("crv")).toString() != QLatin1String("P-256")
        || !isP256Member(publicJwk, "x") || !isP256Member(publicJwk, "y"))
        return nullptr;
    auto key = std::make_shared<DPoPKey::Key>();
    key->jwk = std::move(jwk);
    key->publicJwk = publicJwk;
    key->thumbprint = DPoPKey::thumbprintOf(publicJwk);
    return key;
}

} // namespace

DPoPKey DPoPKey::generate()
{
    cjose_err error{};
    DPoPKey key;
    key.m_key = wrap(cjose_jwk_create_EC_random(CJOSE_JWK_EC_P_256, &error));
    return key;
}

DPoPKey DPoPKey::fromPrivateJwk(const Secret &jwk)
{
    DPoPKey key;
    const QByteArray json = jwk.reveal();
    const QJsonObject object = objectOf(json);
    // Checked before cjose sees it: cjose aborts on some malformed input.
    if (object.value(QLatin1String("kty")).toString() != QLatin1String("EC")
        || object.value(QLatin1String("crv")).toString() != QLatin1String("P-256")
        || !isP256Member(object, "x") || !isP256Member(object, "y") || !isP256Member(object, "d"))
        return key;
    cjose_err error{};
    key.m_key = wrap(cjose_jwk_import(json.constData(), size_t(json.size()), &error));
    return key;
}

Secret DPoPKey::privateJwk() const
{
    if (!m_key)
        return Secret();
    cjose_err error{};
    return Secret(takeCjoseString(cjose_jwk_to_json(m_key->jwk.get(), true, &error)));
}

QJsonObject DPoPKey::publicJwk() const
{
    return m_key ? m_key->publicJwk : QJsonObject();
}

QByteArray DPoPKey::thumbprint() const
{
    return m_key ? m_key->thumbprint : QByteArray();
}

QByteArray DPoPKey::thumbprintOf(const QJsonObject &publicJwk)
{
    // Built by hand: the member order and the absence of white space are
    // the hash's input (RFC 7638 §3.3), not left to a JSON writer.
    const auto member = [&publicJwk](const char *name) {
        return QByteArray("\"") + name + "\":\""
                + publicJwk.value(QLatin1String(name)).toString().toUtf8() + '"';
    };
    // RSA's members are e, kty, n (§3.2): only to check this against
    // RFC 7638 §3.1's example, which is an RSA key.
    const bool rsa = publicJwk.value(QLatin1String("kty")).toString() == QLatin1String("RSA");
    const QByteArray canonical = rsa
            ? '{' + member("e") + ',' + member("kty") + ',' + member("n") + '}'
            : '{' + member("crv") + ',' + member("kty") + ',' + member("x") + ',' + member("y") + '}';
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray DPoPKey::sign(const QJsonObject &header, const QJsonObject &claims) const
{
    if (!m_key)
        return QByteArray();
    cjose_err error{};
    std::unique_ptr<cjose_header_t, CjoseDeleter> protectedHeader(cjose_header_new(&error));
    if (!protectedHeader || !cjose_header_set(protectedHeader.get(), CJOSE_HDR_ALG, CJOSE_HDR_ALG_ES256, &error))
        return QByteArray();
    for (auto it = header.constBegin(); it != header.constEnd(); ++it) {
        if (it.key() == QLatin1String("alg"))
            continue;
        // Strings (typ) as strings, objects (jwk) as JSON text.
        const QByteArray name = it.key().toUtf8();
        const bool set = it.value().isObject()
                ? cjose_header_set_raw(protectedHeader.get(), name.constData(),
                                       QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact).constData(),
                                       &error)
                : cjose_header_set(protectedHeader.get(), name.constData(),
                                   it.value().toString().toUtf8().constData(), &error);
        if (!set)
            return QByteArray();
    }
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    std::unique_ptr<cjose_jws_t, CjoseDeleter> jws(
            cjose_jws_sign(m_key->jwk.get(), protectedHeader.get(), reinterpret_cast<const uint8_t *>(payload.constData()),
                           size_t(payload.size()), &error));
    const char *compact = nullptr;
    if (!jws || !cjose_jws_export(jws.get(), &compact, &error) || !compact)
        return QByteArray();
    return QByteArray(compact);
}

} // namespace QtSignIn
