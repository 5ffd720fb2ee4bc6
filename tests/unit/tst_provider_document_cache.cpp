// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// ProviderDocumentCache: how long a provider's document may be reused, and
// that a document stored on disk is served from there.
#include "network/HttpExchange.h"
#include "oidc/ProviderDocumentCache.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace QtSignIn;
using Document = ProviderDocumentCache::Document;

namespace {

const QString authority = QStringLiteral("https://id.example.com/realms/demo");
// RFC 9110 §5.6.7's example date, as servers write it in Expires.
const QByteArray expiresValue = QByteArrayLiteral("Sun, 06 Nov 1994 08:49:37 GMT");
const QDateTime expiresAt(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);

HttpResponse responseWithHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    HttpResponse response;
    response.status = 200;
    response.body = QByteArrayLiteral("{\"issuer\":\"https://id.example.com/realms/demo\"}");
    response.headers = headers;
    return response;
}

} // namespace

class tst_ProviderDocumentCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expiresAloneIsFreshUntilThatDate()
    {
        const HttpResponse response = responseWithHeaders({{QByteArrayLiteral("Expires"), expiresValue}});
        QCOMPARE(ProviderDocumentCache::freshUntil(response, expiresAt.addSecs(-3600)), expiresAt);
    }

    void documentCachedByExpiresAloneIsServedFromTheCache()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const ProviderDocumentCache cache(directory.path());
        const QDateTime now = expiresAt.addSecs(-3600);
        const HttpResponse response = responseWithHeaders({{QByteArrayLiteral("Expires"), expiresValue}});

        cache.store(authority, Document::Discovery, response.body, ProviderDocumentCache::freshUntil(response, now));

        const auto stored = cache.lookup(authority, Document::Discovery, now.addSecs(60));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->body, response.body);
        QCOMPARE(stored->freshUntil, expiresAt);
        // ...and not once Expires has passed.
        QVERIFY(!cache.lookup(authority, Document::Discovery, expiresAt).has_value());
    }

    void maxAgeWinsOverExpires()
    {
        // RFC 9111 §5.3: with max-age, Expires is ignored.
        const HttpResponse response = responseWithHeaders({{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("max-age=60")},
                                                           {QByteArrayLiteral("Expires"), expiresValue}});
        const QDateTime now = expiresAt.addSecs(-3600);
        QCOMPARE(ProviderDocumentCache::freshUntil(response, now), now.addSecs(60));
    }

    void invalidExpiresMeansAlreadyExpired()
    {
        // RFC 9111 §5.3: "0" and other invalid dates mean already expired.
        const HttpResponse response = responseWithHeaders({{QByteArrayLiteral("Expires"), QByteArrayLiteral("0")}});
        QVERIFY(!ProviderDocumentCache::freshUntil(response, expiresAt.addSecs(-3600)).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_ProviderDocumentCache)
#include "tst_provider_document_cache.moc"
