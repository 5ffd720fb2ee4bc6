// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// A plain OAuth 2.0 provider's profile endpoint answer, and the token
// endpoint's answers in the form encoding such providers use. The first
// byte chooses which.
#include "protocol/ProfileResponse.h"
#include "protocol/TokenResponse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace QtSignIn;
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] & 1) {
        const ProfileResponse::Fields fields{{QStringLiteral("sub"), QStringLiteral("id")},
                                             {QStringLiteral("preferred_username"), QStringLiteral("login"),
                                              QStringLiteral("username"), QStringLiteral("email")},
                                             {QStringLiteral("name")}};
        ProfileResponse response;
        ProfileResponse::Failure failure;
        QString reason;
        if (ProfileResponse::parse(body, fields, &response, &failure, &reason)
            && (response.id.isEmpty() || response.id.size() > ProfileResponse::maximumIdLength
                || response.username.size() > ProfileResponse::maximumNameLength
                || response.displayName.size() > ProfileResponse::maximumNameLength))
            __builtin_trap();
    } else {
        const QByteArray form("application/x-www-form-urlencoded");
        TokenResponse response;
        QString reason;
        TokenResponse::parse(body, form, &response, &reason);
        TokenErrorResponse error;
        TokenErrorResponse::parse(body, form, &error);
    }
    return 0;
}
