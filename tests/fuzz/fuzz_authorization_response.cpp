// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The authorization response, as it arrives in the redirect's query.
#include "protocol/AuthorizationResponse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace QtSignIn;
    const QByteArray target = "/callback?" + QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    QUrl redirect(QStringLiteral("http://127.0.0.1:1234/"));
    redirect.setQuery(QUrl::fromEncoded(target, QUrl::StrictMode).query(QUrl::FullyEncoded),
                      QUrl::StrictMode);
    AuthorizationResponse response;
    QString reason;
    AuthorizationResponse::parse(redirect, &response, &reason);
    return 0;
}
