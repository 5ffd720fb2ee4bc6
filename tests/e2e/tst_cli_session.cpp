// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Staying signed in, end to end: `qtsignin login` stores into a real Secret
// Service (gnome-keyring on a private bus, tests/keyring), and later
// processes get tokens silently (`token`), list (`accounts`) and sign out
// (`logout`) against the real local provider. The keychain is inspected and
// tampered with from outside, through secret-tool, as another program would.

#include "../keyring/KeyringEnvironment.h"

#include "TokenLeakCheck.h"

#include <QtSignIn/KeychainTokenStore.h>
#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/SystemBrowserUserAgent.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <csignal>
#include <memory>

#include <signal.h>

using namespace QtSignIn;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
    qint64 milliseconds = 0;
};

const QString clientId = QStringLiteral("qtsignin-demo");
// Another app of the same publisher at the same provider (tests/provider).
const QString secondClientId = QStringLiteral("qtsignin-demo-second");

QByteArray httpRequest(const QUrl &url, const QByteArray *formBody = nullptr)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = formBody ? network.post(request, *formBody) : network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(15000);
    reply->deleteLater();
    return reply->readAll();
}

// A refresh grant sent straight to the provider (public client): its answer.
QByteArray redeemAt(const QString &issuer, const QByteArray &refreshToken)
{
    const QJsonObject discovery = QJsonDocument::fromJson(
            httpRequest(QUrl(issuer + QStringLiteral("/.well-known/openid-configuration")))).object();
    const QUrl tokenEndpoint(discovery.value(QLatin1String("token_endpoint")).toString());
    const QByteArray form = "grant_type=refresh_token&refresh_token=" + refreshToken.toPercentEncoding()
            + "&client_id=" + clientId.toUtf8();
    return httpRequest(tokenEndpoint, &form);
}

} // namespace

class tst_CliSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void aNewProcessGetsTheTokenFromTheKeychain();
    void expiredAccessTokenIsRefreshedAndTheRotatedRefreshTokenStored();
    void revokedRefreshTokenNeedsInteraction();
    void concurrentProcessesRedeemTheRefreshTokenOnce();
    void concurrentCallsInOneProcessShareOneRefresh();
    void userInfoComesWithATokenForTheOpenIdScopes();
    void signOutRemovesTheKeychainItems();
    void signOutCanEndTheProviderSession();
    void logoutRevokesTheRefreshTokenAtTheProvider();
    void logoutWithNoRevokeLeavesItValidThere();
    void logoutClearsTheEmbeddedSignInsProfile();
    void withoutASecretServiceTheCacheIsUnavailable();
    void corruptKeychainItemIsSkippedWithAWarning();
    void fileCacheIsPrivateToTheUser();
    void anotherProviderWithTheSameClientIdIsSentNothing();
    void twoAppsSharingAFileStoreKeepTheirTokensApart();
    void interruptedRefreshKeepsTheSession_data();
    void interruptedRefreshKeepsTheSession();
    void interruptBeforeTheRefreshIsSentSendsNothing();
    void destroyingTheClientMidRefreshStoresTheRotatedToken();
    void aFinishedSignInDoesNotBlockTheNext();
    void claimsGoWithTheSignInAndTheSilentCall();
    void loginRemembersTheDefaultProfileWithoutSecrets();
    void rememberedProfileServesTokenAccountsAndLogout();
    void profilesKeepTwoClientsApart();
    void optionsGivenWinOverTheProfile();
    void eachLoginReplacesTheDefaultProfileUnlessNoSave();
    void unusableProfileIsAnErrorThatSaysWhatToDo_data();
    void unusableProfileIsAnErrorThatSaysWhatToDo();
    void withoutAProfileTheUsageErrorNamesLogin();
    void tokenAsAnAuthorizationHeader();
    void dpopBindsTheTokensToAKeyKeptWithThem();
    void withoutDPoPTheTokensAreBearer();
    void dpopNonceCostsOneRetryPerProcess();
    void userInfoTakesADPoPBoundTokenWithItsProof();
    void unknownTokenFormatIsAUsageError();
    void init();
    void cleanup();
    void tokensOfTheEarlierKeychainItemMoveToTheProvidersOwn();
    void tokensFiledUnderTheDisplayedNameMoveToTheStorageNamespace();

private:
    QString appName() const { return QString::fromLatin1(QTest::currentTestFunction()); }
    QString serviceName() const { return KeychainTokenStore::serviceNameFor(appName(), clientId, QUrl(m_issuer)); }
    // A client of the library over the keychain item the CLI's login wrote,
    // its cache loaded: what an app beside the CLI would see.
    std::unique_ptr<SignInClient> clientOverTheLoginsKeychainItem();
    QStringList session(const QString &command) const;
    Run cli(const QStringList &arguments, const QProcessEnvironment &environment = qtsigninKeyringEnvironment(),
            int timeoutMs = 120000);
    Run login(const QStringList &extra = {}, const QString &client = clientId);
    QProcess *startCli(const QStringList &arguments);
    static Run finishCli(QProcess *process);
    QJsonObject keychainDocument();
    void replaceKeychainItem(const QByteArray &secret, const QByteArray &type) { replaceKeychainItem(serviceName(), secret, type); }
    void replaceKeychainItem(const QString &service, const QByteArray &secret, const QByteArray &type);
    int keychainItemCount() { return keychainItemCount(serviceName()); }
    int keychainItemCount(const QString &service);
    int refreshGrants();
    int requestsTo(const QString &path);
    void delayTokenResponses(int milliseconds);
    static bool waitForStderr(QProcess *process, const QByteArray &marker, QByteArray *seen);
    void expireAccessTokensInTheKeychain();
    // For qtsignin: the keyring fixture's variables, and the test's own config folder.
    QProcessEnvironment qtsigninEnvironment() const
    {
        QProcessEnvironment environment = qtsigninKeyringEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configHome.path());
        return environment;
    }
    QString profilePath(const QString &name = QStringLiteral("default")) const
    {
        return m_configHome.filePath(QStringLiteral("qtsignin/profiles/%1.json").arg(name));
    }
    static QJsonObject readJsonFile(const QString &path);

    QString m_issuer;
    // The person's config folder for every qtsignin this test starts: login
    // remembers its profile there, never in the real one.
    QTemporaryDir m_configHome;
};

void tst_CliSession::initTestCase()
{
    QFile issuerFile(qEnvironmentVariable("QTSIGNIN_PROVIDER_STATE") + QStringLiteral("/issuer"));
    QVERIFY2(issuerFile.open(QIODevice::ReadOnly), "the local_provider fixture is not running");
    m_issuer = QString::fromUtf8(issuerFile.readAll().trimmed());
    QVERIFY2(applyKeyringEnvironmentToThisProcess(), "the secret_service fixture is not running");
    // The keyring fixture's variables name a config folder shared by every
    // test process; each has its own instead (qtsigninEnvironment()).
    QVERIFY(m_configHome.isValid());
}

void tst_CliSession::init()
{
    QVERIFY(QDir(m_configHome.filePath(QStringLiteral("qtsignin"))).removeRecursively());
}

QJsonObject tst_CliSession::readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList tst_CliSession::session(const QString &command) const
{
    return {command, QStringLiteral("--authority"), m_issuer, QStringLiteral("--client-id"), clientId,
            QStringLiteral("--app-name"), appName()};
}

Run tst_CliSession::cli(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = environment;
    env.remove(QStringLiteral("BROWSER"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_configHome.path());
    // The embedded sign-in's profile (which logout clears) is the test's too.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_configHome.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(QTSIGNIN_CLI), arguments);
    Run run;
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "qtsignin did not finish in time" << process.readAllStandardError();
        return run;
    }
    run.milliseconds = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.json = QJsonDocument::fromJson(run.out).object();
    if (run.exitCode != 0)
        qInfo().noquote() << "qtsignin" << arguments.value(0) << "stderr:" << QString::fromUtf8(run.err);
    if (QtSignInTest::containsJwt(run.err))
        QTest::qFail("a token appeared in qtsignin's log output", __FILE__, __LINE__);
    return run;
}

Run tst_CliSession::login(const QStringList &extra, const QString &client)
{
    QStringList arguments = session(QStringLiteral("login"));
    arguments[arguments.indexOf(clientId)] = client;
    return cli(arguments << QStringLiteral("--scope") << QStringLiteral("profile")
                       << QStringLiteral("--scope") << QStringLiteral("offline_access") << QStringLiteral("--json")
                       << QStringLiteral("--browser-command")
                       << QStringLiteral("node %1/tests/browser/signin.mjs").arg(QStringLiteral(QTSIGNIN_SOURCE_DIR))
                       << extra);
}

QProcess *tst_CliSession::startCli(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(qtsigninEnvironment());
    process->start(QStringLiteral(QTSIGNIN_CLI), arguments);
    return process;
}

Run tst_CliSession::finishCli(QProcess *process)
{
    Run run;
    if (process->waitForFinished(60000)) {
        run.exitCode = process->exitCode();
        run.out = process->readAllStandardOutput();
        run.err = process->readAllStandardError();
        if (run.exitCode != 0)
            qInfo().noquote() << "qtsignin stderr:" << QString::fromUtf8(run.err);
        run.json = QJsonDocument::fromJson(run.out).object();
    }
    process->deleteLater();
    return run;
}

// The item QtKeychain wrote, as another program sees it: attributes
// server=<service>, user=cache, the secret base64-encoded (type=base64).
QJsonObject tst_CliSession::keychainDocument()
{
    QProcess lookup;
    lookup.setProcessEnvironment(qtsigninKeyringEnvironment());
    lookup.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"), serviceName(),
                                                 QStringLiteral("user"), QStringLiteral("cache")});
    lookup.waitForFinished(10000);
    return QJsonDocument::fromJson(QByteArray::fromBase64(lookup.readAllStandardOutput().trimmed())).object();
}

