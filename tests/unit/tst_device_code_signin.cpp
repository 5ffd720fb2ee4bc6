// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// SignInClient::signInWithDeviceCode() (RFC 8628) as an application sees it:
// a canned provider on a canned network access manager, the public API, and
// one internal hook, the length of the provider's second here, so that
// polling to the letter of §3.4/§3.5 is tested in milliseconds. A provider
// second is 10 ms: an interval of 5 is 50 ms.

#include "ClientUnderTest.h"

#include "operation/DeviceCodeSignIn.h"

#include <QtSignIn/DeviceAuthorization.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>

#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtTest/QtTest>

using namespace QtSignIn;
using namespace QtSignInTest;

namespace {

constexpr qint64 secondMs = 10;

// Everything the library logs, at every level, while it is installed.
class LogCapture
{
public:
    LogCapture()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("qtsignin.*=true"));
        s_lines.clear();
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
            s_lines.append(message);
        });
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QString text() const { return s_lines.join(QLatin1Char('\n')); }

private:
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

QList<qint64> gaps(const QList<qint64> &times)
{
    QList<qint64> result;
    for (qsizetype i = 1; i < times.size(); ++i)
        result.append(times.at(i) - times.at(i - 1));
    return result;
}

} // namespace

class tst_DeviceCodeSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { DeviceCodeSignIn::setSecondForTesting(std::chrono::milliseconds(secondMs)); }
    void cleanupTestCase() { DeviceCodeSignIn::setSecondForTesting(std::chrono::milliseconds(1000)); }

    void approvedSignInIsValidatedAndStored();
    void deviceAuthorizationIsReportedOnceBeforeWaiting();
    void requestsCarryTheGrantAndTheClient();
    void confidentialClientAuthenticatesBothRequests();
    void providerIntervalIsHonoured();
    void intervalDefaultsToFiveSeconds();
    void slowDownAddsFiveSecondsToThisAndEveryLaterPoll();
    void accessDeniedIsTyped();
    void expiredTokenIsTyped();
    void noPollAfterTheCodeExpires();
    void cancelStopsPollingAtOnce();
    void destroyingTheClientStopsPolling();
    void providerWithoutDeviceEndpointIsTypedError();
    void deviceAuthorizationErrorIsTheProvidersError();
    void hostileDeviceAuthorizationIsRefused_data();
    void hostileDeviceAuthorizationIsRefused();
    void idTokenGoesThroughTheSameValidator_data();
    void idTokenGoesThroughTheSameValidator();
    void deviceCodeAndTokensAreNeverLogged();
};

