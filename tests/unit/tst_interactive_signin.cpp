// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// SignInClient::signIn() as an application sees it, pinned before the
// orchestration layer is rewritten (issue 15): a fake user agent, a canned
// provider on a canned network access manager, the public API only. What is
// asserted is what the reply says (code, errorCode, result fields) and what
// went over the network.

#include "ClientUnderTest.h"

#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/SystemBrowserUserAgent.h>
#include <QtSignIn/UserAgentSession.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QtTest>

using namespace QtSignIn;
using namespace QtSignInTest;
using Verdict = FakeUserAgent::Verdict;

namespace {

// Today a second sign-in while one runs fails with InvalidConfiguration.
// Issue 15 asks for a distinct "busy" code: when it exists, change this line.
constexpr SignInError::Code busyClientCode = SignInError::Busy;

QByteArray s256(const QString &verifier)
{
    return QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class tst_InteractiveSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void succeedsWithTokensAndAccount();
    void authorizationUrlCarriesPkceS256StateAndNonce();
    void tokenRequestCarriesCodeVerifierRedirectUriAndClientId();
    void redirectWithWrongStateIsIgnoredAndTheRightOneCompletes();
    void redirectWithoutCodeFails();
    void providerErrorInRedirectIsAuthorizationFailed();
    void issuerInRedirect_data();
    void issuerInRedirect();
    void tokenEndpointFailure_data();
    void tokenEndpointFailure();
    void idTokenFailure_data();
    void idTokenFailure();
    void unusableSigningKeysFailWithTheirReason_data();
    void unusableSigningKeysFailWithTheirReason();
    void dismissedWindowIsCancelled();
    void replyCancelIsCancelled();
    void presentFailureEndsTheSignIn();
    void fetchUserInfoOptionCallsUserinfoWithTheAccessToken();
    void secondConcurrentSignInFinishesAtOnceWithBusyError();
    void interactiveTimeoutIsTimedOut();
    void unreachableDiscoveryIsNetworkError();

    // The UserAgentSession contract, as a user agent sees it.
    void sessionCarriesTheRedirectUriOfTheRequest();
    void resumeRefusesWhatIsNotThisSignInsResponse_data();
    void resumeRefusesWhatIsNotThisSignInsResponse();
    void resumeTakesItsOwnResponseAndCompletedCarriesSuccess();
    void completedCarriesTheRealFailure();
    void completedComesFromInsideResumeForAFailedResponse();
    void sessionFailEndsTheSignInWithItsError();
    void sessionFailAfterTheResponseCameChangesNothing();
    void sessionCancelIsCancelled();
    void deletingTheRepliesFreesTheAgentForANewSignInAtOnce();
    void perCallAgentIsUsedAndLeftToTheCaller();
    void deletingThePerCallAgentEndsTheSignIn();
    void browserPageTellsTheRealOutcome_data();
    void browserPageTellsTheRealOutcome();

    // response_mode=form_post: only the system browser's listener reads one.
    void responseModeWithAnAgentThatReadsOnlyUrls_data();
    void responseModeWithAnAgentThatReadsOnlyUrls();
};

void tst_InteractiveSignIn::succeedsWithTokensAndAccount()
{
    ClientUnderTest under;
    QSignalSpy accountsChanged(under.client.get(), &SignInClient::accountsChanged);
    SignInReply *reply = under.client->signIn({QStringLiteral("profile"), QStringLiteral("offline_access")});
    QVERIFY(!reply->isFinished());
    QVERIFY(under.waitForPresented());
    QTRY_VERIFY(reply->isWaitingForUser());
    QCOMPARE(reply->authorizationUrl(), under.agent->authorizationUrl());
    QSignalSpy finished(reply, &SignInReply::finished);
    QCOMPARE(under.completeAuthorization(), Verdict::Accepted);
    QVERIFY(ClientUnderTest::waitForFinished(reply));
    QCOMPARE(finished.count(), 1);

    QCOMPARE(reply->error().code(), SignInError::NoError);
    QVERIFY(!reply->storeError().isError());
    const SignInResult result = reply->result();
    QCOMPARE(result.accessToken().reveal(), QByteArray("access-token-1"));
    QCOMPARE(result.tokenType(), QStringLiteral("Bearer"));
    QCOMPARE(result.refreshToken().reveal(), QByteArray("refresh-token-1"));
    QVERIFY(!result.idToken().isEmpty());
    QVERIFY(result.expiresOn() > QDateTime::currentDateTimeUtc().addSecs(3500));
    QCOMPARE(result.idTokenClaims().value(QLatin1String("sub")).toString(), QStringLiteral("alice"));
    QCOMPARE(result.requestedScopes(),
             (QStringList{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("offline_access")}));
    QCOMPARE(result.grantedScopes(), result.requestedScopes());
    QCOMPARE(result.account().id(), QStringLiteral("alice"));
    QCOMPARE(result.account().subject(), QStringLiteral("alice"));
    QCOMPARE(result.account().username(), QStringLiteral("alice@example.test"));
    QCOMPARE(result.account().issuer(), under.provider.issuer().toString());
    QCOMPARE(result.userAgent(), UserAgentKind::Custom);
    QCOMPARE(result.source(), TokenSource::Interactive);
    QVERIFY(result.userInfo().isEmpty());

    QCOMPARE(under.agent->verdicts(), (QList<Verdict>{Verdict::Accepted, Verdict::Succeeded}));
    QVERIFY(under.agent->dismissCount() >= 1);
    QCOMPARE(accountsChanged.count(), 1);
    QCOMPARE(under.client->accounts().size(), 1);
    QCOMPARE(under.client->accounts().first().id(), QStringLiteral("alice"));
    // Discovery, keys and the code, once each; nothing else.
    QCOMPARE(under.network.requests().size(), 3);
    QCOMPARE(under.network.requestsTo("GET", under.provider.discoveryUrl()).size(), 1);
    QCOMPARE(under.network.requestsTo("GET", under.provider.jwksUri()).size(), 1);
    QCOMPARE(under.network.requestsTo("POST", under.provider.tokenEndpoint()).size(), 1);
    delete reply;
}

void tst_InteractiveSignIn::authorizationUrlCarriesPkceS256StateAndNonce()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> reply(under.client->signIn({QStringLiteral("profile")}));
    QVERIFY(under.waitForPresented());
    const QUrl url = under.agent->authorizationUrl();
    QCOMPARE(url.adjusted(QUrl::RemoveQuery), under.provider.authorizationEndpoint());
    FakeUserAgent &agent = *under.agent;
    QCOMPARE(agent.authorizationParameter(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(agent.authorizationParameter(QStringLiteral("client_id")), under.provider.clientId());
    QCOMPARE(agent.authorizationParameter(QStringLiteral("redirect_uri")),
             QStringLiteral("http://127.0.0.1:%1/").arg(FakeUserAgent::redirectPort));
    QCOMPARE(agent.authorizationParameter(QStringLiteral("scope")), QStringLiteral("openid profile"));
    QCOMPARE(agent.authorizationParameter(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(agent.authorizationParameter(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(agent.authorizationParameter(QStringLiteral("state")).size() >= 32);
    QVERIFY(agent.authorizationParameter(QStringLiteral("nonce")).size() >= 32);
    QVERIFY(agent.authorizationParameter(QStringLiteral("state")) != agent.authorizationParameter(QStringLiteral("nonce")));
}

void tst_InteractiveSignIn::tokenRequestCarriesCodeVerifierRedirectUriAndClientId()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> reply(under.signIn());
    QCOMPARE(reply->error().code(), SignInError::NoError);
    const QList<RecordedRequest> posts = under.network.requestsTo("POST", under.provider.tokenEndpoint());
    QCOMPARE(posts.size(), 1);
    const RecordedRequest &post = posts.first();
    QCOMPARE(post.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(post.formValue(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
    QCOMPARE(post.formValue(QStringLiteral("code")), QStringLiteral("code-1"));
    QCOMPARE(post.formValue(QStringLiteral("client_id")), under.provider.clientId());
    QCOMPARE(post.formValue(QStringLiteral("redirect_uri")),
             under.agent->authorizationParameter(QStringLiteral("redirect_uri")));
    const QString verifier = post.formValue(QStringLiteral("code_verifier"));
    QVERIFY(verifier.size() >= 43);
    QCOMPARE(s256(verifier), under.agent->authorizationParameter(QStringLiteral("code_challenge")).toLatin1());
    QVERIFY(!post.form().hasQueryItem(QStringLiteral("client_secret")));
}

void tst_InteractiveSignIn::redirectWithWrongStateIsIgnoredAndTheRightOneCompletes()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> reply(under.client->signIn({QStringLiteral("profile")}));
    QVERIFY(under.waitForPresented());
    QUrlQuery forged;
    forged.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
    forged.addQueryItem(QStringLiteral("code"), QStringLiteral("stolen"));
    QCOMPARE(under.agent->deliver(under.agent->redirectWith(forged)), Verdict::NotForThisFlow);
    QCOMPARE(under.agent->deliver(QUrl(QStringLiteral("http://127.0.0.1:48123/favicon.ico"))), Verdict::NotForThisFlow);
    QTest::qWait(20);
    QVERIFY(!reply->isFinished());
    QVERIFY(reply->isWaitingForUser());
    QVERIFY(under.network.requestsTo("POST", under.provider.tokenEndpoint()).isEmpty());

    QCOMPARE(under.completeAuthorization(), Verdict::Accepted);
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
}

// This sign-in's response (its state) with neither a code nor an error.
void tst_InteractiveSignIn::redirectWithoutCodeFails()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    QUrlQuery nothing;
    nothing.addQueryItem(QStringLiteral("iss"), under.provider.issuer().toString());
    QCOMPARE(under.agent->deliver(under.agent->redirectWith(nothing)), Verdict::Accepted);
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::InvalidAuthorizationResponse);
    QCOMPARE(reply->error().reason(), SignInError::Reason::AuthorizationCodeMissing);
    QVERIFY(under.network.requestsTo("POST", under.provider.tokenEndpoint()).isEmpty());
}

void tst_InteractiveSignIn::providerErrorInRedirectIsAuthorizationFailed()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    QUrlQuery denied;
    denied.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    denied.addQueryItem(QStringLiteral("error_description"), QStringLiteral("The person said no"));
    denied.addQueryItem(QStringLiteral("iss"), under.provider.issuer().toString());
    QCOMPARE(under.agent->deliver(under.agent->redirectWith(denied)), Verdict::Accepted);
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::AuthorizationFailed);
    QCOMPARE(reply->error().providerError(), QStringLiteral("access_denied"));
    QCOMPARE(reply->error().providerErrorDescription(), QStringLiteral("The person said no"));
    QCOMPARE(reply->error().errorCode(), QStringLiteral("access_denied"));
    QCOMPARE(under.agent->verdicts(), (QList<Verdict>{Verdict::Accepted, Verdict::Failed}));
    QVERIFY(under.network.requestsTo("POST", under.provider.tokenEndpoint()).isEmpty());
    QVERIFY(under.client->accounts().isEmpty());
}

void tst_InteractiveSignIn::issuerInRedirect_data()
{
    QTest::addColumn<bool>("advertised");
    QTest::addColumn<QString>("iss"); // "-" leaves it out
    QTest::addColumn<SignInError::Code>("expected");
    QTest::addColumn<SignInError::Reason>("reason");
    using Reason = SignInError::Reason;

    QTest::newRow("advertised, right") << true << QString() << SignInError::NoError << Reason::None;
    QTest::newRow("advertised, wrong") << true << QStringLiteral("http://127.0.0.1:47999")
                                       << SignInError::InvalidAuthorizationResponse
                                       << Reason::AuthorizationResponseIssuerMismatch;
    QTest::newRow("advertised, missing") << true << QStringLiteral("-") << SignInError::InvalidAuthorizationResponse
                                         << Reason::AuthorizationResponseIssuerMissing;
    QTest::newRow("not advertised, missing") << false << QStringLiteral("-") << SignInError::NoError << Reason::None;
    QTest::newRow("not advertised, wrong") << false << QStringLiteral("http://127.0.0.1:47999")
                                           << SignInError::InvalidAuthorizationResponse
                                           << Reason::AuthorizationResponseIssuerMismatch;
}

// RFC 9207: the iss parameter of the authorization response.
void tst_InteractiveSignIn::issuerInRedirect()
{
    QFETCH(bool, advertised);
    QFETCH(QString, iss);
    QFETCH(SignInError::Code, expected);
    QFETCH(SignInError::Reason, reason);
    ClientUnderTest under;
    under.provider.discovery.insert(QStringLiteral("authorization_response_iss_parameter_supported"), advertised);
    under.provider.publish();
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    QUrlQuery parameters;
    if (!iss.isEmpty())
        parameters.addQueryItem(QStringLiteral("iss"), iss == QLatin1String("-") ? QString() : iss);
    QCOMPARE(under.completeAuthorization(parameters), Verdict::Accepted);
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), expected);
    QCOMPARE(reply->error().reason(), reason);
    if (expected != SignInError::NoError)
        QVERIFY(under.network.requestsTo("POST", under.provider.tokenEndpoint()).isEmpty());
}

void tst_InteractiveSignIn::tokenEndpointFailure_data()
{
    QTest::addColumn<CannedResponse>("response");
    QTest::addColumn<SignInError::Code>("expected");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("providerDescription");
    QTest::addColumn<int>("retryAfter");

    QTest::newRow("400 invalid_grant")
            << CannedResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                                                {QStringLiteral("error_description"), QStringLiteral("code expired")}},
                                    400)
            << SignInError::TokenRequestFailed << QStringLiteral("invalid_grant") << QStringLiteral("code expired") << 0;
    QTest::newRow("401 invalid_client")
            << CannedResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")}}, 401)
            << SignInError::TokenRequestFailed << QStringLiteral("invalid_client") << QString() << 0;
    // Unlike the silent flow, no "bare 400 means interaction required" rule here.
    QTest::newRow("bare 400") << CannedResponse::text(400, "Bad Request") << SignInError::NetworkError
                              << QStringLiteral("network_error") << QString() << 0;
    QTest::newRow("500") << CannedResponse::text(500, "oops") << SignInError::NetworkError
                         << QStringLiteral("network_error") << QString() << 0;
    QTest::newRow("429 Retry-After") << CannedResponse::text(429).withHeader("Retry-After", "7")
                                     << SignInError::NetworkError << QStringLiteral("network_error") << QString() << 7;
    QTest::newRow("503 Retry-After") << CannedResponse::text(503).withHeader("Retry-After", "30")
                                     << SignInError::NetworkError << QStringLiteral("network_error") << QString() << 30;
    QTest::newRow("malformed JSON") << CannedResponse::text(200, "{not json", "application/json")
                                    << SignInError::InvalidTokenResponse << QStringLiteral("invalid_token_response")
                                    << QString() << 0;
    QTest::newRow("no id_token")
            << CannedResponse::json(QJsonObject{{QStringLiteral("access_token"), QStringLiteral("at")},
                                                {QStringLiteral("token_type"), QStringLiteral("Bearer")}})
            << SignInError::InvalidTokenResponse << QStringLiteral("invalid_token_response") << QString() << 0;
    QTest::newRow("connection refused") << CannedResponse::failing(CannedResponse::Failure::ConnectionRefused)
                                        << SignInError::NetworkError << QStringLiteral("network_error") << QString() << 0;
}

