// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The loopback listener's request parser, fed what any local process can send.
#include "loopback/LoopbackRequestParser.h"

#include <QtCore/QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace QtSignIn;
    // The first byte picks how the bytes are split across reads, as TCP may.
    const size_t chunk = size ? (data[0] % 16) + 1 : 1;
    LoopbackRequestParser parser;
    for (size_t offset = size ? 1 : 0; offset < size; offset += chunk) {
        const size_t length = offset + chunk <= size ? chunk : size - offset;
        parser.feed(QByteArray(reinterpret_cast<const char *>(data + offset), qsizetype(length)));
    }
    // A form_post body is never more than its bound, whatever was declared.
    if (parser.body().size() > LoopbackRequestParser::maximumBodySize)
        __builtin_trap();
    if (parser.status() == LoopbackRequestParser::Status::Complete) {
        // What the receiver does next with the target.
        const QUrl target = QUrl::fromEncoded(parser.target(), QUrl::StrictMode);
        (void)target.path(QUrl::FullyEncoded);
        (void)target.query(QUrl::FullyEncoded);
    }
    return 0;
}
