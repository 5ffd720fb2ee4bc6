// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// PersistedTokenCache: the store is read once, changes are written only when
// they change something, nothing is written over what could not be read or
// was written by a newer QtSignIn, and a section without the lock says so.
// The store here is a stand-in that counts and can fail on request.
#include "cache/LegacyStoreMigration.h"
#include "cache/PersistedTokenCache.h"
#include "cache/TokenCacheSerializer.h"
#include "cache/TokenStoreLock.h"

#include <QtSignIn/TokenStore.h>

#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLockFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimer>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

class StandInStore : public TokenStore
{
public:
    explicit StandInStore(const QString &identity = QString()) : m_identity(identity) {}

    QString sharedIdentity() const override { return m_identity; }
    Kind kind() const override { return Kind::Custom; }

    QByteArray document;
    bool failReads = false;
    int reads = 0;
    int writes = 0;
    // How long each call takes; calls that overlap are counted.
    std::chrono::milliseconds answerDelay{0};
    int callsUnderWay = 0;
    int mostCallsAtOnce = 0;

protected:
    void startRead(TokenStoreJob *job) override
    {
        ++reads;
        begin();
        const SignInError error = failReads ? SignInError(SignInError::KeychainUnavailable, QStringLiteral("locked"))
                                            : SignInError();
        QTimer::singleShot(answerDelay, this, [this, job, error] {
            --callsUnderWay;
            finishRead(job, document, error);
        });
    }
    void startWrite(TokenStoreJob *job, const QByteArray &written) override
    {
        ++writes;
        begin();
        document = written;
        QTimer::singleShot(answerDelay, this, [this, job] {
            --callsUnderWay;
            finishWrite(job, SignInError());
        });
    }
    void startClear(TokenStoreJob *job) override { startWrite(job, QByteArray()); }

private:
    void begin() { mostCallsAtOnce = qMax(mostCallsAtOnce, ++callsUnderWay); }

    QString m_identity;
};

const TokenCache::Owner owner{QStringLiteral("https://login.example.com/t1/v2.0"),
                              QStringLiteral("https://login.example.com/t1/v2.0"), QStringLiteral("u1.t1"),
                              QStringLiteral("client")};

// A signed-in account and its refresh token, as a sign-in stores them.
void signIn(TokenCache &tokens, const QByteArray &token)
{
    TokenCache::AccountEntry account;
    account.idTokenClaims = QJsonObject{{QStringLiteral("iss"), QStringLiteral("https://login.example.com/t1/v2.0")},
                                        {QStringLiteral("sub"), QStringLiteral("s1")},
                                        {QStringLiteral("oid"), QStringLiteral("u1")},
                                        {QStringLiteral("tid"), QStringLiteral("t1")},
                                        {QStringLiteral("aud"), QStringLiteral("client")}};
    account.account = Account::fromIdTokenClaims(account.idTokenClaims);
    account.owner = TokenCache::ownerOf(QStringLiteral("https://login.example.com/t1/v2.0"), QStringLiteral("client"),
                                        account.account);
    account.idToken = Secret(QByteArray("header.claims.signature"));
    tokens.store(account);
    tokens.store(TokenCache::RefreshTokenEntry{account.owner, Secret(token)});
}

// Runs one section with `change` and returns what entering and leaving said.
struct SectionOutcome
{
    SignInError entered;
    SignInError left;
    bool exclusive = false;
};

SectionOutcome runSection(PersistedTokenCache &cache, const PersistedTokenCache::Change &change)
{
    SectionOutcome outcome;
    bool done = false;
    QObject context;
    cache.enter(&context, [&](const SignInError &error) {
        outcome.entered = error;
        outcome.exclusive = cache.isSectionExclusive();
        cache.leave(change, [&](const SignInError &error) {
            outcome.left = error;
            done = true;
        });
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        outcome.left = SignInError(SignInError::TimedOut, QStringLiteral("the section never ended"));
    return outcome;
}

} // namespace

class tst_PersistedTokenCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void readsTheStoreOncePerProcess();
    void writesOnlyWhatChanged();
    void neverWritesOverWhatItCouldNotRead();
    void leavesANewerSchemaAlone();
    void signingOutOfANewerSchemaSaysNothingWasRemoved();
    void aSectionWithoutTheLockIsNotExclusive();
    void refusesAnotherStoreWhileInUse();
    void theStoreSeesOneCallAtATime();
    void movesThisProvidersTokensFromTheLegacyStore();
    void leavesTheLegacyStoreAloneOnceTheStoreHasTokens();
    void movesTheItemNamedAfterTheDisplayedNameWhole();
    void fallsBackToTheSharedItemWhenTheNamedOneIsEmpty();
    void signOutRemovesWhatEveryEarlierItemStillHolds();
    void signOutRemovesWhatTheLegacyStoreStillHolds();
};

