// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// A plain OAuth 2.0 provider through SignInClient's public API, on a canned
// network: what is sent where, what identity the account rests on, and that
// an ID token nobody asked for is never taken as one.
#include "ClientUnderTest.h"

#include <QtSignIn/Account.h>

#include <QtCore/QJsonObject>
#include <QtCore/QUrlQuery>
#include <QtTest/QtTest>

using namespace QtSignIn;
using namespace QtSignInTest;

namespace {

const QUrl authorizationEndpoint(QStringLiteral("http://127.0.0.1:47100/login/oauth/authorize"));
const QUrl tokenEndpoint(QStringLiteral("http://127.0.0.1:47100/login/oauth/access_token"));
const QUrl userEndpoint(QStringLiteral("http://127.0.0.1:47100/user"));

void configurePlainOAuth2(ClientConfiguration &configuration)
{
    configuration.setProtocol(ClientConfiguration::Protocol::OAuth2);
    configuration.setAuthority(QUrl()); // the token endpoint
    configuration.setAuthorizationEndpoint(authorizationEndpoint);
    configuration.setTokenEndpoint(tokenEndpoint);
    configuration.setUserInfoEndpoint(userEndpoint);
}

// GitHub's token answer without Accept: application/json, with an ID token
// that a plain OAuth 2.0 client never asked for.
CannedResponse formTokens(const QByteArray &accessToken, const QByteArray &extra = QByteArray())
{
    return CannedResponse::text(200, "access_token=" + accessToken + "&scope=read%3Auser%2Cuser%3Aemail&token_type=bearer"
                                             + extra,
                                "application/x-www-form-urlencoded; charset=utf-8");
}

CannedResponse profile(qint64 id, const QString &login)
{
    return CannedResponse::json(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("login"), login},
                                            {QStringLiteral("name"), QStringLiteral("Mona Lisa")}});
}

// A signed-looking ID token for someone else: it must change nothing.
const QByteArray unaskedIdToken = "&id_token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJtYWxsb3J5IiwiaXNzIjoiaHR0cHM6Ly9ldmlsIn0.";

} // namespace

