// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// The demo's reading of a resource server's WWW-Authenticate header (RFC 6750
// §3): untrusted input, so malformed headers give "no challenge", never a guess.

#include "BearerChallenge.h"

#include <QtTest/QtTest>

class tst_BearerChallenge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insufficientScope()
    {
        const BearerChallenge c = BearerChallenge::parse(
                "Bearer realm=\"demo\", error=\"insufficient_scope\", error_description=\"needs \\\"write\\\"\", "
                "scope=\"api.write  api.admin\"");
        QVERIFY(c.present);
        QCOMPARE(c.realm, QStringLiteral("demo"));
        QVERIFY(c.isInsufficientScope());
        QCOMPARE(c.errorDescription, QStringLiteral("needs \"write\""));
        QCOMPARE(c.scopes, (QStringList{QStringLiteral("api.write"), QStringLiteral("api.admin")}));
    }

    void bareChallengeAndTokenValues()
    {
        QVERIFY(BearerChallenge::parse("Bearer").present);
        const BearerChallenge c = BearerChallenge::parse("bearer error=invalid_token");
        QVERIFY(c.present);
        QVERIFY(c.isInvalidToken());
    }

    void onlyTheBearerChallengeCounts()
    {
        const BearerChallenge c = BearerChallenge::parse(
                "Basic realm=\"x\", error=\"insufficient_scope\", Bearer realm=\"api\", error=\"invalid_token\"");
        QVERIFY(c.present);
        QCOMPARE(c.realm, QStringLiteral("api"));
        QVERIFY(c.isInvalidToken());
        QVERIFY(!BearerChallenge::parse("Basic realm=\"x\"").present);
        QVERIFY(!BearerChallenge::parse("Negotiate").present);
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
    }

    void malformedHeadersAreNoChallenge()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!BearerChallenge::parse(header).present);
    }
};

QTEST_APPLESS_MAIN(tst_BearerChallenge)
#include "tst_bearer_challenge.moc"
