// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "Account_p.h"
#include "cache/TokenCache.h"
#include "cache/TokenCacheSerializer.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

const QString authority = QStringLiteral("https://login.example.com/t1/v2.0");
const QString issuer = QStringLiteral("https://login.example.com/t1/v2.0");
const QString clientId = QStringLiteral("client");
const QDateTime now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);

TokenCache::Owner owner(const QString &accountId = QStringLiteral("u1.t1"))
{
    return TokenCache::Owner{authority, issuer, accountId, clientId};
}

TokenCache::AccountEntry account(const QString &oid = QStringLiteral("u1"), const QString &iss = issuer,
                                 const QString &signedInAt = authority, const QString &client = clientId)
{
    TokenCache::AccountEntry entry;
    entry.idTokenClaims = QJsonObject{{QStringLiteral("iss"), iss},
                                      {QStringLiteral("aud"), client},
                                      {QStringLiteral("sub"), QStringLiteral("s-") + oid},
                                      {QStringLiteral("oid"), oid},
                                      {QStringLiteral("tid"), QStringLiteral("t1")},
                                      {QStringLiteral("preferred_username"), oid + QStringLiteral("@example.com")}};
    entry.account = Account::fromIdTokenClaims(entry.idTokenClaims);
    entry.owner = TokenCache::ownerOf(signedInAt, client, entry.account);
    entry.idToken = Secret(QByteArray("header.claims.signature"));
    return entry;
}

TokenCache::AccessTokenEntry accessToken(const QStringList &scopes, qint64 expiresIn,
                                         const QByteArray &token = "at")
{
    TokenCache::AccessTokenEntry entry;
    entry.owner = owner();
    entry.scopes = scopes;
    entry.token = Secret(token);
    entry.tokenType = QStringLiteral("Bearer");
    entry.expiresOn = now.addSecs(expiresIn);
    return entry;
}

// A plain OAuth 2.0 provider's account, filed under its authority.
const QString githubAuthority = QStringLiteral("https://github.com");

TokenCache::AccountEntry profileAccount()
{
    TokenCache::AccountEntry entry;
    entry.account = AccountData::fromProfile(QStringLiteral("583231"), QStringLiteral("octocat"),
                                             QStringLiteral("The Octocat"), githubAuthority);
    entry.owner = TokenCache::ownerOf(githubAuthority, clientId, entry.account);
    return entry;
}

} // namespace

