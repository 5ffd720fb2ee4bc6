// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// QtSignIn::Test as an application's QTest suite uses it: the real
// SignInClient signs in at a TestProvider through a HeadlessUserAgent,
// through the public API and the shared libraries only. The library's
// checks still run: an ID token the provider spoils on purpose is refused.

#include <QtSignIn/BearerChallenge.h>
#include <QtSignIn/HeadlessUserAgent.h>
#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/TestProvider.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QUrlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace QtSignIn;

namespace {

const QStringList signInScopes{QStringLiteral("profile"), QStringLiteral("email"), QStringLiteral("offline_access"),
                               QStringLiteral("api.read")};
const QStringList apiScopes{QStringLiteral("api.read")};

QJsonObject jwtClaims(const QString &token)
{
    const QList<QString> parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
}

QJsonObject jwtHeader(const QString &token)
{
    return QJsonDocument::fromJson(
                   QByteArray::fromBase64(token.section(QLatin1Char('.'), 0, 0).toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
}

} // namespace

class tst_TestKitSignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestProvider> m_provider;
    std::unique_ptr<SignInClient> m_client;

    static void waitFor(SignInReply *reply)
    {
        QSignalSpy spy(reply, &SignInReply::finished);
        if (!reply->isFinished())
            spy.wait(10000);
    }

    /// Waits for `reply` and returns it; the caller owns replies.
    static std::unique_ptr<SignInReply> finished(SignInReply *reply)
    {
        waitFor(reply);
        return std::unique_ptr<SignInReply>(reply);
    }

    SignInResult signIn(const SignInOptions &options = {})
    {
        const auto reply = finished(m_client->signIn(signInScopes, options));
        if (reply->error().isError())
            qWarning() << "sign-in failed:" << reply->error().errorCode() << reply->error().detail();
        return reply->result();
    }

private Q_SLOTS:
    void init()
    {
        m_provider = std::make_unique<TestProvider>();
        QVERIFY(m_provider->listen());
        m_provider->setUsers({TestUser(QStringLiteral("alice-1"), QStringLiteral("alice"), QStringLiteral("Alice Liddell"),
                                       QStringLiteral("alice@example.test")),
                              TestUser(QStringLiteral("bob-2"), QStringLiteral("bob"), QStringLiteral("Bob Builder"),
                                       QStringLiteral("bob@example.test"))});
        m_client = std::make_unique<SignInClient>(m_provider->clientConfiguration());
        m_client->setTokenStore(new MemoryTokenStore);
        m_client->setUserAgent(new HeadlessUserAgent(m_provider.get()));
    }

    void cleanup()
    {
        m_client.reset();
        m_provider.reset();
    }

    void signsInAsTheFirstUser()
    {
        const SignInResult result = signIn();
        QCOMPARE(result.source(), TokenSource::Interactive);
        QCOMPARE(result.userAgent(), UserAgentKind::Custom);
        const QJsonObject claims = result.idTokenClaims();
        QCOMPARE(claims.value(QLatin1String("iss")).toString(), m_provider->issuer().toString());
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), QStringLiteral("alice-1"));
        QCOMPARE(claims.value(QLatin1String("aud")).toString(), m_provider->clientId());
        QCOMPARE(claims.value(QLatin1String("email")).toString(), QStringLiteral("alice@example.test"));
        QVERIFY(claims.value(QLatin1String("nonce")).isString());
        QCOMPARE(result.account().subject(), QStringLiteral("alice-1"));
        QCOMPARE(result.account().username(), QStringLiteral("alice"));
        QCOMPARE(result.account().displayName(), QStringLiteral("Alice Liddell"));
        QCOMPARE(m_client->accounts().size(), 1);
        // RFC 9068: a signed JWT access token of the same provider.
        const QString accessToken = result.accessToken().revealString();
        QCOMPARE(jwtHeader(accessToken).value(QLatin1String("typ")).toString(), QStringLiteral("at+jwt"));
        QCOMPARE(jwtClaims(accessToken).value(QLatin1String("sub")).toString(), QStringLiteral("alice-1"));
        // What the library asked for: PKCE S256 and the loopback redirect.
        const QUrlQuery request(m_provider->lastAuthorizationRequest());
        QCOMPARE(request.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    }