void tst_DeviceCodeSignIn::approvedSignInIsValidatedAndStored()
{
    ClientUnderTest under;
    under.provider.deviceAuthorization.insert(QStringLiteral("interval"), 1);
    under.provider.devicePollAnswers = {QStringLiteral("authorization_pending"), QStringLiteral("authorization_pending"),
                                        QStringLiteral("approve")};
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({QStringLiteral("offline_access")}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    const SignInResult result = reply->result();
    QCOMPARE(result.userAgent(), UserAgentKind::Device);
    QCOMPARE(userAgentKindName(result.userAgent()), QStringLiteral("device"));
    QCOMPARE(result.source(), TokenSource::Interactive);
    QCOMPARE(result.account().username(), QStringLiteral("alice@example.test"));
    QCOMPARE(result.accessToken().revealString(), QStringLiteral("access-token-1"));
    QVERIFY(!result.refreshToken().isEmpty());
    QCOMPARE(result.requestedScopes(), (QStringList{QStringLiteral("openid"), QStringLiteral("offline_access")}));
    QCOMPARE(under.provider.devicePollTimes().size(), 3);
    // In the cache like any sign-in: a silent call is answered from memory.
    QCOMPARE(under.client->accounts().size(), 1);
    std::unique_ptr<SignInReply> silent(under.client->acquireTokenSilent(result.account(), {}));
    QVERIFY(ClientUnderTest::waitForFinished(silent.get()));
    QCOMPARE(silent->result().source(), TokenSource::Cache);
}

void tst_DeviceCodeSignIn::deviceAuthorizationIsReportedOnceBeforeWaiting()
{
    ClientUnderTest under;
    under.provider.deviceAuthorization.insert(QStringLiteral("expires_in"), 900);
    under.provider.devicePollAnswers = {QStringLiteral("approve")};
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({}));
    QVERIFY(!reply->deviceAuthorization().isValid());
    QStringList order;
    QSignalSpy received(reply.get(), &SignInReply::deviceAuthorizationReceived);
    connect(reply.get(), &SignInReply::deviceAuthorizationReceived, this, [&order] { order << QStringLiteral("code"); });
    connect(reply.get(), &SignInReply::waitingForUserChanged, this,
            [&order](bool waiting) { order << (waiting ? QStringLiteral("waiting") : QStringLiteral("done")); });
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    QCOMPARE(received.size(), 1);
    QCOMPARE(order, (QStringList{QStringLiteral("code"), QStringLiteral("waiting"), QStringLiteral("done")}));
    const auto authorization = received.first().first().value<DeviceAuthorization>();
    QCOMPARE(authorization.userCode(), QStringLiteral("WDJB-MJHT"));
    QCOMPARE(authorization.verificationUri(), under.provider.endpoint(QStringLiteral("/device")));
    QCOMPARE(authorization.verificationUriComplete().toString(),
             under.provider.endpoint(QStringLiteral("/device")).toString() + QStringLiteral("?user_code=WDJB-MJHT"));
    QCOMPARE(authorization.preferredVerificationUri(), authorization.verificationUriComplete());
    QCOMPARE(authorization.expiresIn(), std::chrono::seconds(900));
    QCOMPARE(authorization.interval(), std::chrono::seconds(5));
    QVERIFY(authorization.expiresAt() >= before.addSecs(900));
    QVERIFY(authorization.expiresAt() <= QDateTime::currentDateTimeUtc().addSecs(900));
    // Kept on the reply after it finished.
    QCOMPARE(reply->deviceAuthorization().userCode(), QStringLiteral("WDJB-MJHT"));
}