void tst_CliSession::replaceKeychainItem(const QString &service, const QByteArray &secret, const QByteArray &type)
{
    const auto serviceName = [&service] { return service; };
    QProcess clear;
    clear.setProcessEnvironment(qtsigninKeyringEnvironment());
    clear.start(QStringLiteral("secret-tool"), {QStringLiteral("clear"), QStringLiteral("server"), serviceName(),
                                                QStringLiteral("user"), QStringLiteral("cache")});
    clear.waitForFinished(10000);
    QProcess store;
    store.setProcessEnvironment(qtsigninKeyringEnvironment());
    store.start(QStringLiteral("secret-tool"),
                {QStringLiteral("store"), QStringLiteral("--label"), serviceName(),
                 // The attributes QtKeychain gives its items, so this one takes the place of ours.
                 QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain"), QStringLiteral("server"),
                 serviceName(), QStringLiteral("user"), QStringLiteral("cache"), QStringLiteral("type"),
                 QString::fromLatin1(type)});
    store.waitForStarted();
    store.write(secret);
    store.closeWriteChannel();
    QVERIFY(store.waitForFinished(10000));
    QCOMPARE(store.exitCode(), 0);
}

// How many items the keychain holds under the test's service; -1 when
// secret-tool could not tell (so that "none" is never read from a failure).
int tst_CliSession::keychainItemCount(const QString &service)
{
    const auto serviceName = [&service] { return service; };
    QProcess search;
    search.setProcessEnvironment(qtsigninKeyringEnvironment());
    search.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                 QStringLiteral("server"), serviceName()});
    if (!search.waitForFinished(10000) || search.exitStatus() != QProcess::NormalExit || search.exitCode() != 0)
        return -1;
    // Each item on stdout: a "[/path]" line, then "label = ...", "secret = ...";
    // its attributes go to stderr.
    return int(search.readAllStandardOutput().count("\nlabel = "));
}

int tst_CliSession::refreshGrants()
{
    const QJsonObject stats = QJsonDocument::fromJson(httpRequest(QUrl(m_issuer + QStringLiteral("/test/stats"))))
                                      .object().value(QLatin1String("requests")).toObject();
    return stats.value(QLatin1String("grant:refresh_token")).toInt();
}

// Requests the local provider has answered at `path`, of any issuer's.
int tst_CliSession::requestsTo(const QString &path)
{
    const QJsonObject stats = QJsonDocument::fromJson(httpRequest(QUrl(m_issuer + QStringLiteral("/test/stats"))))
                                      .object().value(QLatin1String("requests")).toObject();
    return stats.value(path).toInt();
}

void tst_CliSession::expireAccessTokensInTheKeychain()
{
    QJsonObject document = keychainDocument();
    QJsonArray accessTokens = document.value(QLatin1String("access_tokens")).toArray();
    QVERIFY(!accessTokens.isEmpty());
    for (qsizetype i = 0; i < accessTokens.size(); ++i) {
        QJsonObject entry = accessTokens.at(i).toObject();
        entry.insert(QStringLiteral("expires_on"), double(QDateTime::currentSecsSinceEpoch() - 60));
        accessTokens.replace(i, entry);
    }
    document.insert(QStringLiteral("access_tokens"), accessTokens);
    replaceKeychainItem(QJsonDocument(document).toJson(QJsonDocument::Compact).toBase64(), "base64");
}

void tst_CliSession::aNewProcessGetsTheTokenFromTheKeychain()
{
    const Run signedIn = login();
    QCOMPARE(signedIn.exitCode, 0);
    QVERIFY(keychainItemCount() > 0);

    const Run token = cli(session(QStringLiteral("token")) << QStringLiteral("--json"));
    QCOMPARE(token.exitCode, 0);
    QCOMPARE(token.json.value(QLatin1String("source")).toString(), QStringLiteral("cache"));
    QCOMPARE(token.json.value(QLatin1String("access_token")), signedIn.json.value(QLatin1String("access_token")));
    QCOMPARE(token.json.value(QLatin1String("account")), signedIn.json.value(QLatin1String("account")));

    // Without --json, the token alone on stdout, for scripts.
    const Run plain = cli(session(QStringLiteral("token")));
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(plain.out.trimmed(), signedIn.json.value(QLatin1String("access_token")).toString().toUtf8());

    const Run accounts = cli(session(QStringLiteral("accounts")) << QStringLiteral("--json"));
    QCOMPARE(accounts.exitCode, 0);
    const QJsonArray list = accounts.json.value(QLatin1String("accounts")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QLatin1String("username")).toString(), QStringLiteral("alice@contoso.example"));
}

void tst_CliSession::expiredAccessTokenIsRefreshedAndTheRotatedRefreshTokenStored()
{
    const Run signedIn = login();
    QCOMPARE(signedIn.exitCode, 0);
    const QJsonValue firstRefreshToken = keychainDocument().value(QLatin1String("refresh_tokens")).toArray()
                                                 .first().toObject().value(QLatin1String("token"));
    QVERIFY(firstRefreshToken.isString());
    expireAccessTokensInTheKeychain();

    const Run refreshed = cli(session(QStringLiteral("token")) << QStringLiteral("--json"));
    QCOMPARE(refreshed.exitCode, 0);
    QCOMPARE(refreshed.json.value(QLatin1String("source")).toString(), QStringLiteral("refresh"));
    QVERIFY(refreshed.json.value(QLatin1String("access_token")) != signedIn.json.value(QLatin1String("access_token")));
    // The account is as it was, though the refreshed ID token has fewer claims.
    QCOMPARE(refreshed.json.value(QLatin1String("account")), signedIn.json.value(QLatin1String("account")));

    const QJsonObject stored = keychainDocument();
    const QJsonValue rotated = stored.value(QLatin1String("refresh_tokens")).toArray().first().toObject()
                                       .value(QLatin1String("token"));
    QVERIFY(rotated.isString());
    QVERIFY2(rotated != firstRefreshToken, "the rotated refresh token was not stored");

    const Run again = cli(session(QStringLiteral("token")) << QStringLiteral("--json"));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json.value(QLatin1String("source")).toString(), QStringLiteral("cache"));
    QCOMPARE(again.json.value(QLatin1String("access_token")), refreshed.json.value(QLatin1String("access_token")));
}

