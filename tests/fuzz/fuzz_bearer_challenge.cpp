// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// A resource server's WWW-Authenticate header, claims challenges included:
// whatever an API sends, parsing ends without a crash, and claims are
// decoded only where the challenge is a claims challenge.
#include <QtSignIn/BearerChallenge.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace QtSignIn;
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<BearerChallenge> challenges = BearerChallenge::parseAll(header);
    for (const BearerChallenge &challenge : challenges) {
        if (!challenge.isValid())
            __builtin_trap();
        // Claims come with an insufficient_claims challenge only.
        if (!challenge.claims().isEmpty() && !challenge.isInsufficientClaims())
            __builtin_trap();
    }
    if (BearerChallenge::parse(header).isValid() == challenges.isEmpty())
        __builtin_trap();
    return 0;
}