void tst_DeviceCodeSignIn::requestsCarryTheGrantAndTheClient()
{
    ClientUnderTest under;
    under.provider.devicePollAnswers = {QStringLiteral("approve")};
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({QStringLiteral("profile")}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    const auto authorizations = under.network.requestsTo("POST", under.provider.deviceAuthorizationEndpoint());
    QCOMPARE(authorizations.size(), 1);
    QCOMPARE(authorizations.first().formValue(QStringLiteral("client_id")), QStringLiteral("pin-client"));
    QCOMPARE(authorizations.first().formValue(QStringLiteral("scope")), QStringLiteral("openid profile"));
    QVERIFY(authorizations.first().header("Authorization").isEmpty());
    const auto polls = under.network.requestsTo("POST", under.provider.tokenEndpoint());
    QCOMPARE(polls.size(), 1);
    QCOMPARE(polls.first().formValue(QStringLiteral("grant_type")),
             QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    QCOMPARE(polls.first().formValue(QStringLiteral("device_code")), QStringLiteral("device-code-1"));
    QCOMPARE(polls.first().formValue(QStringLiteral("client_id")), QStringLiteral("pin-client"));
    // Nothing was shown in a browser: no authorization request.
    QVERIFY(under.agent->presentedUrls().isEmpty());
}

void tst_DeviceCodeSignIn::confidentialClientAuthenticatesBothRequests()
{
    ClientUnderTest under([](ClientConfiguration &configuration) {
        configuration.setClientSecret(Secret(QStringLiteral("s3cret")));
    });
    under.provider.clientSecret = "s3cret";
    under.provider.devicePollAnswers = {QStringLiteral("approve")};
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    const auto authorization = under.network.requestsTo("POST", under.provider.deviceAuthorizationEndpoint()).first();
    const auto poll = under.network.requestsTo("POST", under.provider.tokenEndpoint()).first();
    QVERIFY(authorization.header("Authorization").startsWith("Basic "));
    QCOMPARE(poll.header("Authorization"), authorization.header("Authorization"));
}

void tst_DeviceCodeSignIn::providerIntervalIsHonoured()
{
    ClientUnderTest under;
    under.provider.deviceAuthorization.insert(QStringLiteral("interval"), 3);
    under.provider.devicePollAnswers = {QStringLiteral("authorization_pending"), QStringLiteral("authorization_pending"),
                                        QStringLiteral("approve")};
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    const QList<qint64> times = under.provider.devicePollTimes();
    QCOMPARE(times.size(), 3);
    QVERIFY2(times.first() >= 3 * secondMs, qPrintable(QString::number(times.first())));
    for (qint64 gap : gaps(times))
        QVERIFY2(gap >= 3 * secondMs, qPrintable(QString::number(gap)));
}

void tst_DeviceCodeSignIn::intervalDefaultsToFiveSeconds()
{
    ClientUnderTest under;
    under.provider.deviceAuthorization.remove(QStringLiteral("interval"));
    under.provider.devicePollAnswers = {QStringLiteral("authorization_pending"), QStringLiteral("approve")};
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    QCOMPARE(reply->deviceAuthorization().interval(), std::chrono::seconds(5));
    const QList<qint64> times = under.provider.devicePollTimes();
    QCOMPARE(times.size(), 2);
    QVERIFY2(times.first() >= 5 * secondMs, qPrintable(QString::number(times.first())));
    QVERIFY2(gaps(times).first() >= 5 * secondMs, qPrintable(QString::number(gaps(times).first())));
}

void tst_DeviceCodeSignIn::slowDownAddsFiveSecondsToThisAndEveryLaterPoll()
{
    ClientUnderTest under;
    under.provider.deviceAuthorization.insert(QStringLiteral("interval"), 1);
    under.provider.devicePollAnswers = {QStringLiteral("authorization_pending"), QStringLiteral("slow_down"),
                                        QStringLiteral("authorization_pending"), QStringLiteral("slow_down"),
                                        QStringLiteral("authorization_pending"), QStringLiteral("approve")};
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    const QList<qint64> gap = gaps(under.provider.devicePollTimes());
    QCOMPARE(gap.size(), 5);
    const QString all = [&gap] {
        QStringList text;
        for (qint64 g : gap)
            text << QString::number(g);
        return text.join(QLatin1Char(' '));
    }();
    // 1 s, then 6 s after the first slow_down and still after the pending
    // that follows, then 11 s.
    const qint64 expected[] = {1, 6, 6, 11, 11};
    for (int i = 0; i < 5; ++i)
        QVERIFY2(gap.at(i) >= expected[i] * secondMs, qPrintable(all));
    // Never the earlier rate again: the poll after a pending that followed
    // slow_down is as slow as the one after slow_down.
    QVERIFY2(gap.at(2) > 1 * secondMs + 4 * secondMs, qPrintable(all));
}

void tst_DeviceCodeSignIn::accessDeniedIsTyped()
{
    ClientUnderTest under;
    under.provider.deviceAuthorization.insert(QStringLiteral("interval"), 1);
    under.provider.devicePollAnswers = {QStringLiteral("authorization_pending"), QStringLiteral("access_denied")};
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::AuthorizationFailed);
    QCOMPARE(reply->error().reason(), SignInError::Reason::DeviceAuthorizationDenied);
    QCOMPARE(reply->error().providerError(), QStringLiteral("access_denied"));
    QCOMPARE(SignInError::reasonName(reply->error().reason()), QStringLiteral("device_authorization_denied"));
    QTest::qWait(5 * secondMs);
    QCOMPARE(under.provider.devicePollTimes().size(), 2);
    QVERIFY(under.client->accounts().isEmpty());
}

void tst_DeviceCodeSignIn::expiredTokenIsTyped()
{
    ClientUnderTest under;
    under.provider.deviceAuthorization.insert(QStringLiteral("interval"), 1);
    under.provider.devicePollAnswers = {QStringLiteral("expired_token")};
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::TimedOut);
    QCOMPARE(reply->error().reason(), SignInError::Reason::DeviceCodeExpired);
    QCOMPARE(reply->error().providerError(), QStringLiteral("expired_token"));
    QTest::qWait(5 * secondMs);
    QCOMPARE(under.provider.devicePollTimes().size(), 1);
}

