// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Signs ID tokens as a provider would: an EC P-256 key made once per
// instance (ES256, fast to generate), its JWKS, and compact JWS tokens from
// a claims object. The test kit's signing key (lib/test/SigningKey) does the
// OpenSSL work; this adds the JWKS and throws where that key returns nothing,
// so a broken signer fails a test loudly instead of signing with nothing.

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <memory>

namespace QtSignIn {
class SigningKey;
}

namespace QtSignInTest {

class TestIdTokenSigner
{
public:
    explicit TestIdTokenSigner(const QString &keyId = QStringLiteral("test-key-1"));
    ~TestIdTokenSigner();
    TestIdTokenSigner(const TestIdTokenSigner &) = delete;
    TestIdTokenSigner &operator=(const TestIdTokenSigner &) = delete;

    QString keyId() const { return m_keyId; }
    /// The public key as a JWK (kty EC, crv P-256, use sig, alg ES256, kid).
    QJsonObject publicJwk() const;
    /// {"keys": [publicJwk()]}.
    QJsonObject jwks() const;

    /// header.claims.signature, with header {"alg":"ES256","typ":"JWT","kid":...}
    /// plus `extraHeader` (which may override those).
    QByteArray sign(const QJsonObject &claims, const QJsonObject &extraHeader = {}) const;

private:
    QString m_keyId;
    std::unique_ptr<QtSignIn::SigningKey> m_key;
};

} // namespace QtSignInTest