class tst_TokenCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsATokenCoveringTheScopes()
    {
        TokenCache cache;
        cache.store(account());
        cache.store(accessToken({QStringLiteral("profile"), QStringLiteral("api.read")}, 3600));
        const auto margin = std::chrono::seconds(300);
        QVERIFY(cache.findAccessToken(owner(), {QStringLiteral("api.read")}, now, margin));
        QVERIFY(!cache.findAccessToken(owner(), {QStringLiteral("api.write")}, now, margin));
        QVERIFY(!cache.findAccessToken(owner(QStringLiteral("u2.t1")), {QStringLiteral("api.read")}, now, margin));
        QVERIFY(!cache.findAccessToken(TokenCache::Owner{QStringLiteral("https://other"), issuer, QStringLiteral("u1.t1"), clientId},
                                       {QStringLiteral("api.read")}, now, margin));
        QVERIFY(!cache.findAccessToken(TokenCache::Owner{authority, QStringLiteral("https://other"), QStringLiteral("u1.t1"), clientId},
                                       {QStringLiteral("api.read")}, now, margin));
    }

    void tokensAboutToExpireAreNotServed()
    {
        TokenCache cache;
        cache.store(account());
        cache.store(accessToken({QStringLiteral("api.read")}, 299));
        QVERIFY(!cache.findAccessToken(owner(), {QStringLiteral("api.read")}, now, std::chrono::seconds(300)));
        QVERIFY(cache.findAccessToken(owner(), {QStringLiteral("api.read")}, now, std::chrono::seconds(60)));
    }

    void aNewTokenReplacesOverlappingOnes()
    {
        TokenCache cache;
        cache.store(account());
        cache.store(accessToken({QStringLiteral("api.read"), QStringLiteral("profile")}, 3600, "old"));
        cache.store(accessToken({QStringLiteral("email")}, 3600, "other"));
        cache.store(accessToken({QStringLiteral("api.read")}, 3600, "new"));
        QCOMPARE(cache.accessTokens().size(), 2);
        QCOMPARE(cache.findAccessToken(owner(), {QStringLiteral("api.read")}, now,
                                       std::chrono::seconds(0))->token.reveal(), QByteArray("new"));
    }

    void removingAnAccountRemovesItsTokens()
    {
        TokenCache cache;
        cache.store(account());
        cache.store(account(QStringLiteral("u2")));
        cache.store(accessToken({QStringLiteral("api.read")}, 3600));
        cache.store(TokenCache::RefreshTokenEntry{owner(), Secret(QByteArray("rt"))});
        QVERIFY(cache.remove(owner()));
        QCOMPARE(cache.accounts().size(), 1);
        QVERIFY(cache.accessTokens().isEmpty());
        QVERIFY(cache.refreshTokens().isEmpty());
        QVERIFY(!cache.remove(owner()));
    }

    void roundTripsThroughJson()
    {
        TokenCache cache;
        cache.store(account());
        cache.store(accessToken({QStringLiteral("profile"), QStringLiteral("api.read")}, 3600));
        cache.store(TokenCache::RefreshTokenEntry{owner(), Secret(QByteArray("rt"))});
        const QByteArray json = TokenCacheSerializer::serialize(cache);
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QLatin1String("schema")).toInt(), 3);
        TokenCache read;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(json, &read, &warnings), TokenCacheSerializer::ReadResult::Read);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(TokenCacheSerializer::serialize(read), json);
        QCOMPARE(read.findAccount(owner())->account.username(), QStringLiteral("u1@example.com"));
        QCOMPARE(read.findRefreshToken(owner())->token.reveal(), QByteArray("rt"));
        QCOMPARE(read.accessTokens().constFirst().expiresOn, now.addSecs(3600));
    }

    void profileAccountRoundTripsThroughJson()
    {
        TokenCache cache;
        const TokenCache::AccountEntry entry = profileAccount();
        QVERIFY(cache.store(entry));
        TokenCache::AccessTokenEntry token{entry.owner, {QStringLiteral("read:user")}, Secret(QByteArray("gho_x")),
                                           QStringLiteral("bearer"), QDateTime(), true};
        QVERIFY(cache.store(token));
        const QByteArray json = TokenCacheSerializer::serialize(cache);
        TokenCache read;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(json, &read, &warnings), TokenCacheSerializer::ReadResult::Read);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(TokenCacheSerializer::serialize(read), json);
        const TokenCache::AccountEntry *account = read.findAccount(entry.owner);
        QVERIFY(account);
        QCOMPARE(account->account.identityVerification(), Account::IdentityVerification::ProfileEndpoint);
        QCOMPARE(account->account.id(), QStringLiteral("583231"));
        QCOMPARE(account->account.username(), QStringLiteral("octocat"));
        QCOMPARE(account->account.displayName(), QStringLiteral("The Octocat"));
        QCOMPARE(account->account.issuer(), githubAuthority);
        // A token that does not expire is served however long it must last.
        QVERIFY(read.findAccessToken(entry.owner, {QStringLiteral("read:user")}, now, std::chrono::hours(24 * 365)));
    }

    // Without never_expires an unknown expiry is not trusted, as before.
    void tokenOfUnknownExpiryIsNotServed()
    {
        TokenCache cache;
        const TokenCache::AccountEntry entry = profileAccount();
        QVERIFY(cache.store(entry));
        QVERIFY(cache.store(TokenCache::AccessTokenEntry{entry.owner, {QStringLiteral("read:user")},
                                                         Secret(QByteArray("gho_x")), QStringLiteral("bearer"),
                                                         QDateTime(), false}));
        QVERIFY(!cache.findAccessToken(entry.owner, {QStringLiteral("read:user")}, now, std::chrono::seconds(0)));
    }

    // An ID token beside a profile account is nothing the account rests on,
    // and nothing that may be handed out as if it were.
    void profileAccountWithIdTokenClaimsIsRefused()
    {
        TokenCache cache;
        TokenCache::AccountEntry entry = profileAccount();
        entry.idTokenClaims = QJsonObject{{QStringLiteral("aud"), clientId}};
        QVERIFY(!cache.store(entry));
        entry = profileAccount();
        entry.idToken = Secret(QByteArray("header.claims.signature"));
        QVERIFY(!cache.store(entry));
    }

    // A cache of OpenID Connect accounts is written as before: readers of
    // earlier versions find nothing new in it.
    void openIdConnectEntriesAreWrittenAsBefore()
    {
        TokenCache cache;
        cache.store(account());
        cache.store(accessToken({QStringLiteral("api.read")}, 3600));
        const QJsonObject document = QJsonDocument::fromJson(TokenCacheSerializer::serialize(cache)).object();
        const QJsonObject accountObject = document.value(QLatin1String("accounts")).toArray().first().toObject();
        QVERIFY(!accountObject.contains(QLatin1String("profile_account")));
        QVERIFY(!document.value(QLatin1String("access_tokens")).toArray().first().toObject().contains(
                QLatin1String("never_expires")));
        TokenCache read;
        QStringList warnings;
        TokenCacheSerializer::deserialize(TokenCacheSerializer::serialize(cache), &read, &warnings);
        QCOMPARE(read.findAccount(owner())->account.identityVerification(),
                 Account::IdentityVerification::SignedIdToken);
    }

    void profileAccountFiledUnderAnotherIssuerIsSkipped()
    {
        TokenCache cache;
        QVERIFY(cache.store(profileAccount()));
        QJsonObject document = QJsonDocument::fromJson(TokenCacheSerializer::serialize(cache)).object();
        QJsonArray accounts = document.value(QLatin1String("accounts")).toArray();
        QJsonObject tampered = accounts.first().toObject();
        QJsonObject profile = tampered.value(QLatin1String("profile_account")).toObject();
        profile.insert(QStringLiteral("issuer"), QStringLiteral("https://evil.example"));
        tampered.insert(QStringLiteral("profile_account"), profile);
        accounts.replace(0, tampered);
        document.insert(QStringLiteral("accounts"), accounts);
        TokenCache read;
        QStringList warnings;
        TokenCacheSerializer::deserialize(QJsonDocument(document).toJson(), &read, &warnings);
        QVERIFY(read.accounts().isEmpty());
        QCOMPARE(warnings.size(), 1);
    }

    void refusesWhatIsNotACache_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TokenCacheSerializer::ReadResult>("result");
        QTest::newRow("empty") << QByteArray() << TokenCacheSerializer::ReadResult::NotACache;
        QTest::newRow("garbage") << QByteArray("\x00\x01password", 10) << TokenCacheSerializer::ReadResult::NotACache;
        QTest::newRow("another app's json") << QByteArray("{\"token\":\"x\"}") << TokenCacheSerializer::ReadResult::NotACache;
        QTest::newRow("array") << QByteArray("[1]") << TokenCacheSerializer::ReadResult::NotACache;
        QTest::newRow("schema 0") << QByteArray("{\"schema\":0}") << TokenCacheSerializer::ReadResult::NotACache;
        QTest::newRow("newer schema") << QByteArray("{\"schema\":5,\"whatever\":[]}") << TokenCacheSerializer::ReadResult::NewerSchema;
        QTest::newRow("between schemas") << QByteArray("{\"schema\":1.5}") << TokenCacheSerializer::ReadResult::NotACache;
    }

    void refusesWhatIsNotACache()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TokenCacheSerializer::ReadResult, result);
        TokenCache cache;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(bytes, &cache, &warnings), result);
        QVERIFY(cache.isEmpty());
    }

    void skipsMalformedEntriesAndKeepsTheRest()
    {
        const QByteArray json = "{\"schema\":3, \"accounts\":[{\"id\":\"u1.t1\",\"authority\":\"a\",\"issuer\":\"i\",\"client_id\":\"c\",\"id_token\":\"x\", \"id_token_claims\":{\"iss\":\"i\",\"sub\":\"s\",\"oid\":\"u1\",\"tid\":\"t1\",\"aud\":\"c\"}}, {\"id\":\"forged\",\"authority\":\"a\",\"issuer\":\"i\",\"client_id\":\"c\",\"id_token_claims\":{\"iss\":\"i\",\"sub\":\"s2\",\"aud\":\"c\"}}, 42], \"access_tokens\":[{\"account_id\":\"u1.t1\",\"authority\":\"a\",\"issuer\":\"i\",\"client_id\":\"c\",\"scopes\":[\"x\"],\"token\":\"at\",\"expires_on\":1}, {\"account_id\":\"nobody\",\"authority\":\"a\",\"issuer\":\"i\",\"client_id\":\"c\",\"token\":\"at\"}], \"refresh_tokens\":[{\"account_id\":\"u1.t1\",\"authority\":\"a\",\"issuer\":\"i\",\"client_id\":\"c\"}]}";
        TokenCache cache;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(json, &cache, &warnings), TokenCacheSerializer::ReadResult::Read);
        QCOMPARE(cache.accounts().size(), 1);
        QCOMPARE(cache.accessTokens().size(), 1);
        QVERIFY(cache.refreshTokens().isEmpty());
        QCOMPARE(warnings.size(), 4);
    }

    // The defect of 0.1: one client id registered at two providers shared
    // one cache, and provider B was sent provider A's refresh token.
    void anotherProvidersItemsAreNeverFound()
    {
        const QString otherAuthority = QStringLiteral("https://evil.example.net/");
        TokenCache cache;
        cache.store(account());
        cache.store(accessToken({QStringLiteral("api.read")}, 3600));
        cache.store(TokenCache::RefreshTokenEntry{owner(), Secret(QByteArray("rt"))});
        // The same `sub` at another issuer is another person.
        const TokenCache::Owner elsewhere{otherAuthority, otherAuthority, QStringLiteral("u1.t1"), clientId};
        QVERIFY(!cache.findAccount(elsewhere));
        QVERIFY(!cache.findRefreshToken(elsewhere));
        QVERIFY(!cache.findAccessToken(elsewhere, {QStringLiteral("api.read")}, now, std::chrono::seconds(0)));
        // Through the same authority, an issuer the account does not name finds nothing either.
        const TokenCache::Owner otherIssuer{authority, otherAuthority, QStringLiteral("u1.t1"), clientId};
        QVERIFY(!cache.findRefreshToken(otherIssuer));
        QVERIFY(cache.accountsOf(otherAuthority, clientId, Account::IdentityVerification::SignedIdToken).isEmpty());
        QCOMPARE(cache.accountsOf(authority, clientId, Account::IdentityVerification::SignedIdToken).size(), 1);
        // A plain OAuth 2.0 configuration given the same authority sees none of them.
        QVERIFY(cache.accountsOf(authority, clientId, Account::IdentityVerification::ProfileEndpoint).isEmpty());
    }

    void oneStoreHoldsTwoProvidersApart()
    {
        const QString otherAuthority = QStringLiteral("https://idp.example.org/");
        TokenCache cache;
        cache.store(account());
        cache.store(account(QStringLiteral("u1"), otherAuthority, otherAuthority));
        QCOMPARE(cache.accounts().size(), 2);
        const TokenCache::Owner there{otherAuthority, otherAuthority, QStringLiteral("u1.t1"), clientId};
        cache.store(TokenCache::RefreshTokenEntry{owner(), Secret(QByteArray("rt-here"))});
        cache.store(TokenCache::RefreshTokenEntry{there, Secret(QByteArray("rt-there"))});
        QCOMPARE(cache.findRefreshToken(owner())->token.reveal(), QByteArray("rt-here"));
        QCOMPARE(cache.findRefreshToken(there)->token.reveal(), QByteArray("rt-there"));
        QVERIFY(cache.removeClient(otherAuthority, clientId));
        QCOMPARE(cache.accounts().size(), 1);
        QCOMPARE(cache.refreshTokens().size(), 1);
        QVERIFY(cache.findRefreshToken(owner()));
    }

    void unboundEntriesAreRefused()
    {
        TokenCache cache;
        TokenCache::AccountEntry noIssuer = account(QStringLiteral("u1"), QString());
        QVERIFY(!cache.store(noIssuer));
        // An account filed under an issuer its claims do not name.
        TokenCache::AccountEntry misfiled = account();
        misfiled.owner.issuer = QStringLiteral("https://other/");
        QVERIFY(!cache.store(misfiled));
        QVERIFY(!cache.store(TokenCache::RefreshTokenEntry{TokenCache::Owner{authority, QString(), QStringLiteral("u1.t1"), clientId},
                                                           Secret(QByteArray("rt"))}));
        QVERIFY(cache.isEmpty());
    }

    // A cache QtSignIn 0.1 wrote: items keyed by account id alone.
    void schema1EntriesAreBoundToTheirIssuer()
    {
        const QByteArray json = "{\"schema\":1,"
            "\"accounts\":[{\"id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\",\"id_token\":\"x\","
            " \"id_token_claims\":{\"iss\":\"https://login.example.com/t1/v2.0\",\"sub\":\"s\",\"oid\":\"u1\",\"tid\":\"t1\",\"aud\":\"client\"}},"
            " {\"id\":\"nobody\",\"authority\":\"a\",\"id_token_claims\":{\"sub\":\"nobody\"}}],"
            "\"access_tokens\":[{\"account_id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\",\"scopes\":[\"x\"],\"token\":\"at\",\"expires_on\":1}],"
            "\"refresh_tokens\":[{\"account_id\":\"u1.t1\",\"client_id\":\"client\",\"token\":\"rt\"}]}";
        TokenCache cache;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(json, &cache, &warnings), TokenCacheSerializer::ReadResult::Read);
        QCOMPARE(cache.accounts().size(), 1); // the one without an issuer cannot be bound
        QVERIFY(cache.findAccount(owner()));
        QCOMPARE(cache.findRefreshToken(owner())->token.reveal(), QByteArray("rt"));
        QCOMPARE(cache.accessTokens().size(), 1);
        QCOMPARE(cache.accessTokens().constFirst().owner, owner());
        // Written back in the current schema, bound.
        QCOMPARE(QJsonDocument::fromJson(TokenCacheSerializer::serialize(cache)).object()
                         .value(QLatin1String("schema")).toInt(), TokenCacheSerializer::schemaVersion);
    }

    // In 0.1 a sign-in at a second provider with the same `sub` replaced the
    // account entry but could leave the first provider's refresh token:
    // whose it is cannot be known, so it is never used.
    void schema1RefreshTokenOfUncertainOriginIsDropped()
    {
        const QByteArray json = "{\"schema\":1,"
            "\"accounts\":[{\"id\":\"s\",\"authority\":\"https://b.example/\",\"id_token\":\"x\","
            " \"id_token_claims\":{\"iss\":\"https://b.example/\",\"sub\":\"s\",\"aud\":\"client\"}}],"
            "\"access_tokens\":[{\"account_id\":\"s\",\"authority\":\"https://a.example/\",\"scopes\":[\"x\"],\"token\":\"at-a\",\"expires_on\":1},"
            " {\"account_id\":\"s\",\"authority\":\"https://b.example/\",\"scopes\":[\"y\"],\"token\":\"at-b\",\"expires_on\":1}],"
            "\"refresh_tokens\":[{\"account_id\":\"s\",\"client_id\":\"client\",\"token\":\"rt-a-or-b\"}]}";
        TokenCache cache;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(json, &cache, &warnings), TokenCacheSerializer::ReadResult::Read);
        QCOMPARE(cache.accounts().size(), 1);
        QVERIFY(cache.refreshTokens().isEmpty());
        QCOMPARE(cache.accessTokens().size(), 1);
        QCOMPARE(cache.accessTokens().constFirst().token.reveal(), QByteArray("at-b"));
        QCOMPARE(warnings.size(), 2);
    }
    // Two client ids of one provider sharing a store (one file store for two
    // apps, say): each sees its own tokens and account entry, and nothing of
    // the other's; the ID token of one is never the other's id_token_hint.
    void twoClientsOfOneProviderAreKeptApart()
    {
        const QString otherClient = QStringLiteral("other-client");
        TokenCache::Owner theirs = owner();
        theirs.clientId = otherClient;
        TokenCache cache;
        TokenCache::AccountEntry mine = account();
        mine.idToken = Secret(QByteArray("mine.id.token"));
        TokenCache::AccountEntry other = account(QStringLiteral("u1"), issuer, authority, otherClient);
        other.idToken = Secret(QByteArray("theirs.id.token"));
        QVERIFY(cache.store(mine));
        QVERIFY(cache.store(other));
        QVERIFY(cache.store(accessToken({QStringLiteral("api.read")}, 3600, "at-mine")));
        QVERIFY(cache.store(TokenCache::RefreshTokenEntry{owner(), Secret(QByteArray("rt-mine"))}));
        QVERIFY(cache.store(TokenCache::RefreshTokenEntry{theirs, Secret(QByteArray("rt-theirs"))}));
        QCOMPARE(cache.accounts().size(), 2);

        const auto margin = std::chrono::seconds(0);
        QVERIFY(!cache.findAccessToken(theirs, {QStringLiteral("api.read")}, now, margin));
        QCOMPARE(cache.findAccessToken(owner(), {QStringLiteral("api.read")}, now, margin)->token.reveal(),
                 QByteArray("at-mine"));
        QCOMPARE(cache.findAccount(owner())->idToken.reveal(), QByteArray("mine.id.token"));
        QCOMPARE(cache.findAccount(theirs)->idToken.reveal(), QByteArray("theirs.id.token"));
        QCOMPARE(cache.findRefreshToken(owner())->token.reveal(), QByteArray("rt-mine"));
        QCOMPARE(cache.findRefreshToken(theirs)->token.reveal(), QByteArray("rt-theirs"));
        const QList<TokenCache::AccountEntry> accounts = cache.accountsOf(authority, clientId, Account::IdentityVerification::SignedIdToken);
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.constFirst().idToken.reveal(), QByteArray("mine.id.token"));

        // Signing one client out of everything leaves the other's alone.
        QVERIFY(cache.removeClient(authority, clientId));
        QVERIFY(!cache.findAccount(owner()));
        QVERIFY(!cache.findRefreshToken(owner()));
        QVERIFY(cache.accessTokens().isEmpty());
        const TokenCache::RefreshTokenEntry *kept = cache.findRefreshToken(theirs);
        QVERIFY(kept);
        QCOMPARE(kept->token.reveal(), QByteArray("rt-theirs"));
        QCOMPARE(cache.accountsOf(authority, otherClient, Account::IdentityVerification::SignedIdToken).size(), 1);
    }

    // The account's ID token is the evidence of whose it is: an entry filed
    // under a client the token was not issued to is refused.
    void anAccountIsFiledOnlyUnderTheClientItsIdTokenNames()
    {
        TokenCache cache;
        TokenCache::AccountEntry misfiled = account();
        misfiled.owner.clientId = QStringLiteral("other-client");
        QVERIFY(!cache.store(misfiled));
        // azp names the one client among several audiences.
        TokenCache::AccountEntry authorized = account();
        authorized.idTokenClaims.insert(QStringLiteral("aud"), QJsonArray{QStringLiteral("api"), clientId});
        authorized.idTokenClaims.insert(QStringLiteral("azp"), clientId);
        QVERIFY(cache.store(authorized));
        TokenCache::AccountEntry forApi = authorized;
        forApi.owner.clientId = QStringLiteral("api");
        QVERIFY(!cache.store(forApi));
        // Several audiences and no azp: whose it is cannot be known.
        TokenCache::AccountEntry unknown = account(QStringLiteral("u2"));
        unknown.idTokenClaims.insert(QStringLiteral("aud"), QJsonArray{QStringLiteral("api"), clientId});
        QVERIFY(!cache.store(unknown));
        QCOMPARE(cache.accounts().size(), 1);
    }

    // A cache QtSignIn 0.2 wrote for one client, the common case: every
    // session survives the upgrade, bound to the client.
    void schema2EntriesAreBoundToTheirClient()
    {
        const QByteArray json = "{\"schema\":2,"
            "\"accounts\":[{\"id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\","
            " \"issuer\":\"https://login.example.com/t1/v2.0\",\"id_token\":\"x\",\"openid_scopes\":[\"profile\"],"
            " \"id_token_claims\":{\"iss\":\"https://login.example.com/t1/v2.0\",\"aud\":\"client\",\"sub\":\"s\",\"oid\":\"u1\",\"tid\":\"t1\"}}],"
            "\"access_tokens\":[{\"account_id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\","
            " \"issuer\":\"https://login.example.com/t1/v2.0\",\"scopes\":[\"api.read\"],\"token\":\"at\",\"expires_on\":1900000000}],"
            "\"refresh_tokens\":[{\"account_id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\","
            " \"issuer\":\"https://login.example.com/t1/v2.0\",\"client_id\":\"client\",\"token\":\"rt\"}]}";
        TokenCache cache;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(json, &cache, &warnings), TokenCacheSerializer::ReadResult::Read);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(cache.findAccount(owner())->openIdScopes, QStringList{QStringLiteral("profile")});
        QCOMPARE(cache.findRefreshToken(owner())->token.reveal(), QByteArray("rt"));
        QCOMPARE(cache.findAccessToken(owner(), {QStringLiteral("api.read")}, now, std::chrono::seconds(0))->token.reveal(),
                 QByteArray("at"));
        // Written back in the current schema, every entry naming its client.
        const QJsonObject written = QJsonDocument::fromJson(TokenCacheSerializer::serialize(cache)).object();
        QCOMPARE(written.value(QLatin1String("schema")).toInt(), TokenCacheSerializer::schemaVersion);
        for (const char *entries : {"accounts", "access_tokens", "refresh_tokens"}) {
            const QJsonArray array = written.value(QLatin1String(entries)).toArray();
            QCOMPARE(array.size(), 1);
            QCOMPARE(array.first().toObject().value(QLatin1String("client_id")).toString(), clientId);
        }
    }

    // 0.2 with two clients sharing a store: the account entry is the last
    // sign-in's (client b), both clients' refresh tokens are there, and the
    // access tokens named no client. Only what is certainly b's stays b's;
    // a's refresh token has no account of a's to go with and is dropped, and
    // the access tokens, which either may have got, are dropped too (b gets
    // new ones with its refresh token).
    void schema2ItemsOfTwoClientsAreBoundOnlyWhereCertain()
    {
        const QByteArray json = "{\"schema\":2,"
            "\"accounts\":[{\"id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\","
            " \"issuer\":\"https://login.example.com/t1/v2.0\",\"id_token\":\"id-b\","
            " \"id_token_claims\":{\"iss\":\"https://login.example.com/t1/v2.0\",\"aud\":[\"b\"],\"sub\":\"s\",\"oid\":\"u1\",\"tid\":\"t1\"}}],"
            "\"access_tokens\":[{\"account_id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\","
            " \"issuer\":\"https://login.example.com/t1/v2.0\",\"scopes\":[\"api.read\"],\"token\":\"at-a-or-b\",\"expires_on\":1900000000}],"
            "\"refresh_tokens\":[{\"account_id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\","
            " \"issuer\":\"https://login.example.com/t1/v2.0\",\"client_id\":\"a\",\"token\":\"rt-a\"},"
            " {\"account_id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\","
            " \"issuer\":\"https://login.example.com/t1/v2.0\",\"client_id\":\"b\",\"token\":\"rt-b\"}]}";
        TokenCache cache;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(json, &cache, &warnings), TokenCacheSerializer::ReadResult::Read);
        TokenCache::Owner a = owner();
        a.clientId = QStringLiteral("a");
        TokenCache::Owner b = owner();
        b.clientId = QStringLiteral("b");
        QCOMPARE(cache.accounts().size(), 1);
        QCOMPARE(cache.findAccount(b)->idToken.reveal(), QByteArray("id-b"));
        QVERIFY(!cache.findAccount(a));
        QCOMPARE(cache.refreshTokens().size(), 1);
        QCOMPARE(cache.findRefreshToken(b)->token.reveal(), QByteArray("rt-b"));
        QVERIFY(cache.accessTokens().isEmpty());
        QCOMPARE(warnings.size(), 2);
    }

    // An ID token with several audiences and no azp never passed validation;
    // with azp, azp names the client.
    void schema2AccountsAreBoundByAzpOrASingleAudience()
    {
        const QByteArray json = "{\"schema\":2,"
            "\"accounts\":[{\"id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\","
            " \"issuer\":\"https://login.example.com/t1/v2.0\",\"id_token\":\"x\",\"id_token_claims\":"
            " {\"iss\":\"https://login.example.com/t1/v2.0\",\"aud\":[\"api\",\"client\"],\"azp\":\"client\",\"sub\":\"s\",\"oid\":\"u1\",\"tid\":\"t1\"}},"
            " {\"id\":\"u2.t1\",\"authority\":\"https://login.example.com/t1/v2.0\","
            " \"issuer\":\"https://login.example.com/t1/v2.0\",\"id_token\":\"y\",\"id_token_claims\":"
            " {\"iss\":\"https://login.example.com/t1/v2.0\",\"aud\":[\"api\",\"client\"],\"sub\":\"s2\",\"oid\":\"u2\",\"tid\":\"t1\"}}],"
            "\"access_tokens\":[{\"account_id\":\"u2.t1\",\"authority\":\"https://login.example.com/t1/v2.0\","
            " \"issuer\":\"https://login.example.com/t1/v2.0\",\"scopes\":[\"api.read\"],\"token\":\"at\",\"expires_on\":1900000000}],"
            "\"refresh_tokens\":[{\"account_id\":\"u2.t1\",\"authority\":\"https://login.example.com/t1/v2.0\","
            " \"issuer\":\"https://login.example.com/t1/v2.0\",\"client_id\":\"client\",\"token\":\"rt\"}]}";
        TokenCache cache;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(json, &cache, &warnings), TokenCacheSerializer::ReadResult::Read);
        QCOMPARE(cache.accounts().size(), 1);
        QVERIFY(cache.findAccount(owner()));
        QVERIFY(!cache.findAccount(owner(QStringLiteral("u2.t1"))));
        QVERIFY(cache.refreshTokens().isEmpty());
        QVERIFY(cache.accessTokens().isEmpty());
        QVERIFY2(warnings.first().contains(QLatin1String("client")), qPrintable(warnings.first()));
        QCOMPARE(warnings.size(), 3);
    }

    // 0.1 with two clients: the account entry names client b, and a refresh
    // token of client a is left over; neither it nor the access token goes to b.
    void schema1ItemsOfAnotherClientAreDropped()
    {
        const QByteArray json = "{\"schema\":1,"
            "\"accounts\":[{\"id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\",\"id_token\":\"x\","
            " \"id_token_claims\":{\"iss\":\"https://login.example.com/t1/v2.0\",\"aud\":\"b\",\"sub\":\"s\",\"oid\":\"u1\",\"tid\":\"t1\"}}],"
            "\"access_tokens\":[{\"account_id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\",\"scopes\":[\"x\"],\"token\":\"at\",\"expires_on\":1}],"
            "\"refresh_tokens\":[{\"account_id\":\"u1.t1\",\"client_id\":\"a\",\"token\":\"rt-a\"}]}";
        TokenCache cache;
        QStringList warnings;
        QCOMPARE(TokenCacheSerializer::deserialize(json, &cache, &warnings), TokenCacheSerializer::ReadResult::Read);
        TokenCache::Owner b = owner();
        b.clientId = QStringLiteral("b");
        QVERIFY(cache.findAccount(b));
        QVERIFY(cache.refreshTokens().isEmpty());
        QVERIFY(cache.accessTokens().isEmpty());
        QCOMPARE(warnings.size(), 2);
    }
};

QTEST_APPLESS_MAIN(tst_TokenCache)
#include "tst_tokencache.moc"