void tst_InteractiveSignIn::tokenEndpointFailure()
{
    QFETCH(CannedResponse, response);
    QFETCH(SignInError::Code, expected);
    QFETCH(QString, errorCode);
    QFETCH(QString, providerDescription);
    QFETCH(int, retryAfter);
    ClientUnderTest under;
    under.provider.nextTokenResponses.append(response);
    QSignalSpy accountsChanged(under.client.get(), &SignInClient::accountsChanged);
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    under.completeAuthorization();
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), expected);
    QCOMPARE(reply->error().errorCode(), errorCode);
    QCOMPARE(reply->error().providerErrorDescription(), providerDescription);
    QCOMPARE(int(reply->error().retryAfter().count()), retryAfter);
    QCOMPARE(under.agent->verdicts(), (QList<Verdict>{Verdict::Accepted, Verdict::Failed}));
    QCOMPARE(accountsChanged.count(), 0);
    QVERIFY(under.client->accounts().isEmpty());
}

void tst_InteractiveSignIn::idTokenFailure_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<SignInError::Reason>("reason");
    using Reason = SignInError::Reason;
    QTest::newRow("signed by another key") << QStringLiteral("signature") << Reason::SignatureInvalid;
    QTest::newRow("another nonce") << QStringLiteral("nonce") << Reason::NonceMismatch;
    QTest::newRow("no nonce") << QStringLiteral("no nonce") << Reason::NonceMissing;
    QTest::newRow("another audience") << QStringLiteral("aud") << Reason::AudienceMismatch;
    QTest::newRow("another issuer") << QStringLiteral("iss") << Reason::IssuerMismatch;
    QTest::newRow("expired") << QStringLiteral("expired") << Reason::Expired;
    QTest::newRow("alg not advertised") << QStringLiteral("alg") << Reason::SigningAlgorithmNotAdvertised;
}