void tst_PersistedTokenCache::readsTheStoreOncePerProcess()
{
    auto *store = new StandInStore;
    PersistedTokenCache cache(store);
    for (int i = 0; i < 3; ++i) {
        bool loaded = false;
        QObject context;
        cache.load(&context, [&](const SignInError &error) { loaded = !error.isError(); });
        QTRY_VERIFY(loaded);
    }
    QCOMPARE(store->reads, 1);
    QVERIFY(cache.isLoaded());
}

void tst_PersistedTokenCache::writesOnlyWhatChanged()
{
    auto *store = new StandInStore;
    PersistedTokenCache cache(store);
    const auto storeToken = [](TokenCache &tokens) { signIn(tokens, "rt1"); };
    QVERIFY(!runSection(cache, storeToken).left.isError());
    QCOMPARE(store->writes, 1);
    QVERIFY(!runSection(cache, storeToken).left.isError()); // the same again: nothing to write
    QVERIFY(!runSection(cache, nullptr).left.isError());
    QCOMPARE(store->writes, 1);
    // Each section read the store again (so it sees other processes' changes).
    QCOMPARE(store->reads, 3);
}

void tst_PersistedTokenCache::neverWritesOverWhatItCouldNotRead()
{
    auto *store = new StandInStore;
    store->document = "{\"schema\":1,\"accounts\":[],\"access_tokens\":[],\"refresh_tokens\":[]}";
    store->failReads = true;
    PersistedTokenCache cache(store);
    const SectionOutcome outcome = runSection(cache, [](TokenCache &tokens) { signIn(tokens, "rt1"); });
    QCOMPARE(outcome.entered.code(), SignInError::KeychainUnavailable);
    QCOMPARE(outcome.left.code(), SignInError::KeychainUnavailable);
    QCOMPARE(store->writes, 0);
    // The change lives on in memory, for this process.
    QVERIFY(cache.cache().findRefreshToken(owner));
}

void tst_PersistedTokenCache::leavesANewerSchemaAlone()
{
    auto *store = new StandInStore;
    const QByteArray newer = "{\"schema\":99,\"whatever\":true}";
    store->document = newer;
    PersistedTokenCache cache(store);
    QSignalSpy warnings(&cache, &PersistedTokenCache::warning);
    const SectionOutcome outcome = runSection(cache, [](TokenCache &tokens) { signIn(tokens, "rt1"); });
    QCOMPARE(outcome.left.code(), SignInError::TokenStoreFailed);
    QCOMPARE(store->writes, 0);
    QCOMPARE(store->document, newer);
    QCOMPARE(warnings.size(), 1);
}

// `qtsignin logout --all` on a store a newer QtSignIn wrote: this version
// sees no accounts there, so removing "all" changes nothing here; it must not
// report the person signed out while their tokens stay in the store.
void tst_PersistedTokenCache::signingOutOfANewerSchemaSaysNothingWasRemoved()
{
    auto *store = new StandInStore;
    const QByteArray newer = "{\"schema\":99,\"whatever\":true}";
    store->document = newer;
    PersistedTokenCache cache(store);
    const SectionOutcome outcome = runSection(cache, [](TokenCache &tokens) { tokens.clear(); });
    QCOMPARE(outcome.left.code(), SignInError::TokenStoreFailed);
    QVERIFY(outcome.left.detail().contains(QLatin1String("newer QtSignIn")));
    QCOMPARE(store->writes, 0);
    QCOMPARE(store->document, newer);
}

