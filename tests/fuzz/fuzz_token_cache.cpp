// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The token cache deserializer: what comes back from a keychain or a file may
// be anything. Whatever it accepts must survive a write and a read again.
#include "cache/TokenCacheSerializer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace QtSignIn;
    TokenCache cache;
    QStringList warnings;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (TokenCacheSerializer::deserialize(bytes, &cache, &warnings) != TokenCacheSerializer::ReadResult::Read)
        return 0;
    TokenCache again;
    QStringList moreWarnings;
    const QByteArray written = TokenCacheSerializer::serialize(cache);
    if (TokenCacheSerializer::deserialize(written, &again, &moreWarnings) != TokenCacheSerializer::ReadResult::Read
        || !moreWarnings.isEmpty() || TokenCacheSerializer::serialize(again) != written) {
        std::abort(); // what we write, we must read back unchanged
    }
    return 0;
}
