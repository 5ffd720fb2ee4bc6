// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "protocol/Pkce.h"
#include "protocol/RandomValue.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtTest/QtTest>

using namespace QtSignIn;

class tst_Pkce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesRfc7636AppendixB()
    {
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void generatedVerifierIs43UnreservedCharacters()
    {
        const Pkce pkce = Pkce::generate();
        const QByteArray verifier = pkce.codeVerifier.reveal();
        QCOMPARE(verifier.size(), 43);
        // RFC 7636 §4.1: [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~"
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"))
                        .match(QString::fromLatin1(verifier)).hasMatch());
        QCOMPARE(pkce.codeChallenge, Pkce::challengeFor(verifier));
        QCOMPARE(QByteArray(Pkce::method), QByteArray("S256"));
    }

    void generatedValuesDiffer()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i)
            seen.insert(Pkce::generate().codeVerifier.reveal());
        QCOMPARE(seen.size(), 1000);
    }

    void randomValueHasRequestedEntropy()
    {
        // 32 bytes -> 43 base64url characters, no padding.
        const QByteArray value = randomUrlSafeValue(32);
        QCOMPARE(value.size(), 43);
        QVERIFY(!value.contains('=') && !value.contains('+') && !value.contains('/'));
        const auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::Base64UrlEncoding);
        QVERIFY(decoded);
        QCOMPARE(decoded.decoded.size(), 32);
        QCOMPARE(randomUrlSafeValue(16).size(), 22);
    }
};

QTEST_APPLESS_MAIN(tst_Pkce)
#include "tst_pkce.moc"
