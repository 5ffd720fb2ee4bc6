// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The keychain layout of the token cache, without a keychain: what "cache"
// holds, how a large document is split, and how a manifest is checked.
#include "store/KeychainItemFormat.h"

#include <QtCore/QCryptographicHash>
#include <QtTest/QtTest>

using namespace QtSignIn;
using KeychainItemFormat::CacheItem;

namespace {

QByteArray documentOf(qsizetype size)
{
    QByteArray document;
    for (qsizetype i = 0; i < size; ++i)
        document.append(char('a' + i % 26));
    return document;
}

} // namespace

class tst_KeychainItemFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysNameTheGenerationAndIndex()
    {
        QCOMPARE(KeychainItemFormat::cacheKey(), QStringLiteral("cache"));
        QCOMPARE(KeychainItemFormat::partKey(7, 2), QStringLiteral("cache.7.2"));
    }

    void manifestIsTheDocumentedJson()
    {
        const QByteArray document = documentOf(1000);
        const KeychainManifest manifest = KeychainItemFormat::manifestFor(document, 3, 300);
        const QJsonObject json = QJsonDocument::fromJson(KeychainItemFormat::encodeManifest(manifest)).object();
        QCOMPARE(json.value(QLatin1String("qtsignin_keychain_store")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("generation")).toInt(), 3);
        QCOMPARE(json.value(QLatin1String("parts")).toInt(), 4);
        QCOMPARE(json.value(QLatin1String("size")).toInt(), 1000);
        QCOMPARE(json.value(QLatin1String("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex());
        QCOMPARE(json.size(), 5);
    }

    void manifestRoundTrips()
    {
        const KeychainManifest written = KeychainItemFormat::manifestFor(documentOf(5000), 42, 2048);
        const CacheItem item = KeychainItemFormat::parseCacheItem(KeychainItemFormat::encodeManifest(written));
        QCOMPARE(item.kind, CacheItem::Manifest);
        QCOMPARE(item.manifest.generation, 42);
        QCOMPARE(item.manifest.parts, 3);
        QCOMPARE(item.manifest.size, 5000);
        QCOMPARE(item.manifest.sha256, written.sha256);
    }

    void splitPartsFitAndJoinToTheDocument()
    {
        const QByteArray document = documentOf(2000);
        const QList<QByteArray> parts = KeychainItemFormat::split(document, 300);
        QCOMPARE(parts.size(), 7);
        QByteArray joined;
        for (const QByteArray &part : parts) {
            QVERIFY(part.size() <= 300);
            joined += part;
        }
        QCOMPARE(joined, document);
        QCOMPARE(KeychainItemFormat::split(documentOf(600), 300).size(), 2);
    }

    void verifyAcceptsOnlyTheDescribedDocument()
    {
        const QByteArray document = documentOf(1000);
        const KeychainManifest manifest = KeychainItemFormat::manifestFor(document, 1, 300);
        QVERIFY(KeychainItemFormat::verify(manifest, document).isEmpty());
        QVERIFY(!KeychainItemFormat::verify(manifest, document.left(999)).isEmpty());
        QByteArray changed = document;
        changed[500] = 'Z';
        const QString problem = KeychainItemFormat::verify(manifest, changed);
        QVERIFY(problem.contains(QLatin1String("SHA-256")));
        QVERIFY(!problem.contains(QLatin1String("abcdef"))); // names no content
    }

    void documentsAreNotManifests_data()
    {
        QTest::addColumn<QByteArray>("item");
        QTest::newRow("token cache") << QByteArray("{\"version\":1,\"accounts\":[]}");
        QTest::newRow("not json") << QByteArray("\x00\xff garbage", 10);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("marker not at top level")
                << QByteArray("{\"x\":{\"qtsignin_keychain_store\":1}}");
        QTest::newRow("marker in a string") << QByteArray("{\"x\":\"qtsignin_keychain_store\"}");
    }

    void documentsAreNotManifests()
    {
        QFETCH(QByteArray, item);
        QCOMPARE(KeychainItemFormat::parseCacheItem(item).kind, CacheItem::Document);
    }

    void brokenManifestsAreRecognised_data()
    {
        const QByteArray sha(64, 'a');
        QTest::addColumn<QByteArray>("item");
        QTest::newRow("newer version")
                << QByteArray("{\"qtsignin_keychain_store\":2,\"generation\":1,\"parts\":1,\"size\":1,\"sha256\":\"" + sha + "\"}");
        QTest::newRow("no parts")
                << QByteArray("{\"qtsignin_keychain_store\":1,\"generation\":1,\"parts\":0,\"size\":1,\"sha256\":\"" + sha + "\"}");
        QTest::newRow("too many parts")
                << QByteArray("{\"qtsignin_keychain_store\":1,\"generation\":1,\"parts\":100000,\"size\":1,\"sha256\":\"" + sha + "\"}");
        QTest::newRow("fractional generation")
                << QByteArray("{\"qtsignin_keychain_store\":1,\"generation\":1.5,\"parts\":1,\"size\":1,\"sha256\":\"" + sha + "\"}");
        QTest::newRow("negative size")
                << QByteArray("{\"qtsignin_keychain_store\":1,\"generation\":1,\"parts\":1,\"size\":-1,\"sha256\":\"" + sha + "\"}");
        QTest::newRow("short sha")
                << QByteArray("{\"qtsignin_keychain_store\":1,\"generation\":1,\"parts\":1,\"size\":1,\"sha256\":\"abc\"}");
        QTest::newRow("sha not hex")
                << QByteArray("{\"qtsignin_keychain_store\":1,\"generation\":1,\"parts\":1,\"size\":1,\"sha256\":\"" + QByteArray(64, 'z') + "\"}");
        QTest::newRow("missing fields") << QByteArray("{\"qtsignin_keychain_store\":1}");
    }

    void brokenManifestsAreRecognised()
    {
        QFETCH(QByteArray, item);
        const CacheItem parsed = KeychainItemFormat::parseCacheItem(item);
        QCOMPARE(parsed.kind, CacheItem::BrokenManifest);
        QVERIFY(!parsed.problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainItemFormat)
#include "tst_keychain_item_format.moc"
