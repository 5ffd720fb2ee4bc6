// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Secret.h>

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>

#include <memory>

namespace QtSignIn {

// The key pair that DPoP-bound tokens are bound to (RFC 9449): ES256, P-256.
// The one place where DPoP touches the JOSE library (cjose, over OpenSSL):
// everything else sees a key that can be generated, saved as a private JWK
// (kept with the tokens, in the token store), read back, described by its
// public JWK and thumbprint, and asked to sign. Immutable and cheap to copy;
// a null key (the default) stands for "Bearer, no key".
class DPoPKey
{
public:
    DPoPKey() = default;

    // A fresh P-256 key pair from OpenSSL's CSPRNG; null if that failed.
    static DPoPKey generate();
    // A key saved by privateJwk(); null when `jwk` is not a P-256 private
    // key (damaged or tampered with: the caller must not send the token it
    // belonged to without a proof).
    static DPoPKey fromPrivateJwk(const Secret &jwk);

    bool isNull() const { return !m_key; }

    // The private JWK as compact JSON: what the token store keeps.
    Secret privateJwk() const;
    // kty, crv, x, y only: what a proof's header carries (RFC 9449 §4.2).
    QJsonObject publicJwk() const;
    // The RFC 7638 JWK SHA-256 thumbprint, base64url: the `dpop_jkt` of
    // the authorization request (RFC 9449 §10) and the `cnf.jkt` of the
    // tokens bound to this key (§6.1).
    QByteArray thumbprint() const;
    // The compact JWS of `header` and `claims`, signed ES256 with this
    // key; `alg` is set here. Empty on failure or for a null key.
    QByteArray sign(const QJsonObject &header, const QJsonObject &claims) const;

    // RFC 7638 §3: SHA-256 over the required members in lexicographic
    // order, no white space; for EC keys crv, kty, x, y (RSA: e, kty, n).
    static QByteArray thumbprintOf(const QJsonObject &publicJwk);

    struct Key; // cjose's key, kept out of this header

private:
    std::shared_ptr<const Key> m_key;
};

} // namespace QtSignIn