    void signsInAsTheChosenUser()
    {
        m_provider->setSignInSubject(QStringLiteral("bob-2"));
        const SignInResult result = signIn();
        QCOMPARE(result.account().subject(), QStringLiteral("bob-2"));
        QCOMPARE(result.idTokenClaims().value(QLatin1String("preferred_username")).toString(), QStringLiteral("bob"));
    }

    void silentTokenComesFromTheCache()
    {
        const SignInResult signedIn = signIn();
        QVERIFY(signedIn.account().isValid());
        const int requestsBefore = m_provider->tokenRequestCount();
        auto reply = finished(m_client->acquireTokenSilent(signedIn.account(), apiScopes));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
        QCOMPARE(reply->result().source(), TokenSource::Cache);
        QCOMPARE(m_provider->tokenRequestCount(), requestsBefore);
    }

    void silentTokenIsRefreshedAndTheRefreshTokenRotates()
    {
        const SignInResult signedIn = signIn();
        const QString firstRefreshToken = signedIn.refreshToken().revealString();
        QVERIFY(m_provider->isTokenActive(firstRefreshToken));
        QSignalSpy rotated(m_provider.get(), &TestProvider::refreshTokenRotated);

        SilentOptions options;
        options.setForceRefresh(true);
        auto reply = finished(m_client->acquireTokenSilent(signedIn.account(), apiScopes, options));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
        QCOMPARE(reply->result().source(), TokenSource::Refresh);
        QCOMPARE(rotated.size(), 1);
        QVERIFY(!m_provider->isTokenActive(firstRefreshToken));

        // The rotated token is the one the cache keeps: a second refresh works.
        reply = finished(m_client->acquireTokenSilent(signedIn.account(), apiScopes, options));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
        QCOMPARE(rotated.size(), 2);
    }

    void shortLivedAccessTokenIsRefreshed()
    {
        // Shorter than SilentOptions::minimumValidity(): the cache will not do.
        m_provider->setAccessTokenLifetime(std::chrono::seconds(60));
        const SignInResult signedIn = signIn();
        auto reply = finished(m_client->acquireTokenSilent(signedIn.account(), apiScopes));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
        QCOMPARE(reply->result().source(), TokenSource::Refresh);
    }

    void deniedConsentFailsWithAccessDenied()
    {
        m_provider->setConsent(TestProvider::Consent::Denied);
        auto reply = finished(m_client->signIn(signInScopes));
        QCOMPARE(reply->error().code(), SignInError::AuthorizationFailed);
        QCOMPARE(reply->error().providerError(), QStringLiteral("access_denied"));
        QVERIFY(m_client->accounts().isEmpty());
    }

    void refusedRefreshNeedsInteraction_data()
    {
        QTest::addColumn<QString>("error");
        QTest::newRow("invalid_grant") << QStringLiteral("invalid_grant");
        QTest::newRow("interaction_required") << QStringLiteral("interaction_required");
    }

    void refusedRefreshNeedsInteraction()
    {
        QFETCH(QString, error);
        const SignInResult signedIn = signIn();
        m_provider->failNextTokenRequest(error, QStringLiteral("planned by the test"));
        SilentOptions options;
        options.setForceRefresh(true);
        auto reply = finished(m_client->acquireTokenSilent(signedIn.account(), apiScopes, options));
        QCOMPARE(reply->error().code(), SignInError::InteractionRequired);
        QCOMPARE(reply->error().providerError(), error);
        QCOMPARE(reply->error().providerErrorDescription(), QStringLiteral("planned by the test"));
    }

    void spoiledIdTokenIsRefused_data()
    {
        QTest::addColumn<TestProvider::IdTokenDefect>("defect");
        QTest::addColumn<SignInError::Reason>("reason");
        QTest::newRow("wrong iss") << TestProvider::IdTokenDefect::WrongIssuer << SignInError::Reason::IssuerMismatch;
        QTest::newRow("wrong aud") << TestProvider::IdTokenDefect::WrongAudience << SignInError::Reason::AudienceMismatch;
        QTest::newRow("wrong nonce") << TestProvider::IdTokenDefect::WrongNonce << SignInError::Reason::NonceMismatch;
        QTest::newRow("expired") << TestProvider::IdTokenDefect::Expired << SignInError::Reason::Expired;
        QTest::newRow("bad signature") << TestProvider::IdTokenDefect::BadSignature
                                       << SignInError::Reason::SignatureInvalid;
    }

