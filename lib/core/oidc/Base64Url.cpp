// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "Base64Url.h"

namespace QtSignIn {

bool isBase64Url(const QByteArray &text)
{
    for (char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return text.size() % 4 != 1;
}

bool decodeBase64Url(const QByteArray &text, QByteArray *bytes)
{
    if (!isBase64Url(text))
        return false;
    const auto result = QByteArray::fromBase64Encoding(
            text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *bytes = *result;
    return true;
}

} // namespace QtSignIn