void tst_PersistedTokenCache::aSectionWithoutTheLockIsNotExclusive()
{
    auto *store = new StandInStore(QStringLiteral("stand-in:shared"));
    PersistedTokenCache cache(store);
    cache.setLockTimeout(std::chrono::milliseconds(300));
    // Free: the section holds the lock.
    SectionOutcome outcome = runSection(cache, nullptr);
    QVERIFY(!outcome.entered.isError());
    QVERIFY(outcome.exclusive);

    // Another process's lock on the same store (the same file, taken here).
    // Only this store's lock file is looked at: other test programs, run in
    // parallel, may hold theirs in the same folder meanwhile.
    const QString path = TokenStoreLock::pathFor(store->sharedIdentity());
    QVERIFY2(!QFileInfo::exists(path), qPrintable(path)); // released when the section ended
    // The section holds exactly that file.
    bool seen = false;
    bool heldDuringTheSection = false;
    QObject context;
    cache.enter(&context, [&](const SignInError &) {
        heldDuringTheSection = QFileInfo::exists(path);
        cache.leave(nullptr, [&](const SignInError &) { seen = true; });
    });
    QTRY_VERIFY(seen);
    QVERIFY(heldDuringTheSection);
    QLockFile other(path);
    QVERIFY(other.tryLock(0));

    outcome = runSection(cache, [](TokenCache &tokens) { signIn(tokens, "rt1"); });
    QCOMPARE(outcome.entered.code(), SignInError::TokenStoreFailed);
    QVERIFY(!outcome.exclusive);
    QCOMPARE(store->writes, 0); // nothing written without the lock
}

void tst_PersistedTokenCache::refusesAnotherStoreWhileInUse()
{
    auto *store = new StandInStore;
    PersistedTokenCache cache(store);
    bool entered = false;
    QObject context;
    cache.enter(&context, [&](const SignInError &) { entered = true; });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot change while")));
    cache.setStore(new StandInStore);
    QCOMPARE(cache.store(), store);
    QTRY_VERIFY(entered);
    bool left = false;
    cache.leave(nullptr, [&](const SignInError &) { left = true; });
    QVERIFY(left);
}

// Loads and sections asked for together, each answered slowly: the store
// still sees one call at a time (a keychain item is one blob, and a custom
// store may assume it).
void tst_PersistedTokenCache::theStoreSeesOneCallAtATime()
{
    auto *store = new StandInStore;
    store->answerDelay = std::chrono::milliseconds(20);
    PersistedTokenCache cache(store);
    int done = 0;
    QObject context;
    cache.load(&context, [&](const SignInError &) { ++done; });
    for (const QByteArray token : {"rt1", "rt2"}) {
        cache.enter(&context, [&, token](const SignInError &) {
            cache.leave([token](TokenCache &tokens) { signIn(tokens, token); },
                        [&](const SignInError &) { ++done; });
        });
    }
    cache.load(&context, [&](const SignInError &) { ++done; });
    QTRY_COMPARE(done, 4);
    QCOMPARE(store->writes, 2);
    QVERIFY(store->reads >= 3);
    QCOMPARE(store->mostCallsAtOnce, 1);
}

// QtSignIn 0.1 kept every provider's tokens in one keychain item, schema 1:
// this provider's account and refresh token, and another provider's.
QByteArray schema1Document()
{
    return "{\"schema\":1,"
           "\"accounts\":[{\"id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\",\"id_token\":\"x\","
           " \"id_token_claims\":{\"iss\":\"https://login.example.com/t1/v2.0\",\"sub\":\"s1\",\"oid\":\"u1\",\"tid\":\"t1\",\"aud\":\"client\"}},"
           " {\"id\":\"s9\",\"authority\":\"https://other.example/\",\"id_token\":\"y\","
           " \"id_token_claims\":{\"iss\":\"https://other.example/\",\"sub\":\"s9\",\"aud\":\"client\"}}],"
           "\"access_tokens\":[{\"account_id\":\"u1.t1\",\"authority\":\"https://login.example.com/t1/v2.0\",\"scopes\":[\"a\"],\"token\":\"at-mine\",\"expires_on\":1},"
           " {\"account_id\":\"s9\",\"authority\":\"https://other.example/\",\"scopes\":[\"a\"],\"token\":\"at-other\",\"expires_on\":1}],"
           "\"refresh_tokens\":[{\"account_id\":\"u1.t1\",\"client_id\":\"client\",\"token\":\"rt-mine\"},"
           " {\"account_id\":\"s9\",\"client_id\":\"client\",\"token\":\"rt-other\"}]}";
}

