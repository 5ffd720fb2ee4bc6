// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// SignInClient::acquireTokenSilent() as an application sees it, pinned before
// the orchestration layer is rewritten (issue 15): the cache hit, the refresh
// and what it sends, the errors, the retry gate, single flight and
// cancellation. Public API only; the account comes from a real interactive
// sign-in against the canned provider.

#include "ClientUnderTest.h"

#include <QtSignIn/FileTokenStore.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace QtSignIn;
using namespace QtSignInTest;

namespace {

const QStringList signInScopes{QStringLiteral("profile"), QStringLiteral("offline_access"), QStringLiteral("api.read")};
const QStringList apiScopes{QStringLiteral("api.read")};

SilentOptions forced()
{
    SilentOptions options;
    options.setForceRefresh(true);
    return options;
}

// A client with one signed-in account.
struct SignedIn
{
    SignedIn()
    {
        std::unique_ptr<SignInReply> reply(under.signIn(signInScopes));
        if (reply->isFinished() && !reply->error().isError())
            account = reply->result().account();
        under.network.clearRequests();
    }
    QList<RecordedRequest> refreshes() const
    {
        return under.network.requestsTo("POST", under.provider.tokenEndpoint());
    }
    ClientUnderTest under;
    Account account;
};

} // namespace

class tst_SilentAcquisition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cacheHitIsFinishedOnReturnAndStillEmitsFinished();
    void refreshSendsTheRefreshTokenAndScopes();
    void refreshForOnlyOpenIdScopesSendsNoScope();
    void expiringAccessTokenIsRefreshed();
    void refreshAnsweredWithoutScopeReplacesTheOriginalGrantsToken();
    void rotatedRefreshTokenIsStoredAndUsedNextTime();
    void refreshFailure_data();
    void refreshFailure();
    void retryAfterGatesTheNextRefresh();
    void refreshedIdTokenForAnotherSubjectIsInvalidIdToken();
    void withoutRefreshTokenInteractionIsRequired();
    void unknownAccountNeedsInteraction();
    void concurrentCallsShareOneRefresh();
    void cancellingOneReplyLeavesTheSharedRefreshRunning();
    void refreshAnnouncesAccountsChangedOnce();
    void refreshWithoutIdTokenKeepsTheAccount();
    void refreshedIdTokenSignedByAnotherKeyIsInvalidIdToken();
    void refreshedIdTokenWithAnotherNonceIsInvalidIdToken();
    void firstCallOnAnUnloadedClientReadsTheStore();
};

void tst_SilentAcquisition::cacheHitIsFinishedOnReturnAndStillEmitsFinished()
{
    SignedIn session;
    QVERIFY(session.account.isValid());
    std::unique_ptr<SignInReply> reply(session.under.client->acquireTokenSilent(session.account, apiScopes));
    QSignalSpy finished(reply.get(), &SignInReply::finished);
    // Today: already finished when returned (issue 15 may make this always asynchronous).
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().code(), SignInError::NoError);
    QCOMPARE(reply->result().source(), TokenSource::Cache);
    QCOMPARE(reply->result().accessToken().reveal(), QByteArray("access-token-1"));
    QCOMPARE(reply->result().refreshToken().reveal(), QByteArray("refresh-token-1"));
    QCOMPARE(reply->result().account().id(), session.account.id());
    QCOMPARE(reply->result().userAgent(), UserAgentKind::None);
    QCOMPARE(finished.count(), 0); // not from inside the call...
    QTRY_COMPARE(finished.count(), 1); // ...but later, once
    QTest::qWait(10);
    QCOMPARE(finished.count(), 1);
    QVERIFY(session.under.network.requests().isEmpty());
}

