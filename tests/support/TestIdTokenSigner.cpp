// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TestIdTokenSigner.h"

#include "SigningKey.h"

#include <QtCore/QJsonArray>

#include <stdexcept>

namespace QtSignInTest {

TestIdTokenSigner::TestIdTokenSigner(const QString &keyId)
    : m_keyId(keyId), m_key(std::make_unique<QtSignIn::SigningKey>(keyId))
{
    if (!m_key->isValid())
        throw std::runtime_error("EVP_EC_gen(P-256) failed");
}

TestIdTokenSigner::~TestIdTokenSigner() = default;

QJsonObject TestIdTokenSigner::publicJwk() const
{
    const QJsonObject jwk = m_key->publicJwk();
    if (jwk.isEmpty())
        throw std::runtime_error("cannot read the EC public key");
    return jwk;
}

QJsonObject TestIdTokenSigner::jwks() const
{
    return QJsonObject{{QStringLiteral("keys"), QJsonArray{publicJwk()}}};
}

QByteArray TestIdTokenSigner::sign(const QJsonObject &claims, const QJsonObject &extraHeader) const
{
    const QByteArray token = m_key->sign(claims, QStringLiteral("JWT"), extraHeader);
    if (token.isEmpty())
        throw std::runtime_error("ES256 signing failed");
    return token;
}

} // namespace QtSignInTest
