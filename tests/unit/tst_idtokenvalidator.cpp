// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The claim and header checks of OpenID Connect Core §3.1.3.7. Signatures
// are covered end to end by tests/e2e/tst_hostile_provider.cpp.
#include "oidc/IdTokenValidator.h"
#include "oidc/Jwt.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

constexpr qint64 now = 1800000000;
const QString issuer = QStringLiteral("https://login.example.com");

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject validClaims()
{
    return QJsonObject{
        {QStringLiteral("iss"), issuer},
        {QStringLiteral("aud"), QStringLiteral("client")},
        {QStringLiteral("sub"), QStringLiteral("user-1")},
        {QStringLiteral("nonce"), QStringLiteral("n-123")},
        {QStringLiteral("iat"), double(now - 10)},
        {QStringLiteral("exp"), double(now + 3600)},
    };
}

IdTokenValidator::Expectations expectations()
{
    IdTokenValidator::Expectations expected;
    expected.issuer = issuer;
    expected.clientId = QStringLiteral("client");
    expected.nonce = "n-123";
    expected.accessToken = "access-token";
    expected.authorizationCode = "the-code";
    expected.now = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    return expected;
}

bool validate(const QJsonObject &claims, QString *reason,
              const QJsonObject &header = {{QStringLiteral("alg"), QStringLiteral("RS256")}},
              const IdTokenValidator::Expectations &expected = expectations())
{
    Jwt token;
    if (!Jwt::parse(encode(header) + '.' + encode(claims) + ".c2ln", &token, reason))
        return false;
    return IdTokenValidator::validateClaims(token, expected, reason);
}

} // namespace