void tst_DeviceCodeSignIn::noPollAfterTheCodeExpires()
{
    ClientUnderTest under;
    // Polls at 2 and 4 s; the one at 6 s would come after the expiry at 5 s.
    under.provider.deviceAuthorization.insert(QStringLiteral("interval"), 2);
    under.provider.deviceAuthorization.insert(QStringLiteral("expires_in"), 5);
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::TimedOut);
    QCOMPARE(reply->error().reason(), SignInError::Reason::DeviceCodeExpired);
    QVERIFY(reply->error().providerError().isEmpty());
    QTest::qWait(5 * secondMs);
    const QList<qint64> times = under.provider.devicePollTimes();
    QVERIFY2(times.size() <= 2, qPrintable(QString::number(times.size())));
    for (qint64 time : times)
        QVERIFY2(time < 5 * secondMs, qPrintable(QString::number(time)));
    QCOMPARE(under.network.openReplies(), 0);
}

void tst_DeviceCodeSignIn::cancelStopsPollingAtOnce()
{
    ClientUnderTest under;
    under.provider.deviceAuthorization.insert(QStringLiteral("interval"), 1);
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({}));
    QVERIFY(QTest::qWaitFor([&] { return under.provider.devicePollTimes().size() >= 2; }, 5000));
    reply->cancel();
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().code(), SignInError::Cancelled);
    const qsizetype polls = under.network.requestsTo("POST", under.provider.tokenEndpoint()).size();
    QTest::qWait(10 * secondMs);
    QCOMPARE(under.network.requestsTo("POST", under.provider.tokenEndpoint()).size(), polls);
    QCOMPARE(under.network.openReplies(), 0);
}

void tst_DeviceCodeSignIn::destroyingTheClientStopsPolling()
{
    ClientUnderTest under;
    under.provider.deviceAuthorization.insert(QStringLiteral("interval"), 1);
    QPointer<SignInReply> reply = under.client->signInWithDeviceCode({});
    std::unique_ptr<SignInReply> owned(reply.data());
    QVERIFY(QTest::qWaitFor([&] { return !under.provider.devicePollTimes().isEmpty(); }, 5000));
    under.client.reset();
    QVERIFY(ClientUnderTest::waitForFinished(reply));
    QCOMPARE(reply->error().code(), SignInError::Cancelled);
    const qsizetype polls = under.network.requestsTo("POST", under.provider.tokenEndpoint()).size();
    QTest::qWait(10 * secondMs);
    QCOMPARE(under.network.requestsTo("POST", under.provider.tokenEndpoint()).size(), polls);
}

void tst_DeviceCodeSignIn::providerWithoutDeviceEndpointIsTypedError()
{
    ClientUnderTest under;
    under.provider.discovery.remove(QStringLiteral("device_authorization_endpoint"));
    under.provider.publish();
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::InvalidConfiguration);
    QCOMPARE(reply->error().reason(), SignInError::Reason::DeviceAuthorizationUnsupported);
    QVERIFY(!reply->error().message().isEmpty());
    for (const RecordedRequest &request : under.network.requests())
        QCOMPARE(request.method, QByteArray("GET")); // discovery only: nothing was posted
}

