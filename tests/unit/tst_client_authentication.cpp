// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// Client authentication of installed apps with a client secret (RFC 6749
// §2.3.1), as an application sees it: which method the client picks from
// the provider's token_endpoint_auth_methods_supported, what goes on the
// wire for the code and for a refresh, what a provider that takes neither
// method gets (nothing), and that the secret shows up in no log line.

#include "ClientUnderTest.h"

#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>

#include <QtCore/QJsonArray>
#include <QtCore/QLoggingCategory>
#include <QtTest/QtTest>

using namespace QtSignIn;
using namespace QtSignInTest;

namespace {

// An id and a secret that a naive "id:secret" would split wrongly, that form
// decoding would garble ('+'), and that are not ASCII.
const QString awkwardClientId = QStringLiteral("desk:top+app-\u00fc");
const QByteArray awkwardSecret = QByteArrayLiteral("s3:cr+t/\xc3\xa4 \xc3\xa9");
const QByteArray plainSecret = QByteArrayLiteral("GOCSPX-plain-desktop-secret");

using Method = ClientConfiguration::ClientAuthenticationMethod;

ClientUnderTest::Configure withSecret(const QByteArray &secret, Method method = Method::Automatic)
{
    return [secret, method](ClientConfiguration &configuration) {
        configuration.setClientSecret(Secret(secret));
        configuration.setClientAuthenticationMethod(method);
    };
}

void advertise(CannedProvider &provider, const QStringList &methods)
{
    provider.discovery.insert(QStringLiteral("token_endpoint_auth_methods_supported"),
                              QJsonArray::fromStringList(methods));
    provider.publish();
}

// Form decoding (RFC 6749 Appendix B): '+' is a space.
QByteArray formDecoded(QByteArray part)
{
    return QByteArray::fromPercentEncoding(part.replace('+', ' '));
}

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedMessages.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
                            + message);
}

} // namespace

class tst_ClientAuthentication : public QObject
{
    Q_OBJECT
private slots:
    void publicClientSendsItsIdAloneInTheBody();
    void clientSecretPostPutsTheSecretInTheBody();
    void clientSecretBasicSendsFormUrlencodedCredentials();
    void automaticMethodFollowsDiscovery_data();
    void automaticMethodFollowsDiscovery();
    void onlyUnsupportedMethodsFailBeforeAnythingIsSent();
    void explicitMethodIsUsedWhateverTheProviderLists();
    void methodWithoutSecretIsInvalidConfiguration();
    void refreshSendsTheSecretToo_data();
    void refreshSendsTheSecretToo();
    void refreshFailsBeforeSendingWhenNoMethodFits();
    void wrongSecretIsTheProvidersInvalidClient();
    void secretAppearsInNoLogLine();
};

void tst_ClientAuthentication::publicClientSendsItsIdAloneInTheBody()
{
    ClientUnderTest under;
    advertise(under.provider, {QStringLiteral("client_secret_basic"), QStringLiteral("none")});
    std::unique_ptr<SignInReply> reply(under.signIn());
    QCOMPARE(reply->error().code(), SignInError::NoError);
    const auto tokenRequests = under.network.requestsTo("POST", under.provider.tokenEndpoint());
    QCOMPARE(tokenRequests.size(), 1);
    QCOMPARE(tokenRequests.first().formValue(QStringLiteral("client_id")), under.provider.clientId());
    QVERIFY(!tokenRequests.first().form().hasQueryItem(QStringLiteral("client_secret")));
    QVERIFY(tokenRequests.first().header("Authorization").isEmpty());
}

void tst_ClientAuthentication::clientSecretPostPutsTheSecretInTheBody()
{
    ClientUnderTest under(withSecret(plainSecret, Method::ClientSecretPost));
    under.provider.clientSecret = plainSecret;
    std::unique_ptr<SignInReply> reply(under.signIn());
    QCOMPARE(reply->error().code(), SignInError::NoError);
    const auto tokenRequests = under.network.requestsTo("POST", under.provider.tokenEndpoint());
    QCOMPARE(tokenRequests.size(), 1);
    const RecordedRequest request = tokenRequests.first();
    QCOMPARE(request.formValue(QStringLiteral("client_secret")).toUtf8(), plainSecret);
    QCOMPARE(request.formValue(QStringLiteral("client_id")), under.provider.clientId());
    QVERIFY(request.header("Authorization").isEmpty());
}

