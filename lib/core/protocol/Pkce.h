// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Secret.h>

#include <QtCore/QByteArray>

namespace QtSignIn {

// Proof Key for Code Exchange (RFC 7636), S256 only: "plain" protects nothing
// once the request is seen, and RFC 9700 §2.1.1 says not to use it.
struct Pkce
{
    Secret codeVerifier;
    QByteArray codeChallenge;
    static constexpr const char *method = "S256";

    // A fresh verifier of 32 random bytes (43 characters) and its challenge.
    static Pkce generate();

    // BASE64URL(SHA256(ASCII(verifier))), RFC 7636 §4.2.
    static QByteArray challengeFor(const QByteArray &codeVerifier);
};

} // namespace QtSignIn
