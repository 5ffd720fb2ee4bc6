// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The ID token's header and claim checks (OpenID Connect Core §3.1.3.7) and
// strict JWT parsing (RFC 7519, RFC 7515 §7.1). The tokens here are unsigned
// ("c2ln" is base64url of "sig"): signatures are covered end to end by
// tests/e2e/tst_hostile_provider.cpp.
#include "oidc/IdTokenValidator.h"
#include "oidc/Jwt.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

constexpr qint64 now = 1800000000;
constexpr qint64 skew = 300; // the default
const QString issuer = QStringLiteral("https://login.example.com");
const QString clientId = QStringLiteral("client");

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray encode(const QJsonObject &object)
{
    return base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject validHeader()
{
    return QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("kid"), QStringLiteral("k")}};
}

QJsonObject validClaims()
{
    return QJsonObject{
        {QStringLiteral("iss"), issuer},
        {QStringLiteral("aud"), clientId},
        {QStringLiteral("sub"), QStringLiteral("user-1")},
        {QStringLiteral("nonce"), QStringLiteral("n-123")},
        {QStringLiteral("iat"), double(now - 10)},
        {QStringLiteral("exp"), double(now + 3600)},
    };
}

QByteArray compact(const QJsonObject &header, const QJsonObject &claims)
{
    return encode(header) + '.' + encode(claims) + ".c2ln";
}

IdTokenValidator::Expectations expectations()
{
    IdTokenValidator::Expectations expected;
    expected.issuer = issuer;
    expected.clientId = clientId;
    expected.nonce = "n-123";
    expected.accessToken = "access-token";
    expected.authorizationCode = "the-code";
    expected.now = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    return expected;
}

bool validate(const QJsonObject &header, const QJsonObject &claims, QString *reason,
              const IdTokenValidator::Expectations &expected = expectations())
{
    Jwt token;
    if (!Jwt::parse(compact(header, claims), &token, reason)) {
        reason->prepend(QStringLiteral("(parse) "));
        return false;
    }
    // In the order IdTokenVerifier checks: the header, then (after the
    // signature) the claims.
    return IdTokenValidator::validateHeader(token, {}, reason)
            && IdTokenValidator::validateClaims(token, expected, reason);
}

// A claim set with one change: a new value, or the claim removed (Undefined).
QJsonObject changed(QJsonObject claims, const QString &name, const QJsonValue &value)
{
    if (value.isUndefined())
        claims.remove(name);
    else
        claims.insert(name, value);
    return claims;
}

} // namespace

