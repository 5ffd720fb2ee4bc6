// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "TokenCache.h"

#include <QtCore/QByteArray>
#include <QtCore/QStringList>

namespace QtSignIn {

// The token cache as versioned JSON, so that a later QtSignIn can migrate
// what an earlier one stored:
//
//   {"schema": 3, "accounts": [...], "access_tokens": [...], "refresh_tokens": [...]}
//
// Reading is defensive: what comes back from a keychain or a file may be
// corrupt, truncated or written by someone else. A malformed entry is skipped
// with a warning; a document that is not ours at all is refused whole.
class TokenCacheSerializer
{
public:
    // 3: every entry names its owner (TokenCache::Owner: provider, account
    // and client). 2 (no client) and 1 (no provider) are migrated on reading.
    // A QtSignIn that reads only older schemas leaves a newer document alone
    // (NewerSchema: read-only), so going back a version never erases it.
    static constexpr int schemaVersion = 3;
    // 4: schema 3 with DPoP keys (dpop_key) beside some tokens; written only
    // when the document holds one, so that a QtSignIn from before DPoP takes
    // it as newer and leaves it alone rather than drop the keys and, on its
    // next write, lose them. A document without keys stays schema 3.
    static constexpr int dpopSchemaVersion = 4;
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
