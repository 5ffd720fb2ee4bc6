// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>

namespace QtSignIn {

// How KeychainTokenStore lays the token cache out in keychain items, without
// any keychain: one item "cache" holding the document, or, when it does not
// fit in one item, parts "cache.<generation>.<index>" and a manifest in
// "cache":
//   {"qtsignin_keychain_store":1,"generation":G,"parts":K,"size":N,"sha256":"hex"}
struct KeychainManifest
{
    qint64 generation = 0;
    qsizetype parts = 0;
    qsizetype size = 0;
    QByteArray sha256; // lowercase hex
};

namespace KeychainItemFormat {

QString cacheKey();
QString partKey(qint64 generation, qsizetype index);

// What the "cache" item holds.
struct CacheItem
{
    enum Kind {
        Document,       // the token cache itself
        Manifest,       // a valid manifest: the document is in parts
        BrokenManifest, // ours, but unreadable (bad field, newer version)
    };
    Kind kind = Document;
    KeychainManifest manifest; // for Manifest
    QString problem;           // for BrokenManifest; names no content
};
CacheItem parseCacheItem(const QByteArray &item);

// The manifest of `document` stored under `generation` in parts of at most
// `maximumPartSize` bytes, and those parts.
KeychainManifest manifestFor(const QByteArray &document, qint64 generation,
                             qsizetype maximumPartSize);
QList<QByteArray> split(const QByteArray &document, qsizetype maximumPartSize);
QByteArray encodeManifest(const KeychainManifest &manifest);

// Empty when `document` is what `manifest` describes; otherwise why not.
QString verify(const KeychainManifest &manifest, const QByteArray &document);

} // namespace KeychainItemFormat
} // namespace QtSignIn