void tst_SilentAcquisition::refreshSendsTheRefreshTokenAndScopes()
{
    SignedIn session;
    std::unique_ptr<SignInReply> reply(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(!reply->isFinished());
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    QCOMPARE(reply->result().source(), TokenSource::Refresh);
    QCOMPARE(reply->result().accessToken().reveal(), QByteArray("access-token-2"));
    QCOMPARE(reply->result().requestedScopes(), (QStringList{QStringLiteral("openid"), QStringLiteral("api.read")}));
    QCOMPARE(session.refreshes().size(), 1);
    const RecordedRequest refresh = session.refreshes().first();
    QCOMPARE(refresh.formValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    QCOMPARE(refresh.formValue(QStringLiteral("refresh_token")), QStringLiteral("refresh-token-1"));
    QCOMPARE(refresh.formValue(QStringLiteral("client_id")), session.under.provider.clientId());
    // "openid" first, so an ID token keeps coming back.
    QCOMPARE(refresh.formValue(QStringLiteral("scope")), QStringLiteral("openid api.read"));
    // Metadata and keys were fetched by the sign-in and are reused.
    QCOMPARE(session.under.network.requests().size(), 1);
}

void tst_SilentAcquisition::refreshForOnlyOpenIdScopesSendsNoScope()
{
    SignedIn session;
    std::unique_ptr<SignInReply> reply(session.under.client->acquireTokenSilent(
            session.account, {QStringLiteral("openid"), QStringLiteral("offline_access")}, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    QCOMPARE(session.refreshes().size(), 1);
    // RFC 6749 §6: no scope means "as originally granted".
    QVERIFY(!session.refreshes().first().form().hasQueryItem(QStringLiteral("scope")));

    // profile is not an OpenID-only scope for this rule: it is sent.
    std::unique_ptr<SignInReply> profile(
            session.under.client->acquireTokenSilent(session.account, {QStringLiteral("profile")}, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(profile.get()));
    QCOMPARE(session.refreshes().size(), 2);
    QCOMPARE(session.refreshes().at(1).formValue(QStringLiteral("scope")), QStringLiteral("openid profile"));
}

void tst_SilentAcquisition::expiringAccessTokenIsRefreshed()
{
    SignedIn session;
    SilentOptions options;
    options.setMinimumValidity(std::chrono::hours(2)); // the cached token lives one hour
    std::unique_ptr<SignInReply> reply(session.under.client->acquireTokenSilent(session.account, apiScopes, options));
    QVERIFY(!reply->isFinished());
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->result().source(), TokenSource::Refresh);
    QCOMPARE(session.refreshes().size(), 1);
}

void tst_SilentAcquisition::refreshAnsweredWithoutScopeReplacesTheOriginalGrantsToken()
{
    // A refresh with no scope, answered without scope (LemonLDAP::NG does):
    // the original grant (RFC 6749 §5.1, §6), not "openid" alone.
    SignedIn session;
    session.under.provider.adjustTokenResponse = [](QJsonObject &body) { body.remove(QStringLiteral("scope")); };
    SilentOptions options;
    options.setMinimumValidity(std::chrono::hours(2)); // the cached token lives one hour
    std::unique_ptr<SignInReply> refresh(session.under.client->acquireTokenSilent(session.account, {}, options));
    QVERIFY(ClientUnderTest::waitForFinished(refresh.get()));
    QCOMPARE(refresh->result().source(), TokenSource::Refresh);
    QVERIFY(!session.refreshes().first().form().hasQueryItem(QStringLiteral("scope")));
    QCOMPARE(refresh->result().accessToken().reveal(), QByteArray("access-token-2"));

    // The signed-in token (still valid for an hour) was replaced, not kept beside it.
    std::unique_ptr<SignInReply> next(session.under.client->acquireTokenSilent(session.account, {}));
    QVERIFY(ClientUnderTest::waitForFinished(next.get()));
    QCOMPARE(next->result().source(), TokenSource::Cache);
    QCOMPARE(next->result().accessToken().reveal(), QByteArray("access-token-2"));
    std::unique_ptr<SignInReply> profile(
            session.under.client->acquireTokenSilent(session.account, {QStringLiteral("profile")}));
    QVERIFY(ClientUnderTest::waitForFinished(profile.get()));
    QCOMPARE(profile->result().source(), TokenSource::Cache);
    QCOMPARE(profile->result().accessToken().reveal(), QByteArray("access-token-2"));
    QCOMPARE(session.refreshes().size(), 1);
}

void tst_SilentAcquisition::rotatedRefreshTokenIsStoredAndUsedNextTime()
{
    SignedIn session;
    std::unique_ptr<SignInReply> first(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(first.get()));
    QCOMPARE(first->result().refreshToken().reveal(), QByteArray("refresh-token-2"));
    std::unique_ptr<SignInReply> second(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(second.get()));
    QCOMPARE(second->error().code(), SignInError::NoError);
    QCOMPARE(session.refreshes().size(), 2);
    QCOMPARE(session.refreshes().at(1).formValue(QStringLiteral("refresh_token")), QStringLiteral("refresh-token-2"));

    // Not rotated: the one we have stays.
    session.under.provider.rotateRefreshTokens = false;
    std::unique_ptr<SignInReply> third(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(third.get()));
    QCOMPARE(third->result().refreshToken().reveal(), QByteArray("refresh-token-3"));
    std::unique_ptr<SignInReply> fourth(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(fourth.get()));
    QCOMPARE(fourth->error().code(), SignInError::NoError);
    QCOMPARE(session.refreshes().at(3).formValue(QStringLiteral("refresh_token")), QStringLiteral("refresh-token-3"));
}

void tst_SilentAcquisition::refreshFailure_data()
{
    QTest::addColumn<CannedResponse>("response");
    QTest::addColumn<SignInError::Code>("expected");
    QTest::addColumn<QString>("errorCode");

    const auto oauth = [](const QString &error, int status = 400) {
        return CannedResponse::json(QJsonObject{{QStringLiteral("error"), error},
                                                {QStringLiteral("error_description"), QStringLiteral("said the provider")}},
                                    status);
    };
    QTest::newRow("invalid_grant") << oauth(QStringLiteral("invalid_grant")) << SignInError::InteractionRequired
                                   << QStringLiteral("invalid_grant");
    QTest::newRow("interaction_required") << oauth(QStringLiteral("interaction_required"))
                                          << SignInError::InteractionRequired << QStringLiteral("interaction_required");
    QTest::newRow("invalid_scope") << oauth(QStringLiteral("invalid_scope")) << SignInError::InteractionRequired
                                   << QStringLiteral("invalid_scope");
    QTest::newRow("401 invalid_client") << oauth(QStringLiteral("invalid_client"), 401)
                                        << SignInError::TokenRequestFailed << QStringLiteral("invalid_client");
    QTest::newRow("bare 400") << CannedResponse::text(400, "Bad Request") << SignInError::InteractionRequired
                              << QStringLiteral("interaction_required");
    QTest::newRow("500") << CannedResponse::text(500) << SignInError::NetworkError << QStringLiteral("network_error");
    QTest::newRow("malformed JSON") << CannedResponse::text(200, "[]", "application/json")
                                    << SignInError::InvalidTokenResponse << QStringLiteral("invalid_token_response");
    QTest::newRow("connection refused") << CannedResponse::failing(CannedResponse::Failure::ConnectionRefused)
                                        << SignInError::NetworkError << QStringLiteral("network_error");
}

void tst_SilentAcquisition::refreshFailure()
{
    QFETCH(CannedResponse, response);
    QFETCH(SignInError::Code, expected);
    QFETCH(QString, errorCode);
    SignedIn session;
    session.under.provider.nextTokenResponses.append(response);
    std::unique_ptr<SignInReply> reply(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), expected);
    QCOMPARE(reply->error().errorCode(), errorCode);
    QVERIFY(reply->result().accessToken().isEmpty());
    // The account stays: a failed refresh signs nobody out.
    QCOMPARE(session.under.client->accounts().size(), 1);
}

void tst_SilentAcquisition::retryAfterGatesTheNextRefresh()
{
    SignedIn session;
    session.under.provider.nextTokenResponses.append(CannedResponse::text(429).withHeader("Retry-After", "60"));
    std::unique_ptr<SignInReply> first(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(first.get()));
    QCOMPARE(first->error().code(), SignInError::NetworkError);
    QCOMPARE(int(first->error().retryAfter().count()), 60);
    QCOMPARE(session.refreshes().size(), 1);

    std::unique_ptr<SignInReply> second(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(second.get()));
    QCOMPARE(second->error().code(), SignInError::NetworkError);
    QVERIFY(second->error().retryAfter().count() > 50);
    QVERIFY(second->error().retryAfter().count() <= 60);
    QCOMPARE(session.refreshes().size(), 1); // nothing sent

    // A cached token still serves meanwhile.
    std::unique_ptr<SignInReply> cached(session.under.client->acquireTokenSilent(session.account, apiScopes));
    QVERIFY(cached->isFinished());
    QCOMPARE(cached->error().code(), SignInError::NoError);
}

void tst_SilentAcquisition::refreshedIdTokenForAnotherSubjectIsInvalidIdToken()
{
    SignedIn session;
    session.under.provider.adjustIdTokenClaims = [](QJsonObject &claims) {
        claims.insert(QStringLiteral("sub"), QStringLiteral("mallory"));
    };
    std::unique_ptr<SignInReply> reply(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::InvalidIdToken);
    QCOMPARE(reply->error().reason(), SignInError::Reason::RefreshedSubjectChanged);
    QCOMPARE(session.under.client->accounts().size(), 1);
    QCOMPARE(session.under.client->accounts().first().id(), QStringLiteral("alice"));
}

void tst_SilentAcquisition::withoutRefreshTokenInteractionIsRequired()
{
    ClientUnderTest under;
    under.provider.issueRefreshTokens = false;
    std::unique_ptr<SignInReply> signIn(under.signIn(signInScopes));
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    QVERIFY(signIn->result().refreshToken().isEmpty());
    under.network.clearRequests();
    std::unique_ptr<SignInReply> reply(under.client->acquireTokenSilent(signIn->result().account(), apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::InteractionRequired);
    QVERIFY(under.network.requests().isEmpty());
}

void tst_SilentAcquisition::unknownAccountNeedsInteraction()
{
    SignedIn session;
    std::unique_ptr<SignInReply> reply(session.under.client->acquireTokenSilent(Account(), apiScopes));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::InteractionRequired);
    QVERIFY(session.under.network.requests().isEmpty());
}

void tst_SilentAcquisition::concurrentCallsShareOneRefresh()
{
    SignedIn session;
    std::unique_ptr<SignInReply> first(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    std::unique_ptr<SignInReply> second(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(first.get()));
    QVERIFY(ClientUnderTest::waitForFinished(second.get()));
    QCOMPARE(session.refreshes().size(), 1);
    QCOMPARE(first->error().code(), SignInError::NoError);
    QCOMPARE(second->error().code(), SignInError::NoError);
    QCOMPARE(first->result().accessToken().reveal(), second->result().accessToken().reveal());
}

void tst_SilentAcquisition::cancellingOneReplyLeavesTheSharedRefreshRunning()
{
    SignedIn session;
    std::unique_ptr<SignInReply> first(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    std::unique_ptr<SignInReply> second(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QSignalSpy firstFinished(first.get(), &SignInReply::finished);
    first->cancel();
    QVERIFY(first->isFinished());
    QCOMPARE(first->error().code(), SignInError::Cancelled);
    QVERIFY(ClientUnderTest::waitForFinished(second.get()));
    QCOMPARE(second->error().code(), SignInError::NoError);
    QCOMPARE(session.refreshes().size(), 1);
    QCOMPARE(firstFinished.count(), 1);

    // Every reply cancelled before the refresh was sent: nothing is sent.
    std::unique_ptr<SignInReply> alone(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    alone->cancel();
    QCOMPARE(alone->error().code(), SignInError::Cancelled);
    QTest::qWait(50);
    QCOMPARE(session.refreshes().size(), 1);
}

void tst_SilentAcquisition::refreshAnnouncesAccountsChangedOnce()
{
    SignedIn session;
    QSignalSpy accountsChanged(session.under.client.get(), &SignInClient::accountsChanged);
    std::unique_ptr<SignInReply> cached(session.under.client->acquireTokenSilent(session.account, apiScopes));
    QTest::qWait(10);
    QCOMPARE(accountsChanged.count(), 0); // a cache hit changes nothing
    std::unique_ptr<SignInReply> first(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    std::unique_ptr<SignInReply> second(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(first.get()));
    QVERIFY(ClientUnderTest::waitForFinished(second.get()));
    QCOMPARE(accountsChanged.count(), 1);
    session.under.provider.nextTokenResponses.append(CannedResponse::text(500));
    std::unique_ptr<SignInReply> failed(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(failed.get()));
    QCOMPARE(accountsChanged.count(), 1);
}

// OpenID Connect Core §12.2: a refresh may leave the ID token out.
void tst_SilentAcquisition::refreshWithoutIdTokenKeepsTheAccount()
{
    SignedIn session;
    session.under.provider.adjustTokenResponse = [](QJsonObject &body) { body.remove(QStringLiteral("id_token")); };
    std::unique_ptr<SignInReply> reply(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    QCOMPARE(reply->result().account().id(), session.account.id());
    QCOMPARE(reply->result().idTokenClaims().value(QLatin1String("sub")).toString(), QStringLiteral("alice"));
    QCOMPARE(session.under.client->accounts().size(), 1);
}

void tst_SilentAcquisition::refreshedIdTokenSignedByAnotherKeyIsInvalidIdToken()
{
    SignedIn session;
    CannedProvider &provider = session.under.provider;
    provider.adjustTokenResponse = [&provider](QJsonObject &body) {
        body.insert(QStringLiteral("id_token"), QString::fromLatin1(provider.signWithForeignKey(provider.baseIdTokenClaims())));
    };
    std::unique_ptr<SignInReply> reply(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::InvalidIdToken);
    QCOMPARE(reply->error().reason(), SignInError::Reason::SignatureInvalid);
}

// §12.2: a refreshed ID token should carry no nonce; if it does, the original one.
void tst_SilentAcquisition::refreshedIdTokenWithAnotherNonceIsInvalidIdToken()
{
    SignedIn session;
    session.under.provider.adjustIdTokenClaims = [](QJsonObject &claims) {
        claims.insert(QStringLiteral("nonce"), QStringLiteral("some-other-nonce"));
    };
    std::unique_ptr<SignInReply> reply(session.under.client->acquireTokenSilent(session.account, apiScopes, forced()));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::InvalidIdToken);
    QCOMPARE(reply->error().reason(), SignInError::Reason::NonceMismatch);
}

// Today a client that has not read its store yet answers the first silent
// call after reading it: from the stored access token, not finished on return.
void tst_SilentAcquisition::firstCallOnAnUnloadedClientReadsTheStore()
{
    QStandardPaths::setTestModeEnabled(true); // lock files of the file store
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("tokens.json"));
    Account account;
    {
        ClientUnderTest first;
        first.client->setTokenStore(new FileTokenStore(path));
        std::unique_ptr<SignInReply> signIn(first.signIn(signInScopes));
        QCOMPARE(signIn->error().code(), SignInError::NoError);
        account = signIn->result().account();
    }
    ClientUnderTest second;
    second.client->setTokenStore(new FileTokenStore(path));
    QSignalSpy accountsChanged(second.client.get(), &SignInClient::accountsChanged);
    std::unique_ptr<SignInReply> reply(second.client->acquireTokenSilent(account, apiScopes));
    QVERIFY(!reply->isFinished());
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    QCOMPARE(reply->result().source(), TokenSource::Cache);
    QCOMPARE(reply->result().accessToken().reveal(), QByteArray("access-token-1"));
    QVERIFY(second.client->isTokenCacheLoaded());
    QCOMPARE(second.client->accounts().size(), 1);
    QCOMPARE(accountsChanged.count(), 1); // loaded by the silent call: the accounts are known now
    QVERIFY(second.network.requests().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SilentAcquisition)
#include "tst_silent_acquisition.moc"