void tst_CliSession::revokedRefreshTokenNeedsInteraction()
{
    QCOMPARE(login().exitCode, 0);
    const QByteArray refreshToken = keychainDocument().value(QLatin1String("refresh_tokens")).toArray().first()
                                            .toObject().value(QLatin1String("token")).toString().toUtf8();
    QVERIFY(!refreshToken.isEmpty());
    const QJsonObject discovery = QJsonDocument::fromJson(
            httpRequest(QUrl(m_issuer + QStringLiteral("/.well-known/openid-configuration")))).object();
    const QUrl revocation(discovery.value(QLatin1String("revocation_endpoint")).toString());
    QVERIFY(revocation.isValid());
    // RFC 7009, as a sign-out elsewhere or an administrator would.
    const QByteArray form = "token=" + refreshToken.toPercentEncoding() + "&token_type_hint=refresh_token&client_id="
            + clientId.toUtf8();
    httpRequest(revocation, &form);

    const Run token = cli(session(QStringLiteral("token")) << QStringLiteral("--json") << QStringLiteral("--force-refresh"));
    QCOMPARE(token.exitCode, 4);
    QCOMPARE(token.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    // Nothing is erased on the way: the account is still listed, for a new sign-in with its username as hint.
    const Run accounts = cli(session(QStringLiteral("accounts")) << QStringLiteral("--json"));
    QCOMPARE(accounts.json.value(QLatin1String("accounts")).toArray().size(), 1);
}

void tst_CliSession::concurrentProcessesRedeemTheRefreshTokenOnce()
{
    // ctest runs this one alone (RUN_SERIAL): the provider's count is ours.
    QCOMPARE(login().exitCode, 0);
    expireAccessTokensInTheKeychain();
    const int before = refreshGrants();
    QProcess *first = startCli(session(QStringLiteral("token")) << QStringLiteral("--json"));
    QProcess *second = startCli(session(QStringLiteral("token")) << QStringLiteral("--json"));
    const Run a = finishCli(first);
    const Run b = finishCli(second);
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(b.exitCode, 0);
    QCOMPARE(refreshGrants() - before, 1);
    QCOMPARE(a.json.value(QLatin1String("access_token")), b.json.value(QLatin1String("access_token")));
    const QStringList sources{a.json.value(QLatin1String("source")).toString(), b.json.value(QLatin1String("source")).toString()};
    QVERIFY2(sources.contains(QStringLiteral("refresh")) && sources.contains(QStringLiteral("cache")),
             qPrintable(sources.join(QLatin1Char(','))));
    // And the chain is intact: a rotated refresh token was never replayed.
    const Run later = cli(session(QStringLiteral("token")) << QStringLiteral("--json") << QStringLiteral("--force-refresh"));
    QCOMPARE(later.exitCode, 0);
}

void tst_CliSession::concurrentCallsInOneProcessShareOneRefresh()
{
    // ctest runs this one alone (RUN_SERIAL): the provider's count is ours.
    QCOMPARE(login().exitCode, 0);
    ClientConfiguration configuration;
    configuration.setAuthority(QUrl(m_issuer));
    configuration.setClientId(clientId);
    SignInClient client(configuration);
    client.setTokenStore(new KeychainTokenStore(serviceName()));
    SignInReply *load = client.loadTokenCache();
    QSignalSpy loaded(load, &SignInReply::finished);
    QVERIFY(loaded.wait(30000));
    QVERIFY(!load->error().isError());
    delete load;
    QCOMPARE(client.accounts().size(), 1);

    const int before = refreshGrants();
    SilentOptions force;
    force.setForceRefresh(true);
    std::unique_ptr<SignInReply> first(client.acquireTokenSilent(client.accounts().first(), {}, force));
    std::unique_ptr<SignInReply> second(client.acquireTokenSilent(client.accounts().first(), {}, force));
    QSignalSpy firstDone(first.get(), &SignInReply::finished);
    QSignalSpy secondDone(second.get(), &SignInReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished(), 30000);
    // Each reply says so exactly once (SignInReply's promise).
    QTRY_COMPARE(firstDone.size(), 1);
    QTRY_COMPARE(secondDone.size(), 1);
    QVERIFY(!first->error().isError());
    QCOMPARE(first->result().source(), TokenSource::Refresh);
    QCOMPARE(second->result().accessToken().reveal(), first->result().accessToken().reveal());
    QCOMPARE(refreshGrants() - before, 1);

    // The next call is served from memory: finished at once, no network, no keychain.
    std::unique_ptr<SignInReply> third(client.acquireTokenSilent(client.accounts().first(), {}));
    QVERIFY(third->isFinished());
    QCOMPARE(third->result().source(), TokenSource::Cache);
    QSignalSpy thirdDone(third.get(), &SignInReply::finished);
    QVERIFY(thirdDone.wait(5000)); // finished() is still emitted, from the event loop
    QCOMPARE(firstDone.size(), 1);
    QCOMPARE(secondDone.size(), 1);
}

std::unique_ptr<SignInClient> tst_CliSession::clientOverTheLoginsKeychainItem()
{
    ClientConfiguration configuration;
    configuration.setAuthority(QUrl(m_issuer));
    configuration.setClientId(clientId);
    auto client = std::make_unique<SignInClient>(configuration);
    client->setTokenStore(new KeychainTokenStore(serviceName()));
    const std::unique_ptr<SignInReply> load(client->loadTokenCache());
    if (!QTest::qWaitFor([&load] { return load->isFinished(); }, 30000))
        return nullptr;
    return client;
}

void tst_CliSession::userInfoComesWithATokenForTheOpenIdScopes()
{
    // Signed in for the API: the access token is the API's (a JWT for
    // urn:qtsignin:demo-api), which the provider's userinfo refuses.
    QCOMPARE(login({QStringLiteral("--scope"), QStringLiteral("email"), QStringLiteral("--scope"),
                    QStringLiteral("api.read")}).exitCode, 0);
    const std::unique_ptr<SignInClient> signedIn = clientOverTheLoginsKeychainItem();
    QVERIFY(signedIn);
    SignInClient &client = *signedIn;
    QCOMPARE(client.accounts().size(), 1);
    const Account account = client.accounts().constFirst();

    std::unique_ptr<SignInReply> reply(client.fetchUserInfo(account));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
    const QJsonObject userInfo = reply->result().userInfo();
    QCOMPARE(userInfo.value(QLatin1String("sub")).toString(), account.subject());
    QCOMPARE(userInfo.value(QLatin1String("email")).toString(), QStringLiteral("alice@contoso.example"));
    QCOMPARE(userInfo.value(QLatin1String("name")).toString(), QStringLiteral("Alice Example"));
    // The token it used was acquired for the OpenID scopes, not the API's.
    QVERIFY(!reply->result().grantedScopes().contains(QStringLiteral("api.read")));

    // Cancelled before it finishes: a cancelled reply, nothing else.
    std::unique_ptr<SignInReply> cancelled(client.fetchUserInfo(account));
    cancelled->cancel();
    QVERIFY(cancelled->isFinished());
    QCOMPARE(cancelled->error().code(), SignInError::Cancelled);
}

void tst_CliSession::signOutRemovesTheKeychainItems()
{
    QCOMPARE(login().exitCode, 0);
    QVERIFY(keychainItemCount() > 0);
    const Run logout = cli(session(QStringLiteral("logout")) << QStringLiteral("--json"));
    QCOMPARE(logout.exitCode, 0);
    QCOMPARE(keychainItemCount(), 0); // sign-out left nothing in the keychain
    const Run accounts = cli(session(QStringLiteral("accounts")) << QStringLiteral("--json"));
    QCOMPARE(accounts.exitCode, 0);
    QCOMPARE(accounts.json.value(QLatin1String("accounts")).toArray().size(), 0);
    const Run token = cli(session(QStringLiteral("token")) << QStringLiteral("--json"));
    QCOMPARE(token.exitCode, 4);
}

// Checked at the provider, not in our own cache: the refresh token the
// keychain held is refused by the token endpoint after logout.
void tst_CliSession::logoutRevokesTheRefreshTokenAtTheProvider()
{
    QCOMPARE(login().exitCode, 0);
    const QByteArray refreshToken = keychainDocument().value(QLatin1String("refresh_tokens")).toArray().first()
                                            .toObject().value(QLatin1String("token")).toString().toUtf8();
    QVERIFY(!refreshToken.isEmpty());
    const Run logout = cli(session(QStringLiteral("logout")) << QStringLiteral("--json"));
    QCOMPARE(logout.exitCode, 0);
    QCOMPARE(logout.json.value(QLatin1String("signed_out")).toBool(), true);
    QVERIFY2(!logout.json.contains(QLatin1String("revocation_error")), logout.err.constData());
    QCOMPARE(keychainItemCount(), 0);
    const QJsonObject answer = QJsonDocument::fromJson(redeemAt(m_issuer, refreshToken)).object();
    QCOMPARE(answer.value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    QVERIFY(!answer.contains(QLatin1String("access_token")));
}

// The control: without revocation the same check finds the token alive.
void tst_CliSession::logoutWithNoRevokeLeavesItValidThere()
{
    QCOMPARE(login().exitCode, 0);
    const QByteArray refreshToken = keychainDocument().value(QLatin1String("refresh_tokens")).toArray().first()
                                            .toObject().value(QLatin1String("token")).toString().toUtf8();
    QVERIFY(!refreshToken.isEmpty());
    const Run logout = cli(session(QStringLiteral("logout")) << QStringLiteral("--no-revoke"));
    QCOMPARE(logout.exitCode, 0);
    QCOMPARE(keychainItemCount(), 0);
    const QJsonObject answer = QJsonDocument::fromJson(redeemAt(m_issuer, refreshToken)).object();
    QVERIFY2(answer.contains(QLatin1String("access_token")), QJsonDocument(answer).toJson().constData());
}

// A `login --mode embedded` kept the provider's session in the embedded
// sign-in's profile (XDG_DATA_HOME/qtsignin/sign-in-profile); logout, in a
// process that never showed it, starts a new one and removes the old.
void tst_CliSession::logoutClearsTheEmbeddedSignInsProfile()
{
    const QDir profile(m_configHome.filePath(QStringLiteral("data/qtsignin/sign-in-profile")));
    QVERIFY(profile.mkpath(QStringLiteral("generation-1")));
    QFile generation(profile.filePath(QStringLiteral("generation")));
    QVERIFY(generation.open(QIODevice::WriteOnly));
    generation.write("1");
    generation.close();
    QFile cookies(profile.filePath(QStringLiteral("generation-1/Cookies")));
    QVERIFY(cookies.open(QIODevice::WriteOnly));
    cookies.close();

    QCOMPARE(login().exitCode, 0);
    const Run logout = cli(session(QStringLiteral("logout")));
    QCOMPARE(logout.exitCode, 0);
    QVERIFY2(generation.open(QIODevice::ReadOnly), logout.err.constData());
    QCOMPARE(generation.readAll().trimmed(), QByteArray("2"));
    QVERIFY(!QFileInfo::exists(cookies.fileName()));
}

void tst_CliSession::signOutCanEndTheProviderSession()
{
    QCOMPARE(login().exitCode, 0);
    QTemporaryDir directory;
    const QString opened = directory.filePath(QStringLiteral("opened-url"));
    // A stand-in browser that writes down the URL it was given.
    const QString browser = QStringLiteral("node -e \"require('fs').writeFileSync(process.argv[1], process.argv[2])\" %1")
                                    .arg(opened);
    const Run logout = cli(session(QStringLiteral("logout")) << QStringLiteral("--end-session")
                                   << QStringLiteral("--browser-command") << browser);
    QCOMPARE(logout.exitCode, 0);
    QCOMPARE(keychainItemCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(opened) && QFileInfo(opened).size() > 0, 10000);
    QFile file(opened);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QUrl url(QString::fromUtf8(file.readAll()));
    const QJsonObject discovery = QJsonDocument::fromJson(
            httpRequest(QUrl(m_issuer + QStringLiteral("/.well-known/openid-configuration")))).object();
    QCOMPARE(url.adjusted(QUrl::RemoveQuery), QUrl(discovery.value(QLatin1String("end_session_endpoint")).toString()));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), clientId);
    QVERIFY(query.queryItemValue(QStringLiteral("id_token_hint")).startsWith(QLatin1String("eyJ")));
}

