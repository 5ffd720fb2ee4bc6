// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The discovery document, checked against a single-tenant and a multi-tenant authority.
#include "protocol/ProviderMetadata.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace QtSignIn;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    ProviderMetadata metadata;
    QString reason;
    ProviderMetadata::parse(json, QStringLiteral("https://login.example.com/tenant/v2.0"), &metadata, &reason);
    ProviderMetadata::parse(json, QStringLiteral("https://login.microsoftonline.com/common/v2.0"), &metadata, &reason);
    return 0;
}
