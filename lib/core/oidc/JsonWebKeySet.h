// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>

namespace QtSignIn {

// The provider's signing keys (RFC 7517), as published at its jwks_uri.
// Only what key selection needs is read here; the key material itself is
// decoded by cjose when a signature is verified.
class JsonWebKeySet
{
public:
    struct Key
    {
        QString kid;
        QString kty;   // "RSA" or "EC"; other types are skipped
        QString alg;   // optional: when present, the only algorithm the key may verify
        QString crv;   // EC only
        QByteArray json;
    };

    enum class Selection {
        Found,
        UnknownKid,      // no key with the token's kid: the provider may have rotated keys
        AmbiguousKey,    // no kid, and more than one key could have signed
        NoSuitableKey,
    };

    // On failure, `error` is InvalidProviderMetadata with the reason.
    static bool parse(const QByteArray &json, JsonWebKeySet *set, SignInError *error);

    // The key for a token signed with `alg`, named `kid` (may be empty).
    Selection select(const QString &kid, const QString &alg, Key *key) const;

    QList<Key> keys() const { return m_keys; }

private:
    QList<Key> m_keys;
};

// Verifies a compact JWS against one key, through cjose (which decodes the
// key and calls OpenSSL). The key's type must fit the algorithm: RSA for
// RS*/PS*, EC with the algorithm's own curve for ES*. On failure, `error` is
// InvalidIdToken with the reason.
bool verifyJwsSignature(const QByteArray &compact, const QString &alg,
                        const JsonWebKeySet::Key &key, SignInError *error);

} // namespace QtSignIn