void tst_CliSession::withoutASecretServiceTheCacheIsUnavailable()
{
    QProcessEnvironment noBus = qtsigninKeyringEnvironment();
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    const QStringList timeout{QStringLiteral("--keychain-timeout"), QStringLiteral("5")};
    const Run token = cli(session(QStringLiteral("token")) << QStringLiteral("--json") << timeout, noBus, 30000);
    QCOMPARE(token.exitCode, 5);
    QCOMPARE(token.json.value(QLatin1String("error")).toString(), QStringLiteral("keychain_unavailable"));
    QVERIFY2(token.milliseconds < 15000, "the error came later than the keychain timeout allows");
    QVERIFY(token.err.contains("Secret Service"));

    // login says so before anyone signs in for nothing: the browser is never opened.
    QTemporaryDir directory;
    const QString marker = directory.filePath(QStringLiteral("browser-was-opened"));
    const Run signIn = cli(session(QStringLiteral("login")) << QStringLiteral("--json") << timeout
                                   << QStringLiteral("--browser-command") << QStringLiteral("touch %1").arg(marker),
                           noBus, 30000);
    QCOMPARE(signIn.exitCode, 5);
    QCOMPARE(signIn.json.value(QLatin1String("error")).toString(), QStringLiteral("keychain_unavailable"));
    QVERIFY(!QFile::exists(marker));
}

void tst_CliSession::corruptKeychainItemIsSkippedWithAWarning()
{
    // An item where ours belongs, damaged: it decodes, but to no token cache.
    replaceKeychainItem(QByteArray("this is not a token cache").toBase64(), "base64");
    const Run accounts = cli(session(QStringLiteral("accounts")) << QStringLiteral("--json"));
    QCOMPARE(accounts.exitCode, 0);
    QCOMPARE(accounts.json.value(QLatin1String("accounts")).toArray().size(), 0);
    QVERIFY2(accounts.err.contains("Warning"), accounts.err.constData());
    const Run token = cli(session(QStringLiteral("token")) << QStringLiteral("--json"));
    QCOMPARE(token.exitCode, 4);
    // Reported and skipped, not erased.
    QVERIFY(keychainItemCount() > 0);

    // A sign-in replaces it with valid data.
    QCOMPARE(login().exitCode, 0);
    QCOMPARE(keychainDocument().value(QLatin1String("schema")).toInt(), 3);
    QCOMPARE(cli(session(QStringLiteral("token"))).exitCode, 0);
}

void tst_CliSession::fileCacheIsPrivateToTheUser()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("tokens/cache.json"));
    const QString cache = QStringLiteral("file:") + path;
    QCOMPARE(login({QStringLiteral("--cache"), cache}).exitCode, 0);
    QFileInfo file(path);
    QVERIFY(file.exists());
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(int(file.permissions() & others), 0);
    QVERIFY(file.permissions().testFlags(QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(keychainItemCount(), 0); // nothing went to the keychain
    const Run token = cli(session(QStringLiteral("token")) << QStringLiteral("--json") << QStringLiteral("--cache") << cache);
    QCOMPARE(token.exitCode, 0);
    QCOMPARE(token.json.value(QLatin1String("source")).toString(), QStringLiteral("cache"));
}

// Issue 13 §1: one client id registered at two providers (the local root
// issuer and its "contoso" tenant, each with keys and tokens of its own), one
// store. Signed in at the first, the second is asked for a token: its token
// endpoint must receive nothing, and the person is told to sign in there.
void tst_CliSession::anotherProviderWithTheSameClientIdIsSentNothing()
{
    QTemporaryDir directory;
    const QString cache = QStringLiteral("file:") + directory.filePath(QStringLiteral("cache.json"));
    QCOMPARE(login({QStringLiteral("--cache"), cache}).exitCode, 0);
    const QString other = m_issuer + QStringLiteral("/contoso/v2.0");
    const int before = requestsTo(QStringLiteral("/contoso/v2.0/token"));
    QStringList arguments = session(QStringLiteral("token"));
    arguments[arguments.indexOf(m_issuer)] = other;
    for (const QString &force : {QString(), QStringLiteral("--force-refresh")}) {
        QStringList call = arguments;
        call << QStringLiteral("--json") << QStringLiteral("--cache") << cache;
        if (!force.isEmpty())
            call << force;
        const Run token = cli(call);
        QCOMPARE(token.exitCode, 4);
        QVERIFY(!token.json.contains(QLatin1String("access_token")));
    }
    const Run accounts = cli(QStringList(arguments).replaceInStrings(QStringLiteral("token"), QStringLiteral("accounts"))
                             << QStringLiteral("--json") << QStringLiteral("--cache") << cache);
    QCOMPARE(accounts.exitCode, 0);
    QVERIFY(accounts.json.value(QLatin1String("accounts")).toArray().isEmpty());
    QCOMPARE(requestsTo(QStringLiteral("/contoso/v2.0/token")), before);
    // The first provider's session is untouched.
    const Run mine = cli(session(QStringLiteral("token")) << QStringLiteral("--json") << QStringLiteral("--cache") << cache);
    QCOMPARE(mine.exitCode, 0);
}

// Two apps (client ids) of one provider, one person, one token file: each
// gets back its own access token from the cache, sees its own account, and
// signing one out of everything leaves the other signed in. (Before, the
// second sign-in replaced the first app's account entry and access token,
// and the first app was handed the second's.)
void tst_CliSession::twoAppsSharingAFileStoreKeepTheirTokensApart()
{
    QTemporaryDir directory;
    const QString cache = QStringLiteral("file:") + directory.filePath(QStringLiteral("cache.json"));
    const auto as = [&](const QString &client, const QString &command) {
        QStringList arguments = session(command);
        arguments[arguments.indexOf(clientId)] = client;
        return arguments << QStringLiteral("--json") << QStringLiteral("--cache") << cache;
    };
    const Run first = login({QStringLiteral("--cache"), cache});
    QCOMPARE(first.exitCode, 0);
    const Run second = login({QStringLiteral("--cache"), cache}, secondClientId);
    QCOMPARE(second.exitCode, 0);
    const QString firstToken = first.json.value(QLatin1String("access_token")).toString();
    const QString secondToken = second.json.value(QLatin1String("access_token")).toString();
    QVERIFY(!firstToken.isEmpty() && !secondToken.isEmpty() && firstToken != secondToken);

    for (const auto &[client, expected] : {std::pair{clientId, firstToken}, std::pair{secondClientId, secondToken}}) {
        const Run accounts = cli(as(client, QStringLiteral("accounts")));
        QCOMPARE(accounts.exitCode, 0);
        QCOMPARE(accounts.json.value(QLatin1String("accounts")).toArray().size(), 1);
        const Run token = cli(as(client, QStringLiteral("token")));
        QCOMPARE(token.exitCode, 0);
        QCOMPARE(token.json.value(QLatin1String("source")).toString(), QStringLiteral("cache"));
        QCOMPARE(token.json.value(QLatin1String("access_token")).toString(), expected);
    }

    QCOMPARE(cli(as(clientId, QStringLiteral("logout")) << QStringLiteral("--all")).exitCode, 0);
    QCOMPARE(cli(as(clientId, QStringLiteral("token"))).exitCode, 4);
    const Run kept = cli(as(secondClientId, QStringLiteral("token")));
    QCOMPARE(kept.exitCode, 0);
    QCOMPARE(kept.json.value(QLatin1String("access_token")).toString(), secondToken);
}

// Issue 13 §1: QtSignIn 0.1 kept the cache (schema 1, items keyed by account
// id alone) under "qtsignin/<app>/<client>" for every provider. Its tokens
// move to the provider's own item, bound to their issuer, and still work;
// another provider gets nothing from them.
void tst_CliSession::tokensOfTheEarlierKeychainItemMoveToTheProvidersOwn()
{
    QCOMPARE(login().exitCode, 0);
    const QJsonObject current = keychainDocument();
    QCOMPARE(current.value(QLatin1String("schema")).toInt(), 3);
    // The same cache as 0.1 wrote it: no issuer, and only refresh tokens
    // named their client.
    const auto strip = [](const QJsonValue &entries, const QStringList &names) {
        QJsonArray stripped;
        for (const QJsonValue &entry : entries.toArray()) {
            QJsonObject object = entry.toObject();
            for (const QString &name : names)
                object.remove(name);
            stripped.append(object);
        }
        return stripped;
    };
    const QStringList notIn01{QStringLiteral("issuer"), QStringLiteral("client_id")};
    QJsonArray refreshTokens = strip(current.value(QLatin1String("refresh_tokens")), {QStringLiteral("issuer")});
    QVERIFY(!refreshTokens.isEmpty());
    for (qsizetype i = 0; i < refreshTokens.size(); ++i) {
        QJsonObject object = refreshTokens.at(i).toObject();
        object.remove(QStringLiteral("authority"));
        refreshTokens.replace(i, object);
    }
    const QJsonObject legacy{{QStringLiteral("schema"), 1},
                             {QStringLiteral("accounts"), strip(current.value(QLatin1String("accounts")), notIn01)},
                             {QStringLiteral("access_tokens"), strip(current.value(QLatin1String("access_tokens")), notIn01)},
                             {QStringLiteral("refresh_tokens"), refreshTokens}};
    // Only the old item, as after an upgrade from 0.1 (forgotten here, not
    // revoked: its refresh token is the one the old item holds).
    QCOMPARE(cli(session(QStringLiteral("logout")) << QStringLiteral("--all") << QStringLiteral("--no-revoke")).exitCode, 0);
    QCOMPARE(keychainItemCount(), 0);
    const QString legacyService = KeychainTokenStore::serviceNameFor(appName(), clientId);
    replaceKeychainItem(legacyService, QJsonDocument(legacy).toJson(QJsonDocument::Compact).toBase64(), "base64");
    QCOMPARE(keychainItemCount(legacyService), 1);

    // Another provider first: it takes nothing, sends nothing, and leaves the
    // old item for the provider whose tokens it holds.
    QStringList other = session(QStringLiteral("token"));
    other[other.indexOf(m_issuer)] = m_issuer + QStringLiteral("/contoso/v2.0");
    const int before = requestsTo(QStringLiteral("/contoso/v2.0/token"));
    QCOMPARE(cli(QStringList(other) << QStringLiteral("--force-refresh")).exitCode, 4);
    QCOMPARE(requestsTo(QStringLiteral("/contoso/v2.0/token")), before);
    QCOMPARE(keychainItemCount(legacyService), 1);

    const Run token = cli(session(QStringLiteral("token")) << QStringLiteral("--json") << QStringLiteral("--force-refresh"));
    QCOMPARE(token.exitCode, 0);
    QCOMPARE(token.json.value(QLatin1String("source")).toString(), QStringLiteral("refresh"));
    QCOMPARE(keychainDocument().value(QLatin1String("schema")).toInt(), 3);
    QCOMPARE(keychainItemCount(legacyService), 0); // moved, not copied
}

// Issue 15: QtSignIn 0.2 filed a provider's tokens under the displayed
// application name, so renaming or translating the app lost them. An app
// that names a storage namespace finds them moved there the first time:
// nothing lost, nothing sent, the old item emptied.
void tst_CliSession::tokensFiledUnderTheDisplayedNameMoveToTheStorageNamespace()
{
    // The CLI files them under its --app-name, as 0.2 did its application name.
    QCOMPARE(login().exitCode, 0);
    const QString displayedNameItem = KeychainTokenStore::serviceNameFor(appName(), clientId, QUrl(m_issuer));
    const int displayedNameItems = keychainItemCount(displayedNameItem);
    QVERIFY(displayedNameItems > 0);
    const QString storageNamespace = QStringLiteral("org.example.") + appName();
    const QString namespaceItem = KeychainTokenStore::serviceNameFor(storageNamespace, clientId, QUrl(m_issuer));
    QCOMPARE(keychainItemCount(namespaceItem), 0);

    ClientConfiguration configuration;
    configuration.setAuthority(QUrl(m_issuer));
    configuration.setClientId(clientId);
    configuration.setApplicationName(appName()); // what the app displayed in 0.2
    configuration.setStorageNamespace(storageNamespace);
    const int before = refreshGrants();
    {
        SignInClient client(configuration); // its default store: the namespace's item
        std::unique_ptr<SignInReply> load(client.loadTokenCache());
        QTRY_VERIFY_WITH_TIMEOUT(load->isFinished(), 30000);
        QVERIFY(!load->error().isError());
        QCOMPARE(client.accounts().size(), 1);
        QCOMPARE(keychainItemCount(displayedNameItem), displayedNameItems); // a load only reads
        QCOMPARE(refreshGrants(), before);

        SilentOptions force;
        force.setForceRefresh(true);
        std::unique_ptr<SignInReply> token(client.acquireTokenSilent(client.accounts().constFirst(), {}, force));
        QTRY_VERIFY_WITH_TIMEOUT(token->isFinished(), 30000);
        QVERIFY2(!token->error().isError(), qPrintable(token->error().detail()));
        QCOMPARE(token->result().source(), TokenSource::Refresh); // the moved refresh token works
        QVERIFY(client.waitForPendingWrites(std::chrono::seconds(30)));
    }
    QCOMPARE(refreshGrants() - before, 1);
    QVERIFY(keychainItemCount(namespaceItem) > 0);
    QCOMPARE(keychainItemCount(displayedNameItem), 0); // moved, not copied

    // The next start finds them under the namespace, whatever the app displays now.
    configuration.setApplicationName(QStringLiteral("Renamed and translated"));
    SignInClient again(configuration);
    std::unique_ptr<SignInReply> load(again.loadTokenCache());
    QTRY_VERIFY_WITH_TIMEOUT(load->isFinished(), 30000);
    QVERIFY(!load->error().isError());
    QCOMPARE(again.accounts().size(), 1);
}

void tst_CliSession::cleanup()
{
    delayTokenResponses(0);
}

void tst_CliSession::delayTokenResponses(int milliseconds)
{
    const QByteArray none;
    httpRequest(QUrl(m_issuer + QStringLiteral("/test/token-delay?ms=%1").arg(milliseconds)), &none);
}

bool tst_CliSession::waitForStderr(QProcess *process, const QByteArray &marker, QByteArray *seen)
{
    QElapsedTimer timer;
    timer.start();
    while (!seen->contains(marker) && timer.elapsed() < 30000 && process->state() == QProcess::Running) {
        process->waitForReadyRead(100);
        *seen += process->readAllStandardError();
    }
    return seen->contains(marker);
}

// Issue 13 §2: Ctrl-C, SIGTERM or SIGHUP while a refresh is under way, at a provider
// that rotates refresh tokens and revokes the whole grant when a used one
// comes back (oidc-provider does). Had the rotated token died with the
// process, the next run would replay the old one and the session would end.
void tst_CliSession::interruptedRefreshKeepsTheSession_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<int>("signalNumber");
    for (int signalNumber : {SIGINT, SIGTERM, SIGHUP}) {
        const char *name = signalNumber == SIGINT ? "SIGINT" : signalNumber == SIGTERM ? "SIGTERM" : "SIGHUP";
        QTest::addRow("%s, the provider's answer under way", name) << QStringLiteral("answer") << signalNumber;
        QTest::addRow("%s, the keychain's write under way", name) << QStringLiteral("write") << signalNumber;
    }
}