void tst_InteractiveSignIn::idTokenFailure()
{
    QFETCH(QString, failure);
    QFETCH(SignInError::Reason, reason);
    ClientUnderTest under;
    CannedProvider &provider = under.provider;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    provider.adjustIdTokenClaims = [&, now](QJsonObject &claims) {
        if (failure == QLatin1String("nonce"))
            claims.insert(QStringLiteral("nonce"), QStringLiteral("not-the-nonce-we-sent"));
        else if (failure == QLatin1String("no nonce"))
            claims.remove(QStringLiteral("nonce"));
        else if (failure == QLatin1String("aud"))
            claims.insert(QStringLiteral("aud"), QStringLiteral("another-client"));
        else if (failure == QLatin1String("iss"))
            claims.insert(QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:47999"));
        else if (failure == QLatin1String("expired")) {
            claims.insert(QStringLiteral("iat"), double(now - 7200));
            claims.insert(QStringLiteral("exp"), double(now - 3600)); // beyond the 5 min skew
        }
    };
    provider.adjustTokenResponse = [&](QJsonObject &body) {
        if (failure == QLatin1String("signature")) {
            const QByteArray token = body.value(QLatin1String("id_token")).toString().toLatin1();
            const QByteArray claims = QByteArray::fromBase64(token.split('.').at(1), QByteArray::Base64UrlEncoding);
            body.insert(QStringLiteral("id_token"),
                        QString::fromLatin1(provider.signWithForeignKey(QJsonDocument::fromJson(claims).object())));
        }
    };
    if (failure == QLatin1String("alg")) {
        provider.discovery.insert(QStringLiteral("id_token_signing_alg_values_supported"),
                                  QJsonArray{QStringLiteral("RS256")});
        provider.publish();
    }
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    under.completeAuthorization();
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::InvalidIdToken);
    QCOMPARE(reply->error().errorCode(), QStringLiteral("invalid_id_token"));
    QCOMPARE(reply->error().reason(), reason);
    QVERIFY(reply->result().accessToken().isEmpty());
    QVERIFY(under.client->accounts().isEmpty());
}

