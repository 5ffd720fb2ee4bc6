// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// Token revocation at sign-out (RFC 7009), as an application sees it, on a
// canned network: what the request says (the token and its hint), how the
// client authenticates there (as the provider advertises for the revocation
// endpoint, else as at the token endpoint), and that a provider which
// refuses leaves the tokens forgotten here all the same.

#include "ClientUnderTest.h"

#include <QtSignIn/Account.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>

#include <QtCore/QJsonArray>
#include <QtTest/QtTest>

using namespace QtSignIn;
using namespace QtSignInTest;

namespace {

const QByteArray clientSecret = QByteArrayLiteral("desktop-app-secret");
const QString revocationPath = QStringLiteral("/revoke");

using Method = ClientConfiguration::ClientAuthenticationMethod;

// A confidential installed app whose provider has a revocation endpoint.
ClientUnderTest::Configure confidentialClient(Method method = Method::Automatic)
{
    return [method](ClientConfiguration &configuration) {
        configuration.setClientSecret(Secret(clientSecret));
        configuration.setClientAuthenticationMethod(method);
        configuration.setRevocationEndpoint(QUrl(configuration.authority().toString() + revocationPath));
    };
}

void advertise(CannedProvider &provider, const char *member, const QStringList &methods)
{
    provider.discovery.insert(QString::fromLatin1(member), QJsonArray::fromStringList(methods));
    provider.publish();
}

enum class SentAs { Basic, Post };

// How `request` authenticated the client; fails the test for neither or both.
bool sentAs(const RecordedRequest &request, SentAs *method)
{
    const bool basic = request.header("Authorization").startsWith("Basic ");
    const bool post = request.formValue(QStringLiteral("client_secret")).toUtf8() == clientSecret;
    if (basic == post)
        return false;
    *method = basic ? SentAs::Basic : SentAs::Post;
    return true;
}

} // namespace

Q_DECLARE_METATYPE(SentAs)
Q_DECLARE_METATYPE(QtSignIn::ClientConfiguration::ClientAuthenticationMethod)

class tst_TokenRevocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestNamesTheRefreshTokenAndItsKind();
    void withoutARefreshTokenTheAccessTokenIsRevoked();
    void automaticMethodFollowsTheProvidersAdvertisement_data();
    void automaticMethodFollowsTheProvidersAdvertisement();
    void plainOAuth2AuthenticatesAsAtTheTokenEndpoint_data();
    void plainOAuth2AuthenticatesAsAtTheTokenEndpoint();
    void refusedRevocationStillForgetsTheTokens_data();
    void refusedRevocationStillForgetsTheTokens();
    void discoveredRevocationEndpointIsUsedByDefault();
    void configuredRevocationEndpointWinsOverTheDiscoveredOne();
    void revocationCanBeSkipped();
    void withoutARevocationEndpointNothingIsSentAndNothingFailed();
    void discoveredEndpointThatIsNotHttpsIsNotUsed();

private:
    static bool signOut(ClientUnderTest &under, const Account &account, const SignOutOptions &options = {},
                        SignInError *revocationError = nullptr);
};

bool tst_TokenRevocation::signOut(ClientUnderTest &under, const Account &account, const SignOutOptions &options,
                                  SignInError *revocationError)
{
    std::unique_ptr<SignInReply> reply(under.client->signOut(account, options));
    if (!ClientUnderTest::waitForFinished(reply.get()))
        return false;
    if (reply->error().isError())
        qWarning("sign-out failed: %s", qPrintable(reply->error().detail()));
    if (revocationError)
        *revocationError = reply->revocationError();
    else if (reply->revocationError().isError())
        qWarning("revocation failed: %s", qPrintable(reply->revocationError().detail()));
    return !reply->error().isError();
}

void tst_TokenRevocation::requestNamesTheRefreshTokenAndItsKind()
{
    ClientUnderTest under(confidentialClient());
    under.provider.clientSecret = clientSecret;
    const QUrl revocationEndpoint = under.provider.endpoint(revocationPath);
    under.network.answer("POST", revocationEndpoint, CannedResponse::text(200));
    std::unique_ptr<SignInReply> signIn(under.signIn());
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    const QString refreshToken = under.provider.issuedRefreshTokens().constLast();

    QVERIFY(signOut(under, signIn->result().account()));
    const auto requests = under.network.requestsTo("POST", revocationEndpoint);
    QCOMPARE(requests.size(), 1);
    // RFC 7009 §2.1: the refresh token, which takes its access tokens with it.
    QCOMPARE(requests.first().formValue(QStringLiteral("token")), refreshToken);
    QCOMPARE(requests.first().formValue(QStringLiteral("token_type_hint")), QStringLiteral("refresh_token"));
    QVERIFY(!requests.first().body.contains(signIn->result().accessToken().reveal()));
}