void tst_CliSession::interruptedRefreshKeepsTheSession()
{
    QFETCH(QString, stage);
    QFETCH(int, signalNumber);
    QCOMPARE(login().exitCode, 0);
    const QJsonValue before = keychainDocument().value(QLatin1String("refresh_tokens")).toArray().first()
                                      .toObject().value(QLatin1String("token"));
    QProcessEnvironment environment = qtsigninEnvironment();
    QByteArray marker;
    if (stage == QLatin1String("answer")) {
        delayTokenResponses(1500);
        marker = "redeeming the refresh token";
    } else {
        environment.insert(QStringLiteral("QTSIGNIN_TEST_HOLD_STORE_WRITES_MS"), QStringLiteral("1500"));
        marker = "holding the token store's write";
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QTSIGNIN_CLI), session(QStringLiteral("token"))
                          << QStringLiteral("--force-refresh") << QStringLiteral("--json") << QStringLiteral("--verbose"));
    QVERIFY(process.waitForStarted());
    QByteArray err;
    QVERIFY2(waitForStderr(&process, marker, &err), err.constData());
    QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
    QVERIFY(process.waitForFinished(30000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 128 + signalNumber);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // interrupted: no token printed
    QVERIFY2(!QtSignInTest::containsJwt(err), "a token appeared in qtsignin's log output");
    delayTokenResponses(0);

    const QJsonValue after = keychainDocument().value(QLatin1String("refresh_tokens")).toArray().first()
                                     .toObject().value(QLatin1String("token"));
    QVERIFY2(after != before, "the rotated refresh token was not stored");
    const Run next = cli(session(QStringLiteral("token")) << QStringLiteral("--force-refresh") << QStringLiteral("--json"));
    QCOMPARE(next.exitCode, 0);
    QCOMPARE(next.json.value(QLatin1String("source")).toString(), QStringLiteral("refresh"));
}

// Interrupted before its refresh was sent (here: waiting for another process
// that is refreshing), a process sends nothing and ends at once.
void tst_CliSession::interruptBeforeTheRefreshIsSentSendsNothing()
{
    QCOMPARE(login().exitCode, 0);
    delayTokenResponses(2000);
    const int grantsBefore = refreshGrants();
    const QStringList arguments = session(QStringLiteral("token")) << QStringLiteral("--force-refresh")
                                                                   << QStringLiteral("--json") << QStringLiteral("--verbose");
    QProcess first;
    first.setProcessEnvironment(qtsigninEnvironment());
    first.start(QStringLiteral(QTSIGNIN_CLI), arguments);
    QVERIFY(first.waitForStarted());
    QByteArray firstErr;
    QVERIFY2(waitForStderr(&first, "redeeming the refresh token", &firstErr), firstErr.constData());
    QProcess second;
    second.setProcessEnvironment(qtsigninEnvironment());
    second.start(QStringLiteral(QTSIGNIN_CLI), arguments);
    QVERIFY(second.waitForStarted());
    QByteArray secondErr;
    QVERIFY2(waitForStderr(&second, "waiting for another process", &secondErr), secondErr.constData());
    QElapsedTimer interrupted;
    interrupted.start();
    QCOMPARE(::kill(pid_t(second.processId()), SIGINT), 0);
    QVERIFY(second.waitForFinished(30000));
    QVERIFY2(interrupted.elapsed() < 1500, "it waited for the other process instead of ending");
    QCOMPARE(second.exitCode(), 130);
    QVERIFY(first.waitForFinished(30000));
    QCOMPARE(first.exitCode(), 0);
    delayTokenResponses(0);
    QCOMPARE(refreshGrants() - grantsBefore, 1);
    QCOMPARE(cli(session(QStringLiteral("token")) << QStringLiteral("--force-refresh")).exitCode, 0);
}