void tst_InteractiveSignIn::unusableSigningKeysFailWithTheirReason_data()
{
    QTest::addColumn<CannedResponse>("jwks");
    QTest::addColumn<SignInError::Code>("code");
    QTest::addColumn<SignInError::Reason>("reason");
    QJsonArray tooMany;
    for (int i = 0; i < 101; ++i)
        tooMany.append(QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")}});
    QTest::newRow("HTTP 500") << CannedResponse::text(500, "oops") << SignInError::NetworkError
                              << SignInError::Reason::SigningKeysUnavailable;
    QTest::newRow("not a JWKS") << CannedResponse::json(QJsonObject{{QStringLiteral("keys"), 1}})
                                << SignInError::InvalidProviderMetadata << SignInError::Reason::SigningKeySetMalformed;
    QTest::newRow("101 keys") << CannedResponse::json(QJsonObject{{QStringLiteral("keys"), tooMany}})
                              << SignInError::InvalidProviderMetadata << SignInError::Reason::SigningKeySetTooLarge;
}

// The keys to verify the ID token with cannot be had: the code says what
// kind of failure it is, the reason that it was the keys.
void tst_InteractiveSignIn::unusableSigningKeysFailWithTheirReason()
{
    QFETCH(CannedResponse, jwks);
    QFETCH(SignInError::Code, code);
    QFETCH(SignInError::Reason, reason);
    ClientUnderTest under;
    under.network.answer("GET", under.provider.jwksUri(), jwks);
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    under.completeAuthorization();
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), code);
    QCOMPARE(reply->error().reason(), reason);
    QVERIFY(reply->result().accessToken().isEmpty());
    QVERIFY(under.client->accounts().isEmpty());
}

