// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>

namespace QtSignIn {

// A JSON Web Token in compact serialization (RFC 7519, RFC 7515 §7.1), split
// and decoded, not yet verified. Parsing is strict: three base64url parts
// without padding, header and payload JSON objects.
struct Jwt
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput;   // "<header>.<payload>" as received
    QByteArray signature;      // decoded

    static constexpr qsizetype maximumSize = 64 * 1024;

    // On failure, `error` is InvalidIdToken with the reason of the failed check.
    static bool parse(const QByteArray &compact, Jwt *jwt, SignInError *error);
};

} // namespace QtSignIn