// The library's part: an application that deletes its SignInClient (or
// quits) while a refresh is under way still gets the rotated token stored.
void tst_CliSession::destroyingTheClientMidRefreshStoresTheRotatedToken()
{
    QCOMPARE(login().exitCode, 0);
    ClientConfiguration configuration;
    configuration.setAuthority(QUrl(m_issuer));
    configuration.setClientId(clientId);
    const auto loadedClient = [&] {
        auto client = std::make_unique<SignInClient>(configuration);
        client->setTokenStore(new KeychainTokenStore(serviceName()));
        std::unique_ptr<SignInReply> load(client->loadTokenCache());
        QSignalSpy loaded(load.get(), &SignInReply::finished);
        loaded.wait(30000);
        return client;
    };
    auto client = loadedClient();
    QCOMPARE(client->accounts().size(), 1);
    delayTokenResponses(1500);
    SilentOptions force;
    force.setForceRefresh(true);
    std::unique_ptr<SignInReply> reply(client->acquireTokenSilent(client->accounts().first(), {}, force));
    QVERIFY(!client->hasPendingWrites());
    QTRY_VERIFY_WITH_TIMEOUT(client->hasPendingWrites(), 30000);
    QElapsedTimer destroying;
    destroying.start();
    client.reset(); // hands the refresh over: it finishes without the client
    QVERIFY2(destroying.elapsed() < 500, "the destructor waited for the network");
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
    QCOMPARE(reply->result().source(), TokenSource::Refresh);
    delayTokenResponses(0);
    QTest::qWait(200); // the keychain's tidying after its commit

    auto next = loadedClient();
    QCOMPARE(next->accounts().size(), 1);
    std::unique_ptr<SignInReply> again(next->acquireTokenSilent(next->accounts().first(), {}, force));
    QTRY_VERIFY_WITH_TIMEOUT(again->isFinished(), 30000);
    QVERIFY2(!again->error().isError(), qPrintable(again->error().detail()));
}

// A sign-in that has ended, whose reply the application still holds, is not
// "in progress": the next one may start (it used to fail until the reply was
// deleted).
void tst_CliSession::aFinishedSignInDoesNotBlockTheNext()
{
    ClientConfiguration configuration;
    configuration.setAuthority(QUrl(m_issuer));
    configuration.setClientId(clientId);
    SignInClient client(configuration);
    client.setTokenStore(new MemoryTokenStore);
    auto *browser = new SystemBrowserUserAgent;
    browser->setLauncher([](const QUrl &) { return false; }); // no browser here
    client.setUserAgent(browser);
    std::unique_ptr<SignInReply> first(client.signIn({QStringLiteral("profile")}));
    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished(), 30000);
    QCOMPARE(first->error().code(), SignInError::UserAgentUnavailable);
    std::unique_ptr<SignInReply> second(client.signIn({QStringLiteral("profile")}));
    QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), 30000);
    QCOMPARE(second->error().code(), SignInError::UserAgentUnavailable);
}

// A claims request (OpenID Connect Core §5.5) reaches the provider: the
// interactive sign-in's in the authorization request, where the provider
// honours it (email in the ID token, though its scope was not asked for),
// and a silent call's at the token endpoint, the cache skipped.
void tst_CliSession::claimsGoWithTheSignInAndTheSilentCall()
{
    const auto stats = [this] {
        return QJsonDocument::fromJson(httpRequest(QUrl(m_issuer + QStringLiteral("/test/stats")))).object();
    };
    const auto count = [&stats](const QString &key) {
        return stats().value(QLatin1String("requests")).toObject().value(key).toInt();
    };
    ClientConfiguration configuration;
    configuration.setAuthority(QUrl(m_issuer));
    configuration.setClientId(clientId);
    configuration.setProviderCaching(ClientConfiguration::ProviderCaching::MemoryOnly);
    SignInClient client(configuration);
    client.setTokenStore(new MemoryTokenStore);
    auto *browser = new SystemBrowserUserAgent;
    browser->setLauncher(SystemBrowserUserAgent::commandLauncher(
            QStringLiteral("node %1/tests/browser/signin.mjs").arg(QStringLiteral(QTSIGNIN_SOURCE_DIR))));
    client.setUserAgent(browser);

    const QString authorizations = QStringLiteral("claims:/auth");
    const int authorizationsBefore = count(authorizations);
    SignInOptions signInOptions;
    signInOptions.setClaims(QJsonDocument::fromJson(R"({"id_token":{"email":{"essential":true}}})").object());
    std::unique_ptr<SignInReply> signIn(
            client.signIn({QStringLiteral("profile"), QStringLiteral("offline_access")}, signInOptions));
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isFinished(), 120000);
    QVERIFY2(!signIn->error().isError(), qPrintable(signIn->error().detail()));
    QCOMPARE(count(authorizations) - authorizationsBefore, 1);
    QCOMPARE(signIn->result().idTokenClaims().value(QLatin1String("email")).toString(),
             QStringLiteral("alice@contoso.example"));

    const QString refreshesWithClaims = QStringLiteral("claims:grant:refresh_token");
    const int refreshesBefore = count(refreshesWithClaims);
    const QJsonObject challengeClaims =
            QJsonDocument::fromJson(R"({"access_token":{"nbf":{"essential":true,"value":"1604106651"}}})").object();
    SilentOptions silentOptions;
    silentOptions.setClaims(challengeClaims);
    std::unique_ptr<SignInReply> silent(client.acquireTokenSilent(signIn->result().account(), {}, silentOptions));
    QTRY_VERIFY_WITH_TIMEOUT(silent->isFinished(), 30000);
    QVERIFY2(!silent->error().isError(), qPrintable(silent->error().detail()));
    QCOMPARE(silent->result().source(), TokenSource::Refresh);
    QCOMPARE(count(refreshesWithClaims) - refreshesBefore, 1);
    QCOMPARE(QJsonDocument::fromJson(stats().value(QLatin1String("last_token_request_claims")).toString().toUtf8())
                     .object(),
             challengeClaims);
}

// Issue 16: like `gh auth login`, a login remembers the provider and
// client, so the next commands need no options; nothing secret is written.
void tst_CliSession::loginRemembersTheDefaultProfileWithoutSecrets()
{
    QVERIFY(!QFile::exists(profilePath()));
    const Run signedIn = login();
    QCOMPARE(signedIn.exitCode, 0);
    QCOMPARE(signedIn.json.value(QLatin1String("profile")).toString(), QStringLiteral("default"));

    QFile file(profilePath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(profilePath()));
    const QByteArray content = file.readAll();
    QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFileInfo(QFileInfo(profilePath()).path()).permissions()
                     & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QJsonObject expected{{QStringLiteral("authority"), m_issuer},
                               {QStringLiteral("client-id"), clientId},
                               {QStringLiteral("app-name"), appName()},
                               {QStringLiteral("scope"), QJsonArray{QStringLiteral("profile"), QStringLiteral("offline_access")}}};
    QCOMPARE(QJsonDocument::fromJson(content).object(), expected);

    // No token of any kind, and none of what the keychain holds.
    QVERIFY(!QtSignInTest::containsJwt(content));
    const QByteArray accessToken = signedIn.json.value(QLatin1String("access_token")).toString().toUtf8();
    QVERIFY(!accessToken.isEmpty());
    QVERIFY(!content.contains(accessToken));
    const QByteArray refreshToken = keychainDocument().value(QLatin1String("refresh_tokens")).toArray().first()
                                            .toObject().value(QLatin1String("token")).toString().toUtf8();
    QVERIFY(!refreshToken.isEmpty());
    QVERIFY(!content.contains(refreshToken));
    QVERIFY(!content.contains("token\""));
}

void tst_CliSession::rememberedProfileServesTokenAccountsAndLogout()
{
    const Run signedIn = login();
    QCOMPARE(signedIn.exitCode, 0);

    const Run token = cli({QStringLiteral("token")});
    QCOMPARE(token.exitCode, 0);
    QCOMPARE(token.out.trimmed(), signedIn.json.value(QLatin1String("access_token")).toString().toUtf8());

    const Run accounts = cli({QStringLiteral("accounts"), QStringLiteral("--json")});
    QCOMPARE(accounts.exitCode, 0);
    const QJsonArray list = accounts.json.value(QLatin1String("accounts")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QLatin1String("username")).toString(), QStringLiteral("alice@contoso.example"));

    QVERIFY(keychainItemCount() > 0);
    QCOMPARE(cli({QStringLiteral("logout")}).exitCode, 0);
    QCOMPARE(keychainItemCount(), 0); // the profile's keychain item: the same --app-name and client
    QCOMPARE(cli({QStringLiteral("token")}).exitCode, 4);
    // Signing out keeps the profile: the next `qtsignin login` needs no options either.
    QVERIFY(QFile::exists(profilePath()));
}

void tst_CliSession::profilesKeepTwoClientsApart()
{
    const Run first = login();
    QCOMPARE(first.exitCode, 0);
    const Run second = login({QStringLiteral("--profile"), QStringLiteral("second")}, secondClientId);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.json.value(QLatin1String("profile")).toString(), QStringLiteral("second"));
    QCOMPARE(readJsonFile(profilePath()).value(QLatin1String("client-id")).toString(), clientId);
    QCOMPARE(readJsonFile(profilePath(QStringLiteral("second"))).value(QLatin1String("client-id")).toString(),
             secondClientId);

    const QByteArray firstToken = first.json.value(QLatin1String("access_token")).toString().toUtf8();
    const QByteArray secondToken = second.json.value(QLatin1String("access_token")).toString().toUtf8();
    QVERIFY(firstToken != secondToken);
    const Run byDefault = cli({QStringLiteral("token")});
    QCOMPARE(byDefault.exitCode, 0);
    QCOMPARE(byDefault.out.trimmed(), firstToken);
    const Run bySecond = cli({QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("second")});
    QCOMPARE(bySecond.exitCode, 0);
    QCOMPARE(bySecond.out.trimmed(), secondToken);

    // Signing out of one leaves the other signed in.
    QCOMPARE(cli({QStringLiteral("logout"), QStringLiteral("--profile"), QStringLiteral("second")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("second")}).exitCode, 4);
    QCOMPARE(cli({QStringLiteral("token")}).out.trimmed(), firstToken);
}