    void spoiledIdTokenIsRefused()
    {
        QFETCH(TestProvider::IdTokenDefect, defect);
        QFETCH(SignInError::Reason, reason);
        m_provider->setNextIdTokenDefect(defect);
        auto reply = finished(m_client->signIn(signInScopes));
        QCOMPARE(reply->error().code(), SignInError::InvalidIdToken);
        QCOMPARE(reply->error().reason(), reason);
        QVERIFY(m_client->accounts().isEmpty());
    }

    void headlessAgentRefusesAForeignAuthorizationUrl()
    {
        HeadlessUserAgent agent(m_provider.get());
        SignInError error;
        QUrl foreign = m_provider->authorizationEndpoint();
        foreign.setPath(QStringLiteral("/elsewhere"));
        QVERIFY(!agent.present(foreign, nullptr, &error));
        QCOMPARE(error.code(), SignInError::UserAgentUnavailable);
        QVERIFY(!agent.present(QUrl(QStringLiteral("https://login.example.com/authorize?client_id=x")), nullptr, &error));
        QCOMPARE(error.code(), SignInError::UserAgentUnavailable);
        QVERIFY(error.detail().contains(QLatin1String("login.example.com")));
        QVERIFY(!agent.endSession(QUrl(QStringLiteral("https://login.example.com/logout")), &error));
        QCOMPARE(error.code(), SignInError::UserAgentUnavailable);
        QVERIFY(agent.endSession(m_provider->endSessionEndpoint(), &error));

        // Through a client: another provider's sign-in fails at once.
        TestProvider other;
        QVERIFY(other.listen());
        SignInClient client(other.clientConfiguration());
        client.setTokenStore(new MemoryTokenStore);
        client.setUserAgent(new HeadlessUserAgent(m_provider.get()));
        auto reply = finished(client.signIn(signInScopes));
        QCOMPARE(reply->error().code(), SignInError::UserAgentUnavailable);
        QCOMPARE(other.tokenRequestCount(), 0);
    }

    void unknownClientGetsAPageNotARedirect()
    {
        ClientConfiguration configuration = m_provider->clientConfiguration();
        configuration.setClientId(QStringLiteral("someone-else"));
        SignInClient client(configuration);
        client.setTokenStore(new MemoryTokenStore);
        client.setUserAgent(new HeadlessUserAgent(m_provider.get()));
        auto reply = finished(client.signIn(signInScopes));
        QCOMPARE(reply->error().code(), SignInError::UserAgentUnavailable);
        QVERIFY2(reply->error().detail().contains(QLatin1String("HTTP 400")), qPrintable(reply->error().detail()));
    }

    void claimsChallengeAcrReachesTheTokens()
    {
        const SignInResult signedIn = signIn();
        QVERIFY(!signedIn.idTokenClaims().contains(QLatin1String("acr")));
        // The API asks for a stronger sign-in; the app answers the challenge.
        const QJsonObject wanted{{QStringLiteral("access_token"),
                                  QJsonObject{{QStringLiteral("acr"),
                                               QJsonObject{{QStringLiteral("essential"), true},
                                                           {QStringLiteral("value"), QStringLiteral("urn:test:mfa")}}}}}};
        const BearerChallenge challenge = BearerChallenge::parse(TestProvider::insufficientClaimsChallenge(wanted));
        QVERIFY(challenge.isInsufficientClaims());
        QCOMPARE(challenge.claims(), wanted);

        SilentOptions options;
        options.setClaims(challenge.claims());
        auto reply = finished(m_client->acquireTokenSilent(signedIn.account(), apiScopes, options));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
        QCOMPARE(jwtClaims(reply->result().accessToken().revealString()).value(QLatin1String("acr")).toString(),
                 QStringLiteral("urn:test:mfa"));
    }

    void claimsAskedForAtSignInReachTheIdToken()
    {
        SignInOptions options;
        options.setClaims(QJsonObject{
                {QStringLiteral("id_token"),
                 QJsonObject{{QStringLiteral("acr"), QJsonObject{{QStringLiteral("values"),
                                                                  QJsonArray{QStringLiteral("urn:test:loa2")}}}}}}});
        const SignInResult result = signIn(options);
        QCOMPARE(result.idTokenClaims().value(QLatin1String("acr")).toString(), QStringLiteral("urn:test:loa2"));
    }

