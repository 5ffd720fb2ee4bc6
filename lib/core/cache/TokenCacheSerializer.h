// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "TokenCache.h"

#include <QtCore/QByteArray>
#include <QtCore/QStringList>

namespace QtSignIn {

// The token cache as versioned JSON, so that a later QtSignIn can migrate
// what an earlier one stored:
//
//   {"schema": 2, "accounts": [...], "access_tokens": [...], "refresh_tokens": [...]}
//
// Reading is defensive: what comes back from a keychain or a file may be
// corrupt, truncated or written by someone else. A malformed entry is skipped
// with a warning; a document that is not ours at all is refused whole.
class TokenCacheSerializer
{
public:
    // 2: every entry names its owner (TokenCache::Owner); 1 is migrated on reading.
    static constexpr int schemaVersion = 2;
    static constexpr qsizetype maximumSize = 4 * 1024 * 1024;

    enum class ReadResult {
        Read,                // possibly with warnings about skipped entries
        NotACache,           // not JSON, not an object, or no schema: someone else's data
        NewerSchema,         // written by a newer QtSignIn: leave it alone
    };

    static QByteArray serialize(const TokenCache &cache);
    static ReadResult deserialize(const QByteArray &bytes, TokenCache *cache, QStringList *warnings);
};

} // namespace QtSignIn