void tst_CliSession::optionsGivenWinOverTheProfile()
{
    QCOMPARE(login().exitCode, 0);
    QCOMPARE(cli({QStringLiteral("accounts"), QStringLiteral("--json")}).json.value(QLatin1String("accounts"))
                     .toArray().size(), 1);
    // Another --app-name is another keychain item: nobody signed in there.
    const Run otherApp = cli({QStringLiteral("accounts"), QStringLiteral("--json"), QStringLiteral("--app-name"),
                              appName() + QStringLiteral("-other")});
    QCOMPARE(otherApp.exitCode, 0);
    QCOMPARE(otherApp.json.value(QLatin1String("accounts")).toArray().size(), 0);
    // --cache memory instead of the profile's keychain: nothing there either.
    QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("--cache"), QStringLiteral("memory")}).exitCode, 4);
    // Another client id at the profile's provider: its own (empty) keychain item.
    QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("--client-id"), secondClientId}).exitCode, 4);
    // Another provider: the default profile, another provider's, is not used at all.
    const Run otherProvider = cli({QStringLiteral("token"), QStringLiteral("--authority"),
                                   QStringLiteral("https://login.example.com/")});
    QCOMPARE(otherProvider.exitCode, 64);
    QVERIFY2(otherProvider.err.contains("--client-id"), otherProvider.err.constData());
}

// gh's rule: each login with options becomes the default profile; --no-save
// keeps the one there.
void tst_CliSession::eachLoginReplacesTheDefaultProfileUnlessNoSave()
{
    QCOMPARE(login().exitCode, 0);
    QCOMPARE(readJsonFile(profilePath()).value(QLatin1String("client-id")).toString(), clientId);
    const QDateTime written = QFileInfo(profilePath()).lastModified();

    QCOMPARE(login({QStringLiteral("--no-save")}, secondClientId).exitCode, 0);
    QCOMPARE(readJsonFile(profilePath()).value(QLatin1String("client-id")).toString(), clientId);
    QCOMPARE(QFileInfo(profilePath()).lastModified(), written);

    const Run second = login({}, secondClientId);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(readJsonFile(profilePath()).value(QLatin1String("client-id")).toString(), secondClientId);
    const Run token = cli({QStringLiteral("token")});
    QCOMPARE(token.exitCode, 0);
    QCOMPARE(token.out.trimmed(), second.json.value(QLatin1String("access_token")).toString().toUtf8());
}

void tst_CliSession::unusableProfileIsAnErrorThatSaysWhatToDo_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("permissions");
    QTest::addColumn<QByteArray>("reason");
    const int ownerOnly = int(QFile::ReadOwner | QFile::WriteOwner);
    QTest::newRow("not JSON") << QByteArray("{\"authority\": ") << ownerOnly << QByteArray("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[]") << ownerOnly << QByteArray("not a JSON object");
    QTest::newRow("unknown key") << QByteArray("{\"authority\": \"https://login.example.com/\", \"client-id\": \"x\", "
                                              "\"colour\": \"red\"}")
                                 << ownerOnly << QByteArray("unknown key \"colour\"");
    QTest::newRow("a secret") << QByteArray("{\"authority\": \"https://login.example.com/\", \"client-id\": \"x\", "
                                           "\"client_secret\": \"s3cr3t\"}")
                              << ownerOnly << QByteArray("never holds secrets");
    QTest::newRow("no client id") << QByteArray("{\"authority\": \"https://login.example.com/\"}") << ownerOnly
                                  << QByteArray("\"client-id\" is missing");
    QTest::newRow("a number for a string") << QByteArray("{\"authority\": \"https://login.example.com/\", \"client-id\": 7}")
                                           << ownerOnly << QByteArray("\"client-id\" must be a string");
    QTest::newRow("plain http") << QByteArray("{\"authority\": \"http://login.example.com/\", \"client-id\": \"x\"}")
                                << ownerOnly << QByteArray("\"authority\" must be an https URL");
    QTest::newRow("writable by others")
            << QByteArray("{\"authority\": \"https://login.example.com/\", \"client-id\": \"x\"}")
            << int(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther)
            << QByteArray("chmod 600");
}

void tst_CliSession::unusableProfileIsAnErrorThatSaysWhatToDo()
{
    QFETCH(QByteArray, content);
    QFETCH(int, permissions);
    QFETCH(QByteArray, reason);
    QVERIFY(QDir().mkpath(QFileInfo(profilePath()).path()));
    QFile file(profilePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QVERIFY(file.setPermissions(QFile::Permissions(permissions)));

    for (const QString &command : {QStringLiteral("token"), QStringLiteral("accounts"), QStringLiteral("logout"),
                                   QStringLiteral("login")}) {
        const Run run = cli({command});
        QCOMPARE(run.exitCode, 78); // EX_CONFIG, not a crash and not a usage error
        QVERIFY2(run.err.contains(reason), run.err.constData());
        QVERIFY2(run.err.contains(profilePath().toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("delete it and run 'qtsignin login'"), run.err.constData());
        QVERIFY(!run.err.contains("s3cr3t"));
    }
    const Run json = cli({QStringLiteral("token"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 78);
    QCOMPARE(json.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_profile"));
}

void tst_CliSession::withoutAProfileTheUsageErrorNamesLogin()
{
    for (const QString &command : {QStringLiteral("token"), QStringLiteral("accounts"), QStringLiteral("logout")}) {
        const Run run = cli({command});
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains("--authority URL is required"), run.err.constData());
        QVERIFY2(run.err.contains("qtsignin login --authority URL --client-id ID"), run.err.constData());
    }
    const Run named = cli({QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("work")});
    QCOMPARE(named.exitCode, 64);
    QVERIFY2(named.err.contains("qtsignin login --profile work"), named.err.constData());
    const Run notAName = cli({QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("../work")});
    QCOMPARE(notAName.exitCode, 64);
    QVERIFY2(notAName.err.contains("--profile must be a name"), notAName.err.constData());
}

// `curl -H "$(qtsignin token --format header)" URL`: one header line that
// an API accepts as it stands.
void tst_CliSession::tokenAsAnAuthorizationHeader()
{
    const Run signedIn = login();
    QCOMPARE(signedIn.exitCode, 0);
    const QByteArray accessToken = signedIn.json.value(QLatin1String("access_token")).toString().toUtf8();
    QCOMPARE(signedIn.json.value(QLatin1String("token_type")).toString().compare(QLatin1String("Bearer"),
                                                                               Qt::CaseInsensitive), 0);

    const Run header = cli({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("header")});
    QCOMPARE(header.exitCode, 0);
    QCOMPARE(header.out, "Authorization: Bearer " + accessToken + '\n');
    // Today's default and --json are unchanged; --format json is --json.
    QCOMPARE(cli({QStringLiteral("token")}).out, accessToken + '\n');
    QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("--format=token")}).out, accessToken + '\n');
    const Run json = cli({QStringLiteral("token"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json.value(QLatin1String("access_token")).toString().toUtf8(), accessToken);
    QCOMPARE(json.json.keys(), cli({QStringLiteral("token"), QStringLiteral("--json")}).json.keys());

    // As curl reads -H: the name before the first colon, the value after it
    // without its leading blanks; "$(...)" has dropped the new line.
    const QByteArray line = header.out.chopped(1);
    const qsizetype colon = line.indexOf(':');
    QVERIFY(colon > 0);
    const QByteArray name = line.left(colon);
    const QByteArray value = line.mid(colon + 1).trimmed();
    const QJsonObject discovery = QJsonDocument::fromJson(
            httpRequest(QUrl(m_issuer + QStringLiteral("/.well-known/openid-configuration")))).object();
    const QUrl userInfo(discovery.value(QLatin1String("userinfo_endpoint")).toString());
    QVERIFY(userInfo.isValid());
    QNetworkAccessManager network;
    QNetworkRequest request(userInfo);
    request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QString subject = signedIn.json.value(QLatin1String("id_token_claims")).toObject()
                                    .value(QLatin1String("sub")).toString();
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("sub")).toString(), subject);

    // And curl itself, where there is one.
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (!curl.isEmpty()) {
        QProcess process;
        process.start(curl, {QStringLiteral("-sSf"), QStringLiteral("-H"), QString::fromUtf8(line),
                             userInfo.toString(QUrl::FullyEncoded)});
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(process.readAllStandardOutput()).object().value(QLatin1String("sub")).toString(),
                 subject);
    }
}

void tst_CliSession::unknownTokenFormatIsAUsageError()
{
    const Run bogus = cli(session(QStringLiteral("token")) << QStringLiteral("--format") << QStringLiteral("bogus"));
    QCOMPARE(bogus.exitCode, 64);
    QVERIFY2(bogus.err.contains("--format must be token, header or json"), bogus.err.constData());
    QVERIFY(bogus.out.isEmpty());
    const Run both = cli(session(QStringLiteral("token")) << QStringLiteral("--json") << QStringLiteral("--format")
                                                           << QStringLiteral("header"));
    QCOMPARE(both.exitCode, 64);
    QCOMPARE(both.json.value(QLatin1String("error")).toString(), QStringLiteral("usage"));
}

