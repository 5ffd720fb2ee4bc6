// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The keychain store's "cache" item: whatever a keychain hands back is read
// as a document, a manifest or a broken manifest, never more. A manifest we
// accept must survive being written and read again; a document split into
// parts must come back whole and match its own manifest.
#include "store/KeychainItemFormat.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

bool sameManifest(const QtSignIn::KeychainManifest &a, const QtSignIn::KeychainManifest &b)
{
    return a.generation == b.generation && a.parts == b.parts && a.size == b.size && a.sha256 == b.sha256;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace QtSignIn;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // As the item read from the keychain.
    const KeychainItemFormat::CacheItem item = KeychainItemFormat::parseCacheItem(bytes);
    if (item.kind == KeychainItemFormat::CacheItem::Manifest) {
        const KeychainManifest &manifest = item.manifest;
        if (manifest.generation < 0 || manifest.parts < 1 || manifest.parts > 4096 || manifest.size < 0
            || manifest.size > 4 * 1024 * 1024 || manifest.sha256.size() != 64)
            std::abort(); // out of the bounds parseCacheItem promises
        const KeychainItemFormat::CacheItem again =
                KeychainItemFormat::parseCacheItem(KeychainItemFormat::encodeManifest(manifest));
        if (again.kind != KeychainItemFormat::CacheItem::Manifest || !sameManifest(again.manifest, manifest))
            std::abort(); // what we write, we must read back unchanged
        KeychainItemFormat::partKey(manifest.generation, manifest.parts - 1);
        KeychainItemFormat::verify(manifest, bytes);
    } else if (item.kind == KeychainItemFormat::CacheItem::BrokenManifest && item.problem.isEmpty()) {
        std::abort(); // a broken manifest always says why
    }

    // As a document to store: the first byte chooses the part size.
    if (bytes.isEmpty())
        return 0;
    const qsizetype partSize = qsizetype(static_cast<unsigned char>(bytes.at(0))) + 1;
    const QByteArray document = bytes.mid(1);
    const QList<QByteArray> parts = KeychainItemFormat::split(document, partSize);
    const KeychainManifest manifest = KeychainItemFormat::manifestFor(document, 7, partSize);
    QByteArray joined;
    for (const QByteArray &part : parts) {
        if (part.size() > partSize)
            std::abort();
        joined += part;
    }
    if (joined != document || manifest.parts != parts.size()
        || !KeychainItemFormat::verify(manifest, joined).isEmpty())
        std::abort();
    const KeychainItemFormat::CacheItem stored =
            KeychainItemFormat::parseCacheItem(KeychainItemFormat::encodeManifest(manifest));
    if (stored.kind != KeychainItemFormat::CacheItem::Manifest || !sameManifest(stored.manifest, manifest))
        std::abort();
    return 0;
}
