// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Whether log output holds (the start of) a JWT: base64url of a JSON object
// with a key, "{"alg", "{"sub", ... which always begins "eyJ". Searching
// for "eyJ" alone is not enough: state, nonce and the PKCE challenge are
// random base64url that the browser's log prints, and contain "eyJ" now and
// then (about once in a few thousand sign-ins). Decoding what follows tells
// them apart, and still catches a token cut short, down to its first 16 characters.
#pragma once

#include <QtCore/QByteArray>

#include <algorithm>
#include <cctype>

namespace QtSignInTest {

inline bool isBase64UrlCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

inline bool containsJwt(const QByteArray &text)
{
    for (qsizetype at = text.indexOf("eyJ"); at >= 0; at = text.indexOf("eyJ", at + 1)) {
        const QByteArray chunk = text.mid(at, 16);
        if (chunk.size() < 16 || !std::all_of(chunk.cbegin(), chunk.cend(), isBase64UrlCharacter))
            continue;
        // 16 characters are 12 bytes: '{', '"', a key of up to 8 characters
        // ("alg", "sub", "at_hash", ...), '"', ':'.
        const QByteArray decoded = QByteArray::fromBase64(chunk, QByteArray::Base64UrlEncoding);
        qsizetype end = 2;
        while (end < decoded.size() && end < 10
               && (std::isalnum(static_cast<unsigned char>(decoded.at(end))) || decoded.at(end) == '_'))
            ++end;
        if (end > 2 && decoded.mid(end, 2) == "\":")
            return true;
    }
    return false;
}

} // namespace QtSignInTest