class tst_IdTokenValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsAValidToken()
    {
        QString reason;
        QVERIFY2(validate(validClaims(), &reason), qPrintable(reason));
    }

    void rejectsEachBrokenClaim_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("wrong iss") << "iss" << QJsonValue(QStringLiteral("https://evil.example")) << "iss mismatch";
        QTest::newRow("iss with slash") << "iss" << QJsonValue(issuer + QLatin1Char('/')) << "iss mismatch";
        QTest::newRow("no iss") << "iss" << removed << "iss missing";
        QTest::newRow("wrong aud") << "aud" << QJsonValue(QStringLiteral("other")) << "aud mismatch";
        QTest::newRow("no aud") << "aud" << removed << "aud missing";
        QTest::newRow("aud not a string") << "aud" << QJsonValue(QJsonArray{1}) << "aud malformed";
        QTest::newRow("several aud without azp") << "aud" << QJsonValue(QJsonArray{QStringLiteral("client"), QStringLiteral("other")}) << "azp missing";
        QTest::newRow("azp of someone else") << "azp" << QJsonValue(QStringLiteral("other")) << "azp mismatch";
        QTest::newRow("no sub") << "sub" << removed << "sub missing";
        QTest::newRow("empty sub") << "sub" << QJsonValue(QString()) << "sub missing";
        QTest::newRow("expired beyond skew") << "exp" << QJsonValue(double(now - 301)) << "token expired";
        QTest::newRow("no exp") << "exp" << removed << "exp missing";
        QTest::newRow("exp as string") << "exp" << QJsonValue(QStringLiteral("1900000000")) << "exp missing";
        QTest::newRow("iat far in the future") << "iat" << QJsonValue(double(now + 3600)) << "iat in the future";
        QTest::newRow("no iat") << "iat" << removed << "iat missing";
        QTest::newRow("nbf in the future") << "nbf" << QJsonValue(double(now + 600)) << "not yet valid";
        QTest::newRow("wrong nonce") << "nonce" << QJsonValue(QStringLiteral("n-999")) << "nonce mismatch";
        QTest::newRow("no nonce") << "nonce" << removed << "nonce missing";
        QTest::newRow("wrong at_hash") << "at_hash" << QJsonValue(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA")) << "at_hash mismatch";
        QTest::newRow("wrong c_hash") << "c_hash" << QJsonValue(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA")) << "c_hash mismatch";
    }

    void rejectsEachBrokenClaim()
    {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QJsonObject claims = validClaims();
        if (value.isUndefined())
            claims.remove(claim);
        else
            claims.insert(claim, value);
        QString why;
        QVERIFY(!validate(claims, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void toleratesClockSkew_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<double>("value");
        QTest::newRow("expired within skew") << "exp" << double(now - 200);
        QTest::newRow("iat slightly ahead") << "iat" << double(now + 60);
        QTest::newRow("nbf slightly ahead") << "nbf" << double(now + 60);
    }

    void toleratesClockSkew()
    {
        QFETCH(QString, claim);
        QFETCH(double, value);
        QJsonObject claims = validClaims();
        claims.insert(claim, value);
        QString reason;
        QVERIFY2(validate(claims, &reason), qPrintable(reason));
        // Without skew, the same token is refused.
        IdTokenValidator::Expectations strict = expectations();
        strict.clockSkew = std::chrono::seconds(0);
        QVERIFY(!validate(claims, &reason, {{QStringLiteral("alg"), QStringLiteral("RS256")}}, strict));
    }

    void acceptsSeveralAudiencesWithOurAzp()
    {
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("aud"), QJsonArray{QStringLiteral("client"), QStringLiteral("api")});
        claims.insert(QStringLiteral("azp"), QStringLiteral("client"));
        QString reason;
        QVERIFY2(validate(claims, &reason), qPrintable(reason));
    }

    void checksAtHash()
    {
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("at_hash"),
                      QString::fromLatin1(IdTokenValidator::leftHalfHash(QStringLiteral("RS256"), "access-token")));
        claims.insert(QStringLiteral("c_hash"),
                      QString::fromLatin1(IdTokenValidator::leftHalfHash(QStringLiteral("RS256"), "the-code")));
        QString reason;
        QVERIFY2(validate(claims, &reason), qPrintable(reason));
        // OpenID Connect Core §3.1.3.8's own example: SHA-256, left 128 bits.
        QCOMPARE(IdTokenValidator::leftHalfHash(QStringLiteral("RS256"), "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y").size(), 22);
    }

    void rejectsUnsafeHeaders_data()
    {
        QTest::addColumn<QJsonObject>("header");
        QTest::addColumn<QString>("reason");
        QTest::newRow("alg none") << QJsonObject{{QStringLiteral("alg"), QStringLiteral("none")}} << "not allowed";
        QTest::newRow("alg HS256") << QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")}} << "not allowed";
        QTest::newRow("no alg") << QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")}} << "not allowed";
        QTest::newRow("lowercase alg") << QJsonObject{{QStringLiteral("alg"), QStringLiteral("rs256")}} << "not allowed";
        QTest::newRow("crit") << QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                             {QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")}}} << "critical";
    }

    void rejectsUnsafeHeaders()
    {
        QFETCH(QJsonObject, header);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!validate(validClaims(), &why, header));
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void multiTenantIssuerUsesTheTokensTenant()
    {
        IdTokenValidator::Expectations expected = expectations();
        expected.issuer = QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0");
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("tid"), QStringLiteral("tenant-a"));
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://login.microsoftonline.com/tenant-a/v2.0"));
        QString reason;
        QVERIFY2(validate(claims, &reason, {{QStringLiteral("alg"), QStringLiteral("RS256")}}, expected), qPrintable(reason));
        claims.insert(QStringLiteral("tid"), QStringLiteral("tenant-b"));
        QVERIFY(!validate(claims, &reason, {{QStringLiteral("alg"), QStringLiteral("RS256")}}, expected));
        QVERIFY(reason.contains(QLatin1String("iss mismatch")));
        claims.remove(QStringLiteral("tid"));
        QVERIFY(!validate(claims, &reason, {{QStringLiteral("alg"), QStringLiteral("RS256")}}, expected));
        QVERIFY(reason.contains(QLatin1String("tid missing")));
    }

    void jwtParsingIsStrict_data()
    {
        QTest::addColumn<QByteArray>("compact");
        const QByteArray header = encode({{QStringLiteral("alg"), QStringLiteral("RS256")}});
        const QByteArray claims = encode(validClaims());
        QTest::newRow("two parts") << header + '.' + claims;
        QTest::newRow("five parts (JWE)") << header + '.' + claims + ".a.b.c";
        QTest::newRow("padding") << header + "=." + claims + ".c2ln";
        QTest::newRow("standard base64") << header + '.' + claims + ".c2l+";
        QTest::newRow("impossible length") << header + '.' + claims + ".c2lnA";
        QTest::newRow("header not an object") << QByteArray("WzFd.") + claims + ".c2ln";
        QTest::newRow("claims not json") << header + ".bm90IGpzb24.c2ln";
        QTest::newRow("too large") << header + '.' + QByteArray(Jwt::maximumSize, 'A') + ".c2ln";
    }

    void jwtParsingIsStrict()
    {
        QFETCH(QByteArray, compact);
        Jwt token;
        QString reason;
        QVERIFY(!Jwt::parse(compact, &token, &reason));
        QVERIFY(!reason.isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_IdTokenValidator)
#include "tst_idtokenvalidator.moc"
