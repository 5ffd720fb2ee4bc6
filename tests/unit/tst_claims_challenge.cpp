// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// Claims challenges and client capabilities as an application sees them
// (public API, canned provider): ClientConfiguration::clientCapabilities()
// on every authorization and token request, a call's claims merged with
// them, a silent call with claims skipping the cache, and a provider that
// needs the person for those claims saying so.

#include "ClientUnderTest.h"

#include <QtSignIn/BearerChallenge.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>

#include <QtCore/QJsonDocument>
#include <QtTest/QtTest>

using namespace QtSignIn;
using namespace QtSignInTest;

namespace {

const QStringList signInScopes{QStringLiteral("profile"), QStringLiteral("offline_access"), QStringLiteral("api.read")};
const QStringList apiScopes{QStringLiteral("api.read")};

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QJsonObject claimsOf(const QString &parameter)
{
    return QJsonDocument::fromJson(parameter.toUtf8()).object();
}

void withCapabilities(ClientConfiguration &configuration)
{
    configuration.setClientCapabilities({QStringLiteral("cp1")});
}

const QJsonObject capabilities = json(R"({"access_token":{"xms_cc":{"values":["cp1"]}}})");
// What an API's claims challenge asks for (Entra's documented example).
const QJsonObject challengeClaims = json(R"({"access_token":{"nbf":{"essential":true,"value":"1604106651"}}})");

} // namespace

