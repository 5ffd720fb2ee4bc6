// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// ClientConfiguration::github() signs in, through the library, against the
// GitHub-shaped fixture (tests/fixtures/github-provider/server.mjs, which
// names the sections of GitHub's documentation it follows): plain OAuth 2.0
// with PKCE, the client secret in the token request's body and nowhere else,
// the account from GET /user, tokens that do not expire or are refreshed,
// and a sign-out that stays local.
//
// No real browser: the launcher plays the person at the fixture's pages
// (sign in as alice, authorize the app) with plain HTTP requests and follows
// the redirect to the loopback listener. tst_cli_oauth2 drives the same
// fixture with Chromium.

#include <QtSignIn/Account.h>
#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/SystemBrowserUserAgent.h>

#include "ProviderPresets_p.h"
#include "../support/NodeFixtureServer.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QtTest>

#include <memory>

using namespace std::chrono_literals;
using namespace QtSignIn;

namespace {

// As registered at the fixture: gh-preset with the callback URL the
// preset's documentation says to register (http://127.0.0.1/), gh-expiring
// opted in to expiring tokens (callback http://127.0.0.1/callback).
const QString presetClient = QStringLiteral("gh-preset");
const Secret presetSecret(QStringLiteral("gh-preset-secret"));
const QString expiringClient = QStringLiteral("gh-expiring");
const Secret expiringSecret(QStringLiteral("gh-expiring-secret"));
constexpr int deadlineMs = 15000;

struct Outcome
{
    SignInResult result;
    SignInError error;
};

} // namespace

class tst_GithubPresetSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void signsInWithPkceAndTheSecretInTheBody();
    void theAccountIsTheProfilesNumericId();
    void theTokenComesFromTheCacheAfterwards();
    void expiringTokensAreRefreshedWithTheSecretInTheBody();
    void withoutTheSecretNothingIsSent();
    void aWrongSecretIsGithubsErrorDespiteHttp200();
    void signingOutIsLocal();
    void aRevocationEndpointGetsTheSecretAsTheTokenEndpointDoes();

private:
    ClientConfiguration github(const QString &clientId, const Secret &secret) const;
    std::unique_ptr<SignInClient> makeClient(const ClientConfiguration &configuration);
    Outcome signIn(SignInClient *client);
    Outcome wait(SignInReply *reply);
    void actAsThePerson(const QUrl &authorizationUrl);
    QNetworkReply *send(QNetworkReply *reply, const std::function<void(QNetworkReply *)> &then);
    QJsonObject stats();
    int stat(const QString &name) { return stats().value(name).toInt(); }
    int profileStatus(const Secret &accessToken);

    NodeFixtureServer m_server;
    QString m_base;
    QNetworkAccessManager m_network;
    bool m_browserLaunched = false;
};

void tst_GithubPresetSignIn::initTestCase()
{
    const QString script = QStringLiteral(GITHUB_PROVIDER_SCRIPT);
    QVERIFY2(QFile::exists(script), qPrintable(script));
    QString error;
    QVERIFY2(m_server.start(script, {}, &error), qPrintable(error));
    m_base = m_server.baseUrl();
}

void tst_GithubPresetSignIn::cleanupTestCase()
{
    m_network.clearConnectionCache();
    m_server.stop();
}

// The preset with the fixture as both github.com and api.github.com.
ClientConfiguration tst_GithubPresetSignIn::github(const QString &clientId, const Secret &secret) const
{
    ClientConfiguration configuration = ProviderPresets::github(clientId, secret, QUrl(m_base), QUrl(m_base));
    configuration.setNetworkTimeout(10s);
    configuration.setInteractiveTimeout(10s);
    return configuration;
}

std::unique_ptr<SignInClient> tst_GithubPresetSignIn::makeClient(const ClientConfiguration &configuration)
{
    auto client = std::make_unique<SignInClient>(configuration);
    client->setTokenStore(new MemoryTokenStore);
    auto *agent = new SystemBrowserUserAgent;
    agent->setLauncher([this](const QUrl &url) {
        m_browserLaunched = true;
        actAsThePerson(url);
        return true;
    });
    client->setUserAgent(agent);
    return client;
}