void tst_DeviceCodeSignIn::deviceAuthorizationErrorIsTheProvidersError()
{
    ClientUnderTest under;
    under.network.answer("POST", under.provider.deviceAuthorizationEndpoint(),
                         CannedResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("unauthorized_client")},
                                                          {QStringLiteral("error_description"), QStringLiteral("no device flow")}},
                                              400));
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::AuthorizationFailed);
    QCOMPARE(reply->error().providerError(), QStringLiteral("unauthorized_client"));
    QCOMPARE(reply->error().providerErrorDescription(), QStringLiteral("no device flow"));
    QVERIFY(under.network.requestsTo("POST", under.provider.tokenEndpoint()).isEmpty());
}

void tst_DeviceCodeSignIn::hostileDeviceAuthorizationIsRefused_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value"); // undefined: removed
    QTest::addColumn<SignInError::Code>("code");
    QTest::addColumn<SignInError::Reason>("reason");
    const auto malformed = [](const char *name, const QString &member, const QJsonValue &value) {
        QTest::newRow(name) << member << value << SignInError::InvalidAuthorizationResponse
                            << SignInError::Reason::DeviceAuthorizationResponseMalformed;
    };
    malformed("no user_code", QStringLiteral("user_code"), QJsonValue(QJsonValue::Undefined));
    malformed("empty user_code", QStringLiteral("user_code"), QString());
    malformed("user_code a number", QStringLiteral("user_code"), 1234);
    malformed("user_code too long", QStringLiteral("user_code"), QString(65, QLatin1Char('A')));
    malformed("user_code with an escape sequence", QStringLiteral("user_code"), QStringLiteral("AB\x1b]8;;x\x1b\\CD"));
    malformed("user_code with a bidi override", QStringLiteral("user_code"), QStringLiteral("AB\u202eCD"));
    malformed("no device_code", QStringLiteral("device_code"), QJsonValue(QJsonValue::Undefined));
    malformed("device_code an object", QStringLiteral("device_code"), QJsonObject());
    malformed("no verification_uri", QStringLiteral("verification_uri"), QJsonValue(QJsonValue::Undefined));
    malformed("verification_uri not a URL", QStringLiteral("verification_uri"), QStringLiteral("not a url"));
    malformed("no expires_in", QStringLiteral("expires_in"), QJsonValue(QJsonValue::Undefined));
    malformed("expires_in a string", QStringLiteral("expires_in"), QStringLiteral("600"));
    malformed("expires_in negative", QStringLiteral("expires_in"), -1);
    malformed("expires_in fractional", QStringLiteral("expires_in"), 1.5);
    malformed("huge expires_in", QStringLiteral("expires_in"), 1e12);
    malformed("huge interval", QStringLiteral("interval"), 1e9);
    malformed("interval zero", QStringLiteral("interval"), 0);
    malformed("interval a string", QStringLiteral("interval"), QStringLiteral("5"));
    const auto insecure = [](const char *name, const QString &member, const QString &value) {
        QTest::newRow(name) << member << QJsonValue(value) << SignInError::InsecureEndpoint
                            << SignInError::Reason::VerificationUriInsecure;
    };
    insecure("verification_uri http", QStringLiteral("verification_uri"), QStringLiteral("http://evil.example/device"));
    insecure("verification_uri javascript", QStringLiteral("verification_uri"), QStringLiteral("javascript://x/%0aalert(1)"));
    insecure("verification_uri_complete http", QStringLiteral("verification_uri_complete"),
             QStringLiteral("http://evil.example/device?user_code=WDJB-MJHT"));
}

void tst_DeviceCodeSignIn::hostileDeviceAuthorizationIsRefused()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(SignInError::Code, code);
    QFETCH(SignInError::Reason, reason);
    ClientUnderTest under;
    if (value.isUndefined())
        under.provider.deviceAuthorization.remove(member);
    else
        under.provider.deviceAuthorization.insert(member, value);
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({}));
    QSignalSpy received(reply.get(), &SignInReply::deviceAuthorizationReceived);
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), code);
    QCOMPARE(reply->error().reason(), reason);
    QCOMPARE(received.size(), 0); // nothing of it reached the person
    QVERIFY(!reply->deviceAuthorization().isValid());
    QVERIFY(under.network.requestsTo("POST", under.provider.tokenEndpoint()).isEmpty());
}