void tst_ClientAuthentication::clientSecretBasicSendsFormUrlencodedCredentials()
{
    ClientUnderTest under(withSecret(awkwardSecret), awkwardClientId);
    under.provider.clientSecret = awkwardSecret;
    advertise(under.provider, {QStringLiteral("client_secret_basic")});
    std::unique_ptr<SignInReply> reply(under.signIn());
    QCOMPARE(reply->error().code(), SignInError::NoError);
    const auto tokenRequests = under.network.requestsTo("POST", under.provider.tokenEndpoint());
    QCOMPARE(tokenRequests.size(), 1);
    const RecordedRequest request = tokenRequests.first();
    const QByteArray authorization = request.header("Authorization");
    QVERIFY2(authorization.startsWith("Basic "), authorization.constData());
    const QByteArray credentials = QByteArray::fromBase64(authorization.mid(6));
    // Encoded first, so the one ':' left is the separator and every byte is ASCII.
    QCOMPARE(credentials.count(':'), 1);
    for (const char byte : credentials)
        QVERIFY2(uchar(byte) < 0x80, credentials.constData());
    const qsizetype colon = credentials.indexOf(':');
    QCOMPARE(QString::fromUtf8(formDecoded(credentials.left(colon))), awkwardClientId);
    QCOMPARE(formDecoded(credentials.mid(colon + 1)), awkwardSecret);
    QVERIFY(!request.form().hasQueryItem(QStringLiteral("client_secret")));
    // Not in the body in any form: raw, or form-encoded as client_secret_post
    // would send it. ("s3" alone is no test: the random PKCE verifier in the
    // same body holds it about one time in a hundred.)
    QVERIFY(!request.body.contains(awkwardSecret));
    QVERIFY(!request.body.contains(awkwardSecret.toPercentEncoding()));
    QVERIFY(!request.body.contains("s3%3Acr"));
}

void tst_ClientAuthentication::automaticMethodFollowsDiscovery_data()
{
    QTest::addColumn<QStringList>("advertised"); // {"-"}: the member is absent
    QTest::addColumn<bool>("basic");
    QTest::newRow("both: basic") << QStringList{QStringLiteral("client_secret_post"), QStringLiteral("client_secret_basic")} << true;
    QTest::newRow("post only: post") << QStringList{QStringLiteral("client_secret_post"), QStringLiteral("private_key_jwt")} << false;
    QTest::newRow("basic only: basic") << QStringList{QStringLiteral("client_secret_basic")} << true;
    QTest::newRow("absent: basic") << QStringList{QStringLiteral("-")} << true;
}

void tst_ClientAuthentication::automaticMethodFollowsDiscovery()
{
    QFETCH(QStringList, advertised);
    QFETCH(bool, basic);
    ClientUnderTest under(withSecret(plainSecret));
    under.provider.clientSecret = plainSecret;
    if (advertised != QStringList{QStringLiteral("-")})
        advertise(under.provider, advertised);
    QVERIFY(!under.provider.discovery.contains(QStringLiteral("token_endpoint_auth_methods_supported"))
            || advertised != QStringList{QStringLiteral("-")});
    std::unique_ptr<SignInReply> reply(under.signIn());
    QCOMPARE(reply->error().code(), SignInError::NoError);
    const RecordedRequest request = under.network.requestsTo("POST", under.provider.tokenEndpoint()).first();
    QCOMPARE(request.header("Authorization").startsWith("Basic "), basic);
    QCOMPARE(request.form().hasQueryItem(QStringLiteral("client_secret")), !basic);
}