void tst_TokenRevocation::withoutARefreshTokenTheAccessTokenIsRevoked()
{
    ClientUnderTest under(confidentialClient());
    under.provider.clientSecret = clientSecret;
    under.provider.issueRefreshTokens = false;
    const QUrl revocationEndpoint = under.provider.endpoint(revocationPath);
    under.network.answer("POST", revocationEndpoint, CannedResponse::text(200));
    std::unique_ptr<SignInReply> signIn(under.signIn({QStringLiteral("profile")}));
    QCOMPARE(signIn->error().code(), SignInError::NoError);

    QVERIFY(signOut(under, signIn->result().account()));
    const auto requests = under.network.requestsTo("POST", revocationEndpoint);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().formValue(QStringLiteral("token")).toUtf8(), signIn->result().accessToken().reveal());
    QCOMPARE(requests.first().formValue(QStringLiteral("token_type_hint")), QStringLiteral("access_token"));
}

void tst_TokenRevocation::automaticMethodFollowsTheProvidersAdvertisement_data()
{
    // {"-"}: the member is absent from the discovery document.
    QTest::addColumn<QStringList>("tokenEndpointMethods");
    QTest::addColumn<QStringList>("revocationEndpointMethods");
    QTest::addColumn<SentAs>("atTheTokenEndpoint");
    QTest::addColumn<SentAs>("atTheRevocationEndpoint");
    const QString basic = QStringLiteral("client_secret_basic");
    const QString post = QStringLiteral("client_secret_post");
    const QStringList absent{QStringLiteral("-")};
    // RFC 8414 §2: the revocation endpoint's own list, when there is one.
    QTest::newRow("revocation: post only") << QStringList{basic, post} << QStringList{post}
                                           << SentAs::Basic << SentAs::Post;
    QTest::newRow("revocation: basic only") << QStringList{post} << QStringList{basic}
                                            << SentAs::Post << SentAs::Basic;
    // Else as at the token endpoint: the method that works there.
    QTest::newRow("token endpoint: post only") << QStringList{post} << absent << SentAs::Post << SentAs::Post;
    QTest::newRow("token endpoint: both") << QStringList{post, basic} << absent << SentAs::Basic << SentAs::Basic;
    QTest::newRow("nothing advertised") << absent << absent << SentAs::Basic << SentAs::Basic;
}

void tst_TokenRevocation::automaticMethodFollowsTheProvidersAdvertisement()
{
    QFETCH(QStringList, tokenEndpointMethods);
    QFETCH(QStringList, revocationEndpointMethods);
    QFETCH(SentAs, atTheTokenEndpoint);
    QFETCH(SentAs, atTheRevocationEndpoint);
    ClientUnderTest under(confidentialClient());
    under.provider.clientSecret = clientSecret;
    if (tokenEndpointMethods != QStringList{QStringLiteral("-")})
        advertise(under.provider, "token_endpoint_auth_methods_supported", tokenEndpointMethods);
    if (revocationEndpointMethods != QStringList{QStringLiteral("-")})
        advertise(under.provider, "revocation_endpoint_auth_methods_supported", revocationEndpointMethods);
    const QUrl revocationEndpoint = under.provider.endpoint(revocationPath);
    under.network.answer("POST", revocationEndpoint, CannedResponse::text(200));
    std::unique_ptr<SignInReply> signIn(under.signIn());
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    SentAs method = SentAs::Basic;
    QVERIFY(sentAs(under.network.requestsTo("POST", under.provider.tokenEndpoint()).first(), &method));
    QCOMPARE(method, atTheTokenEndpoint);

    QVERIFY(signOut(under, signIn->result().account()));
    const auto requests = under.network.requestsTo("POST", revocationEndpoint);
    QCOMPARE(requests.size(), 1);
    QVERIFY2(sentAs(requests.first(), &method), requests.first().body.constData());
    QCOMPARE(method, atTheRevocationEndpoint);
    QCOMPARE(requests.first().formValue(QStringLiteral("client_id")).isEmpty(), method == SentAs::Basic);
}

void tst_TokenRevocation::plainOAuth2AuthenticatesAsAtTheTokenEndpoint_data()
{
    QTest::addColumn<Method>("configured");
    QTest::addColumn<SentAs>("expected");
    QTest::newRow("automatic") << Method::Automatic << SentAs::Basic;
    QTest::newRow("post") << Method::ClientSecretPost << SentAs::Post;
    QTest::newRow("basic") << Method::ClientSecretBasic << SentAs::Basic;
}