void tst_InteractiveSignIn::dismissedWindowIsCancelled()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    QSignalSpy finished(reply.get(), &SignInReply::finished);
    under.agent->closeWindow();
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::Cancelled);
    QCOMPARE(reply->error().errorCode(), QStringLiteral("cancelled"));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!reply->isWaitingForUser());
    QVERIFY(under.agent->dismissCount() >= 1);
    QVERIFY(under.network.requestsTo("POST", under.provider.tokenEndpoint()).isEmpty());
}

void tst_InteractiveSignIn::replyCancelIsCancelled()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    QSignalSpy finished(reply.get(), &SignInReply::finished);
    reply->cancel();
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::Cancelled);
    QVERIFY(under.agent->dismissCount() >= 1);
    // A redirect after the cancel changes nothing.
    QCOMPARE(under.completeAuthorization(), Verdict::None);
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
    QVERIFY(under.network.requestsTo("POST", under.provider.tokenEndpoint()).isEmpty());
}

void tst_InteractiveSignIn::presentFailureEndsTheSignIn()
{
    ClientUnderTest under;
    under.agent->failToPresent(SignInError(SignInError::UserAgentUnavailable, QStringLiteral("no browser")));
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::UserAgentUnavailable);

    // After present() succeeded, the agent may still learn the page never showed.
    std::unique_ptr<SignInReply> second(under.client->signIn({}));
    QVERIFY(under.waitForPresented(2));
    under.agent->failPresentLater(SignInError(SignInError::UserAgentUnavailable, QStringLiteral("xdg-open exited 3")));
    QVERIFY(ClientUnderTest::waitForFinished(second.get()));
    QCOMPARE(second->error().code(), SignInError::UserAgentUnavailable);
}

void tst_InteractiveSignIn::fetchUserInfoOptionCallsUserinfoWithTheAccessToken()
{
    ClientUnderTest under;
    SignInOptions options;
    options.setFetchUserInfo(true);
    std::unique_ptr<SignInReply> reply(under.signIn({QStringLiteral("profile")}, options));
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().code(), SignInError::NoError);
    QCOMPARE(reply->result().userInfo().value(QLatin1String("email")).toString(), QStringLiteral("alice@example.test"));
    const QList<RecordedRequest> gets = under.network.requestsTo("GET", under.provider.userinfoEndpoint());
    QCOMPARE(gets.size(), 1);
    QCOMPARE(gets.first().header("Authorization"), QByteArray("Bearer access-token-1"));

    // Another person's userinfo: the sign-in fails.
    ClientUnderTest other;
    other.provider.userInfo.insert(QStringLiteral("sub"), QStringLiteral("mallory"));
    std::unique_ptr<SignInReply> mismatched(other.signIn({QStringLiteral("profile")}, options));
    QCOMPARE(mismatched->error().code(), SignInError::InvalidUserInfo);
    QCOMPARE(mismatched->error().reason(), SignInError::Reason::UserInfoSubjectMismatch);
    QVERIFY(other.client->accounts().isEmpty());
}

void tst_InteractiveSignIn::secondConcurrentSignInFinishesAtOnceWithBusyError()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> first(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    std::unique_ptr<SignInReply> second(under.client->signIn({}));
    QVERIFY(!second->isFinished()); // never from inside the call
    QVERIFY(ClientUnderTest::waitForFinished(second.get(), 1000)); // no person, no network needed
    QCOMPARE(second->error().code(), busyClientCode);
    QCOMPARE(under.agent->presentedUrls().size(), 1);
    // The first one goes on undisturbed.
    QVERIFY(!first->isFinished());
    under.completeAuthorization();
    QVERIFY(ClientUnderTest::waitForFinished(first.get()));
    QCOMPARE(first->error().code(), SignInError::NoError);

    // Finished, it no longer blocks the next, even with its reply still alive.
    std::unique_ptr<SignInReply> third(under.client->signIn({}));
    QVERIFY(under.waitForPresented(2));
    QVERIFY(!third->isFinished());
}

void tst_InteractiveSignIn::interactiveTimeoutIsTimedOut()
{
    ClientUnderTest under([](ClientConfiguration &configuration) {
        configuration.setInteractiveTimeout(std::chrono::seconds(1));
    });
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    QVERIFY(ClientUnderTest::waitForFinished(reply.get(), 3000));
    QCOMPARE(reply->error().code(), SignInError::TimedOut);
    QCOMPARE(reply->error().errorCode(), QStringLiteral("timed_out"));
    QVERIFY(under.agent->dismissCount() >= 1);
}