    void providerClockDatesWhatItIssues()
    {
        // Ten minutes ago by the provider's clock: still valid for the library.
        const QDateTime then = QDateTime::currentDateTimeUtc().addSecs(-600);
        m_provider->setCurrentTime(then);
        const SignInResult result = signIn();
        QCOMPARE(qint64(result.idTokenClaims().value(QLatin1String("iat")).toDouble()), then.toSecsSinceEpoch());
        QCOMPARE(qint64(result.idTokenClaims().value(QLatin1String("auth_time")).toDouble()), then.toSecsSinceEpoch());
        QCOMPARE(qint64(result.idTokenClaims().value(QLatin1String("exp")).toDouble()), then.toSecsSinceEpoch() + 3600);

        // Thirty days (the default lifetime) later, the refresh token has expired.
        const QString refreshToken = result.refreshToken().revealString();
        QVERIFY(m_provider->isTokenActive(refreshToken));
        m_provider->advanceTime(std::chrono::seconds(3600 * 24 * 30));
        QVERIFY(!m_provider->isTokenActive(refreshToken));
    }

    void expiredRefreshTokenNeedsInteraction()
    {
        m_provider->setRefreshTokenLifetime(std::chrono::seconds(300));
        const SignInResult signedIn = signIn();
        m_provider->advanceTime(std::chrono::seconds(301));
        SilentOptions options;
        options.setForceRefresh(true);
        auto reply = finished(m_client->acquireTokenSilent(signedIn.account(), apiScopes, options));
        QCOMPARE(reply->error().code(), SignInError::InteractionRequired);
        QCOMPARE(reply->error().providerError(), QStringLiteral("invalid_grant"));
    }

    void userInfoDescribesTheUser()
    {
        const SignInResult signedIn = signIn();
        auto reply = finished(m_client->fetchUserInfo(signedIn.account()));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
        QCOMPARE(reply->result().userInfo().value(QLatin1String("email")).toString(), QStringLiteral("alice@example.test"));
    }

    void deviceSignInIsApprovedFromTheTest()
    {
        m_provider->setSignInSubject(QStringLiteral("bob-2"));
        QSignalSpy requested(m_provider.get(), &TestProvider::deviceAuthorizationRequested);
        const std::unique_ptr<SignInReply> reply(m_client->signInWithDeviceCode(signInScopes));
        QVERIFY(requested.wait(5000));
        const QString userCode = requested.at(0).at(0).toString();
        QTRY_COMPARE(reply->deviceAuthorization().userCode(), userCode);
        QVERIFY(m_provider->approveDevice(userCode));
        QVERIFY(!m_provider->approveDevice(userCode)); // settled once
        waitFor(reply.get());
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
        QCOMPARE(reply->result().userAgent(), UserAgentKind::Device);
        QCOMPARE(reply->result().account().subject(), QStringLiteral("bob-2"));
    }

    void deviceSignInDeclinedFromTheTest()
    {
        QSignalSpy requested(m_provider.get(), &TestProvider::deviceAuthorizationRequested);
        const std::unique_ptr<SignInReply> reply(m_client->signInWithDeviceCode(signInScopes));
        QVERIFY(requested.wait(5000));
        QVERIFY(m_provider->denyDevice(requested.at(0).at(0).toString()));
        waitFor(reply.get());
        QCOMPARE(reply->error().code(), SignInError::AuthorizationFailed);
        QCOMPARE(reply->error().reason(), SignInError::Reason::DeviceAuthorizationDenied);
    }

    void signOutRevokesTheRefreshToken()
    {
        const SignInResult signedIn = signIn();
        const QString refreshToken = signedIn.refreshToken().revealString();
        QSignalSpy revoked(m_provider.get(), &TestProvider::tokenRevoked);
        SignOutOptions options;
        options.setEndProviderSession(true); // through the headless agent, at this provider
        auto reply = finished(m_client->signOut(signedIn.account(), options));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
        QVERIFY(revoked.size() >= 1);
        QVERIFY(!m_provider->isTokenActive(refreshToken));
        QVERIFY(m_client->accounts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TestKitSignIn)
#include "tst_test_kit_signin.moc"