class tst_IdTokenValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsAValidToken()
    {
        QString reason;
        QVERIFY2(validate(validHeader(), validClaims(), &reason), qPrintable(reason));
    }

    void rejectsUnsafeHeaders_data()
    {
        QTest::addColumn<QJsonObject>("header");
        QTest::addColumn<QString>("reason");
        const auto withAlg = [](const QJsonValue &alg) {
            QJsonObject header = validHeader();
            header.insert(QStringLiteral("alg"), alg);
            return header;
        };
        QTest::newRow("alg none") << withAlg(QStringLiteral("none")) << "signing algorithm not allowed";
        QTest::newRow("alg HS256") << withAlg(QStringLiteral("HS256")) << "signing algorithm not allowed";
        QTest::newRow("alg rs256") << withAlg(QStringLiteral("rs256")) << "signing algorithm not allowed";
        QTest::newRow("alg not a string") << withAlg(256) << "signing algorithm not allowed";
        QTest::newRow("alg missing") << QJsonObject{{QStringLiteral("kid"), QStringLiteral("k")}}
                                     << "signing algorithm not allowed";
        QJsonObject critical = validHeader();
        critical.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")});
        QTest::newRow("crit") << critical << "critical header extension not understood";
    }

    void rejectsUnsafeHeaders()
    {
        QFETCH(QJsonObject, header);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!validate(header, validClaims(), &why));
        QCOMPARE(why, reason);
    }

    void acceptsAsymmetricAlgorithms_data()
    {
        QTest::addColumn<QString>("alg");
        for (const char *alg : {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"})
            QTest::newRow(alg) << QString::fromLatin1(alg);
    }

    void acceptsAsymmetricAlgorithms()
    {
        QFETCH(QString, alg);
        QJsonObject header = validHeader();
        header.insert(QStringLiteral("alg"), alg);
        QString reason;
        QVERIFY2(validate(header, validClaims(), &reason), qPrintable(reason));
    }

    void rejectsEachBrokenClaim_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("wrong iss") << "iss" << QJsonValue(QStringLiteral("https://evil.example")) << "iss mismatch";
        QTest::newRow("iss with trailing slash") << "iss" << QJsonValue(issuer + QLatin1Char('/')) << "iss mismatch";
        QTest::newRow("iss missing") << "iss" << removed << "iss missing";
        QTest::newRow("iss not a string") << "iss" << QJsonValue(1) << "iss missing";
        QTest::newRow("aud missing") << "aud" << removed << "aud missing";
        QTest::newRow("aud mismatch") << "aud" << QJsonValue(QStringLiteral("other")) << "aud mismatch";
        QTest::newRow("aud differs in case") << "aud" << QJsonValue(QStringLiteral("Client")) << "aud mismatch";
        QTest::newRow("aud array without us") << "aud" << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")})
                                              << "aud mismatch";
        QTest::newRow("aud array with a number") << "aud" << QJsonValue(QJsonArray{clientId, 1}) << "aud malformed";
        QTest::newRow("aud array with us, no azp")
                << "aud" << QJsonValue(QJsonArray{clientId, QStringLiteral("api")}) << "azp missing with several audiences";
        QTest::newRow("azp not us") << "azp" << QJsonValue(QStringLiteral("other")) << "azp mismatch";
        QTest::newRow("azp not a string") << "azp" << QJsonValue(true) << "azp mismatch";
        QTest::newRow("sub missing") << "sub" << removed << "sub missing";
        QTest::newRow("sub empty") << "sub" << QJsonValue(QString()) << "sub missing";
        QTest::newRow("sub not a string") << "sub" << QJsonValue(42) << "sub missing";
        QTest::newRow("exp missing") << "exp" << removed << "exp missing";
        QTest::newRow("exp as a string") << "exp" << QJsonValue(QStringLiteral("1900000000")) << "exp missing";
        QTest::newRow("exp past beyond skew") << "exp" << QJsonValue(double(now - skew - 1)) << "token expired";
        QTest::newRow("exp at the skew boundary") << "exp" << QJsonValue(double(now - skew)) << "token expired";
        QTest::newRow("exp long past") << "exp" << QJsonValue(double(now - 86400)) << "token expired";
        QTest::newRow("iat missing") << "iat" << removed << "iat missing";
        QTest::newRow("iat negative") << "iat" << QJsonValue(-1.0) << "iat missing";
        QTest::newRow("iat far future") << "iat" << QJsonValue(double(now + 3600)) << "iat in the future";
        QTest::newRow("iat just beyond skew") << "iat" << QJsonValue(double(now + skew + 1)) << "iat in the future";
        QTest::newRow("nbf future") << "nbf" << QJsonValue(double(now + 600)) << "token not yet valid";
        QTest::newRow("nbf malformed") << "nbf" << QJsonValue(QStringLiteral("soon")) << "nbf malformed";
        QTest::newRow("nonce missing") << "nonce" << removed << "nonce missing";
        QTest::newRow("nonce not a string") << "nonce" << QJsonValue(123) << "nonce missing";
        QTest::newRow("nonce mismatch") << "nonce" << QJsonValue(QStringLiteral("n-999")) << "nonce mismatch";
        QTest::newRow("nonce prefix") << "nonce" << QJsonValue(QStringLiteral("n-12")) << "nonce mismatch";
        QTest::newRow("at_hash mismatch") << "at_hash" << QJsonValue(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"))
                                          << "at_hash mismatch";
        QTest::newRow("c_hash mismatch") << "c_hash" << QJsonValue(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"))
                                         << "c_hash mismatch";
    }

    void rejectsEachBrokenClaim()
    {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QString why;
        QVERIFY(!validate(validHeader(), changed(validClaims(), claim, value), &why));
        QCOMPARE(why, reason);
    }

    void acceptsWithinTheRules_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("aud as a one-element array") << "aud" << QJsonValue(QJsonArray{clientId});
        QTest::newRow("azp is us") << "azp" << QJsonValue(clientId);
        QTest::newRow("exp past within skew") << "exp" << QJsonValue(double(now - 200));
        QTest::newRow("exp just inside skew") << "exp" << QJsonValue(double(now - skew + 1));
        QTest::newRow("fractional exp") << "exp" << QJsonValue(double(now) + 3600.5);
        QTest::newRow("iat slightly future within skew") << "iat" << QJsonValue(double(now + 60));
        QTest::newRow("iat at the skew boundary") << "iat" << QJsonValue(double(now + skew));
        QTest::newRow("nbf past") << "nbf" << QJsonValue(double(now - 60));
        QTest::newRow("nbf slightly future within skew") << "nbf" << QJsonValue(double(now + 60));
        QTest::newRow("unknown claim") << "email" << QJsonValue(QStringLiteral("a@example.com"));
    }

    void acceptsWithinTheRules()
    {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QString reason;
        QVERIFY2(validate(validHeader(), changed(validClaims(), claim, value), &reason), qPrintable(reason));
    }

    void acceptsSeveralAudiencesWhenAzpIsUs()
    {
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("aud"), QJsonArray{QStringLiteral("api"), clientId});
        claims.insert(QStringLiteral("azp"), clientId);
        QString reason;
        QVERIFY2(validate(validHeader(), claims, &reason), qPrintable(reason));
    }

    void skewIsTheConfiguredOne()
    {
        // Tolerated with the default five minutes, refused without skew.
        const QJsonObject claims = changed(validClaims(), QStringLiteral("exp"), double(now - 60));
        QString reason;
        QVERIFY2(validate(validHeader(), claims, &reason), qPrintable(reason));
        IdTokenValidator::Expectations strict = expectations();
        strict.clockSkew = std::chrono::seconds(0);
        QVERIFY(!validate(validHeader(), claims, &reason, strict));
        QCOMPARE(reason, QStringLiteral("token expired"));
    }

    void issMustMatchTheAuthorizationResponsesIss()
    {
        IdTokenValidator::Expectations expected = expectations();
        expected.authorizationResponseIssuer = issuer;
        QString reason;
        QVERIFY2(validate(validHeader(), validClaims(), &reason, expected), qPrintable(reason));
        expected.authorizationResponseIssuer = QStringLiteral("https://other.example");
        QVERIFY(!validate(validHeader(), validClaims(), &reason, expected));
        QCOMPARE(reason, QStringLiteral("iss differs from the authorization response's"));
    }

    void acceptsMatchingAtHashAndCHash()
    {
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("at_hash"),
                      QString::fromLatin1(IdTokenValidator::leftHalfHash(QStringLiteral("RS256"), "access-token")));
        claims.insert(QStringLiteral("c_hash"),
                      QString::fromLatin1(IdTokenValidator::leftHalfHash(QStringLiteral("RS256"), "the-code")));
        QString reason;
        QVERIFY2(validate(validHeader(), claims, &reason), qPrintable(reason));
    }

    void leftHalfHashFollowsTheAlgorithm_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<int>("length");
        // Half the digest, base64url without padding.
        QTest::newRow("RS256") << QStringLiteral("RS256") << 22;
        QTest::newRow("ES384") << QStringLiteral("ES384") << 32;
        QTest::newRow("PS512") << QStringLiteral("PS512") << 43;
        QTest::newRow("none") << QStringLiteral("none") << 0;
    }

    void leftHalfHashFollowsTheAlgorithm()
    {
        QFETCH(QString, alg);
        QFETCH(int, length);
        QCOMPARE(IdTokenValidator::leftHalfHash(alg, "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y").size(), length);
    }

    void leftHalfHashIsTheLeftHalfOfSha256()
    {
        const QByteArray digest = QCryptographicHash::hash("access-token", QCryptographicHash::Sha256);
        QCOMPARE(IdTokenValidator::leftHalfHash(QStringLiteral("RS256"), "access-token"), base64Url(digest.left(16)));
    }

    void multiTenantIssuerUsesTheTokensTenant()
    {
        IdTokenValidator::Expectations expected = expectations();
        expected.issuer = QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0");
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("tid"), QStringLiteral("tenant-a"));
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://login.microsoftonline.com/tenant-a/v2.0"));
        QString reason;
        QVERIFY2(validate(validHeader(), claims, &reason, expected), qPrintable(reason));
    }

    void multiTenantIssuerRejectsAnotherTenantsIss()
    {
        IdTokenValidator::Expectations expected = expectations();
        expected.issuer = QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0");
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("tid"), QStringLiteral("tenant-b"));
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://login.microsoftonline.com/tenant-a/v2.0"));
        QString reason;
        QVERIFY(!validate(validHeader(), claims, &reason, expected));
        QCOMPARE(reason, QStringLiteral("iss mismatch"));
        claims.remove(QStringLiteral("tid"));
        QVERIFY(!validate(validHeader(), claims, &reason, expected));
        QCOMPARE(reason, QStringLiteral("tid missing for a multi-tenant authority"));
    }

    void parsesACompactJwt()
    {
        Jwt token;
        QString reason;
        const QByteArray text = compact(validHeader(), validClaims());
        QVERIFY2(Jwt::parse(text, &token, &reason), qPrintable(reason));
        QCOMPARE(token.header, validHeader());
        QCOMPARE(token.claims, validClaims());
        QCOMPARE(token.signature, QByteArray("sig"));
        QCOMPARE(token.signingInput, text.left(text.lastIndexOf('.')));
    }

    void jwtParsingIsStrict_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        const QByteArray header = encode(validHeader());
        const QByteArray claims = encode(validClaims());
        QTest::newRow("empty") << QByteArray() << "not a signed JWT in compact form";
        QTest::newRow("one part") << header << "not a signed JWT in compact form";
        QTest::newRow("two parts") << header + '.' + claims << "not a signed JWT in compact form";
        QTest::newRow("four parts") << header + '.' + claims + ".c2ln.c2ln" << "not a signed JWT in compact form";
        QTest::newRow("five parts (JWE)") << header + '.' + claims + ".a.b.c" << "not a signed JWT in compact form";
        QTest::newRow("padding in the header") << header + "=." + claims + ".c2ln"
                                               << "the token's header is not base64url JSON";
        QTest::newRow("padding in the signature") << header + '.' + claims + ".c2lnAA=="
                                                  << "the token's signature is not base64url";
        QTest::newRow("standard base64 '+'") << header + '.' + claims + ".c2l+"
                                             << "the token's signature is not base64url";
        QTest::newRow("standard base64 '/'") << header + '.' + claims + ".c2l/"
                                             << "the token's signature is not base64url";
        QTest::newRow("space") << header + '.' + claims + ".c2 n" << "the token's signature is not base64url";
        QTest::newRow("impossible length") << header + '.' + claims + ".c2lnA"
                                           << "the token's signature is not base64url";
        QTest::newRow("header not an object") << base64Url("[1]") + '.' + claims + ".c2ln"
                                              << "the token's header is not base64url JSON";
        QTest::newRow("claims a string") << header + '.' + base64Url("\"sub\"") + ".c2ln"
                                         << "the token's claims are not base64url JSON";
        QTest::newRow("claims not json") << header + '.' + base64Url("not json") + ".c2ln"
                                         << "the token's claims are not base64url JSON";
        QTest::newRow("empty claims") << header + "..c2ln" << "the token's claims are not base64url JSON";
        QTest::newRow("too large") << header + '.' + QByteArray(Jwt::maximumSize, 'A') + ".c2ln"
                                   << "the token is too large";
    }

    void jwtParsingIsStrict()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        Jwt token;
        QString why;
        QVERIFY(!Jwt::parse(text, &token, &why));
        QCOMPARE(why, reason);
    }

    void sizeLimitIsInclusive()
    {
        // A token of exactly maximumSize characters: claims padded, then the
        // signature fills the rest (any base64url length but 4n+1).
        const QByteArray head = encode(validHeader()) + '.';
        QJsonObject claims = validClaims();
        qsizetype padding = (Jwt::maximumSize - 200 - head.size() - encode(claims).size()) / 4 * 3;
        QByteArray text;
        for (;; ++padding) {
            claims.insert(QStringLiteral("pad"), QString(padding, QLatin1Char('x')));
            text = head + encode(claims) + '.';
            const qsizetype signatureLength = Jwt::maximumSize - text.size();
            if (signatureLength % 4 != 1) {
                text += QByteArray(signatureLength, 'A');
                break;
            }
        }
        QCOMPARE(text.size(), Jwt::maximumSize);
        Jwt token;
        QString reason;
        QVERIFY2(Jwt::parse(text, &token, &reason), qPrintable(reason));
        QVERIFY(!Jwt::parse(text + 'A', &token, &reason));
        QCOMPARE(reason, QStringLiteral("the token is too large"));
    }
};

QTEST_APPLESS_MAIN(tst_IdTokenValidator)
#include "tst_idtokenvalidator.moc"
