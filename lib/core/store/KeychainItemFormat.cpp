// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "KeychainItemFormat.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace QtSignIn::KeychainItemFormat {

namespace {

const QLatin1String markerField("qtsignin_keychain_store");
constexpr int formatVersion = 1;

// Bounds for a manifest we accept: a token cache is kilobytes, so anything
// near these is not ours, and must not make us read thousands of items.
constexpr qsizetype maximumDocumentSize = 4 * 1024 * 1024;
constexpr qsizetype maximumParts = 4096;
// JSON numbers are doubles: integers are exact up to 2^53.
constexpr double largestExactInteger = 9007199254740992.0;

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// A whole number in [minimum, maximum], or -1.
qint64 wholeNumber(const QJsonValue &value, double minimum, double maximum)
{
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    if (number < minimum || number > maximum || number != qint64(number))
        return -1;
    return qint64(number);
}

bool isLowercaseHex(const QByteArray &text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

QString cacheKey()
{
    return QStringLiteral("cache");
}

QString partKey(qint64 generation, qsizetype index)
{
    return QStringLiteral("cache.%1.%2").arg(generation).arg(index);
}

CacheItem parseCacheItem(const QByteArray &item)
{
    CacheItem result;
    // Cheap test first: most reads are a document, which need not be parsed
    // twice (the client parses it again).
    if (!item.startsWith('{') || !item.contains(markerField.data()))
        return result;
    const QJsonObject object = QJsonDocument::fromJson(item).object();
    if (!object.contains(markerField))
        return result;

    result.kind = CacheItem::BrokenManifest;
    if (object.value(markerField) != QJsonValue(formatVersion)) {
        result.problem = QStringLiteral("the keychain holds a token cache in a format this version "
                                        "does not know");
        return result;
    }
    KeychainManifest manifest;
    manifest.generation = wholeNumber(object.value(QLatin1String("generation")), 0, largestExactInteger);
    manifest.parts = wholeNumber(object.value(QLatin1String("parts")), 1, maximumParts);
    manifest.size = wholeNumber(object.value(QLatin1String("size")), 0, maximumDocumentSize);
    manifest.sha256 = object.value(QLatin1String("sha256")).toString().toLatin1();
    if (manifest.generation < 0 || manifest.parts < 0 || manifest.size < 0
        || manifest.sha256.size() != 64 || !isLowercaseHex(manifest.sha256)) {
        result.problem = QStringLiteral("the keychain's token cache manifest is malformed");
        return result;
    }
    result.kind = CacheItem::Manifest;
    result.manifest = manifest;
    return result;
}

QList<QByteArray> split(const QByteArray &document, qsizetype maximumPartSize)
{
    Q_ASSERT(maximumPartSize > 0);
    QList<QByteArray> parts;
    for (qsizetype offset = 0; offset < document.size(); offset += maximumPartSize)
        parts.append(document.mid(offset, maximumPartSize));
    // An empty document still has one (empty) part, so a manifest always
    // names at least one item.
    if (parts.isEmpty())
        parts.append(QByteArray());
    return parts;
}

KeychainManifest manifestFor(const QByteArray &document, qint64 generation,
                             qsizetype maximumPartSize)
{
    KeychainManifest manifest;
    manifest.generation = generation;
    manifest.parts = split(document, maximumPartSize).size();
    manifest.size = document.size();
    manifest.sha256 = sha256Hex(document);
    return manifest;
}

QByteArray encodeManifest(const KeychainManifest &manifest)
{
    const QJsonObject object{
        {markerField, formatVersion},
        {QLatin1String("generation"), manifest.generation},
        {QLatin1String("parts"), manifest.parts},
        {QLatin1String("size"), manifest.size},
        {QLatin1String("sha256"), QString::fromLatin1(manifest.sha256)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString verify(const KeychainManifest &manifest, const QByteArray &document)
{
    if (document.size() != manifest.size) {
        return QStringLiteral("the keychain's token cache parts are %1 bytes, not the %2 its "
                              "manifest names").arg(document.size()).arg(manifest.size);
    }
    if (sha256Hex(document) != manifest.sha256)
        return QStringLiteral("the keychain's token cache parts do not match their manifest's SHA-256");
    return QString();
}

} // namespace QtSignIn::KeychainItemFormat
