// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// A resource server's WWW-Authenticate header (RFC 6750 §3), and the claims
// challenge in it (Microsoft Entra ID's insufficient_claims): untrusted
// input, so malformed headers give "no challenge", and claims that are not
// base64 of a bounded JSON object give no claims, never a guess.

#include <QtSignIn/BearerChallenge.h>

#include <QtCore/QJsonDocument>
#include <QtTest/QtTest>

using namespace QtSignIn;

class tst_BearerChallenge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insufficientScope()
    {
        const BearerChallenge c = BearerChallenge::parse(
                "Bearer realm=\"demo\", error=\"insufficient_scope\", error_description=\"needs \\\"write\\\"\", "
                "scope=\"api.write  api.admin\"");
        QVERIFY(c.isValid());
        QCOMPARE(c.realm(), QStringLiteral("demo"));
        QVERIFY(c.isInsufficientScope());
        QCOMPARE(c.error(), BearerChallenge::Error::InsufficientScope);
        QCOMPARE(c.errorCode(), QStringLiteral("insufficient_scope"));
        QCOMPARE(c.errorDescription(), QStringLiteral("needs \"write\""));
        QCOMPARE(c.scopes(), (QStringList{QStringLiteral("api.write"), QStringLiteral("api.admin")}));
        QVERIFY(c.claims().isEmpty());
    }

    void bareChallengeAndTokenValues()
    {
        QVERIFY(BearerChallenge::parse("Bearer").isValid());
        QCOMPARE(BearerChallenge::parse("Bearer").error(), BearerChallenge::Error::None);
        const BearerChallenge c = BearerChallenge::parse("bearer error=invalid_token");
        QVERIFY(c.isValid());
        QVERIFY(c.isInvalidToken());
    }

    void onlyTheBearerChallengeCounts()
    {
        const BearerChallenge c = BearerChallenge::parse(
                "Basic realm=\"x\", error=\"insufficient_scope\", Bearer realm=\"api\", error=\"invalid_token\"");
        QVERIFY(c.isValid());
        QCOMPARE(c.realm(), QStringLiteral("api"));
        QVERIFY(c.isInvalidToken());
        QVERIFY(!BearerChallenge::parse("Basic realm=\"x\"").isValid());
        QVERIFY(!BearerChallenge::parse("Negotiate").isValid());
    }

    void everyBearerChallengeIsListed()
    {
        const QList<BearerChallenge> all = BearerChallenge::parseAll(
                "Bearer realm=\"one\", Negotiate, Bearer realm=\"two\", error=\"invalid_token\"");
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).realm(), QStringLiteral("one"));
        QCOMPARE(all.at(1).realm(), QStringLiteral("two"));
        QVERIFY(all.at(1).isInvalidToken());
        QVERIFY(BearerChallenge::parseAll("Basic realm=\"x\"").isEmpty());
    }

    void otherErrorsAndParametersAreKeptVerbatim()
    {
        const BearerChallenge c = BearerChallenge::parse(
                "Bearer error=\"use_dpop_nonce\", authorization_uri=\"https://login.example/authorize\", "
                "Client_Id=\"00000003-0000-0000-c000-000000000000\"");
        QCOMPARE(c.error(), BearerChallenge::Error::Other);
        QCOMPARE(c.errorCode(), QStringLiteral("use_dpop_nonce"));
        QCOMPARE(c.parameter(QStringLiteral("authorization_uri")), QStringLiteral("https://login.example/authorize"));
        QCOMPARE(c.parameter(QStringLiteral("client_id")), QStringLiteral("00000003-0000-0000-c000-000000000000"));
        QVERIFY(c.parameter(QStringLiteral("scope")).isEmpty());
    }

    // Microsoft's documented example ("Claims challenges, claims requests and
    // client capabilities"): padded standard base64.
    void entraClaimsChallengeIsDecoded()
    {
        const BearerChallenge c = BearerChallenge::parse(
                "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", "
                "client_id=\"00000003-0000-0000-c000-000000000000\", error=\"insufficient_claims\", "
                "claims=\"eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwNDEwNjY1MSJ9fX0=\"");
        QVERIFY(c.isValid());
        QVERIFY(c.isInsufficientClaims());
        const QJsonObject expected = QJsonDocument::fromJson(
                R"({"access_token":{"nbf":{"essential":true,"value":"1604106651"}}})").object();
        QCOMPARE(c.claims(), expected);
    }

    void claimsInEitherBase64AlphabetQuotedOrNot_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("base64url, padded") << QByteArray(
                "Bearer error=\"insufficient_claims\", claims=\"eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiYzE_In19fQ==\"");
        QTest::newRow("base64url, unpadded") << QByteArray(
                "Bearer error=\"insufficient_claims\", claims=\"eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiYzE_In19fQ\"");
        QTest::newRow("base64, unquoted") << QByteArray(
                "Bearer error=insufficient_claims, claims=eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiYzE/In19fQ==");
    }

    void claimsInEitherBase64AlphabetQuotedOrNot()
    {
        QFETCH(QByteArray, header);
        const QJsonObject expected = QJsonDocument::fromJson(
                R"({"access_token":{"acrs":{"essential":true,"value":"c1?"}}})").object();
        QCOMPARE(BearerChallenge::parse(header).claims(), expected);
    }

    void claimsOfAnotherErrorAreNotDecoded()
    {
        const BearerChallenge c = BearerChallenge::parse(
                "Bearer error=\"invalid_token\", claims=\"eyJhY2Nlc3NfdG9rZW4iOnt9fQ\"");
        QVERIFY(c.isValid());
        QVERIFY(c.claims().isEmpty());
        QCOMPARE(c.parameter(QStringLiteral("claims")), QStringLiteral("eyJhY2Nlc3NfdG9rZW4iOnt9fQ"));
    }

    void untrustedClaimsGiveNone_data()
    {
        QTest::addColumn<QByteArray>("claims");
        QTest::newRow("absent") << QByteArray();
        QTest::newRow("not base64") << QByteArray("not base64!");
        QTest::newRow("base64 of no JSON") << QByteArray("bm90IGpzb24");
        QTest::newRow("a JSON array") << QByteArray("WzEsMl0");
        QTest::newRow("a JSON string") << QByteArray("InN0cmluZyI");
        QTest::newRow("truncated JSON") << QByteArray("eyJhY2Nlc3NfdG9rZW4iOnsi");
        const QByteArray tooLarge = "{\"access_token\":{\"x\":\"" + QByteArray(BearerChallenge::maximumClaimsSize, 'a')
                + "\"}}";
        QTest::newRow("over the size cap") << tooLarge.toBase64(QByteArray::Base64UrlEncoding);
    }

    void untrustedClaimsGiveNone()
    {
        QFETCH(QByteArray, claims);
        const BearerChallenge c = BearerChallenge::parse(
                "Bearer error=\"insufficient_claims\", claims=\"" + claims + "\"");
        QVERIFY(c.isValid());
        QVERIFY(c.isInsufficientClaims());
        QVERIFY(c.claims().isEmpty());
    }

    void claimsJustUnderTheCapAreTaken()
    {
        const QByteArray json = "{\"access_token\":{\"x\":\""
                + QByteArray(BearerChallenge::maximumClaimsSize - 25, 'a') + "\"}}";
        QCOMPARE(json.size(), BearerChallenge::maximumClaimsSize);
        const BearerChallenge c = BearerChallenge::parse(
                "Bearer error=\"insufficient_claims\", claims=\"" + json.toBase64() + "\"");
        QVERIFY(!c.claims().isEmpty());
    }

    void malformedHeadersAreNoChallenge_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unterminated quote") << QByteArray("Bearer error=\"insufficient_scope");
        QTest::newRow("no value") << QByteArray("Bearer error=");
        QTest::newRow("missing comma") << QByteArray("Bearer error=\"a\" scope=\"b\"");
        QTest::newRow("garbage") << QByteArray("\"Bearer\"");
        QTest::newRow("dangling escape") << QByteArray("Bearer error=\"a\\");
        QTest::newRow("over the header cap") << "Bearer realm=\"" + QByteArray(BearerChallenge::maximumHeaderSize, 'a')
                        + "\"";
    }

    void malformedHeadersAreNoChallenge()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!BearerChallenge::parse(header).isValid());
        QVERIFY(BearerChallenge::parseAll(header).isEmpty());
    }

    void dpopChallengeAsksForANonce()
    {
        // RFC 9449 §9's example, beside a Bearer challenge of the same server.
        const QByteArray header = R"(Bearer realm="api", DPoP error="use_dpop_nonce", )"
                                  R"(error_description="Resource server requires nonce in DPoP proof", algs="ES256 PS256")";
        const BearerChallenge dpop = BearerChallenge::parse(header, BearerChallenge::Scheme::DPoP);
        QVERIFY(dpop.isValid());
        QCOMPARE(dpop.scheme(), BearerChallenge::Scheme::DPoP);
        QCOMPARE(dpop.error(), BearerChallenge::Error::UseDpopNonce);
        QCOMPARE(dpop.parameter(QStringLiteral("algs")), QStringLiteral("ES256 PS256"));
        // The Bearer challenge is still the one parse() finds, as before.
        const BearerChallenge bearer = BearerChallenge::parse(header);
        QCOMPARE(bearer.scheme(), BearerChallenge::Scheme::Bearer);
        QCOMPARE(bearer.realm(), QStringLiteral("api"));
        QCOMPARE(bearer.error(), BearerChallenge::Error::None);
        // use_dpop_nonce means something only in a DPoP challenge.
        QCOMPARE(BearerChallenge::parse(R"(Bearer error="use_dpop_nonce")").error(), BearerChallenge::Error::Other);
        QVERIFY(!BearerChallenge::parse(R"(Bearer realm="api")", BearerChallenge::Scheme::DPoP).isValid());
    }
};

QTEST_APPLESS_MAIN(tst_BearerChallenge)
#include "tst_bearer_challenge.moc"