// The provider's own entries move to its store, in a section that holds the
// lock; the other provider's stay in the old item, as 0.1 wrote them.
void tst_PersistedTokenCache::movesThisProvidersTokensFromTheLegacyStore()
{
    auto *store = new StandInStore;
    auto *legacy = new StandInStore(QStringLiteral("legacy-item"));
    legacy->document = schema1Document();
    PersistedTokenCache cache(store);
    cache.setMigrationSource(legacy, owner.authority);

    // A load only reads: the entries serve from memory, nothing is written.
    bool loaded = false;
    QObject context;
    cache.load(&context, [&](const SignInError &error) { loaded = !error.isError(); });
    QTRY_VERIFY(loaded);
    QCOMPARE(cache.cache().findRefreshToken(owner)->token.reveal(), QByteArray("rt-mine"));
    QCOMPARE(store->writes, 0);
    QCOMPARE(legacy->writes, 0);

    // The first section that may write moves them.
    QVERIFY(!runSection(cache, nullptr).left.isError());
    TokenCache moved;
    QStringList warnings;
    QCOMPARE(TokenCacheSerializer::deserialize(store->document, &moved, &warnings), TokenCacheSerializer::ReadResult::Read);
    QCOMPARE(moved.findRefreshToken(owner)->token.reveal(), QByteArray("rt-mine"));
    QCOMPARE(moved.accounts().size(), 1);
    const QJsonObject left = QJsonDocument::fromJson(legacy->document).object();
    QCOMPARE(left.value(QLatin1String("schema")).toInt(), 1); // still readable by 0.1
    QCOMPARE(left.value(QLatin1String("accounts")).toArray().size(), 1);
    QCOMPARE(left.value(QLatin1String("accounts")).toArray().first().toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("s9"));
    QCOMPARE(left.value(QLatin1String("refresh_tokens")).toArray().size(), 1);
    QCOMPARE(left.value(QLatin1String("access_tokens")).toArray().size(), 1);

    // Signed out, the provider's tokens do not come back from the old item.
    QVERIFY(!runSection(cache, [](TokenCache &tokens) { tokens.removeClient(owner.authority, owner.clientId); }).left.isError());
    PersistedTokenCache again(new StandInStore);
    auto *oldItem = new StandInStore(QStringLiteral("legacy-item"));
    oldItem->document = legacy->document;
    again.setMigrationSource(oldItem, owner.authority);
    bool reloaded = false;
    again.load(&context, [&](const SignInError &error) { reloaded = !error.isError(); });
    QTRY_VERIFY(reloaded);
    QVERIFY(again.cache().accounts().isEmpty());
}

// A copy left in the old item (its removal failed) is removed at sign-out,
// so that it does not come back at the next start.
void tst_PersistedTokenCache::signOutRemovesWhatTheLegacyStoreStillHolds()
{
    TokenCache current;
    signIn(current, "rt-new");
    auto *store = new StandInStore;
    store->document = TokenCacheSerializer::serialize(current);
    auto *legacy = new StandInStore(QStringLiteral("legacy-item"));
    legacy->document = schema1Document();
    PersistedTokenCache cache(store);
    cache.setMigrationSource(legacy, owner.authority);
    QVERIFY(!runSection(cache, [](TokenCache &tokens) { tokens.removeClient(owner.authority, owner.clientId); }).left.isError());
    const QJsonObject left = QJsonDocument::fromJson(legacy->document).object();
    QCOMPARE(left.value(QLatin1String("accounts")).toArray().size(), 1);
    QVERIFY(!legacy->document.contains("rt-mine"));
    QVERIFY(legacy->document.contains("rt-other"));
}

void tst_PersistedTokenCache::leavesTheLegacyStoreAloneOnceTheStoreHasTokens()
{
    TokenCache current;
    signIn(current, "rt-new");
    auto *store = new StandInStore;
    store->document = TokenCacheSerializer::serialize(current);
    auto *legacy = new StandInStore;
    legacy->document = schema1Document();
    PersistedTokenCache cache(store);
    cache.setMigrationSource(legacy, owner.authority);
    bool loaded = false;
    QObject context;
    cache.load(&context, [&](const SignInError &error) { loaded = !error.isError(); });
    QTRY_VERIFY(loaded);
    QCOMPARE(cache.cache().findRefreshToken(owner)->token.reveal(), QByteArray("rt-new"));
    QCOMPARE(legacy->reads, 0);
    QCOMPARE(legacy->writes, 0);
}

