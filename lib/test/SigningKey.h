// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The test provider's signing key: an EC P-256 key made once per provider
// (ES256, quick to generate), its public JWK, and compact JWS (RFC 7515)
// from a header and claims. OpenSSL, which QtSignIn's verifier (cjose) uses
// as well. The project's own unit tests sign with it too (tests/support's
// TestIdTokenSigner compiles this file in): one ES256 signer to keep right.

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <memory>

namespace QtSignIn {

class SigningKey
{
public:
    explicit SigningKey(const QString &keyId);
    ~SigningKey();
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;

    bool isValid() const;
    QString keyId() const { return m_keyId; }
    /// kty EC, crv P-256, use sig, alg ES256, kid.
    QJsonObject publicJwk() const;

    /// header.claims.signature; the header gets alg ES256 and kid, and `typ`
    /// (JWT for ID tokens, at+jwt for access tokens, RFC 9068 §2.1), then
    /// `extraHeader`'s members, which may override those (for tests of a
    /// verifier's refusals). Empty when the key is not valid or OpenSSL fails.
    QByteArray sign(const QJsonObject &claims, const QString &type, const QJsonObject &extraHeader = {}) const;

private:
    QString m_keyId;
    struct Key;
    std::unique_ptr<Key> m_key;
};

} // namespace QtSignIn
