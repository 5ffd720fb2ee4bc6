// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "cache/TokenCache.h"
#include "cache/TokenCacheSerializer.h"

#include <QtCore/QJsonDocument>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

const QString authority = QStringLiteral("https://login.example.com/t1/v2.0");
const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);

TokenCache::AccountEntry account(const QString &oid = QStringLiteral("u1"))
{
    TokenCache::AccountEntry entry;
    entry.idTokenClaims = QJsonObject{{QStringLiteral("sub"), QStringLiteral("s-") + oid},
                                      {QStringLiteral("oid"), oid},
                                      {QStringLiteral("tid"), QStringLiteral("t1")},
                                      {QStringLiteral("preferred_username"), oid + QStringLiteral("@example.com")}};
    entry.account = Account::fromIdTokenClaims(entry.idTokenClaims);
    entry.authority = authority;
    entry.idToken = Secret(QByteArray("header.claims.signature"));
    return entry;
}

TokenCache::AccessTokenEntry accessToken(const QStringList &scopes, qint64 expiresIn,
                                         const QByteArray &token = "at")
{
    TokenCache::AccessTokenEntry entry;
    entry.accountId = QStringLiteral("u1.t1");
    entry.authority = authority;
    entry.scopes = scopes;
    entry.token = Secret(token);
    entry.tokenType = QStringLiteral("Bearer");
    entry.expiresOn = now.addSecs(expiresIn);
    return entry;
}

} // namespace