void tst_InteractiveSignIn::unreachableDiscoveryIsNetworkError()
{
    ClientUnderTest under;
    under.network.answer("GET", under.provider.discoveryUrl(),
                         CannedResponse::failing(CannedResponse::Failure::ConnectionRefused));
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NetworkError);
    QVERIFY(under.agent->presentedUrls().isEmpty());
}

void tst_InteractiveSignIn::sessionCarriesTheRedirectUriOfTheRequest()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    QVERIFY(under.agent->session());
    QCOMPARE(under.agent->session()->redirectUri(),
             QUrl(under.agent->authorizationParameter(QStringLiteral("redirect_uri"))));
    QVERIFY(!under.agent->session()->isCompleted());
}

void tst_InteractiveSignIn::resumeRefusesWhatIsNotThisSignInsResponse_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("forged state") << QStringLiteral("state");
    QTest::newRow("no state") << QStringLiteral("no state");
    QTest::newRow("another path") << QStringLiteral("path");
    QTest::newRow("another port") << QStringLiteral("port");
    QTest::newRow("another host") << QStringLiteral("host");
}

// A stray or forged request must neither end the sign-in nor be taken as its
// response (RFC 6749 §10.12): resume() says no, and the agent keeps waiting.
void tst_InteractiveSignIn::resumeRefusesWhatIsNotThisSignInsResponse()
{
    QFETCH(QString, change);
    ClientUnderTest under;
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    UserAgentSession *session = under.agent->session();
    QSignalSpy completed(session, &UserAgentSession::completed);

    // The provider's real response, then changed.
    QUrl stray = under.provider.authorizationResponse(under.agent->authorizationUrl(), {});
    QUrlQuery query(stray);
    if (change == QLatin1String("state")) {
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
    } else if (change == QLatin1String("no state")) {
        query.removeAllQueryItems(QStringLiteral("state"));
    } else if (change == QLatin1String("path")) {
        stray.setPath(QStringLiteral("/favicon.ico"));
    } else if (change == QLatin1String("port")) {
        stray.setPort(stray.port() + 1);
    } else if (change == QLatin1String("host")) {
        stray.setHost(QStringLiteral("127.0.0.2"));
    }
    stray.setQuery(query);

    QVERIFY(!session->resume(stray));
    QTest::qWait(20);
    QCOMPARE(completed.count(), 0);
    QVERIFY(!session->isCompleted());
    QVERIFY(!reply->isFinished());
    QVERIFY(reply->isWaitingForUser());
    QVERIFY(under.network.requestsTo("POST", under.provider.tokenEndpoint()).isEmpty());

    // The real one still completes it.
    QCOMPARE(under.completeAuthorization(), Verdict::Accepted);
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
}

void tst_InteractiveSignIn::resumeTakesItsOwnResponseAndCompletedCarriesSuccess()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    QPointer<UserAgentSession> session = under.agent->session();
    QSignalSpy completed(session, &UserAgentSession::completed);
    // What the session and the reply said when the person's page learnt the outcome.
    bool replyFinishedAtCompletion = true;
    bool completedAtCompletion = false;
    SignInError outcome(SignInError::InvalidConfiguration, QStringLiteral("not yet completed"));
    QString message = QStringLiteral("not yet completed");
    connect(session, &UserAgentSession::completed, this, [&] {
        replyFinishedAtCompletion = reply->isFinished();
        completedAtCompletion = session->isCompleted();
        outcome = session->error();
        message = session->message();
    });

    const QUrl response = under.provider.authorizationResponse(under.agent->authorizationUrl(), {});
    QVERIFY(session->resume(response));
    // Taken: the page is held until the tokens are redeemed and checked.
    QCOMPARE(completed.count(), 0);
    QVERIFY(!reply->isWaitingForUser());
    // Nothing else is this sign-in's response now, not even the same one again.
    QVERIFY(!session->resume(response));

    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    QCOMPARE(completed.count(), 1);
    QVERIFY(!replyFinishedAtCompletion); // the page is answered before the app hears
    QVERIFY(completedAtCompletion);
    QCOMPARE(outcome.code(), SignInError::NoError);
    QVERIFY(message.isEmpty());
    QVERIFY(under.agent->dismissCount() >= 1);
    QVERIFY(!under.agent->session()); // the agent let go of it
}

