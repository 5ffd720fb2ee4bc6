// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// SignInClient's account-level operations, pinned before issue 15 rewrites
// the orchestration: fetchUserInfo(), loadTokenCache() and accounts(),
// accountsChanged, signOut() and signOutAll(). Public API only.

#include "ClientUnderTest.h"

#include <QtSignIn/FileTokenStore.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>

#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace QtSignIn;
using namespace QtSignInTest;

namespace {

const QStringList allOpenIdScopes{QStringLiteral("profile"), QStringLiteral("email"), QStringLiteral("offline_access")};

} // namespace

class tst_ClientAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fetchUserInfoSendsTheBearerTokenToUserinfo();
    void fetchUserInfoForAnotherSubjectIsInvalidUserInfo();
    void fetchUserInfoAsksOnlyForWhatTheAccountWasGranted();
    void fetchUserInfoTakesTheProvidersWordOverWhatWasAsked();
    void fetchUserInfoWithoutUserinfoEndpoint();
    void accountsAreEmptyUntilTheCacheIsLoaded();
    void accountsChangedCountsSignInRefreshAndSignOut();
    void signOutRemovesTheAccountsTokensFromTheStore();
    void signOutOfNoAccountForgetsNobody();
    void signOutAllRemovesEveryAccount();
    void signOutWithEndProviderSessionOpensTheEndSessionUrl();
    void twoClientsSharingAStoreSeeOnlyTheirOwn();
    void signOutAllOfOneClientKeepsTheOthers();
};

void tst_ClientAccounts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // lock files of the file store
}

void tst_ClientAccounts::fetchUserInfoSendsTheBearerTokenToUserinfo()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> signIn(under.signIn(allOpenIdScopes));
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    under.network.clearRequests();
    std::unique_ptr<SignInReply> reply(under.client->fetchUserInfo(signIn->result().account()));
    QVERIFY(!reply->isFinished());
    QSignalSpy finished(reply.get(), &SignInReply::finished);
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->result().userInfo().value(QLatin1String("sub")).toString(), QStringLiteral("alice"));
    QCOMPARE(reply->result().userInfo().value(QLatin1String("email")).toString(), QStringLiteral("alice@example.test"));
    QCOMPARE(reply->result().accessToken().reveal(), QByteArray("access-token-1"));
    // Served from the cached token: no refresh, one GET with it.
    QCOMPARE(under.network.requests().size(), 1);
    const RecordedRequest get = under.network.requests().first();
    QCOMPARE(get.method, QByteArray("GET"));
    QCOMPARE(get.url, under.provider.userinfoEndpoint());
    QCOMPARE(get.header("Authorization"), QByteArray("Bearer access-token-1"));
}

void tst_ClientAccounts::fetchUserInfoForAnotherSubjectIsInvalidUserInfo()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> signIn(under.signIn(allOpenIdScopes));
    under.provider.userInfo.insert(QStringLiteral("sub"), QStringLiteral("mallory"));
    std::unique_ptr<SignInReply> reply(under.client->fetchUserInfo(signIn->result().account()));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::InvalidUserInfo);
    QCOMPARE(reply->error().reason(), SignInError::Reason::UserInfoSubjectMismatch);
    QVERIFY(reply->result().userInfo().isEmpty());
}

// Issue 15: fetchUserInfo() used to ask for openid profile email whatever
// the sign-in got, so after a sign-in without email the refresh asked for
// more than the grant, the provider refused (invalid_scope) and the app was
// told to sign in again, which granted no email either. It now asks for the
// OpenID scopes the account agreed to, and no more.
void tst_ClientAccounts::fetchUserInfoAsksOnlyForWhatTheAccountWasGranted()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> signIn(under.signIn({QStringLiteral("profile"), QStringLiteral("offline_access")}));
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    under.network.clearRequests();
    std::unique_ptr<SignInReply> reply(under.client->fetchUserInfo(signIn->result().account()));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    // The sign-in's token was for exactly these scopes: no refresh needed.
    QVERIFY(under.network.requestsTo("POST", under.provider.tokenEndpoint()).isEmpty());
    QCOMPARE(under.network.requestsTo("GET", under.provider.userinfoEndpoint()).size(), 1);
    QCOMPARE(reply->result().userInfo().value(QLatin1String("sub")).toString(), QStringLiteral("alice"));
}

