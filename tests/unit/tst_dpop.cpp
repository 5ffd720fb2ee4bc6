// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// DPoP (RFC 9449): the key, the proof, the nonces, the token endpoint's
// nonce retry and token type check, and the key's place in the token cache.
#include "CannedNetworkAccessManager.h"
#include "ClientUnderTest.h"

#include "cache/TokenCache.h"
#include "cache/TokenCacheSerializer.h"
#include "dpop/DPoPKey.h"
#include "dpop/DPoPProof.h"
#include "network/HttpExchange.h"
#include "oidc/Base64Url.h"
#include "oidc/Jwt.h"
#include "operation/DeviceCodeSignIn.h"
#include "operation/UserInfoRequest.h"
#include "token/TokenEndpoint.h"

#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInOptions.h>
#include <QtSignIn/SignInReply.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtTest/QtTest>

#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

using namespace QtSignIn;
using namespace QtSignInTest;

namespace {

QByteArray decoded(const QString &base64Url)
{
    QByteArray bytes;
    decodeBase64Url(base64Url.toLatin1(), &bytes);
    return bytes;
}

// Verifies an ES256 JWS with OpenSSL alone, from the public JWK: not with
// the code under test.
bool verifiesWith(const QJsonObject &jwk, const Jwt &jwt)
{
    const QByteArray point = QByteArray(1, '\x04') + decoded(jwk.value(QLatin1String("x")).toString())
            + decoded(jwk.value(QLatin1String("y")).toString());
    if (point.size() != 65 || jwt.signature.size() != 64)
        return false;
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_utf8_string(builder, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
    OSSL_PARAM_BLD_push_octet_string(builder, OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size()));
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *fromData = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    EVP_PKEY *key = nullptr;
    bool ok = EVP_PKEY_fromdata_init(fromData) == 1
            && EVP_PKEY_fromdata(fromData, &key, EVP_PKEY_PUBLIC_KEY, params) == 1;
    // JOSE's r || s (RFC 7518 §3.4) as OpenSSL's DER ECDSA-Sig-Value.
    ECDSA_SIG *signature = ECDSA_SIG_new();
    ECDSA_SIG_set0(signature, BN_bin2bn(reinterpret_cast<const unsigned char *>(jwt.signature.constData()), 32, nullptr),
                   BN_bin2bn(reinterpret_cast<const unsigned char *>(jwt.signature.constData()) + 32, 32, nullptr));
    unsigned char *der = nullptr;
    const int derSize = i2d_ECDSA_SIG(signature, &der);
    EVP_MD_CTX *verify = EVP_MD_CTX_new();
    ok = ok && derSize > 0 && EVP_DigestVerifyInit(verify, nullptr, EVP_sha256(), nullptr, key) == 1
            && EVP_DigestVerify(verify, der, size_t(derSize),
                                reinterpret_cast<const unsigned char *>(jwt.signingInput.constData()),
                                size_t(jwt.signingInput.size())) == 1;
    EVP_MD_CTX_free(verify);
    OPENSSL_free(der);
    ECDSA_SIG_free(signature);
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(fromData);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    return ok;
}

Jwt parsed(const QByteArray &compact)
{
    Jwt jwt;
    SignInError error;
    if (!Jwt::parse(compact, &jwt, &error))
        qWarning() << "not a JWT:" << error.detail();
    return jwt;
}

const QUrl tokenEndpoint(QStringLiteral("https://as.example/token"));

QJsonObject tokens(const char *type)
{
    return QJsonObject{{QStringLiteral("access_token"), QStringLiteral("at")},
                       {QStringLiteral("token_type"), QString::fromLatin1(type)},
                       {QStringLiteral("refresh_token"), QStringLiteral("rt")}};
}

CannedResponse useNonce(const QByteArray &nonce)
{
    CannedResponse response = CannedResponse::json(
            QJsonObject{{QStringLiteral("error"), QStringLiteral("use_dpop_nonce")},
                        {QStringLiteral("error_description"), QStringLiteral("Authorization server requires nonce in DPoP proof")}},
            400);
    if (!nonce.isNull())
        response.withHeader("DPoP-Nonce", nonce);
    return response;
}

} // namespace