void tst_DeviceCodeSignIn::idTokenGoesThroughTheSameValidator_data()
{
    QTest::addColumn<QString>("forgery");
    QTest::addColumn<SignInError::Reason>("reason");
    QTest::newRow("signed with a foreign key") << QStringLiteral("foreign key") << SignInError::Reason::SignatureInvalid;
    QTest::newRow("another issuer") << QStringLiteral("iss") << SignInError::Reason::IssuerMismatch;
    QTest::newRow("another audience") << QStringLiteral("aud") << SignInError::Reason::AudienceMismatch;
    QTest::newRow("expired") << QStringLiteral("exp") << SignInError::Reason::Expired;
    // No nonce was sent, so a token with one was issued for another request.
    QTest::newRow("a nonce nobody sent") << QStringLiteral("nonce") << SignInError::Reason::NonceMismatch;
    QTest::newRow("no id_token") << QStringLiteral("missing") << SignInError::Reason::IdTokenMissing;
}

void tst_DeviceCodeSignIn::idTokenGoesThroughTheSameValidator()
{
    QFETCH(QString, forgery);
    QFETCH(SignInError::Reason, reason);
    ClientUnderTest under;
    CannedProvider &provider = under.provider;
    provider.devicePollAnswers = {QStringLiteral("approve")};
    provider.adjustIdTokenClaims = [forgery](QJsonObject &claims) {
        if (forgery == QLatin1String("iss"))
            claims.insert(QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:47999"));
        else if (forgery == QLatin1String("aud"))
            claims.insert(QStringLiteral("aud"), QStringLiteral("another-client"));
        else if (forgery == QLatin1String("exp"))
            claims.insert(QStringLiteral("exp"), double(QDateTime::currentSecsSinceEpoch() - 3600));
        else if (forgery == QLatin1String("nonce"))
            claims.insert(QStringLiteral("nonce"), QStringLiteral("replayed-nonce"));
    };
    provider.adjustTokenResponse = [forgery, &provider](QJsonObject &body) {
        if (forgery == QLatin1String("foreign key"))
            body.insert(QStringLiteral("id_token"), QString::fromLatin1(provider.signWithForeignKey(provider.baseIdTokenClaims())));
        else if (forgery == QLatin1String("missing"))
            body.remove(QStringLiteral("id_token"));
    };
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QVERIFY(reply->error().isError());
    QCOMPARE(reply->error().reason(), reason);
    QVERIFY(under.client->accounts().isEmpty());
}

void tst_DeviceCodeSignIn::deviceCodeAndTokensAreNeverLogged()
{
    ClientUnderTest under;
    under.provider.deviceAuthorization.insert(QStringLiteral("device_code"), QStringLiteral("dc-SECRET-4f1e2d"));
    under.provider.deviceAuthorization.insert(QStringLiteral("interval"), 1);
    under.provider.devicePollAnswers = {QStringLiteral("authorization_pending"), QStringLiteral("slow_down"),
                                        QStringLiteral("approve")};
    LogCapture log;
    std::unique_ptr<SignInReply> reply(under.client->signInWithDeviceCode({QStringLiteral("offline_access")}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::NoError);
    const QString text = log.text();
    QVERIFY2(text.contains(QStringLiteral("device")), "nothing was logged: the check would prove nothing");
    QVERIFY(!text.contains(QStringLiteral("dc-SECRET-4f1e2d")));
    QVERIFY(!text.contains(reply->result().accessToken().revealString()));
    QVERIFY(!text.contains(reply->result().refreshToken().revealString()));
}

QTEST_MAIN(tst_DeviceCodeSignIn)
#include "tst_device_code_signin.moc"