// The token response's scope says what the provider granted of the OpenID
// Connect grant: profile and email were asked for, and it names openid but
// neither of them (refused). Userinfo is then asked with openid only, which
// the grant covers; asking for the refused ones would fail (invalid_scope)
// and tell the app to sign in again, every time. (A scope naming an API's
// scopes alone says nothing of them: e2e userInfoComesWithATokenForTheOpenIdScopes.)
void tst_ClientAccounts::fetchUserInfoTakesTheProvidersWordOverWhatWasAsked()
{
    ClientUnderTest under;
    under.provider.grantedScopes = {QStringLiteral("openid"), QStringLiteral("offline_access")};
    std::unique_ptr<SignInReply> signIn(under.signIn(allOpenIdScopes));
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    under.network.clearRequests();
    std::unique_ptr<SignInReply> reply(under.client->fetchUserInfo(signIn->result().account()));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    QVERIFY(under.network.requestsTo("POST", under.provider.tokenEndpoint()).isEmpty());
    QCOMPARE(under.network.requestsTo("GET", under.provider.userinfoEndpoint()).size(), 1);
}

void tst_ClientAccounts::fetchUserInfoWithoutUserinfoEndpoint()
{
    ClientUnderTest under;
    under.provider.discovery.remove(QStringLiteral("userinfo_endpoint"));
    under.provider.publish();
    std::unique_ptr<SignInReply> signIn(under.signIn(allOpenIdScopes));
    std::unique_ptr<SignInReply> reply(under.client->fetchUserInfo(signIn->result().account()));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::InvalidProviderMetadata);
}

void tst_ClientAccounts::accountsAreEmptyUntilTheCacheIsLoaded()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("tokens.json"));
    Account account;
    {
        ClientUnderTest first;
        first.client->setTokenStore(new FileTokenStore(path));
        std::unique_ptr<SignInReply> signIn(first.signIn(allOpenIdScopes));
        QCOMPARE(signIn->error().code(), SignInError::NoError);
        QVERIFY(!signIn->storeError().isError());
        account = signIn->result().account();
    }
    ClientUnderTest second;
    second.client->setTokenStore(new FileTokenStore(path));
    QVERIFY(!second.client->isTokenCacheLoaded());
    QSignalSpy accountsChanged(second.client.get(), &SignInClient::accountsChanged);
    std::unique_ptr<SignInReply> load(second.client->loadTokenCache());
    QVERIFY(!load->isFinished());
    QVERIFY(ClientUnderTest::waitForFinished(load.get()));
    QCOMPARE(load->error().code(), SignInError::NoError);
    QVERIFY(second.client->isTokenCacheLoaded());
    QCOMPARE(accountsChanged.count(), 1);
    QCOMPARE(second.client->accounts().size(), 1);
    QCOMPARE(second.client->accounts().first().id(), account.id());

    // Loaded: a silent call is a cache hit, with no network at all.
    std::unique_ptr<SignInReply> silent(second.client->acquireTokenSilent(account, {QStringLiteral("email")}));
    QVERIFY(silent->isFinished());
    QCOMPARE(silent->result().source(), TokenSource::Cache);
    QVERIFY(second.network.requests().isEmpty());

    // A second load reads nothing again, and nothing changed to announce.
    std::unique_ptr<SignInReply> again(second.client->loadTokenCache());
    QVERIFY(ClientUnderTest::waitForFinished(again.get()));
    QCOMPARE(accountsChanged.count(), 1);

    // Without a load step: the first accounts() reads the store, empty until
    // it has, and accountsChanged() says when.
    ClientUnderTest third;
    third.client->setTokenStore(new FileTokenStore(path));
    QSignalSpy thirdChanged(third.client.get(), &SignInClient::accountsChanged);
    QVERIFY(third.client->accounts().isEmpty());
    QVERIFY(thirdChanged.wait(5000));
    QCOMPARE(thirdChanged.count(), 1);
    QCOMPARE(third.client->accounts().size(), 1);
    QCOMPARE(third.client->accounts().first().id(), account.id());
}