// 0.2 filed a provider's tokens under a name made from the displayed app
// name: the whole item is this provider's, so all of it moves, and the item
// is emptied; the 0.1 item behind it is not needed and not touched.
void tst_PersistedTokenCache::movesTheItemNamedAfterTheDisplayedNameWhole()
{
    TokenCache earlier;
    signIn(earlier, "rt-0.2");
    auto *store = new StandInStore(QStringLiteral("namespace-item"));
    auto *named = new StandInStore(QStringLiteral("display-name-item"));
    named->document = TokenCacheSerializer::serialize(earlier);
    auto *shared = new StandInStore(QStringLiteral("legacy-item"));
    shared->document = schema1Document();
    PersistedTokenCache cache(store);
    cache.setMigrationSources({new LegacyStoreMigration(named, owner.authority, LegacyStoreMigration::Holds::ThisProvidersOwn),
                               new LegacyStoreMigration(shared, owner.authority)});

    QVERIFY(!runSection(cache, nullptr).left.isError());
    TokenCache moved;
    QStringList warnings;
    QCOMPARE(TokenCacheSerializer::deserialize(store->document, &moved, &warnings), TokenCacheSerializer::ReadResult::Read);
    QCOMPARE(moved.findRefreshToken(owner)->token.reveal(), QByteArray("rt-0.2"));
    QCOMPARE(moved.accounts().size(), 1);
    QVERIFY(named->document.isEmpty()); // moved, not copied
    QCOMPARE(shared->reads, 0);
    QCOMPARE(shared->document, schema1Document());

    // The next start finds them in their new place and reads no earlier item.
    PersistedTokenCache again(new StandInStore(QStringLiteral("namespace-item")));
    static_cast<StandInStore *>(again.store())->document = store->document;
    auto *namedAgain = new StandInStore(QStringLiteral("display-name-item"));
    again.setMigrationSources({new LegacyStoreMigration(namedAgain, owner.authority,
                                                        LegacyStoreMigration::Holds::ThisProvidersOwn)});
    bool loaded = false;
    QObject context;
    again.load(&context, [&](const SignInError &error) { loaded = !error.isError(); });
    QTRY_VERIFY(loaded);
    QCOMPARE(again.cache().findRefreshToken(owner)->token.reveal(), QByteArray("rt-0.2"));
    QCOMPARE(namedAgain->reads, 0);
}

// An app that went from 0.1 straight to this version: the item named after
// the displayed name is empty, and the 0.1 item gives this provider's tokens.
void tst_PersistedTokenCache::fallsBackToTheSharedItemWhenTheNamedOneIsEmpty()
{
    auto *store = new StandInStore(QStringLiteral("namespace-item"));
    auto *named = new StandInStore(QStringLiteral("display-name-item"));
    auto *shared = new StandInStore(QStringLiteral("legacy-item"));
    shared->document = schema1Document();
    PersistedTokenCache cache(store);
    cache.setMigrationSources({new LegacyStoreMigration(named, owner.authority, LegacyStoreMigration::Holds::ThisProvidersOwn),
                               new LegacyStoreMigration(shared, owner.authority)});

    QVERIFY(!runSection(cache, nullptr).left.isError());
    QVERIFY(store->document.contains("rt-mine"));
    QVERIFY(!store->document.contains("rt-other"));
    QVERIFY(!shared->document.contains("rt-mine"));
    QVERIFY(shared->document.contains("rt-other"));
    QCOMPARE(named->writes, 0);
}

// Copies left in earlier items (their removal failed) all go at sign-out.
void tst_PersistedTokenCache::signOutRemovesWhatEveryEarlierItemStillHolds()
{
    TokenCache current;
    signIn(current, "rt-new");
    auto *store = new StandInStore(QStringLiteral("namespace-item"));
    store->document = TokenCacheSerializer::serialize(current);
    auto *named = new StandInStore(QStringLiteral("display-name-item"));
    named->document = store->document;
    auto *shared = new StandInStore(QStringLiteral("legacy-item"));
    shared->document = schema1Document();
    PersistedTokenCache cache(store);
    cache.setMigrationSources({new LegacyStoreMigration(named, owner.authority, LegacyStoreMigration::Holds::ThisProvidersOwn),
                               new LegacyStoreMigration(shared, owner.authority)});
    QVERIFY(!runSection(cache, [](TokenCache &tokens) { tokens.removeClient(owner.authority, owner.clientId); }).left.isError());
    QVERIFY(named->document.isEmpty());
    QVERIFY(!shared->document.contains("rt-mine"));
    QVERIFY(shared->document.contains("rt-other"));
}

QTEST_GUILESS_MAIN(tst_PersistedTokenCache)
#include "tst_persistedtokencache.moc"