void tst_TokenRevocation::plainOAuth2AuthenticatesAsAtTheTokenEndpoint()
{
    QFETCH(Method, configured);
    QFETCH(SentAs, expected);
    // No metadata at all: nothing discovered, nothing advertised.
    ClientUnderTest under([configured](ClientConfiguration &configuration) {
        confidentialClient(configured)(configuration);
        configuration.setProtocol(ClientConfiguration::Protocol::OAuth2);
        configuration.setAuthorizationEndpoint(QUrl(configuration.authority().toString() + QStringLiteral("/authorize")));
        configuration.setTokenEndpoint(QUrl(configuration.authority().toString() + QStringLiteral("/token")));
        configuration.setUserInfoEndpoint(QUrl(configuration.authority().toString() + QStringLiteral("/user")));
    });
    const QUrl userEndpoint = under.provider.endpoint(QStringLiteral("/user"));
    under.network.answer("GET", userEndpoint,
                         CannedResponse::json(QJsonObject{{QStringLiteral("id"), 583231},
                                                          {QStringLiteral("login"), QStringLiteral("mona")}}));
    under.provider.clientSecret = clientSecret;
    const QUrl revocationEndpoint = under.provider.endpoint(revocationPath);
    under.network.answer("POST", revocationEndpoint, CannedResponse::text(200));
    std::unique_ptr<SignInReply> signIn(under.signIn({QStringLiteral("read:user")}));
    QVERIFY2(!signIn->error().isError(), qPrintable(signIn->error().detail()));
    SentAs method = SentAs::Basic;
    QVERIFY(sentAs(under.network.requestsTo("POST", under.provider.tokenEndpoint()).first(), &method));
    QCOMPARE(method, expected);

    QVERIFY(signOut(under, signIn->result().account()));
    const auto requests = under.network.requestsTo("POST", revocationEndpoint);
    QCOMPARE(requests.size(), 1);
    QVERIFY2(sentAs(requests.first(), &method), requests.first().body.constData());
    QCOMPARE(method, expected);
    QVERIFY(under.network.requestsTo("GET", under.provider.discoveryUrl()).isEmpty());
}

void tst_TokenRevocation::refusedRevocationStillForgetsTheTokens_data()
{
    QTest::addColumn<CannedResponse>("answer");
    QTest::newRow("401 invalid_client")
            << CannedResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")}}, 401);
    QTest::newRow("503") << CannedResponse::text(503).withHeader("Retry-After", "120");
    QTest::newRow("connection refused") << CannedResponse::failing(CannedResponse::Failure::ConnectionRefused);
}

void tst_TokenRevocation::refusedRevocationStillForgetsTheTokens()
{
    QFETCH(CannedResponse, answer);
    ClientUnderTest under(confidentialClient());
    under.provider.clientSecret = clientSecret;
    const QUrl revocationEndpoint = under.provider.endpoint(revocationPath);
    under.network.answer("POST", revocationEndpoint, answer);
    std::unique_ptr<SignInReply> signIn(under.signIn());
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    const Account account = signIn->result().account();
    QCOMPARE(under.client->accounts().size(), 1);

    SignInError revocationError;
    QVERIFY(signOut(under, account, SignOutOptions(), &revocationError));
    QCOMPARE(under.network.requestsTo("POST", revocationEndpoint).size(), 1);
    // The reply says the provider did not revoke them...
    QCOMPARE(revocationError.code(), SignInError::RevocationFailed);
    QVERIFY(!revocationError.detail().isEmpty());
    QVERIFY(!revocationError.message().isEmpty());
    // ...and they are signed out here, whatever the provider said.
    QVERIFY(under.client->accounts().isEmpty());
    const int tokenRequests = under.network.requestsTo("POST", under.provider.tokenEndpoint()).size();
    std::unique_ptr<SignInReply> silent(under.client->acquireTokenSilent(account, {QStringLiteral("profile")}));
    QVERIFY(ClientUnderTest::waitForFinished(silent.get()));
    QVERIFY(silent->error().isError());
    QCOMPARE(under.network.requestsTo("POST", under.provider.tokenEndpoint()).size(), tokenRequests);
}