void tst_ClientAccounts::accountsChangedCountsSignInRefreshAndSignOut()
{
    ClientUnderTest under;
    QSignalSpy accountsChanged(under.client.get(), &SignInClient::accountsChanged);
    std::unique_ptr<SignInReply> signIn(under.signIn(allOpenIdScopes));
    QCOMPARE(accountsChanged.count(), 1);
    SilentOptions forced;
    forced.setForceRefresh(true);
    std::unique_ptr<SignInReply> refresh(under.client->acquireTokenSilent(signIn->result().account(), {}, forced));
    QVERIFY(ClientUnderTest::waitForFinished(refresh.get()));
    QCOMPARE(refresh->result().source(), TokenSource::Refresh);
    QCOMPARE(accountsChanged.count(), 2);
    std::unique_ptr<SignInReply> signOut(under.client->signOut(signIn->result().account()));
    QVERIFY(ClientUnderTest::waitForFinished(signOut.get()));
    QCOMPARE(accountsChanged.count(), 3);
    // A failed sign-in announces nothing.
    under.provider.nextTokenResponses.append(CannedResponse::text(500));
    std::unique_ptr<SignInReply> failed(under.signIn(allOpenIdScopes));
    QCOMPARE(failed->error().code(), SignInError::NetworkError);
    QCOMPARE(accountsChanged.count(), 3);
}

// An invalid Account names nobody: it must not read as "everyone" (as the
// sign-out's own "all accounts" does), which would forget and revoke the
// tokens of whoever is signed in.
void tst_ClientAccounts::signOutOfNoAccountForgetsNobody()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("tokens.json"));
    ClientUnderTest under;
    under.client->setTokenStore(new FileTokenStore(path));
    std::unique_ptr<SignInReply> signIn(under.signIn(allOpenIdScopes));
    QCOMPARE(under.client->accounts().size(), 1);
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray stored = before.readAll();
    under.network.clearRequests();

    std::unique_ptr<SignInReply> signOut(under.client->signOut(Account()));
    QVERIFY(!signOut->isFinished());
    QVERIFY(ClientUnderTest::waitForFinished(signOut.get()));
    QCOMPARE(signOut->error().code(), SignInError::InvalidConfiguration);
    QCOMPARE(under.client->accounts().size(), 1);
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), stored);
    QVERIFY(under.network.requests().isEmpty());
    QVERIFY(under.agent->endSessionUrls().isEmpty());
}

void tst_ClientAccounts::signOutRemovesTheAccountsTokensFromTheStore()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("tokens.json"));
    ClientUnderTest under;
    under.client->setTokenStore(new FileTokenStore(path));
    std::unique_ptr<SignInReply> signIn(under.signIn(allOpenIdScopes));
    const Account account = signIn->result().account();
    QVERIFY(QFileInfo::exists(path));
    under.network.clearRequests();

    std::unique_ptr<SignInReply> signOut(under.client->signOut(account));
    QVERIFY(!signOut->isFinished());
    QVERIFY(ClientUnderTest::waitForFinished(signOut.get()));
    QCOMPARE(signOut->error().code(), SignInError::NoError);
    QVERIFY(!signOut->storeError().isError());
    QVERIFY(under.client->accounts().isEmpty());
    // Nothing is revoked at the provider, and no page is opened.
    QVERIFY(under.network.requests().isEmpty());
    QVERIFY(under.agent->endSessionUrls().isEmpty());

    std::unique_ptr<SignInReply> silent(under.client->acquireTokenSilent(account, {}));
    QVERIFY(ClientUnderTest::waitForFinished(silent.get()));
    QCOMPARE(silent->error().code(), SignInError::InteractionRequired);

    // The store no longer holds them: a new client finds nobody.
    ClientUnderTest next;
    next.client->setTokenStore(new FileTokenStore(path));
    std::unique_ptr<SignInReply> load(next.client->loadTokenCache());
    QVERIFY(ClientUnderTest::waitForFinished(load.get()));
    QVERIFY(next.client->accounts().isEmpty());
}