void tst_InteractiveSignIn::completedCarriesTheRealFailure()
{
    ClientUnderTest under;
    under.provider.nextTokenResponses.append(
            CannedResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_grant")}}, 400));
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    QPointer<UserAgentSession> session = under.agent->session();
    QSignalSpy completed(session, &UserAgentSession::completed);
    SignInError outcome;
    QString message;
    connect(session, &UserAgentSession::completed, this, [&] {
        outcome = session->error();
        message = session->message();
    });
    QCOMPARE(under.completeAuthorization(), Verdict::Accepted);
    QCOMPARE(completed.count(), 0); // held while the code is redeemed
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(completed.count(), 1);
    QCOMPARE(outcome.code(), SignInError::TokenRequestFailed);
    QCOMPARE(outcome.errorCode(), QStringLiteral("invalid_grant"));
    QCOMPARE(message, reply->error().message());
    QVERIFY(!message.isEmpty());
}

// An error response is this sign-in's response, and its outcome is known at
// once: completed() comes before resume() returns.
void tst_InteractiveSignIn::completedComesFromInsideResumeForAFailedResponse()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    QPointer<UserAgentSession> session = under.agent->session();
    QSignalSpy completed(session, &UserAgentSession::completed);
    QUrlQuery denied;
    denied.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    denied.addQueryItem(QStringLiteral("iss"), under.provider.issuer().toString());
    QVERIFY(session->resume(under.agent->redirectWith(denied)));
    QCOMPARE(completed.count(), 1);
    QCOMPARE(session->error().code(), SignInError::AuthorizationFailed);
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::AuthorizationFailed);
    QCOMPARE(completed.count(), 1);
}

void tst_InteractiveSignIn::sessionFailEndsTheSignInWithItsError()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    QPointer<UserAgentSession> session = under.agent->session();
    QSignalSpy completed(session, &UserAgentSession::completed);
    session->fail(SignInError(SignInError::UserAgentUnavailable, QStringLiteral("the launcher exited with status 3")));
    QCOMPARE(completed.count(), 1);
    QCOMPARE(session->error().code(), SignInError::UserAgentUnavailable);
    // Over: a late redirect is not taken.
    QVERIFY(!session->resume(under.provider.authorizationResponse(under.agent->authorizationUrl(), {})));
    QCOMPARE(completed.count(), 1);
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::UserAgentUnavailable);
    QCOMPARE(reply->error().detail(), QStringLiteral("the launcher exited with status 3"));
    QVERIFY(under.agent->dismissCount() >= 1);
}

// Once the response came, the page was shown after all: a launcher's late
// failure must not undo a sign-in the person has finished.
void tst_InteractiveSignIn::sessionFailAfterTheResponseCameChangesNothing()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    QPointer<UserAgentSession> session = under.agent->session();
    QCOMPARE(under.completeAuthorization(), Verdict::Accepted);
    session->fail(SignInError(SignInError::UserAgentUnavailable, QStringLiteral("the launcher exited with status 3")));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    QCOMPARE(under.agent->verdicts(), (QList<Verdict>{Verdict::Accepted, Verdict::Succeeded}));
}

void tst_InteractiveSignIn::sessionCancelIsCancelled()
{
    ClientUnderTest under;
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    QVERIFY(under.waitForPresented());
    QPointer<UserAgentSession> session = under.agent->session();
    QSignalSpy completed(session, &UserAgentSession::completed);
    session->cancel();
    QCOMPARE(completed.count(), 1);
    QCOMPARE(session->error().code(), SignInError::Cancelled);
    session->cancel(); // once over, nothing more happens
    QCOMPARE(completed.count(), 1);
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::Cancelled);
    QCOMPARE(completed.count(), 1);
}

// The application deleted the reply of a sign-in waiting for the person: the
// sign-in stops at once, and a new one in the same event-loop turn is not
// turned away as Busy by the one that is ending.
void tst_InteractiveSignIn::deletingTheRepliesFreesTheAgentForANewSignInAtOnce()
{
    ClientUnderTest under;
    auto *first = under.client->signIn({});
    QVERIFY(under.waitForPresented());
    QPointer<UserAgentSession> session = under.agent->session();
    delete first;
    QVERIFY(session && session->isCompleted());
    QCOMPARE(session->error().code(), SignInError::Cancelled);
    std::unique_ptr<SignInReply> second(under.client->signIn({}));
    QVERIFY(under.waitForPresented(2));
    QVERIFY(!second->isFinished());
    QCOMPARE(under.completeAuthorization(), Verdict::Accepted);
    QVERIFY(ClientUnderTest::waitForFinished(second.get()));
    QCOMPARE(second->error().code(), SignInError::NoError);
}

void tst_InteractiveSignIn::perCallAgentIsUsedAndLeftToTheCaller()
{
    ClientUnderTest under;
    auto own = std::make_unique<FakeUserAgent>();
    std::unique_ptr<SignInReply> reply(under.client->signIn({}, {}, own.get()));
    QVERIFY(QTest::qWaitFor([&] { return own->presentedUrls().size() == 1; }, 5000));
    QVERIFY(under.agent->presentedUrls().isEmpty()); // the client's agent is not used
    // Replacing the client's agent does not touch a sign-in another agent shows.
    under.client->setUserAgent(new FakeUserAgent);
    QCOMPARE(own->deliver(under.provider.authorizationResponse(own->authorizationUrl(), {})), Verdict::Accepted);
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    QVERIFY(own->parent() == nullptr);
    QVERIFY(own->dismissCount() >= 1);
}