class tst_ClaimsChallenge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutCapabilitiesOrClaimsNothingIsSent()
    {
        ClientUnderTest under;
        std::unique_ptr<SignInReply> reply(under.signIn(signInScopes));
        QCOMPARE(reply->error().code(), SignInError::NoError);
        QVERIFY(!under.agent->authorizationQuery().hasQueryItem(QStringLiteral("claims")));
        const auto tokenRequests = under.network.requestsTo("POST", under.provider.tokenEndpoint());
        QCOMPARE(tokenRequests.size(), 1);
        QVERIFY(!tokenRequests.first().form().hasQueryItem(QStringLiteral("claims")));
    }

    void capabilitiesGoWithTheAuthorizationRequestAndTheCodeRedemption()
    {
        ClientUnderTest under(withCapabilities);
        std::unique_ptr<SignInReply> reply(under.signIn(signInScopes));
        QCOMPARE(reply->error().code(), SignInError::NoError);
        QCOMPARE(claimsOf(under.agent->authorizationQuery().queryItemValue(QStringLiteral("claims"), QUrl::FullyDecoded)),
                 capabilities);
        const auto tokenRequests = under.network.requestsTo("POST", under.provider.tokenEndpoint());
        QCOMPARE(tokenRequests.size(), 1);
        QCOMPARE(claimsOf(tokenRequests.first().formValue(QStringLiteral("claims"))), capabilities);
    }

    void capabilitiesGoWithARefresh()
    {
        ClientUnderTest under(withCapabilities);
        std::unique_ptr<SignInReply> signIn(under.signIn(signInScopes));
        under.network.clearRequests();
        SilentOptions forced;
        forced.setForceRefresh(true);
        std::unique_ptr<SignInReply> reply(under.client->acquireTokenSilent(signIn->result().account(), apiScopes, forced));
        QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
        QCOMPARE(reply->error().code(), SignInError::NoError);
        const auto refreshes = under.network.requestsTo("POST", under.provider.tokenEndpoint());
        QCOMPARE(refreshes.size(), 1);
        QCOMPARE(claimsOf(refreshes.first().formValue(QStringLiteral("claims"))), capabilities);
    }

    void interactiveClaimsAreMergedWithTheCapabilities()
    {
        ClientUnderTest under(withCapabilities);
        SignInOptions options;
        options.setClaims(challengeClaims);
        std::unique_ptr<SignInReply> reply(under.signIn(signInScopes, options));
        QCOMPARE(reply->error().code(), SignInError::NoError);
        const QJsonObject expected = json(
                R"({"access_token":{"xms_cc":{"values":["cp1"]},"nbf":{"essential":true,"value":"1604106651"}}})");
        QCOMPARE(claimsOf(under.agent->authorizationQuery().queryItemValue(QStringLiteral("claims"), QUrl::FullyDecoded)),
                 expected);
        const auto tokenRequests = under.network.requestsTo("POST", under.provider.tokenEndpoint());
        QCOMPARE(claimsOf(tokenRequests.first().formValue(QStringLiteral("claims"))), expected);
    }

    // The few lines an app writes for a 401 with a claims challenge.
    void silentCallWithAChallengesClaimsSkipsTheCacheAndRefreshesWithThem()
    {
        ClientUnderTest under;
        std::unique_ptr<SignInReply> signIn(under.signIn(signInScopes));
        const Account account = signIn->result().account();
        under.network.clearRequests();
        const BearerChallenge challenge = BearerChallenge::parse(
                "Bearer error=\"insufficient_claims\", "
                "claims=\"eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwNDEwNjY1MSJ9fX0=\"");
        SilentOptions options;
        options.setClaims(challenge.claims());
        std::unique_ptr<SignInReply> reply(under.client->acquireTokenSilent(account, apiScopes, options));
        QVERIFY(!reply->isFinished()); // a cached token would have answered at once
        QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
        QCOMPARE(reply->error().code(), SignInError::NoError);
        QCOMPARE(reply->result().source(), TokenSource::Refresh);
        QCOMPARE(reply->result().accessToken().reveal(), QByteArray("access-token-2"));
        const auto refreshes = under.network.requestsTo("POST", under.provider.tokenEndpoint());
        QCOMPARE(refreshes.size(), 1);
        QCOMPARE(claimsOf(refreshes.first().formValue(QStringLiteral("claims"))), challengeClaims);

        // The new token replaced the old one: the next plain call gets it.
        std::unique_ptr<SignInReply> next(under.client->acquireTokenSilent(account, apiScopes));
        QVERIFY(ClientUnderTest::waitForFinished(next.get()));
        QCOMPARE(next->result().source(), TokenSource::Cache);
        QCOMPARE(next->result().accessToken().reveal(), QByteArray("access-token-2"));
    }

    void claimsTheProviderCannotSatisfySilentlyNeedInteraction_data()
    {
        QTest::addColumn<QString>("providerError");
        QTest::newRow("interaction_required") << QStringLiteral("interaction_required");
        QTest::newRow("invalid_grant") << QStringLiteral("invalid_grant");
    }

    void claimsTheProviderCannotSatisfySilentlyNeedInteraction()
    {
        QFETCH(QString, providerError);
        ClientUnderTest under;
        std::unique_ptr<SignInReply> signIn(under.signIn(signInScopes));
        const Account account = signIn->result().account();
        under.provider.nextTokenResponses.append(CannedResponse::json(
                QJsonObject{{QStringLiteral("error"), providerError},
                            {QStringLiteral("error_description"), QStringLiteral("AADSTS50076: use MFA")}},
                400));
        SilentOptions options;
        options.setClaims(challengeClaims);
        std::unique_ptr<SignInReply> reply(under.client->acquireTokenSilent(account, apiScopes, options));
        QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
        QCOMPARE(reply->error().code(), SignInError::InteractionRequired);
        QCOMPARE(reply->error().reason(), SignInError::Reason::ClaimsNeedInteraction);
        QCOMPARE(reply->error().providerError(), providerError);
        QCOMPARE(reply->error().providerErrorDescription(), QStringLiteral("AADSTS50076: use MFA"));
    }

    void aRefusedRefreshWithoutClaimsHasNoClaimsReason()
    {
        ClientUnderTest under;
        std::unique_ptr<SignInReply> signIn(under.signIn(signInScopes));
        under.provider.nextTokenResponses.append(CannedResponse::json(
                QJsonObject{{QStringLiteral("error"), QStringLiteral("interaction_required")}}, 400));
        SilentOptions forced;
        forced.setForceRefresh(true);
        std::unique_ptr<SignInReply> reply(under.client->acquireTokenSilent(signIn->result().account(), apiScopes, forced));
        QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
        QCOMPARE(reply->error().code(), SignInError::InteractionRequired);
        QCOMPARE(reply->error().reason(), SignInError::Reason::None);
    }

    void callsWithAndWithoutClaimsDoNotShareARefresh()
    {
        ClientUnderTest under;
        std::unique_ptr<SignInReply> signIn(under.signIn(signInScopes));
        const Account account = signIn->result().account();
        under.network.clearRequests();
        SilentOptions forced;
        forced.setForceRefresh(true);
        SilentOptions withClaims = forced;
        withClaims.setClaims(challengeClaims);
        std::unique_ptr<SignInReply> plain(under.client->acquireTokenSilent(account, apiScopes, forced));
        std::unique_ptr<SignInReply> claimed(under.client->acquireTokenSilent(account, apiScopes, withClaims));
        QVERIFY(ClientUnderTest::waitForFinished(plain.get()));
        QVERIFY(ClientUnderTest::waitForFinished(claimed.get()));
        const auto refreshes = under.network.requestsTo("POST", under.provider.tokenEndpoint());
        QCOMPARE(refreshes.size(), 2);
        int withClaimsCount = 0;
        for (const RecordedRequest &refresh : refreshes)
            withClaimsCount += refresh.form().hasQueryItem(QStringLiteral("claims")) ? 1 : 0;
        QCOMPARE(withClaimsCount, 1);
    }

    void optionsCompareTheirClaims()
    {
        SignInOptions a;
        SignInOptions b;
        b.setClaims(challengeClaims);
        QVERIFY(a != b);
        QCOMPARE(b.claims(), challengeClaims);
        QVERIFY(SignInOptions().claims().isEmpty()); // the shared default is untouched
        SilentOptions c;
        SilentOptions d;
        d.setClaims(challengeClaims);
        QVERIFY(c != d);
        QVERIFY(SilentOptions().claims().isEmpty());
        ClientConfiguration configuration;
        QVERIFY(configuration.clientCapabilities().isEmpty());
        configuration.setClientCapabilities({QStringLiteral("cp1")});
        QCOMPARE(configuration.clientCapabilities(), QStringList{QStringLiteral("cp1")});
    }
};

QTEST_MAIN(tst_ClaimsChallenge)
#include "tst_claims_challenge.moc"