class tst_TokenCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsATokenCoveringTheScopes()
    {
        TokenCache cache;
        cache.store(account());
        cache.store(accessToken({QStringLiteral("profile"), QStringLiteral("api.read")}, 3600));
        const auto margin = std::chrono::seconds(300);
        QVERIFY(cache.findAccessToken(QStringLiteral("u1.t1"), authority, {QStringLiteral("api.read")}, now, margin));
        QVERIFY(!cache.findAccessToken(QStringLiteral("u1.t1"), authority, {QStringLiteral("api.write")}, now, margin));
        QVERIFY(!cache.findAccessToken(QStringLiteral("u2.t1"), authority, {QStringLiteral("api.read")}, now, margin));
        QVERIFY(!cache.findAccessToken(QStringLiteral("u1.t1"), QStringLiteral("https://other"), {QStringLiteral("api.read")}, now, margin));
    }

    void tokensAboutToExpireAreNotServed()
    {
        TokenCache cache;
        cache.store(account());
        cache.store(accessToken({QStringLiteral("api.read")}, 299));
        QVERIFY(!cache.findAccessToken(QStringLiteral("u1.t1"), authority, {QStringLiteral("api.read")}, now, std::chrono::seconds(300)));
        QVERIFY(cache.findAccessToken(QStringLiteral("u1.t1"), authority, {QStringLiteral("api.read")}, now, std::chrono::seconds(60)));
    }

    void aNewTokenReplacesOverlappingOnes()
    {
        TokenCache cache;
        cache.store(account());
        cache.store(accessToken({QStringLiteral("api.read"), QStringLiteral("profile")}, 3600, "old"));
        cache.store(accessToken({QStringLiteral("email")}, 3600, "other"));
        cache.store(accessToken({QStringLiteral("api.read")}, 3600, "new"));
        QCOMPARE(cache.accessTokens().size(), 2);
        QCOMPARE(cache.findAccessToken(QStringLiteral("u1.t1"), authority, {QStringLiteral("api.read")}, now,
                                       std::chrono::seconds(0))->token.reveal(), QByteArray("new"));
    }

    void removingAnAccountRemovesItsTokens()
    {
        TokenCache cache;
        cache.store(account());
        cache.store(account(QStringLiteral("u2")));
        cache.store(accessToken({QStringLiteral("api.read")}, 3600));
        cache.store(TokenCache::RefreshTokenEntry{QStringLiteral("u1.t1"), QStringLiteral("client"), Secret(QByteArray("rt"))});
        QVERIFY(cache.removeAccount(QStringLiteral("u1.t1")));
        QCOMPARE(cache.accounts().size(), 1);
        QVERIFY(cache.accessTokens().isEmpty());
        QVERIFY(cache.refreshTokens().isEmpty());
        QVERIFY(!cache.removeAccount(QStringLiteral("u1.t1")));
    }

    void roundTripsThroughJson()
    {
        TokenCache cache;
        cache.store(account());
        cache.store(accessToken({QStringLiteral("profile"), QStringLiteral("api.read")}, 3600));
        cache.store(TokenCache::RefreshTokenEntry{QStringLiteral("u1.t1"), QStringLiteral("client"), Secret(QByteArray("rt"))});
        const QByteArray json = TokenCacheSerializer::serialize(cache);
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QLatin1String("schema")).toInt(), 1);
        TokenCache read;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(json, &read, &warnings), TokenCacheSerializer::ReadResult::Read);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(TokenCacheSerializer::serialize(read), json);
        QCOMPARE(read.findAccount(QStringLiteral("u1.t1"))->account.username(), QStringLiteral("u1@example.com"));
        QCOMPARE(read.findRefreshToken(QStringLiteral("u1.t1"), QStringLiteral("client"))->token.reveal(), QByteArray("rt"));
        QCOMPARE(read.accessTokens().constFirst().expiresOn, now.addSecs(3600));
    }

    void refusesWhatIsNotACache_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TokenCacheSerializer::ReadResult>("result");
        QTest::newRow("empty") << QByteArray() << TokenCacheSerializer::ReadResult::NotACache;
        QTest::newRow("garbage") << QByteArray("\x00\x01password", 10) << TokenCacheSerializer::ReadResult::NotACache;
        QTest::newRow("another app's json") << QByteArray("{\"token\":\"x\"}") << TokenCacheSerializer::ReadResult::NotACache;
        QTest::newRow("array") << QByteArray("[1]") << TokenCacheSerializer::ReadResult::NotACache;
        QTest::newRow("schema 0") << QByteArray("{\"schema\":0}") << TokenCacheSerializer::ReadResult::NotACache;
        QTest::newRow("newer schema") << QByteArray("{\"schema\":2,\"whatever\":[]}") << TokenCacheSerializer::ReadResult::NewerSchema;
    }

    void refusesWhatIsNotACache()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TokenCacheSerializer::ReadResult, result);
        TokenCache cache;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(bytes, &cache, &warnings), result);
        QVERIFY(cache.isEmpty());
    }

    void skipsMalformedEntriesAndKeepsTheRest()
    {
        const QByteArray json = "{\"schema\":1, \"accounts\":[{\"id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\",\"id_token\":\"x\", \"id_token_claims\":{\"sub\":\"s\",\"oid\":\"u1\",\"tid\":\"t1\"}}, {\"id\":\"forged\",\"authority\":\"a\",\"id_token_claims\":{\"sub\":\"s2\"}}, 42], \"access_tokens\":[{\"account_id\":\"u1.t1\",\"authority\":\"a\",\"scopes\":[\"x\"],\"token\":\"at\",\"expires_on\":1}, {\"account_id\":\"nobody\",\"authority\":\"a\",\"token\":\"at\"}], \"refresh_tokens\":[{\"account_id\":\"u1.t1\",\"client_id\":\"c\"}]}";
        TokenCache cache;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(json, &cache, &warnings), TokenCacheSerializer::ReadResult::Read);
        QCOMPARE(cache.accounts().size(), 1);
        QCOMPARE(cache.accessTokens().size(), 1);
        QVERIFY(cache.refreshTokens().isEmpty());
        QCOMPARE(warnings.size(), 4);
    }
};

QTEST_APPLESS_MAIN(tst_TokenCache)
#include "tst_tokencache.moc"