class TestDPoP : public QObject
{
    Q_OBJECT

private:
    // Sends a refresh with a proof of `key` (or none) through the real
    // TokenEndpoint; returns its result.
    TokenEndpoint::Result redeem(CannedNetworkAccessManager *network, const DPoPKey &key, bool required,
                                 const std::shared_ptr<DPoPNonces> &nonces = std::make_shared<DPoPNonces>())
    {
        const HttpExchange http(network, std::chrono::seconds(5));
        TokenRequest request = TokenRequest::forRefreshToken(tokenEndpoint, QStringLiteral("client"), Secret(QByteArray("rt")), {});
        request.dpopKey = key;
        request.dpopRequired = required;
        request.dpopNonces = nonces;
        TokenEndpoint::Result result;
        bool done = false;
        TokenEndpoint::redeem(http, request, this, [&](const TokenEndpoint::Result &answer) {
            result = answer;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qWarning() << "no answer";
        return result;
    }

private Q_SLOTS:
    void proofHasTheHeaderAndClaimsOfRfc9449()
    {
        const DPoPKey key = DPoPKey::generate();
        QVERIFY(!key.isNull());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Jwt proof = parsed(DPoPProof::create(key, "POST", QUrl(QStringLiteral("https://as.example/token?a=1#frag")),
                                                   "nonce-1", Secret(QByteArray("the access token"))));
        QCOMPARE(proof.header.value(QLatin1String("typ")).toString(), QStringLiteral("dpop+jwt"));
        QCOMPARE(proof.header.value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
        // The public key alone: no private member `d`, nothing but what §4.2 needs.
        const QJsonObject jwk = proof.header.value(QLatin1String("jwk")).toObject();
        QCOMPARE(jwk.keys(), (QStringList{QStringLiteral("crv"), QStringLiteral("kty"), QStringLiteral("x"),
                                          QStringLiteral("y")}));
        QCOMPARE(jwk, key.publicJwk());
        QCOMPARE(proof.claims.value(QLatin1String("htm")).toString(), QStringLiteral("POST"));
        QCOMPARE(proof.claims.value(QLatin1String("htu")).toString(), QStringLiteral("https://as.example/token"));
        QVERIFY(qAbs(proof.claims.value(QLatin1String("iat")).toDouble() - double(now.toSecsSinceEpoch())) <= 2);
        QCOMPARE(proof.claims.value(QLatin1String("nonce")).toString(), QStringLiteral("nonce-1"));
        const QByteArray ath = QCryptographicHash::hash("the access token", QCryptographicHash::Sha256)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(proof.claims.value(QLatin1String("ath")).toString().toLatin1(), ath);
        // 128 bits at least, and never the same twice.
        const QString jti = proof.claims.value(QLatin1String("jti")).toString();
        QVERIFY2(decoded(jti).size() >= 16, qPrintable(jti));
        const Jwt second = parsed(DPoPProof::create(key, "POST", tokenEndpoint));
        QVERIFY(second.claims.value(QLatin1String("jti")).toString() != jti);
        // A token request's proof has neither ath nor, without one, a nonce.
        QVERIFY(!second.claims.contains(QLatin1String("ath")));
        QVERIFY(!second.claims.contains(QLatin1String("nonce")));
    }

    void proofSignatureVerifiesWithThePublicJwk()
    {
        const DPoPKey key = DPoPKey::generate();
        const Jwt proof = parsed(DPoPProof::create(key, "GET", QUrl(QStringLiteral("https://rs.example/api"))));
        QVERIFY(verifiesWith(proof.header.value(QLatin1String("jwk")).toObject(), proof));
        // And not with another key.
        QVERIFY(!verifiesWith(DPoPKey::generate().publicJwk(), proof));
    }

    void thumbprintIsRfc7638s()
    {
        // RFC 7638 §3.1.
        const QJsonObject example{
            {QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("n"), QStringLiteral(
                    "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw")},
            {QStringLiteral("e"), QStringLiteral("AQAB")},
            {QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("kid"), QStringLiteral("2011-04-29")},
        };
        QCOMPARE(DPoPKey::thumbprintOf(example), QByteArray("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
        // An EC key's: crv, kty, x, y in that order, whatever the JWK's order.
        const DPoPKey key = DPoPKey::generate();
        const QJsonObject jwk = key.publicJwk();
        const QByteArray canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + jwk.value(QLatin1String("x")).toString().toLatin1()
                + "\",\"y\":\"" + jwk.value(QLatin1String("y")).toString().toLatin1() + "\"}";
        QCOMPARE(key.thumbprint(), QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)
                                           .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    void keyRoundTripsThroughItsPrivateJwk()
    {
        const DPoPKey key = DPoPKey::generate();
        const Secret saved = key.privateJwk();
        QVERIFY(QJsonDocument::fromJson(saved.reveal()).object().contains(QLatin1String("d")));
        const DPoPKey restored = DPoPKey::fromPrivateJwk(saved);
        QVERIFY(!restored.isNull());
        QCOMPARE(restored.thumbprint(), key.thumbprint());
        const Jwt proof = parsed(DPoPProof::create(restored, "POST", tokenEndpoint));
        QVERIFY(verifiesWith(key.publicJwk(), proof));
    }

    void unusablePrivateJwksAreRefused_data()
    {
        QTest::addColumn<QByteArray>("jwk");
        QJsonObject good = QJsonDocument::fromJson(DPoPKey::generate().privateJwk().reveal()).object();
        QJsonObject withoutD = good;
        withoutD.remove(QLatin1String("d"));
        QJsonObject otherCurve = good;
        otherCurve.insert(QLatin1String("crv"), QLatin1String("P-384"));
        QJsonObject shortX = good;
        shortX.insert(QLatin1String("x"), QLatin1String("AAAA"));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("junk") << QByteArray("{not json");
        QTest::newRow("public only") << QJsonDocument(withoutD).toJson();
        QTest::newRow("P-384") << QJsonDocument(otherCurve).toJson();
        QTest::newRow("short x") << QJsonDocument(shortX).toJson();
    }

    void unusablePrivateJwksAreRefused()
    {
        QFETCH(QByteArray, jwk);
        QVERIFY(DPoPKey::fromPrivateJwk(Secret(jwk)).isNull());
    }

    void targetUriLeavesOutQueryAndFragment()
    {
        QCOMPARE(DPoPProof::targetUri(QUrl(QStringLiteral("https://rs.example:8443/a/b?c=d#e"))),
                 QStringLiteral("https://rs.example:8443/a/b"));
    }

    void noncesAreNqcharAndBounded_data()
    {
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QByteArray("eyJ7S_zG.eyJH0-Z.HX4w-7v") << true;
        QTest::newRow("longest") << QByteArray(DPoPProof::maximumNonceLength, 'n') << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("too long") << QByteArray(DPoPProof::maximumNonceLength + 1, 'n') << false;
        QTest::newRow("space") << QByteArray("a b") << false;
        QTest::newRow("quote") << QByteArray("a\"b") << false;
        QTest::newRow("backslash") << QByteArray("a\\b") << false;
        QTest::newRow("control") << QByteArray("a\x1b[2Jb") << false;
        QTest::newRow("non-ASCII") << QByteArray("caf\xc3\xa9") << false;
    }

    void noncesAreNqcharAndBounded()
    {
        QFETCH(QByteArray, nonce);
        QFETCH(bool, valid);
        QCOMPARE(DPoPProof::isValidNonce(nonce), valid);
    }

    void tokenRequestCarriesAProofAndBindsTheTokens()
    {
        CannedNetworkAccessManager network;
        network.answer("POST", tokenEndpoint, CannedResponse::json(tokens("DPoP")));
        const DPoPKey key = DPoPKey::generate();
        const TokenEndpoint::Result result = redeem(&network, key, false);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
        QCOMPARE(result.boundKey.thumbprint(), key.thumbprint());
        const QList<RecordedRequest> sent = network.requestsTo("POST", tokenEndpoint);
        QCOMPARE(sent.size(), 1);
        const Jwt proof = parsed(sent.first().header("DPoP"));
        QCOMPARE(proof.claims.value(QLatin1String("htu")).toString(), tokenEndpoint.toString());
        QVERIFY(verifiesWith(key.publicJwk(), proof));
    }

    void nonceIsRetriedOnceWithTheProvidersNonce()
    {
        CannedNetworkAccessManager network;
        int calls = 0;
        network.answer("POST", tokenEndpoint, [&calls](const RecordedRequest &) {
            return ++calls == 1 ? useNonce("server-nonce-1")
                                : CannedResponse::json(tokens("DPoP")).withHeader("DPoP-Nonce", "server-nonce-2");
        });
        const auto nonces = std::make_shared<DPoPNonces>();
        const TokenEndpoint::Result result = redeem(&network, DPoPKey::generate(), false, nonces);
        QVERIFY2(!result.error.isError(), qPrintable(result.error.detail()));
        const QList<RecordedRequest> sent = network.requestsTo("POST", tokenEndpoint);
        QCOMPARE(sent.size(), 2);
        QVERIFY(!parsed(sent.at(0).header("DPoP")).claims.contains(QLatin1String("nonce")));
        QCOMPARE(parsed(sent.at(1).header("DPoP")).claims.value(QLatin1String("nonce")).toString(),
                 QStringLiteral("server-nonce-1"));
        // The latest nonce is remembered for the next request to that server.
        QCOMPARE(nonces->nonceFor(tokenEndpoint), QByteArray("server-nonce-2"));
    }

    void aProviderThatKeepsAskingForNoncesGetsNoThirdRequest()
    {
        CannedNetworkAccessManager network;
        int calls = 0;
        network.answer("POST", tokenEndpoint, [&calls](const RecordedRequest &) {
            return useNonce("nonce-" + QByteArray::number(++calls));
        });
        const TokenEndpoint::Result result = redeem(&network, DPoPKey::generate(), false);
        QCOMPARE(result.error.code(), SignInError::TokenRequestFailed);
        QCOMPARE(result.error.reason(), SignInError::Reason::DpopNonceLoop);
        QCOMPARE(result.error.providerError(), QStringLiteral("use_dpop_nonce"));
        QCOMPARE(network.requestsTo("POST", tokenEndpoint).size(), 2);
    }

    void aNonceRequestWithoutAUsableNonceIsNotRetried_data()
    {
        QTest::addColumn<QByteArray>("nonce");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("junk") << QByteArray("a \"quoted\" nonce");
        QTest::newRow("huge") << QByteArray(64 * 1024, 'n');
    }

    void aNonceRequestWithoutAUsableNonceIsNotRetried()
    {
        QFETCH(QByteArray, nonce);
        CannedNetworkAccessManager network;
        network.answer("POST", tokenEndpoint, useNonce(nonce.isEmpty() ? QByteArray() : nonce));
        const auto nonces = std::make_shared<DPoPNonces>();
        const TokenEndpoint::Result result = redeem(&network, DPoPKey::generate(), false, nonces);
        QCOMPARE(result.error.reason(), SignInError::Reason::DpopNonceMalformed);
        QCOMPARE(network.requestsTo("POST", tokenEndpoint).size(), 1);
        QVERIFY(nonces->nonceFor(tokenEndpoint).isEmpty());
    }

    void aBearerAnswerToAProofIsBearerUnlessDPoPIsRequired()
    {
        CannedNetworkAccessManager network;
        network.answer("POST", tokenEndpoint, CannedResponse::json(tokens("Bearer")));
        const TokenEndpoint::Result lenient = redeem(&network, DPoPKey::generate(), false);
        QVERIFY(!lenient.error.isError());
        QVERIFY(lenient.boundKey.isNull());
        // The refresh token is bound to the proof's key all the same (§5).
        QVERIFY(!lenient.proofKey.isNull());
        const TokenEndpoint::Result strict = redeem(&network, DPoPKey::generate(), true);
        QCOMPARE(strict.error.code(), SignInError::InvalidTokenResponse);
        QCOMPARE(strict.error.reason(), SignInError::Reason::DpopNotBound);
        QVERIFY(strict.tokens.accessToken.isEmpty());
    }

    void aRefreshTokenIssuedBesideABearerTokenKeepsItsKey()
    {
        // RFC 9449 §5: a public client's refresh token is bound to the key
        // of the proof that got it, even when the access token is Bearer;
        // sent again without a proof, the provider would refuse it.
        ClientUnderTest under([](ClientConfiguration &configuration) {
            configuration.setProofOfPossession(ClientConfiguration::ProofOfPossession::DPoPWhenSupported);
        });
        under.provider.discovery.insert(QStringLiteral("dpop_signing_alg_values_supported"),
                                        QJsonArray{QStringLiteral("ES256")});
        under.provider.publish();
        under.provider.devicePollAnswers = {QStringLiteral("approve")};
        // The device grant, for a sign-in without a browser; its five-second
        // poll interval made milliseconds.
        DeviceCodeSignIn::setSecondForTesting(std::chrono::milliseconds(10));
        const auto restoreSecond = qScopeGuard(
                [] { DeviceCodeSignIn::setSecondForTesting(std::chrono::milliseconds(1000)); });
        std::unique_ptr<SignInReply> signIn(under.client->signInWithDeviceCode({QStringLiteral("offline_access")}));
        QVERIFY(ClientUnderTest::waitForFinished(signIn.get()));
        QCOMPARE(signIn->error().code(), SignInError::NoError);
        QCOMPARE(signIn->result().tokenType(), QStringLiteral("Bearer"));
        const QList<RecordedRequest> polls = under.network.requestsTo("POST", under.provider.tokenEndpoint());
        QCOMPARE(polls.size(), 1);
        QVERIFY(!polls.first().header("DPoP").isEmpty());
        const QJsonObject pollJwk = parsed(polls.first().header("DPoP")).header.value(QLatin1String("jwk")).toObject();

        under.network.clearRequests();
        SilentOptions refresh;
        refresh.setForceRefresh(true);
        std::unique_ptr<SignInReply> silent(under.client->acquireTokenSilent(signIn->result().account(), {}, refresh));
        QVERIFY(ClientUnderTest::waitForFinished(silent.get()));
        QCOMPARE(silent->error().code(), SignInError::NoError);
        QCOMPARE(silent->result().source(), TokenSource::Refresh);
        // The access token stays Bearer; the refresh went with a proof of
        // the same key.
        QCOMPARE(silent->result().tokenType(), QStringLiteral("Bearer"));
        const QList<RecordedRequest> refreshes = under.network.requestsTo("POST", under.provider.tokenEndpoint());
        QCOMPARE(refreshes.size(), 1);
        const QByteArray proof = refreshes.first().header("DPoP");
        QVERIFY2(!proof.isEmpty(), "the bound refresh token went out without a proof");
        QCOMPARE(parsed(proof).header.value(QLatin1String("jwk")).toObject(), pollJwk);

        // The rotated refresh token keeps the key too.
        under.network.clearRequests();
        std::unique_ptr<SignInReply> again(under.client->acquireTokenSilent(signIn->result().account(), {}, refresh));
        QVERIFY(ClientUnderTest::waitForFinished(again.get()));
        QCOMPARE(again->error().code(), SignInError::NoError);
        const QList<RecordedRequest> rotated = under.network.requestsTo("POST", under.provider.tokenEndpoint());
        QCOMPARE(rotated.size(), 1);
        QCOMPARE(parsed(rotated.first().header("DPoP")).header.value(QLatin1String("jwk")).toObject(), pollJwk);
    }

    void theProfileEndpointGetsAProofAndOneNonceRetry()
    {
        // A plain OAuth 2.0 provider's profile endpoint is a resource server
        // like userinfo (RFC 9449 §7, §9): a bound token goes with a proof,
        // and a request for a nonce is answered once.
        const QUrl profileEndpoint(QStringLiteral("https://api.example/user"));
        ClientConfiguration configuration;
        configuration.setProtocol(ClientConfiguration::Protocol::OAuth2);
        configuration.setAuthority(QUrl(QStringLiteral("https://as.example")));
        configuration.setUserInfoEndpoint(profileEndpoint);
        CannedNetworkAccessManager network;
        int calls = 0;
        network.answer("GET", profileEndpoint, [&calls](const RecordedRequest &) {
            if (++calls == 1)
                return CannedResponse::json(QJsonObject{}, 401)
                        .withHeader("WWW-Authenticate", "DPoP error=\"use_dpop_nonce\"")
                        .withHeader("DPoP-Nonce", "rs-nonce-1");
            return CannedResponse::json(QJsonObject{{QStringLiteral("id"), 42}, {QStringLiteral("login"), QStringLiteral("mona")}});
        });
        const HttpExchange http(&network, std::chrono::seconds(5));
        const DPoPKey key = DPoPKey::generate();
        QObject context;
        bool done = false;
        SignInError error;
        Account account;
        UserInfoRequest::fetchProfile(http, configuration, Secret(QByteArray("at")), key, &context,
                                      [&](const Account &who, const QJsonObject &, const SignInError &failure) {
                                          account = who;
                                          error = failure;
                                          done = true;
                                      });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 5000));
        QVERIFY2(!error.isError(), qPrintable(error.detail()));
        QCOMPARE(account.id(), QStringLiteral("42"));
        const QList<RecordedRequest> sent = network.requestsTo("GET", profileEndpoint);
        QCOMPARE(sent.size(), 2);
        for (const RecordedRequest &request : sent) {
            QCOMPARE(request.header("Authorization"), QByteArray("DPoP at"));
            const Jwt proof = parsed(request.header("DPoP"));
            QCOMPARE(proof.claims.value(QLatin1String("htm")).toString(), QStringLiteral("GET"));
            QVERIFY(proof.claims.contains(QLatin1String("ath")));
        }
        QVERIFY(!parsed(sent.at(0).header("DPoP")).claims.contains(QLatin1String("nonce")));
        QCOMPARE(parsed(sent.at(1).header("DPoP")).claims.value(QLatin1String("nonce")).toString(),
                 QStringLiteral("rs-nonce-1"));
    }

    void aCachedTokenWhoseKeyCannotBeReadIsNotServed()
    {
        // A key that is a string but no usable private JWK: the token could
        // never go with a proof. Not served from the cache; the refresh
        // token's key is no better, so the refresh is not sent either.
        ClientUnderTest under;
        const QJsonObject claims{{QStringLiteral("iss"), under.provider.issuer().toString()},
                                 {QStringLiteral("sub"), QStringLiteral("sub-1")},
                                 {QStringLiteral("aud"), under.provider.clientId()}};
        const TokenCache::Owner owner{under.provider.issuer().toString(), under.provider.issuer().toString(),
                                      QStringLiteral("sub-1"), under.provider.clientId()};
        const Secret unreadable(QByteArray("{\"kty\":\"EC\"}"));
        const Account account = Account::fromIdTokenClaims(claims);
        TokenCache cache;
        QVERIFY(cache.store(TokenCache::AccountEntry{owner, account, Secret(QByteArray("id")), claims, {}}));
        QVERIFY(cache.store(TokenCache::AccessTokenEntry{owner, {QStringLiteral("api")}, Secret(QByteArray("at")),
                                                         QStringLiteral("DPoP"), QDateTime::currentDateTimeUtc().addSecs(600),
                                                         false, unreadable}));
        QVERIFY(cache.store(TokenCache::RefreshTokenEntry{owner, Secret(QByteArray("rt")), unreadable}));
        auto *store = new MemoryTokenStore;
        // Kept until read here: a finished job deletes itself otherwise.
        std::unique_ptr<TokenStoreJob> write(store->write(TokenCacheSerializer::serialize(cache)));
        write->setAutoDelete(false);
        QVERIFY(QTest::qWaitFor([&write] { return write->isFinished(); }, 5000));
        under.client->setTokenStore(store);
        std::unique_ptr<SignInReply> load(under.client->acquireTokenSilent(account, {QStringLiteral("api")}));
        QVERIFY(ClientUnderTest::waitForFinished(load.get()));
        // Once loaded, the memory-only path too.
        std::unique_ptr<SignInReply> silent(under.client->acquireTokenSilent(account, {QStringLiteral("api")}));
        QVERIFY(ClientUnderTest::waitForFinished(silent.get()));
        for (SignInReply *reply : {load.get(), silent.get()}) {
            QVERIFY2(reply->result().accessToken().isEmpty(), "a DPoP token without a usable key was served");
            QCOMPARE(reply->error().reason(), SignInError::Reason::DpopKeyUnusable);
        }
        QVERIFY(under.network.requestsTo("POST", under.provider.tokenEndpoint()).isEmpty());
    }

    void aDPoPTokenWithoutAProofIsRefused()
    {
        CannedNetworkAccessManager network;
        network.answer("POST", tokenEndpoint, CannedResponse::json(tokens("DPoP")));
        const TokenEndpoint::Result result = redeem(&network, DPoPKey(), false);
        QCOMPARE(result.error.code(), SignInError::InvalidTokenResponse);
        QVERIFY(network.requestsTo("POST", tokenEndpoint).first().header("DPoP").isEmpty());
    }

    void keyRoundTripsThroughTheTokenCacheSerializer()
    {
        const TokenCache::Owner owner{QStringLiteral("https://as.example"), QStringLiteral("https://as.example"),
                                      QStringLiteral("sub-1"), QStringLiteral("client")};
        const QJsonObject claims{{QStringLiteral("iss"), owner.issuer}, {QStringLiteral("sub"), owner.accountId},
                                 {QStringLiteral("aud"), owner.clientId}};
        const Secret key = DPoPKey::generate().privateJwk();
        TokenCache cache;
        QVERIFY(cache.store(TokenCache::AccountEntry{owner, Account::fromIdTokenClaims(claims), Secret(QByteArray("id")), claims, {}}));
        QVERIFY(cache.store(TokenCache::AccessTokenEntry{owner, {QStringLiteral("api")}, Secret(QByteArray("at")), QStringLiteral("DPoP"),
                                                         QDateTime::currentDateTimeUtc().addSecs(600), false, key}));
        QVERIFY(cache.store(TokenCache::RefreshTokenEntry{owner, Secret(QByteArray("rt")), key}));
        // Schema 4, which a QtSignIn from before DPoP leaves alone (newer)
        // rather than read without the keys and write back without them.
        const QByteArray written = TokenCacheSerializer::serialize(cache);
        QCOMPARE(QJsonDocument::fromJson(written).object().value(QLatin1String("schema")).toInt(),
                 TokenCacheSerializer::dpopSchemaVersion);
        TokenCache read;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(written, &read, &warnings),
                 TokenCacheSerializer::ReadResult::Read);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(read.findRefreshToken(owner)->dpopKey, key);
        QCOMPARE(read.accessTokens().first().dpopKey, key);
        QCOMPARE(DPoPKey::fromPrivateJwk(read.findRefreshToken(owner)->dpopKey).thumbprint(),
                 DPoPKey::fromPrivateJwk(key).thumbprint());
    }

    void anItemWrittenBeforeDPoPStillLoadsAsBearer()
    {
        // Schema 3 as QtSignIn wrote it before DPoP: no dpop_key anywhere.
        const QByteArray before =
            "{\"schema\":3,\"accounts\":[{\"authority\":\"https://as.example\",\"issuer\":\"https://as.examp"
            "le\",\"id\":\"sub-1\",\"client_id\":\"client\",\"id_token\":\"id\",\"id_token_claims\":{\"iss\""
            ":\"https://as.example\",\"sub\":\"sub-1\",\"aud\":\"client\"}}],\"access_tokens\":[{\"authority"
            "\":\"https://as.example\",\"issuer\":\"https://as.example\",\"account_id\":\"sub-1\",\"client_i"
            "d\":\"client\",\"scopes\":[\"api\"],\"token\":\"at\",\"token_type\":\"Bearer\",\"expires_on\":4"
            "102444800}],\"refresh_tokens\":[{\"authority\":\"https://as.example\",\"issuer\":\"https://as.e"
            "xample\",\"account_id\":\"sub-1\",\"client_id\":\"client\",\"token\":\"rt\"}]}";
        TokenCache read;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(before, &read, &warnings), TokenCacheSerializer::ReadResult::Read);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(read.refreshTokens().size(), 1);
        QCOMPARE(read.refreshTokens().first().token, Secret(QByteArray("rt")));
        QVERIFY(read.refreshTokens().first().dpopKey.isEmpty());
        QCOMPARE(read.accessTokens().size(), 1);
        QVERIFY(read.accessTokens().first().dpopKey.isEmpty());
        // Written again, a Bearer item gains no key member and stays schema 3.
        const QByteArray written = TokenCacheSerializer::serialize(read);
        QVERIFY(!written.contains("dpop_key"));
        QCOMPARE(QJsonDocument::fromJson(written).object().value(QLatin1String("schema")).toInt(), 3);
        // A schema after 4 is a newer QtSignIn's.
        QByteArray newer = before;
        newer.replace("\"schema\":3", "\"schema\":5");
        QCOMPARE(TokenCacheSerializer::deserialize(newer, &read, &warnings), TokenCacheSerializer::ReadResult::NewerSchema);
    }

    void aTokenWhoseKeyIsUnreadableIsNotLoadedAsBearer_data()
    {
        QTest::addColumn<QJsonValue>("key");
        QTest::newRow("empty") << QJsonValue(QString());
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("number") << QJsonValue(7);
        QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")}});
    }

    void aTokenWhoseKeyIsUnreadableIsNotLoadedAsBearer()
    {
        // The key member is there, so the tokens were bound to a key that
        // is lost: sent without a proof, they would go out as Bearer.
        QFETCH(QJsonValue, key);
        const QJsonObject owner{{QStringLiteral("authority"), QStringLiteral("https://as.example")},
                                {QStringLiteral("issuer"), QStringLiteral("https://as.example")},
                                {QStringLiteral("client_id"), QStringLiteral("client")}};
        QJsonObject account = owner;
        account.insert(QStringLiteral("id"), QStringLiteral("sub-1"));
        account.insert(QStringLiteral("id_token"), QStringLiteral("id"));
        account.insert(QStringLiteral("id_token_claims"),
                       QJsonObject{{QStringLiteral("iss"), QStringLiteral("https://as.example")},
                                   {QStringLiteral("sub"), QStringLiteral("sub-1")},
                                   {QStringLiteral("aud"), QStringLiteral("client")}});
        QJsonObject accessToken = owner;
        accessToken.insert(QStringLiteral("account_id"), QStringLiteral("sub-1"));
        accessToken.insert(QStringLiteral("scopes"), QJsonArray{QStringLiteral("api")});
        accessToken.insert(QStringLiteral("token"), QStringLiteral("at"));
        accessToken.insert(QStringLiteral("token_type"), QStringLiteral("DPoP"));
        accessToken.insert(QStringLiteral("expires_on"), 4102444800.0);
        accessToken.insert(QStringLiteral("dpop_key"), key);
        QJsonObject refreshToken = owner;
        refreshToken.insert(QStringLiteral("account_id"), QStringLiteral("sub-1"));
        refreshToken.insert(QStringLiteral("token"), QStringLiteral("rt"));
        refreshToken.insert(QStringLiteral("dpop_key"), key);
        const QJsonObject document{{QStringLiteral("schema"), 4},
                                   {QStringLiteral("accounts"), QJsonArray{account}},
                                   {QStringLiteral("access_tokens"), QJsonArray{accessToken}},
                                   {QStringLiteral("refresh_tokens"), QJsonArray{refreshToken}}};
        TokenCache read;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(QJsonDocument(document).toJson(), &read, &warnings),
                 TokenCacheSerializer::ReadResult::Read);
        QCOMPARE(read.accounts().size(), 1);
        QVERIFY(read.accessTokens().isEmpty());
        QVERIFY(read.refreshTokens().isEmpty());
        QCOMPARE(warnings.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDPoP)
#include "tst_dpop.moc"