void tst_InteractiveSignIn::deletingThePerCallAgentEndsTheSignIn()
{
    ClientUnderTest under;
    auto *own = new FakeUserAgent;
    std::unique_ptr<SignInReply> reply(under.client->signIn({}, {}, own));
    QVERIFY(QTest::qWaitFor([&] { return own->presentedUrls().size() == 1; }, 5000));
    delete own;
    QVERIFY(ClientUnderTest::waitForFinished(reply.get(), 1000));
    QCOMPARE(reply->error().code(), SignInError::UserAgentUnavailable);
}

void tst_InteractiveSignIn::browserPageTellsTheRealOutcome_data()
{
    QTest::addColumn<bool>("tokensRefused");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("page");
    QTest::newRow("signed in") << false << 200 << QByteArray("You're signed in");
    QTest::newRow("code refused") << true << 400 << QByteArray("Sign-in didn't complete");
}

// The system browser through its loopback listener and the session: a
// forged response is answered at once and the sign-in keeps waiting; the
// real one is held until the tokens are redeemed, and its page says how
// that went, not merely that a response arrived.
void tst_InteractiveSignIn::browserPageTellsTheRealOutcome()
{
    QFETCH(bool, tokensRefused);
    QFETCH(int, status);
    QFETCH(QByteArray, page);
    ClientUnderTest under;
    if (tokensRefused)
        under.provider.nextTokenResponses.append(
                CannedResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_grant")}}, 400));
    SystemBrowserUserAgent browser;
    QUrl authorizationUrl;
    browser.setLauncher([&authorizationUrl](const QUrl &url) {
        authorizationUrl = url;
        return true;
    });
    std::unique_ptr<SignInReply> reply(under.client->signIn({}, {}, &browser));
    QTRY_VERIFY(!authorizationUrl.isEmpty());

    QNetworkAccessManager person; // the browser: a real request to the listener
    person.setProxy(QNetworkProxy::NoProxy);
    const auto visit = [&person](const QUrl &url) {
        std::unique_ptr<QNetworkReply> answer(person.get(QNetworkRequest(url)));
        QTest::qWaitFor([&answer] { return answer->isFinished(); }, 5000);
        return std::make_pair(answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), answer->readAll());
    };
    QUrl forged(QUrlQuery(authorizationUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    forged.setQuery(QStringLiteral("code=stolen&state=forged"));
    const auto [forgedStatus, forgedPage] = visit(forged);
    QCOMPARE(forgedStatus, 400);
    QVERIFY2(forgedPage.contains("isn't the sign-in"), forgedPage.constData());
    QVERIFY(!reply->isFinished());

    const auto [realStatus, realPage] = visit(under.provider.authorizationResponse(authorizationUrl, {}));
    QCOMPARE(realStatus, status);
    QVERIFY2(realPage.contains(page), realPage.constData());
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), tokensRefused ? SignInError::TokenRequestFailed : SignInError::NoError);
    if (tokensRefused) // the person reads why, as the app does
        QVERIFY2(realPage.contains(reply->error().message().toHtmlEscaped().toUtf8()), realPage.constData());
}


void tst_InteractiveSignIn::responseModeWithAnAgentThatReadsOnlyUrls_data()
{
    QTest::addColumn<ClientConfiguration::ResponseMode>("mode");
    QTest::addColumn<bool>("listed"); // the provider lists form_post
    QTest::addColumn<bool>("refused");
    QTest::newRow("automatic, listed") << ClientConfiguration::ResponseMode::Automatic << true << false;
    QTest::newRow("query, listed") << ClientConfiguration::ResponseMode::Query << true << false;
    QTest::newRow("form_post, listed") << ClientConfiguration::ResponseMode::FormPost << true << true;
    QTest::newRow("form_post, not listed") << ClientConfiguration::ResponseMode::FormPost << false << true;
}

void tst_InteractiveSignIn::responseModeWithAnAgentThatReadsOnlyUrls()
{
    QFETCH(ClientConfiguration::ResponseMode, mode);
    QFETCH(bool, listed);
    QFETCH(bool, refused);
    ClientUnderTest under([mode](ClientConfiguration &configuration) { configuration.setResponseMode(mode); });
    QJsonArray modes{QStringLiteral("query"), QStringLiteral("fragment")};
    if (listed)
        modes.append(QStringLiteral("form_post"));
    under.provider.discovery.insert(QStringLiteral("response_modes_supported"), modes);
    under.provider.publish();
    std::unique_ptr<SignInReply> reply(under.client->signIn({}));
    if (refused) {
        // Before any page opens.
        QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
        QCOMPARE(reply->error().code(), SignInError::InvalidConfiguration);
        QCOMPARE(reply->error().reason(), SignInError::Reason::ResponseModeUnsupported);
        QVERIFY(under.agent->presentedUrls().isEmpty());
        return;
    }
    QVERIFY(under.waitForPresented());
    // The fake agent, like the embedded ones, reads the redirect's URL.
    QVERIFY(!QUrlQuery(under.agent->authorizationUrl()).hasQueryItem(QStringLiteral("response_mode")));
    QCOMPARE(under.completeAuthorization(QUrlQuery()), Verdict::Accepted);
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
}

QTEST_GUILESS_MAIN(tst_InteractiveSignIn)
#include "tst_interactive_signin.moc"
