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

bool validate(const QJsonObject &header, const QJsonObject &claims, SignInError *error,
              const IdTokenValidator::Expectations &expected = expectations())
{
    Jwt token;
    if (!Jwt::parse(compact(header, claims), &token, error)) {
        *error = SignInError(error->code(), QStringLiteral("(parse) ") + error->detail(), error->reason());
        return false;
    }
    // In the order IdTokenVerifier checks: the header, then (after the
    // signature) the claims.
    return IdTokenValidator::validateHeader(token, {}, error)
            && IdTokenValidator::validateClaims(token, expected, error);
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
        SignInError error;
        QVERIFY2(validate(validHeader(), validClaims(), &error), qPrintable(error.detail()));
    }

    void rejectsUnsafeHeaders_data()
    {
        QTest::addColumn<QJsonObject>("header");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<SignInError::Reason>("reason");
        const auto withAlg = [](const QJsonValue &alg) {
            QJsonObject header = validHeader();
            header.insert(QStringLiteral("alg"), alg);
            return header;
        };
        const auto notAllowed = SignInError::Reason::SigningAlgorithmNotAllowed;
        QTest::newRow("alg none") << withAlg(QStringLiteral("none")) << "signing algorithm not allowed" << notAllowed;
        QTest::newRow("alg HS256") << withAlg(QStringLiteral("HS256")) << "signing algorithm not allowed" << notAllowed;
        QTest::newRow("alg rs256") << withAlg(QStringLiteral("rs256")) << "signing algorithm not allowed" << notAllowed;
        QTest::newRow("alg not a string") << withAlg(256) << "signing algorithm not allowed" << notAllowed;
        QTest::newRow("alg missing") << QJsonObject{{QStringLiteral("kid"), QStringLiteral("k")}}
                                     << "signing algorithm not allowed" << notAllowed;
        QJsonObject critical = validHeader();
        critical.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")});
        QTest::newRow("crit") << critical << "critical header extension not understood"
                              << SignInError::Reason::CriticalHeaderNotUnderstood;
    }

    void rejectsUnsafeHeaders()
    {
        QFETCH(QJsonObject, header);
        QFETCH(QString, detail);
        QFETCH(SignInError::Reason, reason);
        SignInError why;
        QVERIFY(!validate(header, validClaims(), &why));
        QCOMPARE(why.detail(), detail);
        QCOMPARE(why.code(), SignInError::InvalidIdToken);
        QCOMPARE(why.reason(), reason);
    }

    void rejectsAnAlgorithmTheProviderDoesNotAdvertise()
    {
        Jwt token;
        SignInError error;
        QVERIFY2(Jwt::parse(compact(validHeader(), validClaims()), &token, &error), qPrintable(error.detail()));
        QVERIFY2(IdTokenValidator::validateHeader(token, {QStringLiteral("ES256"), QStringLiteral("RS256")}, &error),
                 qPrintable(error.detail()));
        QVERIFY(!IdTokenValidator::validateHeader(token, {QStringLiteral("ES256")}, &error));
        QCOMPARE(error.detail(), QStringLiteral("signing algorithm not advertised by the provider"));
        QCOMPARE(error.reason(), SignInError::Reason::SigningAlgorithmNotAdvertised);
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
        SignInError error;
        QVERIFY2(validate(header, validClaims(), &error), qPrintable(error.detail()));
    }

    void rejectsEachBrokenClaim_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<SignInError::Reason>("reason");
        using Reason = SignInError::Reason;
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("wrong iss") << "iss" << QJsonValue(QStringLiteral("https://evil.example")) << "iss mismatch" << Reason::IssuerMismatch;
        QTest::newRow("iss with trailing slash") << "iss" << QJsonValue(issuer + QLatin1Char('/')) << "iss mismatch" << Reason::IssuerMismatch;
        QTest::newRow("iss missing") << "iss" << removed << "iss missing" << Reason::IssuerMissing;
        QTest::newRow("iss not a string") << "iss" << QJsonValue(1) << "iss missing" << Reason::IssuerMissing;
        QTest::newRow("aud missing") << "aud" << removed << "aud missing" << Reason::AudienceMissing;
        QTest::newRow("aud mismatch") << "aud" << QJsonValue(QStringLiteral("other")) << "aud mismatch" << Reason::AudienceMismatch;
        QTest::newRow("aud differs in case") << "aud" << QJsonValue(QStringLiteral("Client")) << "aud mismatch" << Reason::AudienceMismatch;
        QTest::newRow("aud array without us") << "aud" << QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b")})
                                              << "aud mismatch" << Reason::AudienceMismatch;
        QTest::newRow("aud array with a number") << "aud" << QJsonValue(QJsonArray{clientId, 1}) << "aud malformed" << Reason::AudienceMalformed;
        QTest::newRow("aud array with us, no azp")
                << "aud" << QJsonValue(QJsonArray{clientId, QStringLiteral("api")}) << "azp missing with several audiences" << Reason::AuthorizedPartyMissing;
        QTest::newRow("azp not us") << "azp" << QJsonValue(QStringLiteral("other")) << "azp mismatch" << Reason::AuthorizedPartyMismatch;
        QTest::newRow("azp not a string") << "azp" << QJsonValue(true) << "azp mismatch" << Reason::AuthorizedPartyMismatch;
        QTest::newRow("sub missing") << "sub" << removed << "sub missing" << Reason::SubjectMissing;
        QTest::newRow("sub empty") << "sub" << QJsonValue(QString()) << "sub missing" << Reason::SubjectMissing;
        QTest::newRow("sub not a string") << "sub" << QJsonValue(42) << "sub missing" << Reason::SubjectMissing;
        QTest::newRow("exp missing") << "exp" << removed << "exp missing" << Reason::ExpiryMissing;
        QTest::newRow("exp as a string") << "exp" << QJsonValue(QStringLiteral("1900000000")) << "exp missing" << Reason::ExpiryMissing;
        QTest::newRow("exp past beyond skew") << "exp" << QJsonValue(double(now - skew - 1)) << "token expired" << Reason::Expired;
        QTest::newRow("exp at the skew boundary") << "exp" << QJsonValue(double(now - skew)) << "token expired" << Reason::Expired;
        QTest::newRow("exp long past") << "exp" << QJsonValue(double(now - 86400)) << "token expired" << Reason::Expired;
        QTest::newRow("iat missing") << "iat" << removed << "iat missing" << Reason::IssuedAtMissing;
        QTest::newRow("iat negative") << "iat" << QJsonValue(-1.0) << "iat missing" << Reason::IssuedAtMissing;
        QTest::newRow("iat far future") << "iat" << QJsonValue(double(now + 3600)) << "iat in the future" << Reason::IssuedInTheFuture;
        QTest::newRow("iat just beyond skew") << "iat" << QJsonValue(double(now + skew + 1)) << "iat in the future" << Reason::IssuedInTheFuture;
        QTest::newRow("nbf future") << "nbf" << QJsonValue(double(now + 600)) << "token not yet valid" << Reason::NotYetValid;
        QTest::newRow("nbf malformed") << "nbf" << QJsonValue(QStringLiteral("soon")) << "nbf malformed" << Reason::NotBeforeMalformed;
        QTest::newRow("nonce missing") << "nonce" << removed << "nonce missing" << Reason::NonceMissing;
        QTest::newRow("nonce not a string") << "nonce" << QJsonValue(123) << "nonce missing" << Reason::NonceMissing;
        QTest::newRow("nonce mismatch") << "nonce" << QJsonValue(QStringLiteral("n-999")) << "nonce mismatch" << Reason::NonceMismatch;
        QTest::newRow("nonce prefix") << "nonce" << QJsonValue(QStringLiteral("n-12")) << "nonce mismatch" << Reason::NonceMismatch;
        QTest::newRow("at_hash mismatch") << "at_hash" << QJsonValue(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"))
                                          << "at_hash mismatch" << Reason::AccessTokenHashMismatch;
        QTest::newRow("c_hash mismatch") << "c_hash" << QJsonValue(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"))
                                         << "c_hash mismatch" << Reason::CodeHashMismatch;
    }

    void rejectsEachBrokenClaim()
    {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QFETCH(QString, detail);
        QFETCH(SignInError::Reason, reason);
        SignInError why;
        QVERIFY(!validate(validHeader(), changed(validClaims(), claim, value), &why));
        QCOMPARE(why.detail(), detail);
        QCOMPARE(why.code(), SignInError::InvalidIdToken);
        QCOMPARE(why.reason(), reason);
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
        SignInError error;
        QVERIFY2(validate(validHeader(), changed(validClaims(), claim, value), &error), qPrintable(error.detail()));
    }

    void acceptsSeveralAudiencesWhenAzpIsUs()
    {
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("aud"), QJsonArray{QStringLiteral("api"), clientId});
        claims.insert(QStringLiteral("azp"), clientId);
        SignInError error;
        QVERIFY2(validate(validHeader(), claims, &error), qPrintable(error.detail()));
    }

    void skewIsTheConfiguredOne()
    {
        // Tolerated with the default five minutes, refused without skew.
        const QJsonObject claims = changed(validClaims(), QStringLiteral("exp"), double(now - 60));
        SignInError error;
        QVERIFY2(validate(validHeader(), claims, &error), qPrintable(error.detail()));
        IdTokenValidator::Expectations strict = expectations();
        strict.clockSkew = std::chrono::seconds(0);
        QVERIFY(!validate(validHeader(), claims, &error, strict));
        QCOMPARE(error.detail(), QStringLiteral("token expired"));
        QCOMPARE(error.reason(), SignInError::Reason::Expired);
    }

    void issMustMatchTheAuthorizationResponsesIss()
    {
        IdTokenValidator::Expectations expected = expectations();
        expected.authorizationResponseIssuer = issuer;
        SignInError error;
        QVERIFY2(validate(validHeader(), validClaims(), &error, expected), qPrintable(error.detail()));
        expected.authorizationResponseIssuer = QStringLiteral("https://other.example");
        QVERIFY(!validate(validHeader(), validClaims(), &error, expected));
        QCOMPARE(error.detail(), QStringLiteral("iss differs from the authorization response's"));
        QCOMPARE(error.reason(), SignInError::Reason::IssuerDiffersFromAuthorizationResponse);
    }

    void acceptsMatchingAtHashAndCHash()
    {
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("at_hash"),
                      QString::fromLatin1(IdTokenValidator::leftHalfHash(QStringLiteral("RS256"), "access-token")));
        claims.insert(QStringLiteral("c_hash"),
                      QString::fromLatin1(IdTokenValidator::leftHalfHash(QStringLiteral("RS256"), "the-code")));
        SignInError error;
        QVERIFY2(validate(validHeader(), claims, &error), qPrintable(error.detail()));
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
        SignInError error;
        QVERIFY2(validate(validHeader(), claims, &error, expected), qPrintable(error.detail()));
    }

    void multiTenantIssuerRejectsAnotherTenantsIss()
    {
        IdTokenValidator::Expectations expected = expectations();
        expected.issuer = QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0");
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("tid"), QStringLiteral("tenant-b"));
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://login.microsoftonline.com/tenant-a/v2.0"));
        SignInError error;
        QVERIFY(!validate(validHeader(), claims, &error, expected));
        QCOMPARE(error.detail(), QStringLiteral("iss mismatch"));
        QCOMPARE(error.reason(), SignInError::Reason::IssuerMismatch);
        claims.insert(QStringLiteral("tid"), QStringLiteral("tenant/../a"));
        QVERIFY(!validate(validHeader(), claims, &error, expected));
        QCOMPARE(error.detail(), QStringLiteral("tid malformed"));
        QCOMPARE(error.reason(), SignInError::Reason::TenantIdMalformed);
        claims.remove(QStringLiteral("tid"));
        QVERIFY(!validate(validHeader(), claims, &error, expected));
        QCOMPARE(error.detail(), QStringLiteral("tid missing for a multi-tenant authority"));
        QCOMPARE(error.reason(), SignInError::Reason::TenantIdMissing);
    }

    // Google's two documented forms of iss, and only where a preset names
    // the second (ClientConfiguration::google()).
    void alternativeIssuerIsAcceptedWhereThePresetNamesIt()
    {
        IdTokenValidator::Expectations expected = expectations();
        expected.issuer = QStringLiteral("https://accounts.google.com");
        expected.alternativeIssuer = QStringLiteral("accounts.google.com");
        QJsonObject claims = validClaims();
        SignInError error;
        for (const QString &form : {QStringLiteral("https://accounts.google.com"), QStringLiteral("accounts.google.com")}) {
            claims.insert(QStringLiteral("iss"), form);
            QVERIFY2(validate(validHeader(), claims, &error, expected), qPrintable(form + error.detail()));
        }
    }

    void bareIssuerIsRejectedWithoutAnAlternative()
    {
        IdTokenValidator::Expectations expected = expectations();
        expected.issuer = QStringLiteral("https://accounts.google.com");
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("iss"), QStringLiteral("accounts.google.com"));
        SignInError error;
        QVERIFY(!validate(validHeader(), claims, &error, expected));
        QCOMPARE(error.reason(), SignInError::Reason::IssuerMismatch);
        // Nor any other form than the one named.
        expected.alternativeIssuer = QStringLiteral("accounts.google.com");
        claims.insert(QStringLiteral("iss"), QStringLiteral("http://accounts.google.com"));
        QVERIFY(!validate(validHeader(), claims, &error, expected));
        QCOMPARE(error.reason(), SignInError::Reason::IssuerMismatch);
    }

    void hostedDomainMustBeTheConfiguredOne_data()
    {
        QTest::addColumn<QJsonValue>("hd");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("same") << QJsonValue(QStringLiteral("example.com")) << true;
        QTest::newRow("another") << QJsonValue(QStringLiteral("evil.example")) << false;
        QTest::newRow("absent (a personal account)") << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("not a string") << QJsonValue(true) << false;
        QTest::newRow("other case") << QJsonValue(QStringLiteral("EXAMPLE.com")) << false;
    }

    void hostedDomainMustBeTheConfiguredOne()
    {
        QFETCH(QJsonValue, hd);
        QFETCH(bool, accepted);
        IdTokenValidator::Expectations expected = expectations();
        expected.hostedDomain = QStringLiteral("example.com");
        SignInError error;
        QCOMPARE(validate(validHeader(), changed(validClaims(), QStringLiteral("hd"), hd), &error, expected), accepted);
        if (!accepted)
            QCOMPARE(error.reason(), SignInError::Reason::HostedDomainMismatch);
    }

    void hostedDomainIsNotCheckedUnlessConfigured()
    {
        SignInError error;
        QVERIFY(validate(validHeader(), changed(validClaims(), QStringLiteral("hd"), QStringLiteral("any.example")),
                         &error));
    }

    void refreshedTokenKeepsTheSessionsIdentity_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<SignInError::Reason>("reason");
        const QString anotherSubjectOrIssuer = QStringLiteral("the refreshed ID token names another subject or issuer");
        QTest::newRow("another sub") << "sub" << QJsonValue(QStringLiteral("user-2")) << anotherSubjectOrIssuer
                                     << SignInError::Reason::RefreshedSubjectChanged;
        QTest::newRow("another iss") << "iss" << QJsonValue(QStringLiteral("https://other.example"))
                                     << anotherSubjectOrIssuer << SignInError::Reason::RefreshedIssuerChanged;
        QTest::newRow("another auth_time") << "auth_time" << QJsonValue(double(now - 5))
                                           << QStringLiteral("the refreshed ID token changes auth_time")
                                           << SignInError::Reason::RefreshedAuthTimeChanged;
        const QString anotherAudience = QStringLiteral("the refreshed ID token names another audience");
        QTest::newRow("another aud") << "aud" << QJsonValue(QStringLiteral("other-client")) << anotherAudience
                                     << SignInError::Reason::RefreshedAudienceChanged;
        QTest::newRow("aud widened") << "aud" << QJsonValue(QJsonArray{clientId, QStringLiteral("api")})
                                     << anotherAudience << SignInError::Reason::RefreshedAudienceChanged;
        QTest::newRow("azp where there was none")
                << "azp" << QJsonValue(clientId) << QStringLiteral("the refreshed ID token changes azp")
                << SignInError::Reason::RefreshedAuthorizedPartyChanged;
        QTest::newRow("another oid") << "oid" << QJsonValue(QStringLiteral("object-2"))
                                     << QStringLiteral("the refreshed ID token names another account")
                                     << SignInError::Reason::RefreshedAccountChanged;
    }

    // OpenID Connect Core §12.2, against a session whose ID token had
    // auth_time, oid and tid.
    void refreshedTokenKeepsTheSessionsIdentity()
    {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QFETCH(QString, detail);
        QFETCH(SignInError::Reason, reason);
        QJsonObject original = validClaims();
        original.insert(QStringLiteral("auth_time"), double(now - 100));
        original.insert(QStringLiteral("oid"), QStringLiteral("object-1"));
        original.insert(QStringLiteral("tid"), QStringLiteral("tenant-1"));
        Jwt token;
        SignInError error;
        QVERIFY2(Jwt::parse(compact(validHeader(), original), &token, &error), qPrintable(error.detail()));
        QVERIFY2(IdTokenValidator::validateRefreshed(token, original, &error), qPrintable(error.detail()));
        QVERIFY2(Jwt::parse(compact(validHeader(), changed(original, claim, value)), &token, &error),
                 qPrintable(error.detail()));
        QVERIFY(!IdTokenValidator::validateRefreshed(token, original, &error));
        QCOMPARE(error.detail(), detail);
        QCOMPARE(error.code(), SignInError::InvalidIdToken);
        QCOMPARE(error.reason(), reason);
    }

    // aud as a one-element array is the same audience as the string.
    void refreshedTokenMaySpellTheSameAudienceAsAnArray()
    {
        const QJsonObject original = validClaims();
        Jwt token;
        SignInError error;
        QVERIFY2(Jwt::parse(compact(validHeader(), changed(original, QStringLiteral("aud"), QJsonArray{clientId})),
                            &token, &error),
                 qPrintable(error.detail()));
        QVERIFY2(IdTokenValidator::validateRefreshed(token, original, &error), qPrintable(error.detail()));
    }

    void parsesACompactJwt()
    {
        Jwt token;
        SignInError error;
        const QByteArray text = compact(validHeader(), validClaims());
        QVERIFY2(Jwt::parse(text, &token, &error), qPrintable(error.detail()));
        QCOMPARE(token.header, validHeader());
        QCOMPARE(token.claims, validClaims());
        QCOMPARE(token.signature, QByteArray("sig"));
        QCOMPARE(token.signingInput, text.left(text.lastIndexOf('.')));
    }

    void jwtParsingIsStrict_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<SignInError::Reason>("reason");
        using Reason = SignInError::Reason;
        const QByteArray header = encode(validHeader());
        const QByteArray claims = encode(validClaims());
        QTest::newRow("empty") << QByteArray() << "not a signed JWT in compact form" << Reason::IdTokenNotCompactJws;
        QTest::newRow("one part") << header << "not a signed JWT in compact form" << Reason::IdTokenNotCompactJws;
        QTest::newRow("two parts") << header + '.' + claims << "not a signed JWT in compact form" << Reason::IdTokenNotCompactJws;
        QTest::newRow("four parts") << header + '.' + claims + ".c2ln.c2ln" << "not a signed JWT in compact form" << Reason::IdTokenNotCompactJws;
        QTest::newRow("five parts (JWE)") << header + '.' + claims + ".a.b.c" << "not a signed JWT in compact form" << Reason::IdTokenNotCompactJws;
        QTest::newRow("padding in the header") << header + "=." + claims + ".c2ln"
                                               << "the token's header is not base64url JSON" << Reason::IdTokenHeaderMalformed;
        QTest::newRow("padding in the signature") << header + '.' + claims + ".c2lnAA=="
                                                  << "the token's signature is not base64url" << Reason::IdTokenSignatureMalformed;
        QTest::newRow("standard base64 '+'") << header + '.' + claims + ".c2l+"
                                             << "the token's signature is not base64url" << Reason::IdTokenSignatureMalformed;
        QTest::newRow("standard base64 '/'") << header + '.' + claims + ".c2l/"
                                             << "the token's signature is not base64url" << Reason::IdTokenSignatureMalformed;
        QTest::newRow("space") << header + '.' + claims + ".c2 n" << "the token's signature is not base64url" << Reason::IdTokenSignatureMalformed;
        QTest::newRow("impossible length") << header + '.' + claims + ".c2lnA"
                                           << "the token's signature is not base64url" << Reason::IdTokenSignatureMalformed;
        QTest::newRow("header not an object") << base64Url("[1]") + '.' + claims + ".c2ln"
                                              << "the token's header is not base64url JSON" << Reason::IdTokenHeaderMalformed;
        QTest::newRow("claims a string") << header + '.' + base64Url("\"sub\"") + ".c2ln"
                                         << "the token's claims are not base64url JSON" << Reason::IdTokenClaimsMalformed;
        QTest::newRow("claims not json") << header + '.' + base64Url("not json") + ".c2ln"
                                         << "the token's claims are not base64url JSON" << Reason::IdTokenClaimsMalformed;
        QTest::newRow("empty claims") << header + "..c2ln" << "the token's claims are not base64url JSON" << Reason::IdTokenClaimsMalformed;
        QTest::newRow("too large") << header + '.' + QByteArray(Jwt::maximumSize, 'A') + ".c2ln"
                                   << "the token is too large" << Reason::IdTokenTooLarge;
    }

    void jwtParsingIsStrict()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, detail);
        QFETCH(SignInError::Reason, reason);
        Jwt token;
        SignInError why;
        QVERIFY(!Jwt::parse(text, &token, &why));
        QCOMPARE(why.detail(), detail);
        QCOMPARE(why.code(), SignInError::InvalidIdToken);
        QCOMPARE(why.reason(), reason);
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
        SignInError error;
        QVERIFY2(Jwt::parse(text, &token, &error), qPrintable(error.detail()));
        QVERIFY(!Jwt::parse(text + 'A', &token, &error));
        QCOMPARE(error.detail(), QStringLiteral("the token is too large"));
        QCOMPARE(error.reason(), SignInError::Reason::IdTokenTooLarge);
    }
};

QTEST_APPLESS_MAIN(tst_IdTokenValidator)
#include "tst_idtokenvalidator.moc"