// Runs `then` with the reply once it finished; the reply deletes itself.
QNetworkReply *tst_GithubPresetSignIn::send(QNetworkReply *reply, const std::function<void(QNetworkReply *)> &then)
{
    connect(reply, &QNetworkReply::finished, this, [reply, then] {
        reply->deleteLater();
        then(reply);
    });
    return reply;
}

// Alice at the fixture's pages: the sign-in form, then "Authorize", then the
// redirect to the app's loopback listener, as a browser would follow it.
void tst_GithubPresetSignIn::actAsThePerson(const QUrl &authorizationUrl)
{
    const auto followToTheApp = [this](QNetworkReply *reply) {
        const QUrl target = reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
        if (target.host() == QLatin1String("127.0.0.1") && target.port() != QUrl(m_base).port())
            send(m_network.get(QNetworkRequest(target)), [](QNetworkReply *) {});
    };
    const auto post = [this](const QString &path, const QUrlQuery &form) {
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        return m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    };
    QNetworkRequest first(authorizationUrl);
    first.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    send(m_network.get(first), [=](QNetworkReply *page) {
        // An error sends the person straight back to the app.
        if (page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 302)
            return followToTheApp(page);
        const QString html = QString::fromUtf8(page->readAll());
        const QString pending =
                QRegularExpression(QStringLiteral("name=\"pending\" value=\"([0-9a-f]+)\"")).match(html).captured(1);
        if (pending.isEmpty())
            return qWarning("no sign-in form at the authorization URL: %s", qPrintable(html.left(300)));
        QUrlQuery signInForm;
        signInForm.addQueryItem(QStringLiteral("pending"), pending);
        signInForm.addQueryItem(QStringLiteral("login"), QStringLiteral("alice"));
        signInForm.addQueryItem(QStringLiteral("password"), QStringLiteral("alice-password"));
        send(post(QStringLiteral("/session"), signInForm), [=](QNetworkReply *) {
            QUrlQuery decision;
            decision.addQueryItem(QStringLiteral("pending"), pending);
            decision.addQueryItem(QStringLiteral("decision"), QStringLiteral("allow"));
            send(post(QStringLiteral("/login/oauth/authorize/decision"), decision), followToTheApp);
        });
    });
}

Outcome tst_GithubPresetSignIn::wait(SignInReply *reply)
{
    QSignalSpy finished(reply, &SignInReply::finished);
    if (!finished.wait(deadlineMs) && finished.isEmpty())
        qWarning("the operation did not finish");
    return Outcome{reply->result(), reply->error()};
}

Outcome tst_GithubPresetSignIn::signIn(SignInClient *client)
{
    m_browserLaunched = false;
    std::unique_ptr<SignInReply> reply(client->signIn({}));
    return wait(reply.get());
}

QJsonObject tst_GithubPresetSignIn::stats()
{
    std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(QUrl(m_base + QStringLiteral("/test/stats")))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    finished.wait(5000);
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// What the fixture's GET /user says to `accessToken` now.
int tst_GithubPresetSignIn::profileStatus(const Secret &accessToken)
{
    QNetworkRequest request(QUrl(m_base + QStringLiteral("/user")));
    request.setRawHeader("Authorization", "Bearer " + accessToken.reveal());
    request.setRawHeader("User-Agent", "tst_github_preset_signin");
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    finished.wait(5000);
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void tst_GithubPresetSignIn::signsInWithPkceAndTheSecretInTheBody()
{
    const QJsonObject before = stats();
    auto client = makeClient(github(presetClient, presetSecret));
    const Outcome outcome = signIn(client.get());
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.errorCode() + QLatin1String(": ") + outcome.error.detail()));
    QVERIFY(m_browserLaunched);
    QVERIFY(!outcome.result.accessToken().isEmpty());
    QCOMPARE(outcome.result.tokenType().toLower(), QStringLiteral("bearer"));
    // GitHub's "read:user", granted as asked; an OAuth app's token that does
    // not expire, without a refresh token; no ID token at all.
    QCOMPARE(outcome.result.grantedScopes(), QStringList{QStringLiteral("read:user")});
    QVERIFY(!outcome.result.expiresOn().isValid());
    QVERIFY(outcome.result.refreshToken().isEmpty());
    QVERIFY(outcome.result.idToken().isEmpty());

    const QJsonObject after = stats();
    const auto increase = [&](const char *name) {
        return after.value(QLatin1String(name)).toInt() - before.value(QLatin1String(name)).toInt();
    };
    QCOMPARE(increase("grant:authorization_code"), 1);
    QCOMPARE(increase("authorize:pkce_s256"), 1);
    // The secret in the body, as GitHub documents it; never as Basic.
    QCOMPARE(increase("token_secret:body"), 1);
    QCOMPARE(increase("token_secret:header"), 0);
    QCOMPARE(increase("token_accept:json"), 1);
    QCOMPARE(increase("authorize:nonce"), 0);
    QCOMPARE(increase("authorize:openid"), 0);
    QCOMPARE(increase("user:ok"), 1);
}