void tst_ClientAuthentication::onlyUnsupportedMethodsFailBeforeAnythingIsSent()
{
    ClientUnderTest under(withSecret(plainSecret));
    advertise(under.provider, {QStringLiteral("private_key_jwt"), QStringLiteral("tls_client_auth")});
    std::unique_ptr<SignInReply> reply(under.client->signIn({QStringLiteral("profile")}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::InvalidConfiguration);
    QCOMPARE(reply->error().reason(), SignInError::Reason::ClientAuthenticationMethodUnsupported);
    QVERIFY2(reply->error().detail().contains(QLatin1String("private_key_jwt")), qPrintable(reply->error().detail()));
    QVERIFY(!reply->error().detail().contains(QString::fromUtf8(plainSecret)));
    // Neither the browser nor the token endpoint saw anything.
    QVERIFY(under.agent->presentedUrls().isEmpty());
    QVERIFY(under.network.requestsTo("POST", under.provider.tokenEndpoint()).isEmpty());
}

void tst_ClientAuthentication::explicitMethodIsUsedWhateverTheProviderLists()
{
    ClientUnderTest under(withSecret(plainSecret, Method::ClientSecretPost));
    under.provider.clientSecret = plainSecret;
    advertise(under.provider, {QStringLiteral("client_secret_basic")});
    std::unique_ptr<SignInReply> reply(under.signIn());
    QCOMPARE(reply->error().code(), SignInError::NoError);
    const RecordedRequest request = under.network.requestsTo("POST", under.provider.tokenEndpoint()).first();
    QCOMPARE(request.formValue(QStringLiteral("client_secret")).toUtf8(), plainSecret);
    QVERIFY(request.header("Authorization").isEmpty());
}

void tst_ClientAuthentication::methodWithoutSecretIsInvalidConfiguration()
{
    ClientUnderTest under([](ClientConfiguration &configuration) {
        configuration.setClientAuthenticationMethod(Method::ClientSecretBasic);
    });
    std::unique_ptr<SignInReply> reply(under.client->signIn({QStringLiteral("profile")}));
    QVERIFY(ClientUnderTest::waitForFinished(reply.get()));
    QCOMPARE(reply->error().code(), SignInError::InvalidConfiguration);
    QVERIFY(under.network.requests().isEmpty());
}

void tst_ClientAuthentication::refreshSendsTheSecretToo_data()
{
    QTest::addColumn<QStringList>("advertised");
    QTest::addColumn<bool>("basic");
    QTest::newRow("basic") << QStringList{QStringLiteral("client_secret_basic")} << true;
    QTest::newRow("post") << QStringList{QStringLiteral("client_secret_post")} << false;
}

void tst_ClientAuthentication::refreshSendsTheSecretToo()
{
    QFETCH(QStringList, advertised);
    QFETCH(bool, basic);
    ClientUnderTest under(withSecret(awkwardSecret), awkwardClientId);
    under.provider.clientSecret = awkwardSecret;
    advertise(under.provider, advertised);
    std::unique_ptr<SignInReply> signIn(under.signIn());
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    under.network.clearRequests();
    SilentOptions forced;
    forced.setForceRefresh(true);
    std::unique_ptr<SignInReply> refresh(
            under.client->acquireTokenSilent(signIn->result().account(), {QStringLiteral("profile")}, forced));
    QVERIFY(ClientUnderTest::waitForFinished(refresh.get()));
    QCOMPARE(refresh->error().code(), SignInError::NoError);
    QCOMPARE(refresh->result().source(), TokenSource::Refresh);
    const auto refreshes = under.network.requestsTo("POST", under.provider.tokenEndpoint());
    QCOMPARE(refreshes.size(), 1);
    QCOMPARE(refreshes.first().formValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    QCOMPARE(refreshes.first().header("Authorization").startsWith("Basic "), basic);
    QCOMPARE(refreshes.first().formValue(QStringLiteral("client_secret")).toUtf8(),
             basic ? QByteArray() : awkwardSecret);
}

void tst_ClientAuthentication::refreshFailsBeforeSendingWhenNoMethodFits()
{
    // The provider's document changed between the sign-in and the refresh
    // (a client kept running, a new discovery fetched with fresh caching).
    ClientUnderTest under(withSecret(plainSecret), QStringLiteral("pin-client"));
    under.provider.clientSecret = plainSecret;
    under.network.answer("GET", under.provider.discoveryUrl(), [&under](const RecordedRequest &) {
        return CannedResponse::json(under.provider.discovery).withHeader("Cache-Control", "no-store");
    });
    std::unique_ptr<SignInReply> signIn(under.signIn());
    QCOMPARE(signIn->error().code(), SignInError::NoError);
    under.provider.discovery.insert(QStringLiteral("token_endpoint_auth_methods_supported"),
                                    QJsonArray{QStringLiteral("private_key_jwt")});
    under.network.clearRequests();
    SilentOptions forced;
    forced.setForceRefresh(true);
    std::unique_ptr<SignInReply> refresh(
            under.client->acquireTokenSilent(signIn->result().account(), {QStringLiteral("profile")}, forced));
    QVERIFY(ClientUnderTest::waitForFinished(refresh.get()));
    QCOMPARE(refresh->error().code(), SignInError::InvalidConfiguration);
    QCOMPARE(refresh->error().reason(), SignInError::Reason::ClientAuthenticationMethodUnsupported);
    QVERIFY(under.network.requestsTo("POST", under.provider.tokenEndpoint()).isEmpty());
}

void tst_ClientAuthentication::wrongSecretIsTheProvidersInvalidClient()
{
    ClientUnderTest under(withSecret(QByteArrayLiteral("not-the-secret")));
    under.provider.clientSecret = plainSecret;
    std::unique_ptr<SignInReply> reply(under.signIn());
    QCOMPARE(reply->error().code(), SignInError::TokenRequestFailed);
    QCOMPARE(reply->error().providerError(), QStringLiteral("invalid_client"));
    QVERIFY(!reply->error().detail().contains(QLatin1String("not-the-secret")));
}

void tst_ClientAuthentication::secretAppearsInNoLogLine()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qtsignin.*=true"));
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    {
        ClientUnderTest under(withSecret(awkwardSecret), awkwardClientId);
        under.provider.clientSecret = awkwardSecret;
        std::unique_ptr<SignInReply> signIn(under.signIn());
        QCOMPARE(signIn->error().code(), SignInError::NoError);
        SilentOptions forced;
        forced.setForceRefresh(true);
        std::unique_ptr<SignInReply> refresh(
                under.client->acquireTokenSilent(signIn->result().account(), {QStringLiteral("profile")}, forced));
        QVERIFY(ClientUnderTest::waitForFinished(refresh.get()));
        // And the two failures, whose details are logged.
        under.provider.clientSecret = QByteArrayLiteral("rotated");
        std::unique_ptr<SignInReply> refused(
                under.client->acquireTokenSilent(signIn->result().account(), {QStringLiteral("profile")}, forced));
        QVERIFY(ClientUnderTest::waitForFinished(refused.get()));
        QCOMPARE(refused->error().providerError(), QStringLiteral("invalid_client"));
    }
    {
        ClientUnderTest under(withSecret(awkwardSecret), awkwardClientId);
        advertise(under.provider, {QStringLiteral("private_key_jwt")});
        std::unique_ptr<SignInReply> unsupported(under.client->signIn({QStringLiteral("profile")}));
        QVERIFY(ClientUnderTest::waitForFinished(unsupported.get()));
        QCOMPARE(unsupported->error().code(), SignInError::InvalidConfiguration);
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    // The logging was on, and said something about each exchange.
    QVERIFY(capturedMessages.size() > 5);
    QVERIFY(!capturedMessages.filter(QLatin1String("client_secret_basic")).isEmpty());
    const QByteArray encodedSecret = awkwardSecret.toPercentEncoding();
    const QByteArray basicCredentials = (QUrl::toPercentEncoding(awkwardClientId) + ':' + encodedSecret).toBase64();
    const QStringList spellings{QString::fromUtf8(awkwardSecret), QString::fromLatin1(encodedSecret),
                                QStringLiteral("s3:cr"), QString::fromLatin1(basicCredentials)};
    for (const QString &message : std::as_const(capturedMessages)) {
        for (const QString &spelling : spellings)
            QVERIFY2(!message.contains(spelling), qPrintable(message));
    }
}

QTEST_MAIN(tst_ClientAuthentication)
#include "tst_client_authentication.moc"