void tst_ClientAccounts::signOutAllRemovesEveryAccount()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> alice(under.signIn(allOpenIdScopes));
    under.provider.subject = QStringLiteral("bob");
    std::unique_ptr<SignInReply> bob(under.signIn(allOpenIdScopes));
    QCOMPARE(bob->error().code(), SignInError::NoError);
    QCOMPARE(under.client->accounts().size(), 2);
    QSignalSpy accountsChanged(under.client.get(), &SignInClient::accountsChanged);
    std::unique_ptr<SignInReply> signOut(under.client->signOutAll());
    QVERIFY(ClientUnderTest::waitForFinished(signOut.get()));
    QCOMPARE(signOut->error().code(), SignInError::NoError);
    QVERIFY(under.client->accounts().isEmpty());
    QCOMPARE(accountsChanged.count(), 1);
}

void tst_ClientAccounts::signOutWithEndProviderSessionOpensTheEndSessionUrl()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> signIn(under.signIn(allOpenIdScopes));
    SignOutOptions options;
    options.setEndProviderSession(true);
    std::unique_ptr<SignInReply> signOut(under.client->signOut(signIn->result().account(), options));
    QVERIFY(ClientUnderTest::waitForFinished(signOut.get()));
    QCOMPARE(signOut->error().code(), SignInError::NoError);
    QCOMPARE(under.agent->endSessionUrls().size(), 1);
    const QUrl url = under.agent->endSessionUrls().first();
    QCOMPARE(url.adjusted(QUrl::RemoveQuery), under.provider.endSessionEndpoint());
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), under.provider.clientId());
    QCOMPARE(query.queryItemValue(QStringLiteral("id_token_hint")).toLatin1(), signIn->result().idToken().reveal());
    QVERIFY(!query.hasQueryItem(QStringLiteral("post_logout_redirect_uri")));

    // No end_session_endpoint: the agent is still told (with an empty URL).
    ClientUnderTest bare;
    bare.provider.discovery.remove(QStringLiteral("end_session_endpoint"));
    bare.provider.publish();
    std::unique_ptr<SignInReply> bareSignIn(bare.signIn(allOpenIdScopes));
    std::unique_ptr<SignInReply> bareSignOut(bare.client->signOut(bareSignIn->result().account(), options));
    QVERIFY(ClientUnderTest::waitForFinished(bareSignOut.get()));
    QCOMPARE(bareSignOut->error().code(), SignInError::NoError);
    QCOMPARE(bare.agent->endSessionUrls(), QList<QUrl>{QUrl()});
}

namespace {

// A second app (another client id) of the same provider, whose tokens can
// be told apart from the first's. Renamed in the response, they are not
// the provider's to refresh or answer userinfo for: the tests never ask.
std::unique_ptr<ClientUnderTest> otherClient(const QString &storePath)
{
    auto other = std::make_unique<ClientUnderTest>(ClientUnderTest::Configure(), QStringLiteral("other-client"));
    other->provider.adjustTokenResponse = [](QJsonObject &body) {
        for (const QString name : {QStringLiteral("access_token"), QStringLiteral("refresh_token")})
            body.insert(name, QStringLiteral("other-") + body.value(name).toString());
    };
    other->client->setTokenStore(new FileTokenStore(storePath));
    return other;
}

} // namespace