// A public client (no secret, nothing configured): the provider's discovery
// document names its revocation endpoint, and sign-out revokes there.
void tst_TokenRevocation::discoveredRevocationEndpointIsUsedByDefault()
{
    ClientUnderTest under;
    const QUrl revocationEndpoint = under.provider.endpoint(revocationPath);
    under.provider.discovery.insert(QStringLiteral("revocation_endpoint"), revocationEndpoint.toString());
    under.provider.publish();
    under.network.answer("POST", revocationEndpoint, CannedResponse::text(200));
    std::unique_ptr<SignInReply> signIn(under.signIn());
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    const QString refreshToken = under.provider.issuedRefreshTokens().constLast();

    SignInError revocationError;
    QVERIFY(signOut(under, signIn->result().account(), SignOutOptions(), &revocationError));
    QCOMPARE(revocationError.code(), SignInError::NoError);
    const auto requests = under.network.requestsTo("POST", revocationEndpoint);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().formValue(QStringLiteral("token")), refreshToken);
    QCOMPARE(requests.first().formValue(QStringLiteral("client_id")), under.client->configuration().clientId());
    QVERIFY(under.client->accounts().isEmpty());
}

void tst_TokenRevocation::configuredRevocationEndpointWinsOverTheDiscoveredOne()
{
    ClientUnderTest under(confidentialClient());
    under.provider.clientSecret = clientSecret;
    const QUrl configured = under.provider.endpoint(revocationPath);
    const QUrl discovered = under.provider.endpoint(QStringLiteral("/discovered-revoke"));
    under.provider.discovery.insert(QStringLiteral("revocation_endpoint"), discovered.toString());
    under.provider.publish();
    under.network.answer("POST", configured, CannedResponse::text(200));
    under.network.answer("POST", discovered, CannedResponse::text(200));
    std::unique_ptr<SignInReply> signIn(under.signIn());
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    QVERIFY(signOut(under, signIn->result().account()));
    QCOMPARE(under.network.requestsTo("POST", configured).size(), 1);
    QVERIFY(under.network.requestsTo("POST", discovered).isEmpty());
}

void tst_TokenRevocation::revocationCanBeSkipped()
{
    ClientUnderTest under;
    const QUrl revocationEndpoint = under.provider.endpoint(revocationPath);
    under.provider.discovery.insert(QStringLiteral("revocation_endpoint"), revocationEndpoint.toString());
    under.provider.publish();
    under.network.answer("POST", revocationEndpoint, CannedResponse::text(200));
    std::unique_ptr<SignInReply> signIn(under.signIn());
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    SignOutOptions options;
    QVERIFY(options.revokeTokens()); // the default
    options.setRevokeTokens(false);
    SignInError revocationError;
    QVERIFY(signOut(under, signIn->result().account(), options, &revocationError));
    QCOMPARE(revocationError.code(), SignInError::NoError);
    QVERIFY(under.network.requestsTo("POST", revocationEndpoint).isEmpty());
    QVERIFY(under.client->accounts().isEmpty());
}

// Nothing to revoke at is not a failure: the provider offers no revocation.
void tst_TokenRevocation::withoutARevocationEndpointNothingIsSentAndNothingFailed()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> signIn(under.signIn());
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    const int requestsBefore = under.network.requests().size();
    SignInError revocationError;
    QVERIFY(signOut(under, signIn->result().account(), SignOutOptions(), &revocationError));
    QCOMPARE(revocationError.code(), SignInError::NoError);
    for (const RecordedRequest &request : under.network.requests().mid(requestsBefore))
        QVERIFY2(request.method != "POST", qPrintable(request.url.toString()));
    QVERIFY(under.client->accounts().isEmpty());
}

// The discovery document is untrusted: a revocation endpoint that is not
// https (nor loopback http for a loopback provider) gets no token. The
// sign-in does not depend on it; the sign-out says the tokens stay valid.
void tst_TokenRevocation::discoveredEndpointThatIsNotHttpsIsNotUsed()
{
    ClientUnderTest under;
    const QUrl insecure(QStringLiteral("http://revoke.example/revoke"));
    under.provider.discovery.insert(QStringLiteral("revocation_endpoint"), insecure.toString());
    under.provider.publish();
    std::unique_ptr<SignInReply> signIn(under.signIn());
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    SignInError revocationError;
    QVERIFY(signOut(under, signIn->result().account(), SignOutOptions(), &revocationError));
    QCOMPARE(revocationError.code(), SignInError::RevocationFailed);
    QVERIFY2(revocationError.detail().contains(QStringLiteral("revocation_endpoint")),
             qPrintable(revocationError.detail()));
    QVERIFY(under.network.requestsTo("POST", insecure).isEmpty());
    QVERIFY(under.client->accounts().isEmpty());
}

QTEST_GUILESS_MAIN(tst_TokenRevocation)
#include "tst_token_revocation.moc"
