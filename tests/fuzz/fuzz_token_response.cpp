// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The token endpoint's answer, success and error shapes.
#include "protocol/TokenResponse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace QtSignIn;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    TokenResponse response;
    QString reason;
    TokenResponse::parse(json, &response, &reason);
    TokenErrorResponse error;
    TokenErrorResponse::parse(json, &error);
    return 0;
}