void tst_GithubPresetSignIn::theAccountIsTheProfilesNumericId()
{
    auto client = makeClient(github(presetClient, presetSecret));
    const Outcome outcome = signIn(client.get());
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.detail()));
    const Account account = outcome.result.account();
    QCOMPARE(account.id(), QStringLiteral("583231"));
    QCOMPARE(account.username(), QStringLiteral("alice"));
    QCOMPARE(account.displayName(), QStringLiteral("Alice Liddell"));
    QCOMPARE(account.identityVerification(), Account::IdentityVerification::ProfileEndpoint);
    // Filed under the endpoint that issues the tokens
    // (https://github.com/login/oauth/access_token for GitHub).
    QCOMPARE(account.issuer(), m_base + QStringLiteral("/login/oauth/access_token"));
    QCOMPARE(outcome.result.userInfo().value(QLatin1String("login")).toString(), QStringLiteral("alice"));
}

void tst_GithubPresetSignIn::theTokenComesFromTheCacheAfterwards()
{
    auto client = makeClient(github(presetClient, presetSecret));
    const Outcome signedIn = signIn(client.get());
    QVERIFY2(!signedIn.error.isError(), qPrintable(signedIn.error.detail()));
    const int grants = stat(QStringLiteral("grant:authorization_code"));
    // Even a day's validity asked for: the token does not expire.
    SilentOptions options;
    options.setMinimumValidity(std::chrono::hours(24));
    std::unique_ptr<SignInReply> reply(
            client->acquireTokenSilent(signedIn.result.account(), {QStringLiteral("read:user")}, options));
    const Outcome silent = wait(reply.get());
    QVERIFY2(!silent.error.isError(), qPrintable(silent.error.detail()));
    QCOMPARE(silent.result.source(), TokenSource::Cache);
    QCOMPARE(silent.result.accessToken().reveal(), signedIn.result.accessToken().reveal());
    QCOMPARE(stat(QStringLiteral("grant:authorization_code")), grants);
}

void tst_GithubPresetSignIn::expiringTokensAreRefreshedWithTheSecretInTheBody()
{
    ClientConfiguration configuration = github(expiringClient, expiringSecret);
    configuration.setRedirectUri(QUrl(QStringLiteral("http://127.0.0.1/callback")));
    auto client = makeClient(configuration);
    const Outcome signedIn = signIn(client.get());
    QVERIFY2(!signedIn.error.isError(), qPrintable(signedIn.error.detail()));
    QVERIFY(!signedIn.result.refreshToken().isEmpty());
    QVERIFY(signedIn.result.expiresOn().isValid());

    const QJsonObject before = stats();
    SilentOptions force;
    force.setForceRefresh(true);
    std::unique_ptr<SignInReply> reply(
            client->acquireTokenSilent(signedIn.result.account(), {QStringLiteral("read:user")}, force));
    const Outcome refreshed = wait(reply.get());
    QVERIFY2(!refreshed.error.isError(), qPrintable(refreshed.error.errorCode() + QLatin1String(": ")
                                                    + refreshed.error.detail()));
    QCOMPARE(refreshed.result.source(), TokenSource::Refresh);
    QVERIFY(refreshed.result.accessToken().reveal() != signedIn.result.accessToken().reveal());
    QCOMPARE(refreshed.result.account().id(), QStringLiteral("583231"));
    const QJsonObject after = stats();
    QCOMPARE(after.value(QLatin1String("grant:refresh_token")).toInt(),
             before.value(QLatin1String("grant:refresh_token")).toInt() + 1);
    QCOMPARE(after.value(QLatin1String("token_secret:body")).toInt(),
             before.value(QLatin1String("token_secret:body")).toInt() + 1);
    QCOMPARE(after.value(QLatin1String("token_secret:header")).toInt(),
             before.value(QLatin1String("token_secret:header")).toInt());
}

