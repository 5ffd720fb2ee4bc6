// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SigningKey.h"

#include <QtCore/QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

namespace QtSignIn {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

struct SigningKey::Key
{
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

SigningKey::SigningKey(const QString &keyId) : m_keyId(keyId), m_key(std::make_unique<Key>())
{
    m_key->pkey = EVP_EC_gen("P-256");
}

SigningKey::~SigningKey() = default;

bool SigningKey::isValid() const { return m_key->pkey != nullptr; }

QJsonObject SigningKey::publicJwk() const
{
    // The uncompressed point: 0x04 || X (32 bytes) || Y (32 bytes).
    unsigned char point[65];
    size_t length = 0;
    if (!isValid()
        || !EVP_PKEY_get_octet_string_param(m_key->pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point, sizeof point,
                                            &length)
        || length != sizeof point || point[0] != 0x04)
        return {};
    const QByteArray x(reinterpret_cast<const char *>(point + 1), 32);
    const QByteArray y(reinterpret_cast<const char *>(point + 33), 32);
    return QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("EC")},
        {QStringLiteral("crv"), QStringLiteral("P-256")},
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("alg"), QStringLiteral("ES256")},
        {QStringLiteral("kid"), m_keyId},
        {QStringLiteral("x"), QString::fromLatin1(base64Url(x))},
        {QStringLiteral("y"), QString::fromLatin1(base64Url(y))},
    };
}

QByteArray SigningKey::sign(const QJsonObject &claims, const QString &type, const QJsonObject &extraHeader) const
{
    if (!isValid())
        return {};
    QJsonObject header{
        {QStringLiteral("alg"), QStringLiteral("ES256")},
        {QStringLiteral("typ"), type},
        {QStringLiteral("kid"), m_keyId},
    };
    for (auto it = extraHeader.constBegin(); it != extraHeader.constEnd(); ++it)
        header.insert(it.key(), it.value());
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    EVP_MD_CTX *context = EVP_MD_CTX_new();
    unsigned char der[128];
    size_t derLength = sizeof der;
    const bool signedOk = context && EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
            && EVP_DigestSign(context, der, &derLength,
                              reinterpret_cast<const unsigned char *>(signingInput.constData()),
                              size_t(signingInput.size()))
                    == 1;
    EVP_MD_CTX_free(context);
    if (!signedOk)
        return {};

    // JWS (RFC 7518 §3.4) wants r || s, each 32 bytes, not OpenSSL's DER sequence.
    const unsigned char *cursor = der;
    ECDSA_SIG *signature = d2i_ECDSA_SIG(nullptr, &cursor, long(derLength));
    if (!signature)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(signature, &r, &s);
    QByteArray raw(64, '\0');
    BN_bn2binpad(r, reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(s, reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    ECDSA_SIG_free(signature);
    return signingInput + '.' + base64Url(raw);
}

} // namespace QtSignIn
