// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// TestProvider's endpoints over plain HTTP, as any client would see them:
// what it refuses matters as much as what it issues, since a test kit that
// accepted anything would hide an application's mistakes.

#include <QtSignIn/TestProvider.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace QtSignIn;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QUrl location;
    QByteArray cacheControl;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QUrlQuery locationQuery() const { return QUrlQuery(location); }
};

const QString verifier = QStringLiteral("a-code-verifier-of-forty-three-characters-at-least");
const QString redirectUri = QStringLiteral("http://127.0.0.1:50123/");

QString challengeOf(const QString &codeVerifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(codeVerifier.toLatin1(), QCryptographicHash::Sha256)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class tst_TestProvider : public QObject
{
    Q_OBJECT

private:
    TestProvider m_provider;
    QNetworkAccessManager m_network;

    Answer finish(QNetworkReply *reply)
    {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(5000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.location = QUrl::fromEncoded(reply->rawHeader("Location"));
        answer.cacheControl = reply->rawHeader("Cache-Control");
        reply->deleteLater();
        return answer;
    }

    Answer get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return finish(m_network.get(request));
    }

    Answer post(const QUrl &url, const QUrlQuery &form)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        return finish(m_network.post(request, form.toString(QUrl::FullyEncoded).toLatin1()));
    }

    QUrlQuery authorizationQuery() const
    {
        return QUrlQuery{{QStringLiteral("client_id"), m_provider.clientId()},
                         {QStringLiteral("redirect_uri"), redirectUri},
                         {QStringLiteral("response_type"), QStringLiteral("code")},
                         {QStringLiteral("scope"), QStringLiteral("openid offline_access")},
                         {QStringLiteral("state"), QStringLiteral("the-state")},
                         {QStringLiteral("nonce"), QStringLiteral("the-nonce")},
                         {QStringLiteral("code_challenge"), challengeOf(verifier)},
                         {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    }

    Answer authorize(const QUrlQuery &query)
    {
        QUrl url = m_provider.authorizationEndpoint();
        url.setQuery(query);
        return get(url);
    }

    QString code()
    {
        return authorize(authorizationQuery()).locationQuery().queryItemValue(QStringLiteral("code"));
    }

    QUrlQuery codeRedemption(const QString &code) const
    {
        return QUrlQuery{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                         {QStringLiteral("client_id"), m_provider.clientId()},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("redirect_uri"), redirectUri},
                         {QStringLiteral("code_verifier"), verifier}};
    }

    QUrlQuery refreshWith(const QString &refreshToken) const
    {
        return QUrlQuery{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                         {QStringLiteral("client_id"), m_provider.clientId()},
                         {QStringLiteral("refresh_token"), refreshToken}};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_provider.listen()); }

    void discoveryAdvertisesWhatTheLibraryChecks()
    {
        QUrl url = m_provider.issuer();
        url.setPath(QStringLiteral("/.well-known/openid-configuration"));
        const QJsonObject metadata = get(url).json();
        QCOMPARE(metadata.value(QLatin1String("issuer")).toString(), m_provider.issuer().toString());
        QCOMPARE(metadata.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool(), true);
        QCOMPARE(metadata.value(QLatin1String("code_challenge_methods_supported")).toArray(),
                 QJsonArray{QStringLiteral("S256")});
        QCOMPARE(metadata.value(QLatin1String("token_endpoint")).toString(), m_provider.tokenEndpoint().toString());
        const QJsonArray keys = get(m_provider.jwksUri()).json().value(QLatin1String("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().toObject().value(QLatin1String("crv")).toString(), QStringLiteral("P-256"));
        QVERIFY(!keys.first().toObject().contains(QLatin1String("d"))); // never the private key
    }

    void authorizationRedirectsWithCodeStateAndIssuer()
    {
        const Answer answer = authorize(authorizationQuery());
        QCOMPARE(answer.status, 302);
        QCOMPARE(answer.location.adjusted(QUrl::RemoveQuery), QUrl(redirectUri));
        const QUrlQuery query = answer.locationQuery();
        QVERIFY(!query.queryItemValue(QStringLiteral("code")).isEmpty());
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("the-state"));
        QCOMPARE(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded), m_provider.issuer().toString());
    }

    void unknownClientOrRedirectGetsAPage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown client") << QStringLiteral("client_id") << QStringLiteral("someone-else");
        QTest::newRow("https redirect") << QStringLiteral("redirect_uri") << QStringLiteral("https://127.0.0.1/");
        QTest::newRow("remote host") << QStringLiteral("redirect_uri") << QStringLiteral("http://evil.example/");
        QTest::newRow("custom scheme") << QStringLiteral("redirect_uri") << QStringLiteral("com.example.app:/cb");
    }

    void unknownClientOrRedirectGetsAPage()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QUrlQuery query = authorizationQuery();
        query.removeAllQueryItems(name);
        query.addQueryItem(name, value);
        const Answer answer = authorize(query);
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.location.isEmpty());
    }

    void requestWithoutPkceIsRefused_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("no PKCE") << QString();
        QTest::newRow("plain") << QStringLiteral("plain");
    }

    void requestWithoutPkceIsRefused()
    {
        QFETCH(QString, method);
        QUrlQuery query = authorizationQuery();
        query.removeAllQueryItems(QStringLiteral("code_challenge_method"));
        if (!method.isEmpty())
            query.addQueryItem(QStringLiteral("code_challenge_method"), method);
        const Answer answer = authorize(query);
        QCOMPARE(answer.status, 302);
        QCOMPARE(answer.locationQuery().queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
        QVERIFY(!answer.locationQuery().hasQueryItem(QStringLiteral("code")));
    }

    void anyLoopbackPortIsAccepted()
    {
        QUrlQuery query = authorizationQuery();
        query.removeAllQueryItems(QStringLiteral("redirect_uri"));
        query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:61999/cb"));
        QCOMPARE(authorize(query).location.port(), 61999);
    }

    void deniedConsentRedirectsWithAccessDenied()
    {
        m_provider.setConsent(TestProvider::Consent::Denied);
        const Answer answer = authorize(authorizationQuery());
        m_provider.setConsent(TestProvider::Consent::Granted);
        QCOMPARE(answer.locationQuery().queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(answer.locationQuery().queryItemValue(QStringLiteral("state")), QStringLiteral("the-state"));
    }

    void codeIsRedeemedOnceWithItsVerifier()
    {
        const QString value = code();
        QUrlQuery wrongVerifier = codeRedemption(value);
        wrongVerifier.removeAllQueryItems(QStringLiteral("code_verifier"));
        wrongVerifier.addQueryItem(QStringLiteral("code_verifier"), verifier + QStringLiteral("x"));
        const Answer refused = post(m_provider.tokenEndpoint(), wrongVerifier);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        // A failed attempt used the code up too.
        QCOMPARE(post(m_provider.tokenEndpoint(), codeRedemption(value)).status, 400);

        const Answer issued = post(m_provider.tokenEndpoint(), codeRedemption(code()));
        QCOMPARE(issued.status, 200);
        QCOMPARE(issued.cacheControl, QByteArrayLiteral("no-store"));
        QVERIFY(issued.json().value(QLatin1String("id_token")).isString());
        QCOMPARE(issued.json().value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    }

    void accessTokenIsAJwtNamingTheProvidersKey()
    {
        const QString accessToken = post(m_provider.tokenEndpoint(), codeRedemption(code()))
                                            .json().value(QLatin1String("access_token")).toString();
        const QStringList parts = accessToken.split(QLatin1Char('.'));
        QCOMPARE(parts.size(), 3);
        const auto decode = [](const QString &part) {
            return QJsonDocument::fromJson(QByteArray::fromBase64(part.toLatin1(), QByteArray::Base64UrlEncoding)).object();
        };
        const QJsonObject header = decode(parts.at(0));
        const QJsonObject claims = decode(parts.at(1));
        // RFC 9068 §2.1 and §2.2.
        QCOMPARE(header.value(QLatin1String("typ")).toString(), QStringLiteral("at+jwt"));
        QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
        const QJsonObject key = get(m_provider.jwksUri()).json().value(QLatin1String("keys")).toArray().first().toObject();
        QCOMPARE(header.value(QLatin1String("kid")).toString(), key.value(QLatin1String("kid")).toString());
        QCOMPARE(claims.value(QLatin1String("iss")).toString(), m_provider.issuer().toString());
        QCOMPARE(claims.value(QLatin1String("client_id")).toString(), m_provider.clientId());
        QCOMPARE(claims.value(QLatin1String("scope")).toString(), QStringLiteral("openid offline_access"));
        QVERIFY(claims.value(QLatin1String("exp")).toDouble() > claims.value(QLatin1String("iat")).toDouble());
        QVERIFY(!claims.value(QLatin1String("jti")).toString().isEmpty());
    }

    void codeNeedsTheSameRedirectUri()
    {
        QUrlQuery form = codeRedemption(code());
        form.removeAllQueryItems(QStringLiteral("redirect_uri"));
        form.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:50124/"));
        QCOMPARE(post(m_provider.tokenEndpoint(), form).json().value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid_grant"));
    }

    // RFC 6749 §4.1.3 says "identical": a redirect_uri that only normalises
    // to the same URL (here, the scheme in capitals) is another one.
    void codeNeedsTheRedirectUriSpeltTheSame()
    {
        QUrlQuery form = codeRedemption(code());
        const QString spelt = form.queryItemValue(QStringLiteral("redirect_uri"));
        QVERIFY(spelt.startsWith(QLatin1String("http://")));
        QCOMPARE(QUrl(QStringLiteral("HTTP://") + spelt.mid(7)), QUrl(spelt)); // alike as URLs
        form.removeAllQueryItems(QStringLiteral("redirect_uri"));
        form.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("HTTP://") + spelt.mid(7));
        QCOMPARE(post(m_provider.tokenEndpoint(), form).json().value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid_grant"));
    }

    // RFC 7636 §4.1: 43 to 128 unreserved characters, whatever its hash.
    void codeVerifierMustHaveItsSyntax()
    {
        const QString shortVerifier = QStringLiteral("too-short");
        QUrlQuery authorization = authorizationQuery();
        authorization.removeAllQueryItems(QStringLiteral("code_challenge"));
        authorization.addQueryItem(QStringLiteral("code_challenge"), challengeOf(shortVerifier));
        const QString value = authorize(authorization).locationQuery().queryItemValue(QStringLiteral("code"));
        QVERIFY(!value.isEmpty());
        QUrlQuery form = codeRedemption(value);
        form.removeAllQueryItems(QStringLiteral("code_verifier"));
        form.addQueryItem(QStringLiteral("code_verifier"), shortVerifier);
        QCOMPARE(post(m_provider.tokenEndpoint(), form).json().value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid_grant"));
    }

    void usedRefreshTokenIsRefused()
    {
        const QString first = post(m_provider.tokenEndpoint(), codeRedemption(code()))
                                      .json().value(QLatin1String("refresh_token")).toString();
        const Answer rotated = post(m_provider.tokenEndpoint(), refreshWith(first));
        QCOMPARE(rotated.status, 200);
        const QString second = rotated.json().value(QLatin1String("refresh_token")).toString();
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        const Answer again = post(m_provider.tokenEndpoint(), refreshWith(first));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(post(m_provider.tokenEndpoint(), refreshWith(second)).status, 200);
    }

    // RFC 6749 §6: a refresh asking for part of the grant gets an access
    // token for that part; the rotated refresh token still holds the whole
    // grant, and a scope never granted is refused.
    void refreshForFewerScopesNarrowsTheAccessTokenOnly()
    {
        const QString first = post(m_provider.tokenEndpoint(), codeRedemption(code()))
                                      .json().value(QLatin1String("refresh_token")).toString();
        QUrlQuery narrower = refreshWith(first);
        narrower.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid"));
        const Answer narrowed = post(m_provider.tokenEndpoint(), narrower);
        QCOMPARE(narrowed.status, 200);
        QCOMPARE(narrowed.json().value(QLatin1String("scope")).toString(), QStringLiteral("openid"));
        const QString second = narrowed.json().value(QLatin1String("refresh_token")).toString();
        const Answer whole = post(m_provider.tokenEndpoint(), refreshWith(second));
        QCOMPARE(whole.json().value(QLatin1String("scope")).toString(), QStringLiteral("openid offline_access"));

        QUrlQuery wider = refreshWith(whole.json().value(QLatin1String("refresh_token")).toString());
        wider.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid email"));
        QCOMPARE(post(m_provider.tokenEndpoint(), wider).json().value(QLatin1String("error")).toString(),
                 QStringLiteral("invalid_scope"));
    }

    void plannedErrorAnswersTheNextTokenRequestOnce()
    {
        const QString refreshToken = post(m_provider.tokenEndpoint(), codeRedemption(code()))
                                             .json().value(QLatin1String("refresh_token")).toString();
        m_provider.failNextTokenRequest(QStringLiteral("temporarily_unavailable"), QStringLiteral("maintenance"), 503);
        const Answer failed = post(m_provider.tokenEndpoint(), refreshWith(refreshToken));
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.json().value(QLatin1String("error_description")).toString(), QStringLiteral("maintenance"));
        // The refresh token was not used up by the planned failure.
        QCOMPARE(post(m_provider.tokenEndpoint(), refreshWith(refreshToken)).status, 200);
    }

    void revocationEndsARefreshToken()
    {
        const QString refreshToken = post(m_provider.tokenEndpoint(), codeRedemption(code()))
                                             .json().value(QLatin1String("refresh_token")).toString();
        const QUrlQuery form{{QStringLiteral("token"), refreshToken},
                             {QStringLiteral("client_id"), m_provider.clientId()}};
        QCOMPARE(post(m_provider.revocationEndpoint(), form).status, 200);
        QVERIFY(!m_provider.isTokenActive(refreshToken));
        QCOMPARE(post(m_provider.tokenEndpoint(), refreshWith(refreshToken)).status, 400);
        // RFC 7009 §2.2: an unknown token is answered with 200 as well.
        QCOMPARE(post(m_provider.revocationEndpoint(), form).status, 200);
    }

    void endSessionReturnsToALoopbackUriOnly()
    {
        QUrl url = m_provider.endSessionEndpoint();
        url.setQuery(QUrlQuery{{QStringLiteral("post_logout_redirect_uri"), redirectUri},
                               {QStringLiteral("state"), QStringLiteral("bye")}});
        const Answer back = get(url);
        QCOMPARE(back.status, 302);
        QCOMPARE(back.location.adjusted(QUrl::RemoveQuery), QUrl(redirectUri));
        QCOMPARE(back.locationQuery().queryItemValue(QStringLiteral("state")), QStringLiteral("bye"));

        url.setQuery(QUrlQuery{{QStringLiteral("post_logout_redirect_uri"), QStringLiteral("https://evil.example/")}});
        const Answer page = get(url);
        QCOMPARE(page.status, 200);
        QVERIFY(page.location.isEmpty());
    }

    void unknownPathIsNotFound()
    {
        QUrl url = m_provider.issuer();
        url.setPath(QStringLiteral("/nothing-here"));
        QCOMPARE(get(url).status, 404);
    }

    // RFC 9110 §9.3.2: no content after a HEAD answer. The library's probe
    // of the authorization endpoint is a HEAD; a body after it would be
    // read as the start of the next answer on the same connection.
    void headIsAnsweredWithoutABody()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_provider.issuer().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("HEAD /authorize HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                     "GET /.well-known/openid-configuration HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 ") >= 2, 5000);
        const qsizetype headEnd = received.indexOf("\r\n\r\n") + 4;
        QVERIFY2(received.mid(headEnd).startsWith("HTTP/1.1 200"), received.constData());
    }
};

QTEST_GUILESS_MAIN(tst_TestProvider)
#include "tst_test_provider.moc"