// Two client ids of one provider, one person, one file store: each client
// gets its own access token, ID token and refresh token back, and sees only
// its own account (before, the second sign-in replaced the first client's
// account entry and token, and the first was handed the second's).
void tst_ClientAccounts::twoClientsSharingAStoreSeeOnlyTheirOwn()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("tokens.json"));
    SignInResult mine;
    SignInResult theirs;
    {
        ClientUnderTest first;
        first.client->setTokenStore(new FileTokenStore(path));
        std::unique_ptr<SignInReply> signIn(first.signIn(allOpenIdScopes));
        QCOMPARE(signIn->error().code(), SignInError::NoError);
        mine = signIn->result();
        std::unique_ptr<ClientUnderTest> other = otherClient(path);
        std::unique_ptr<SignInReply> otherSignIn(other->signIn(allOpenIdScopes));
        QCOMPARE(otherSignIn->error().code(), SignInError::NoError);
        QVERIFY(!otherSignIn->storeError().isError());
        theirs = otherSignIn->result();
    }
    QCOMPARE(mine.account().id(), theirs.account().id()); // one person
    QVERIFY(mine.idToken().reveal() != theirs.idToken().reveal());

    ClientUnderTest first;
    first.client->setTokenStore(new FileTokenStore(path));
    std::unique_ptr<ClientUnderTest> other = otherClient(path);
    for (ClientUnderTest *under : {&first, other.get()}) {
        std::unique_ptr<SignInReply> load(under->client->loadTokenCache());
        QVERIFY(ClientUnderTest::waitForFinished(load.get()));
        QCOMPARE(under->client->accounts().size(), 1);
    }
    std::unique_ptr<SignInReply> silent(first.client->acquireTokenSilent(mine.account(), {QStringLiteral("email")}));
    QVERIFY(ClientUnderTest::waitForFinished(silent.get()));
    QCOMPARE(silent->result().source(), TokenSource::Cache);
    QCOMPARE(silent->result().accessToken().reveal(), mine.accessToken().reveal());
    QCOMPARE(silent->result().idToken().reveal(), mine.idToken().reveal());
    QCOMPARE(silent->result().refreshToken().reveal(), mine.refreshToken().reveal());
    std::unique_ptr<SignInReply> otherSilent(other->client->acquireTokenSilent(theirs.account(), {QStringLiteral("email")}));
    QVERIFY(ClientUnderTest::waitForFinished(otherSilent.get()));
    QCOMPARE(otherSilent->result().source(), TokenSource::Cache);
    QCOMPARE(otherSilent->result().accessToken().reveal(), theirs.accessToken().reveal());
    QCOMPARE(otherSilent->result().idToken().reveal(), theirs.idToken().reveal());

    // The session to end is named by this client's own ID token.
    SignOutOptions options;
    options.setEndProviderSession(true);
    std::unique_ptr<SignInReply> signOut(first.client->signOut(mine.account(), options));
    QVERIFY(ClientUnderTest::waitForFinished(signOut.get()));
    QCOMPARE(first.agent->endSessionUrls().size(), 1);
    QCOMPARE(QUrlQuery(first.agent->endSessionUrls().first()).queryItemValue(QStringLiteral("id_token_hint")).toLatin1(),
             mine.idToken().reveal());
}

void tst_ClientAccounts::signOutAllOfOneClientKeepsTheOthers()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("tokens.json"));
    ClientUnderTest first;
    first.client->setTokenStore(new FileTokenStore(path));
    std::unique_ptr<SignInReply> signIn(first.signIn(allOpenIdScopes));
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    std::unique_ptr<ClientUnderTest> other = otherClient(path);
    std::unique_ptr<SignInReply> otherSignIn(other->signIn(allOpenIdScopes));
    QCOMPARE(otherSignIn->error().code(), SignInError::NoError);

    std::unique_ptr<SignInReply> signOut(first.client->signOutAll());
    QVERIFY(ClientUnderTest::waitForFinished(signOut.get()));
    QCOMPARE(signOut->error().code(), SignInError::NoError);
    QVERIFY(!signOut->storeError().isError());
    QVERIFY(first.client->accounts().isEmpty());

    // What the other client finds in the store on its next start.
    std::unique_ptr<ClientUnderTest> again = otherClient(path);
    std::unique_ptr<SignInReply> load(again->client->loadTokenCache());
    QVERIFY(ClientUnderTest::waitForFinished(load.get()));
    QCOMPARE(again->client->accounts().size(), 1);
    const Account account = otherSignIn->result().account();
    std::unique_ptr<SignInReply> silent(again->client->acquireTokenSilent(account, {QStringLiteral("email")}));
    QVERIFY(ClientUnderTest::waitForFinished(silent.get()));
    QCOMPARE(silent->error().code(), SignInError::NoError);
    QCOMPARE(silent->result().source(), TokenSource::Cache);
    QCOMPARE(silent->result().refreshToken().reveal(), otherSignIn->result().refreshToken().reveal());
}

QTEST_GUILESS_MAIN(tst_ClientAccounts)
#include "tst_client_accounts.moc"