class tst_PlainOAuth2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsInWithTheProfileAndNothingOfOpenIdConnect()
    {
        ClientUnderTest test(configurePlainOAuth2);
        test.network.answer("POST", tokenEndpoint, formTokens("gho_one", unaskedIdToken));
        test.network.answer("GET", userEndpoint, profile(583231, QStringLiteral("mona")));
        SignInReply *reply = test.client->signIn({QStringLiteral("read:user"), QStringLiteral("user:email")});
        QVERIFY(test.waitForPresented());
        const QUrlQuery authorization(test.agent->authorizationUrl());
        QVERIFY(!authorization.hasQueryItem(QStringLiteral("nonce")));
        QCOMPARE(authorization.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("read:user user:email"));
        QVERIFY(authorization.hasQueryItem(QStringLiteral("code_challenge")));
        test.completeAuthorization(QUrlQuery{{QStringLiteral("iss"), QString()}});
        QVERIFY(ClientUnderTest::waitForFinished(reply));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));

        const SignInResult result = reply->result();
        QCOMPARE(result.account().id(), QStringLiteral("583231"));
        QCOMPARE(result.account().username(), QStringLiteral("mona"));
        QCOMPARE(result.account().displayName(), QStringLiteral("Mona Lisa"));
        QCOMPARE(result.account().issuer(), tokenEndpoint.toString());
        QCOMPARE(result.account().identityVerification(), Account::IdentityVerification::ProfileEndpoint);
        QVERIFY(result.idToken().isEmpty());
        QVERIFY(result.idTokenClaims().isEmpty());
        QCOMPARE(result.grantedScopes(), QStringList({QStringLiteral("read:user"), QStringLiteral("user:email")}));
        QVERIFY(!result.expiresOn().isValid());

        // Nothing discovered, no keys fetched: the token endpoint and the
        // profile endpoint, which got the token and a User-Agent.
        for (const RecordedRequest &request : test.network.requests()) {
            if (request.method == "HEAD")
                continue;
            QVERIFY2(request.url.adjusted(QUrl::RemoveQuery) == tokenEndpoint
                             || request.url.adjusted(QUrl::RemoveQuery) == userEndpoint,
                     qPrintable(request.url.toString()));
        }
        const QList<RecordedRequest> profileRequests = test.network.requestsTo("GET", userEndpoint);
        QCOMPARE(profileRequests.size(), 1);
        QCOMPARE(profileRequests.first().header("Authorization"), QByteArray("Bearer gho_one"));
        QVERIFY(profileRequests.first().header("User-Agent").startsWith("QtSignIn/"));
        QCOMPARE(test.network.requestsTo("POST", tokenEndpoint).first().header("Accept"),
                 QByteArray("application/json"));
        delete reply;

        // The token does not expire: served from the cache, however long it must last.
        SilentOptions options;
        options.setMinimumValidity(std::chrono::hours(24 * 30));
        SignInReply *silent = test.client->acquireTokenSilent(result.account(), {QStringLiteral("read:user")},
                                                                options);
        QVERIFY(ClientUnderTest::waitForFinished(silent));
        QVERIFY2(!silent->error().isError(), qPrintable(silent->error().detail()));
        QCOMPARE(silent->result().source(), TokenSource::Cache);
        QCOMPARE(silent->result().accessToken().reveal(), QByteArray("gho_one"));
        delete silent;
    }

    // RFC 6749 §5.1: without expires_in the provider did not say how long
    // the token lasts. With a refresh token beside it, it is renewed when
    // asked for, not served until the API refuses it.
    void tokenWithARefreshTokenButNoLifetimeIsRenewedWhenAskedFor()
    {
        ClientUnderTest test(configurePlainOAuth2);
        test.network.answer("POST", tokenEndpoint, formTokens("gho_first", "&refresh_token=ghr_first"));
        test.network.answer("GET", userEndpoint, profile(583231, QStringLiteral("mona")));
        SignInReply *reply = test.client->signIn({QStringLiteral("read:user")});
        QVERIFY(test.waitForPresented());
        test.completeAuthorization(QUrlQuery{{QStringLiteral("iss"), QString()}});
        QVERIFY(ClientUnderTest::waitForFinished(reply));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
        const Account account = reply->result().account();
        delete reply;

        test.network.answer("POST", tokenEndpoint, formTokens("gho_second", "&refresh_token=ghr_second"));
        SignInReply *silent = test.client->acquireTokenSilent(account, {QStringLiteral("read:user")});
        QVERIFY(ClientUnderTest::waitForFinished(silent));
        QVERIFY2(!silent->error().isError(), qPrintable(silent->error().detail()));
        QCOMPARE(silent->result().source(), TokenSource::Refresh);
        QCOMPARE(silent->result().accessToken().reveal(), QByteArray("gho_second"));
        delete silent;
    }

    // RFC 9207: a provider that names its issuer in the redirect (Keycloak
    // does by default) cannot be checked against a token endpoint. Still
    // refused, saying what to set; with the authority set to that issuer,
    // the same sign-in works.
    void issuerInTheRedirectNeedsTheAuthoritySet()
    {
        ClientUnderTest test(configurePlainOAuth2);
        const QString issuer = QStringLiteral("http://127.0.0.1:47100/realms/desk");
        test.network.answer("POST", tokenEndpoint, formTokens("gho_one"));
        test.network.answer("GET", userEndpoint, profile(583231, QStringLiteral("mona")));
        SignInReply *reply = test.client->signIn({QStringLiteral("read:user")});
        QVERIFY(test.waitForPresented());
        test.completeAuthorization(QUrlQuery{{QStringLiteral("iss"), issuer}});
        QVERIFY(ClientUnderTest::waitForFinished(reply));
        QCOMPARE(reply->error().code(), SignInError::InvalidAuthorizationResponse);
        QCOMPARE(reply->error().reason(), SignInError::Reason::AuthorizationResponseIssuerMismatch);
        QVERIFY2(reply->error().detail().contains(QStringLiteral("set the configuration's authority")),
                 qPrintable(reply->error().detail()));
        QVERIFY(test.network.requestsTo("POST", tokenEndpoint).isEmpty());
        delete reply;

        ClientUnderTest named([&issuer](ClientConfiguration &configuration) {
            configurePlainOAuth2(configuration);
            configuration.setAuthority(QUrl(issuer));
        });
        named.network.answer("POST", tokenEndpoint, formTokens("gho_one"));
        named.network.answer("GET", userEndpoint, profile(583231, QStringLiteral("mona")));
        reply = named.client->signIn({QStringLiteral("read:user")});
        QVERIFY(named.waitForPresented());
        named.completeAuthorization(QUrlQuery{{QStringLiteral("iss"), issuer}});
        QVERIFY(ClientUnderTest::waitForFinished(reply));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
        // Any other issuer is the provider's fault, as for OpenID Connect.
        SignInReply *again = named.client->signIn({QStringLiteral("read:user")}, SignInOptions());
        QVERIFY(named.waitForPresented(2));
        named.completeAuthorization(QUrlQuery{{QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:47100/realms/other")}});
        QVERIFY(ClientUnderTest::waitForFinished(again));
        QCOMPARE(again->error().code(), SignInError::InvalidAuthorizationResponse);
        QCOMPARE(again->error().reason(), SignInError::Reason::AuthorizationResponseIssuerMismatch);
        QCOMPARE(again->error().detail(), QStringLiteral("iss mismatch in the authorization response"));
        delete reply;
        delete again;
    }

    void errorWithStatus200FailsTheSignIn()
    {
        ClientUnderTest test(configurePlainOAuth2);
        test.network.answer("POST", tokenEndpoint,
                            CannedResponse::text(200, "error=bad_verification_code&error_description=The+code+passed"
                                                      "+is+incorrect+or+expired.",
                                                 "application/x-www-form-urlencoded"));
        SignInReply *reply = test.client->signIn({QStringLiteral("read:user")});
        QVERIFY(test.waitForPresented());
        test.completeAuthorization(QUrlQuery{{QStringLiteral("iss"), QString()}});
        QVERIFY(ClientUnderTest::waitForFinished(reply));
        QCOMPARE(reply->error().code(), SignInError::TokenRequestFailed);
        QCOMPARE(reply->error().providerError(), QStringLiteral("bad_verification_code"));
        QVERIFY(test.network.requestsTo("GET", userEndpoint).isEmpty());
        delete reply;
    }

    void profileOfAnotherAccountIsRefusedLater()
    {
        ClientUnderTest test(configurePlainOAuth2);
        test.network.answer("POST", tokenEndpoint, formTokens("gho_two"));
        test.network.answer("GET", userEndpoint, profile(1, QStringLiteral("mona")));
        SignInReply *reply = test.client->signIn({QStringLiteral("read:user")});
        QVERIFY(test.waitForPresented());
        test.completeAuthorization(QUrlQuery{{QStringLiteral("iss"), QString()}});
        QVERIFY(ClientUnderTest::waitForFinished(reply));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
        const Account account = reply->result().account();
        delete reply;

        SignInReply *same = test.client->fetchUserInfo(account);
        QVERIFY(ClientUnderTest::waitForFinished(same));
        QVERIFY2(!same->error().isError(), qPrintable(same->error().detail()));
        QCOMPARE(same->result().userInfo().value(QLatin1String("login")).toString(), QStringLiteral("mona"));
        delete same;

        test.network.answer("GET", userEndpoint, profile(2, QStringLiteral("someone-else")));
        SignInReply *other = test.client->fetchUserInfo(account);
        QVERIFY(ClientUnderTest::waitForFinished(other));
        QCOMPARE(other->error().code(), SignInError::InvalidUserInfo);
        QCOMPARE(other->error().reason(), SignInError::Reason::ProfileAccountChanged);
        delete other;
    }

    void failingProfileEndpointLeavesNobodySignedIn()
    {
        ClientUnderTest test(configurePlainOAuth2);
        test.network.answer("POST", tokenEndpoint, formTokens("gho_three"));
        test.network.answer("GET", userEndpoint, CannedResponse::text(401, "{\"message\":\"Bad credentials\"}"));
        SignInReply *reply = test.client->signIn({QStringLiteral("read:user")});
        QVERIFY(test.waitForPresented());
        test.completeAuthorization(QUrlQuery{{QStringLiteral("iss"), QString()}});
        QVERIFY(ClientUnderTest::waitForFinished(reply));
        QCOMPARE(reply->error().code(), SignInError::InvalidUserInfo);
        QCOMPARE(reply->error().reason(), SignInError::Reason::ProfileRequestFailed);
        QVERIFY(test.client->accounts().isEmpty());
        delete reply;
    }
};

QTEST_GUILESS_MAIN(tst_PlainOAuth2)
#include "tst_plain_oauth2.moc"