QTEST_GUILESS_MAIN(tst_CliSession)
namespace {

// RFC 7638 §3 for a P-256 public key, computed here rather than by the library.
QByteArray thumbprintOf(const QJsonObject &jwk)
{
    const QByteArray canonical = "{\"crv\":\"" + jwk.value(QLatin1String("crv")).toString().toLatin1() + "\",\"kty\":\""
            + jwk.value(QLatin1String("kty")).toString().toLatin1() + "\",\"x\":\""
            + jwk.value(QLatin1String("x")).toString().toLatin1() + "\",\"y\":\""
            + jwk.value(QLatin1String("y")).toString().toLatin1() + "\"}";
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject jwtClaims(const QString &jwt)
{
    const QList<QByteArray> parts = jwt.toLatin1().split('.');
    if (parts.size() != 3)
        return QJsonObject();
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
}

} // namespace

void tst_CliSession::dpopBindsTheTokensToAKeyKeptWithThem()
{
    // The API's scope: its access token is a JWT, whose cnf.jkt names the
    // key it is bound to (RFC 9449 §6.1).
    const Run signedIn = login({QStringLiteral("--dpop"), QStringLiteral("required"), QStringLiteral("--scope"),
                                QStringLiteral("api.read")});
    QCOMPARE(signedIn.exitCode, 0);
    QCOMPARE(signedIn.json.value(QLatin1String("token_type")).toString(), QStringLiteral("DPoP"));
    // The key is kept with the tokens, in the keychain item, and nowhere else.
    const QJsonObject stored = keychainDocument();
    const QJsonObject refreshEntry = stored.value(QLatin1String("refresh_tokens")).toArray().first().toObject();
    const QJsonObject key = QJsonDocument::fromJson(refreshEntry.value(QLatin1String("dpop_key")).toString().toUtf8()).object();
    QCOMPARE(key.value(QLatin1String("kty")).toString(), QStringLiteral("EC"));
    QVERIFY(key.contains(QLatin1String("d")));
    QCOMPARE(stored.value(QLatin1String("access_tokens")).toArray().first().toObject().value(QLatin1String("dpop_key")),
             refreshEntry.value(QLatin1String("dpop_key")));
    const QByteArray thumbprint = thumbprintOf(key);
    const QJsonObject claims = jwtClaims(signedIn.json.value(QLatin1String("access_token")).toString());
    QCOMPARE(claims.value(QLatin1String("cnf")).toObject().value(QLatin1String("jkt")).toString().toLatin1(), thumbprint);

    // A second process refreshes with the stored key: the new access token is
    // bound to the same key, and the rotated refresh token keeps it.
    expireAccessTokensInTheKeychain();
    const Run refreshed = cli(session(QStringLiteral("token")) << QStringLiteral("--json"));
    QCOMPARE(refreshed.exitCode, 0);
    QCOMPARE(refreshed.json.value(QLatin1String("source")).toString(), QStringLiteral("refresh"));
    QCOMPARE(refreshed.json.value(QLatin1String("token_type")).toString(), QStringLiteral("DPoP"));
    QVERIFY(refreshed.json.value(QLatin1String("access_token")) != signedIn.json.value(QLatin1String("access_token")));
    QCOMPARE(jwtClaims(refreshed.json.value(QLatin1String("access_token")).toString())
                     .value(QLatin1String("cnf")).toObject().value(QLatin1String("jkt")).toString().toLatin1(),
             thumbprint);
    const QJsonObject rotated = keychainDocument().value(QLatin1String("refresh_tokens")).toArray().first().toObject();
    QVERIFY(rotated.value(QLatin1String("token")) != refreshEntry.value(QLatin1String("token")));
    QCOMPARE(rotated.value(QLatin1String("dpop_key")), refreshEntry.value(QLatin1String("dpop_key")));

    // The header for scripts names the DPoP scheme; with --dpop-url comes
    // the proof for that one request, with the token's hash (ath).
    const Run header = cli(session(QStringLiteral("token")) << QStringLiteral("--format") << QStringLiteral("header"));
    QCOMPARE(header.exitCode, 0);
    QVERIFY2(header.out.startsWith("Authorization: DPoP "), header.out.constData());
    QCOMPARE(header.out.count('\n'), 1);
    const Run withProof = cli(session(QStringLiteral("token")) << QStringLiteral("--format") << QStringLiteral("header")
                              << QStringLiteral("--dpop-url") << QStringLiteral("https://api.example/items?page=2")
                              << QStringLiteral("--dpop-method") << QStringLiteral("POST"));
    QCOMPARE(withProof.exitCode, 0);
    const QList<QByteArray> lines = withProof.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), header.out.trimmed());
    QVERIFY2(lines.at(1).startsWith("DPoP: "), lines.at(1).constData());
    const QJsonObject proof = jwtClaims(QString::fromLatin1(lines.at(1).mid(6)));
    QCOMPARE(proof.value(QLatin1String("htm")).toString(), QStringLiteral("POST"));
    QCOMPARE(proof.value(QLatin1String("htu")).toString(), QStringLiteral("https://api.example/items"));
    QCOMPARE(proof.value(QLatin1String("ath")).toString().toLatin1(),
             QCryptographicHash::hash(lines.at(0).mid(int(qstrlen("Authorization: DPoP "))), QCryptographicHash::Sha256)
                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

    // Signing out forgets the key with the tokens.
    QCOMPARE(cli(session(QStringLiteral("logout")) << QStringLiteral("--json")).exitCode, 0);
    QCOMPARE(keychainItemCount(), 0);
}

// The local provider's qtsignin-dpop-nonce client must send a server nonce
// (RFC 9449 §8): the first token request of a process is answered
// use_dpop_nonce and sent again with the nonce, the one extra request DPoP
// costs; the second process, without the first's nonce, does the same.
void tst_CliSession::dpopNonceCostsOneRetryPerProcess()
{
    const QString nonceClient = QStringLiteral("qtsignin-dpop-nonce");
    const QString tokenPath = QUrl(m_issuer).path() + QStringLiteral("/token");
    const int before = requestsTo(tokenPath);
    const Run signedIn = login({QStringLiteral("--dpop"), QStringLiteral("required")}, nonceClient);
    QCOMPARE(signedIn.exitCode, 0);
    QCOMPARE(signedIn.json.value(QLatin1String("token_type")).toString(), QStringLiteral("DPoP"));
    QCOMPARE(requestsTo(tokenPath) - before, 2);

    QStringList token = session(QStringLiteral("token"));
    token[token.indexOf(clientId)] = nonceClient;
    const int beforeRefresh = requestsTo(tokenPath);
    const Run refreshed = cli(token << QStringLiteral("--json") << QStringLiteral("--force-refresh"));
    QCOMPARE(refreshed.exitCode, 0);
    QCOMPARE(refreshed.json.value(QLatin1String("source")).toString(), QStringLiteral("refresh"));
    QCOMPARE(refreshed.json.value(QLatin1String("token_type")).toString(), QStringLiteral("DPoP"));
    QCOMPARE(requestsTo(tokenPath) - beforeRefresh, 2);
}

// The provider's userinfo refuses a DPoP-bound token sent as a bearer token
// (RFC 9449 §7.1): the library sends it under the DPoP scheme with a proof.
void tst_CliSession::userInfoTakesADPoPBoundTokenWithItsProof()
{
    QCOMPARE(login({QStringLiteral("--dpop"), QStringLiteral("required"), QStringLiteral("--scope"),
                    QStringLiteral("email")}).exitCode, 0);
    const std::unique_ptr<SignInClient> signedIn = clientOverTheLoginsKeychainItem();
    QVERIFY(signedIn);
    SignInClient &client = *signedIn;
    QCOMPARE(client.accounts().size(), 1);
    const Account account = client.accounts().constFirst();
    std::unique_ptr<SignInReply> reply(client.fetchUserInfo(account));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
    QCOMPARE(reply->result().tokenType(), QStringLiteral("DPoP"));
    QCOMPARE(reply->result().userInfo().value(QLatin1String("email")).toString(), QStringLiteral("alice@contoso.example"));
    // The token it came with carries a proof for any request of the app's.
    const QByteArray proof = client.dpopProof(reply->result(), "GET", QUrl(QStringLiteral("https://api.example/x")));
    QVERIFY(!proof.isEmpty());
    QVERIFY(reply->result().authorizationHeaderValue().reveal().startsWith("DPoP "));
}

void tst_CliSession::withoutDPoPTheTokensAreBearer()
{
    const Run signedIn = login({QStringLiteral("--scope"), QStringLiteral("api.read")});
    QCOMPARE(signedIn.exitCode, 0);
    QCOMPARE(signedIn.json.value(QLatin1String("token_type")).toString().compare(QLatin1String("Bearer"),
                                                                               Qt::CaseInsensitive), 0);
    QVERIFY(!jwtClaims(signedIn.json.value(QLatin1String("access_token")).toString()).contains(QLatin1String("cnf")));
    QVERIFY(!QJsonDocument(keychainDocument()).toJson().contains("dpop_key"));
    expireAccessTokensInTheKeychain();
    const Run refreshed = cli(session(QStringLiteral("token")) << QStringLiteral("--json"));
    QCOMPARE(refreshed.exitCode, 0);
    QCOMPARE(refreshed.json.value(QLatin1String("token_type")).toString().compare(QLatin1String("Bearer"),
                                                                                Qt::CaseInsensitive), 0);
    // A Bearer token goes without a proof.
    const Run header = cli(session(QStringLiteral("token")) << QStringLiteral("--format") << QStringLiteral("header")
                           << QStringLiteral("--dpop-url") << QStringLiteral("https://api.example/items"));
    QCOMPARE(header.exitCode, 0);
    QVERIFY2(header.out.startsWith("Authorization: Bearer "), header.out.constData());
    QCOMPARE(header.out.count('\n'), 1);
}

#include "tst_cli_session.moc"
