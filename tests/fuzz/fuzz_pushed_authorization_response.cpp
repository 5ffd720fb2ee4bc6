// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// A provider's answer to a pushed authorization request (RFC 9126 §2.2):
// what is believed of it goes into the browser's URL and bounds a timer.
#include "protocol/PushedAuthorizationRequest.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace QtSignIn;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    PushedAuthorizationResponse response;
    QString reason;
    if (PushedAuthorizationResponse::parse(body, &response, &reason)) {
        if (response.requestUri.isEmpty()
            || response.requestUri.size() > PushedAuthorizationResponse::maximumRequestUriLength
            || response.expiresIn.count() < 1 || response.expiresIn > PushedAuthorizationResponse::maximumExpiresIn)
            __builtin_trap();
        for (const QChar c : response.requestUri) {
            if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
                __builtin_trap();
        }
    } else if (reason.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
