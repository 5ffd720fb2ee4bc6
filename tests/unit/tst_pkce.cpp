// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// PKCE (RFC 7636) and the random values behind state, nonce and verifier.
#include "protocol/AuthorizationRequest.h"
#include "protocol/Pkce.h"
#include "protocol/RandomValue.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QUrlQuery>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

// RFC 7636 §4.1: unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~".
bool isUnreserved(const QByteArray &value)
{
    static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]*$"));
    return unreserved.match(QString::fromLatin1(value)).hasMatch();
}

} // namespace

class tst_Pkce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesRfc7636AppendixB()
    {
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    // What the authorization URL sends, not a constant: the S256 challenge
    // of the request's verifier and the method that says so (RFC 7636 §4.3),
    // here for the verifier of Appendix B.
    void authorizationUrlSendsTheS256ChallengeOfTheVerifier()
    {
        AuthorizationRequest request;
        request.authorizationEndpoint = QUrl(QStringLiteral("https://login.example.com/authorize"));
        request.codeChallenge = Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        const QUrlQuery query(request.toUrl());
        QCOMPARE(query.allQueryItemValues(QStringLiteral("code_challenge")),
                 QStringList{QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")});
        QCOMPARE(query.allQueryItemValues(QStringLiteral("code_challenge_method")),
                 QStringList{QStringLiteral("S256")});
    }

    void generatedVerifierIsAtLeast43UnreservedCharacters()
    {
        const QByteArray verifier = Pkce::generate().codeVerifier.reveal();
        QVERIFY2(verifier.size() >= 43 && verifier.size() <= 128, verifier.constData());
        QVERIFY2(isUnreserved(verifier), verifier.constData());
    }

    void generatedChallengeIsTheVerifiersS256()
    {
        const Pkce pkce = Pkce::generate();
        QCOMPARE(pkce.codeChallenge, Pkce::challengeFor(pkce.codeVerifier.reveal()));
        // base64url of 32 bytes, no padding: 43 characters.
        QCOMPARE(pkce.codeChallenge.size(), 43);
        QVERIFY(isUnreserved(pkce.codeChallenge));
        QVERIFY(pkce.codeChallenge != pkce.codeVerifier.reveal());
    }

    void generatedVerifiersDiffer()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(Pkce::generate().codeVerifier.reveal());
        QCOMPARE(seen.size(), 1000);
    }

    void randomValueLengthFollowsByteCount_data()
    {
        QTest::addColumn<int>("byteCount");
        QTest::addColumn<int>("length");
        // ceil(4n/3) characters without padding.
        QTest::newRow("1 byte") << 1 << 2;
        QTest::newRow("3 bytes") << 3 << 4;
        QTest::newRow("16 bytes") << 16 << 22;
        QTest::newRow("32 bytes (default)") << 32 << 43;
        QTest::newRow("33 bytes") << 33 << 44;
        QTest::newRow("64 bytes") << 64 << 86;
    }

    void randomValueLengthFollowsByteCount()
    {
        QFETCH(int, byteCount);
        QFETCH(int, length);
        const QByteArray value = randomUrlSafeValue(byteCount);
        QCOMPARE(value.size(), length);
        const auto decoded = QByteArray::fromBase64Encoding(
                value, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        QCOMPARE(decoded.decoded.size(), byteCount);
    }

    void randomValueDefaultsTo32Bytes()
    {
        QCOMPARE(randomUrlSafeValue().size(), 43);
    }

    void randomValueIsUrlSafeWithoutPadding()
    {
        // 200 values of 64 bytes use every one of the 64 characters many
        // times over: '+', '/' or '=' would show up if they could.
        QByteArray all;
        for (int i = 0; i < 200; ++i)
            all += randomUrlSafeValue(64);
        QVERIFY(!all.contains('+'));
        QVERIFY(!all.contains('/'));
        QVERIFY(!all.contains('='));
        QVERIFY(isUnreserved(all));
        QVERIFY(all.contains('-'));
        QVERIFY(all.contains('_'));
    }

    void randomValuesDiffer()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(randomUrlSafeValue(16));
        QCOMPARE(seen.size(), 1000);
    }
};

QTEST_APPLESS_MAIN(tst_Pkce)
#include "tst_pkce.moc"