void tst_GithubPresetSignIn::withoutTheSecretNothingIsSent()
{
    const int tokenRequests = stat(QStringLiteral("token_accept:json"));
    auto client = makeClient(github(presetClient, Secret()));
    const Outcome outcome = signIn(client.get());
    QCOMPARE(outcome.error.code(), SignInError::InvalidConfiguration);
    QVERIFY2(outcome.error.detail().contains(QLatin1String("GitHub needs the client secret")),
             qPrintable(outcome.error.detail()));
    QVERIFY(!m_browserLaunched);
    QCOMPARE(stat(QStringLiteral("token_accept:json")), tokenRequests);
}

// GitHub answers a wrong secret with HTTP 200 and an error member
// ("Troubleshooting OAuth app access token request errors").
void tst_GithubPresetSignIn::aWrongSecretIsGithubsErrorDespiteHttp200()
{
    auto client = makeClient(github(presetClient, Secret(QStringLiteral("not-the-secret"))));
    const Outcome outcome = signIn(client.get());
    QVERIFY(outcome.error.isError());
    QCOMPARE(outcome.error.errorCode(), QStringLiteral("incorrect_client_credentials"));
    QVERIFY(outcome.error.providerErrorDescription().contains(QLatin1String("incorrect")));
    QVERIFY(outcome.result.accessToken().isEmpty());
    QVERIFY(!outcome.result.account().isValid());
    QVERIFY(client->accounts().isEmpty());
}

// No RFC 7009 endpoint: the tokens are forgotten here, the provider is told
// nothing, and the token itself still works there (the person revokes the
// app in their GitHub settings).
void tst_GithubPresetSignIn::signingOutIsLocal()
{
    auto client = makeClient(github(presetClient, presetSecret));
    const Outcome signedIn = signIn(client.get());
    QVERIFY2(!signedIn.error.isError(), qPrintable(signedIn.error.detail()));
    QCOMPARE(client->accounts().size(), 1);
    const int revoked = stat(QStringLiteral("revoked"));
    std::unique_ptr<SignInReply> reply(client->signOut(signedIn.result.account()));
    const Outcome signedOut = wait(reply.get());
    QVERIFY2(!signedOut.error.isError(), qPrintable(signedOut.error.detail()));
    QVERIFY(client->accounts().isEmpty());
    QCOMPARE(stat(QStringLiteral("revoked")), revoked);
    QCOMPARE(profileStatus(signedIn.result.accessToken()), 200);
}

// Where a revocation endpoint is configured (GitHub has none of RFC 7009's
// form; the fixture has one), the client authenticates there as at the
// token endpoint (RFC 7009 §2.1): with the secret in the body, here.
void tst_GithubPresetSignIn::aRevocationEndpointGetsTheSecretAsTheTokenEndpointDoes()
{
    ClientConfiguration configuration = github(presetClient, presetSecret);
    configuration.setRevocationEndpoint(QUrl(m_base + QStringLiteral("/oauth/revoke")));
    auto client = makeClient(configuration);
    const Outcome signedIn = signIn(client.get());
    QVERIFY2(!signedIn.error.isError(), qPrintable(signedIn.error.detail()));
    QCOMPARE(profileStatus(signedIn.result.accessToken()), 200);
    const int revoked = stat(QStringLiteral("revoked"));
    std::unique_ptr<SignInReply> reply(client->signOut(signedIn.result.account()));
    const Outcome signedOut = wait(reply.get());
    QVERIFY2(!signedOut.error.isError(), qPrintable(signedOut.error.detail()));
    QCOMPARE(stat(QStringLiteral("revoked")), revoked + 1);
    QCOMPARE(profileStatus(signedIn.result.accessToken()), 401);
}

QTEST_GUILESS_MAIN(tst_GithubPresetSignIn)
#include "tst_github_preset_signin.moc"
