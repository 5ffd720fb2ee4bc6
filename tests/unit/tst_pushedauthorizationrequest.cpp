// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Pushed authorization requests (RFC 9126): what is pushed, what the browser
// then opens, and what of the provider's answer is believed.
#include "protocol/PushedAuthorizationRequest.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QUrlQuery>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

const QUrl endpoint(QStringLiteral("https://login.example.com/authorize?tenant=contoso"));
const QUrl parEndpoint(QStringLiteral("https://login.example.com/par"));
const QUrl redirectUri(QStringLiteral("http://127.0.0.1:4711/callback"));

PushedAuthorizationRequest makeRequest()
{
    Pkce pkce;
    PushedAuthorizationRequest request;
    request.endpoint = parEndpoint;
    request.authorization = AuthorizationRequest::create(endpoint, QStringLiteral("client-1"), redirectUri,
                                                         {QStringLiteral("profile")}, &pkce);
    request.authorization.loginHint = QStringLiteral("alice@example.com");
    request.authorization.prompt = QStringLiteral("login");
    request.authorization.claims = QByteArrayLiteral("{\"id_token\":{\"acr\":null}}");
    request.authorization.extraParameters = {{QStringLiteral("audience"), QStringLiteral("api & more=1")},
                                             {QStringLiteral("state"), QStringLiteral("overridden")}};
    return request;
}

// The body as a provider decodes it (application/x-www-form-urlencoded).
QList<QPair<QString, QString>> formItems(const QByteArray &body)
{
    QList<QPair<QString, QString>> items;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        const auto decode = [](QByteArray part) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
        };
        items.append({decode(pair.left(equals)), decode(pair.mid(equals + 1))});
    }
    return items;
}

QStringList names(const QList<QPair<QString, QString>> &items)
{
    QStringList list;
    for (const auto &item : items)
        list.append(item.first);
    return list;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_PushedAuthorizationRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // §2.1: every parameter the browser would have carried, nothing else.
    void pushesWhatTheBrowserWouldHaveCarried()
    {
        const PushedAuthorizationRequest request = makeRequest();
        const auto pushed = formItems(request.toFormBody());
        QCOMPARE(pushed, request.authorization.parameters());
        // and the URL's query holds the same, beside the endpoint's own.
        QUrlQuery browserQuery(request.authorization.toUrl());
        browserQuery.removeAllQueryItems(QStringLiteral("tenant"));
        QCOMPARE(pushed, browserQuery.queryItems(QUrl::FullyDecoded));
        QCOMPARE(names(pushed),
                 (QStringList{"response_type", "client_id", "redirect_uri", "scope", "state", "nonce",
                              "code_challenge", "code_challenge_method", "login_hint", "prompt", "claims",
                              "audience"}));
        QCOMPARE(QUrlQuery(request.authorization.toUrl()).queryItemValue(QStringLiteral("audience"),
                                                                         QUrl::FullyDecoded),
                 QStringLiteral("api & more=1"));
        QVERIFY(request.authorizationHeader().isEmpty()); // a public client
    }

    void publicClientSendsItsClientIdOnce()
    {
        const auto pushed = names(formItems(makeRequest().toFormBody()));
        QCOMPARE(pushed.count(QStringLiteral("client_id")), 1);
        QVERIFY(!pushed.contains(QStringLiteral("client_secret")));
    }

    // §2: the client authenticates as at the token endpoint.
    void clientSecretBasicGoesInTheHeader()
    {
        PushedAuthorizationRequest request = makeRequest();
        request.clientAuthentication.method = ClientAuthentication::Method::ClientSecretBasic;
        request.clientAuthentication.clientSecret = Secret(QStringLiteral("s3cret"));
        QVERIFY(request.authorizationHeader().startsWith("Basic "));
        QVERIFY(!request.toFormBody().contains("s3cret"));
        // client_id stays: it is an authorization request parameter (§2.1).
        QCOMPARE(names(formItems(request.toFormBody())).count(QStringLiteral("client_id")), 1);
    }

    void clientSecretPostGoesInTheBody()
    {
        PushedAuthorizationRequest request = makeRequest();
        request.clientAuthentication.method = ClientAuthentication::Method::ClientSecretPost;
        request.clientAuthentication.clientSecret = Secret(QStringLiteral("s3cret"));
        QVERIFY(request.authorizationHeader().isEmpty());
        const auto pushed = formItems(request.toFormBody());
        QCOMPARE(names(pushed).count(QStringLiteral("client_id")), 1);
        QVERIFY(pushed.contains(qMakePair(QStringLiteral("client_secret"), QStringLiteral("s3cret"))));
    }

    // A feature's own parameters (an RFC 8707 resource) go along; none may
    // override what the flow owns. DPoP's dpop_jkt is the flow's own (an
    // authorization parameter, AuthorizationRequest::dpopJkt), so it is
    // pushed as the request says, once, whatever an additional one says.
    void additionalParametersCannotOverrideTheFlow()
    {
        PushedAuthorizationRequest request = makeRequest();
        request.authorization.dpopJkt = "thumbprint";
        request.additionalParameters = {{QStringLiteral("resource"), QStringLiteral("urn:example:api")},
                                        {QStringLiteral("dpop_jkt"), QStringLiteral("someone-elses")},
                                        {QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/")},
                                        {QStringLiteral("request_uri"), QStringLiteral("urn:evil")}};
        const auto pushed = formItems(request.toFormBody());
        QVERIFY(pushed.contains(qMakePair(QStringLiteral("resource"), QStringLiteral("urn:example:api"))));
        QVERIFY(pushed.contains(qMakePair(QStringLiteral("dpop_jkt"), QStringLiteral("thumbprint"))));
        QCOMPARE(names(pushed).count(QStringLiteral("dpop_jkt")), 1);
        QCOMPARE(names(pushed).count(QStringLiteral("redirect_uri")), 1);
        QVERIFY(!names(pushed).contains(QStringLiteral("request_uri")));
    }

    // §4: client_id and request_uri, and the endpoint's own query.
    void browserGetsClientIdAndRequestUriOnly()
    {
        const QUrl url = PushedAuthorizationRequest::authorizationUrl(
                QUrl(QStringLiteral("https://login.example.com/authorize?tenant=contoso&state=evil")),
                QStringLiteral("client 1"), QStringLiteral("urn:ietf:params:oauth:request_uri:abc+def"));
        QCOMPARE(url.adjusted(QUrl::RemoveQuery), QUrl(QStringLiteral("https://login.example.com/authorize")));
        const QUrlQuery query(url);
        QCOMPARE(names(query.queryItems(QUrl::FullyDecoded)),
                 (QStringList{"tenant", "client_id", "request_uri"}));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded), QStringLiteral("client 1"));
        // '+' survives as data, not as a space.
        QVERIFY(url.toString(QUrl::FullyEncoded).contains(QLatin1String("abc%2Bdef")));
    }

    void readsAValidAnswer()
    {
        PushedAuthorizationResponse response;
        QString reason;
        QVERIFY2(PushedAuthorizationResponse::parse(
                         json({{"request_uri", "urn:ietf:params:oauth:request_uri:6esc_11ACC5bwc014ltc14eY22c"},
                               {"expires_in", 60}}),
                         &response, &reason),
                 qPrintable(reason));
        QCOMPARE(response.requestUri, QStringLiteral("urn:ietf:params:oauth:request_uri:6esc_11ACC5bwc014ltc14eY22c"));
        QCOMPARE(response.expiresIn, std::chrono::seconds(60));
    }

    void refusesBrokenAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        const QString uri = QStringLiteral("urn:ietf:params:oauth:request_uri:abc");
        const auto with = [&uri](const QJsonValue &requestUri, const QJsonValue &expiresIn) {
            QJsonObject object;
            if (!requestUri.isUndefined())
                object.insert(QStringLiteral("request_uri"), requestUri);
            if (!expiresIn.isUndefined())
                object.insert(QStringLiteral("expires_in"), expiresIn);
            return json(object);
        };
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("not JSON") << QByteArray("<html>") << "not a JSON object";
        QTest::newRow("an array") << QByteArray("[]") << "not a JSON object";
        QTest::newRow("request_uri missing") << with(absent, 60) << "\"request_uri\" is not a string";
        QTest::newRow("request_uri empty") << with(QString(), 60) << "\"request_uri\" is not a string";
        QTest::newRow("request_uri a number") << with(42, 60) << "\"request_uri\" is not a string";
        QTest::newRow("request_uri huge")
                << with(QString(PushedAuthorizationResponse::maximumRequestUriLength + 1, QLatin1Char('x')), 60)
                << "\"request_uri\" is not a string";
        QTest::newRow("request_uri with a newline") << with(uri + QStringLiteral("\r\nSet-Cookie: x"), 60)
                                                    << "characters a URI cannot hold";
        QTest::newRow("request_uri with an escape") << with(uri + QStringLiteral("\x1b[2J"), 60)
                                                    << "characters a URI cannot hold";
        QTest::newRow("request_uri with a space") << with(uri + QStringLiteral(" x"), 60)
                                                  << "characters a URI cannot hold";
        QTest::newRow("request_uri not ASCII") << with(uri + QStringLiteral("\u00e9"), 60)
                                               << "characters a URI cannot hold";
        QTest::newRow("expires_in missing") << with(uri, absent) << "\"expires_in\"";
        QTest::newRow("expires_in null") << with(uri, QJsonValue(QJsonValue::Null)) << "\"expires_in\"";
        QTest::newRow("expires_in zero") << with(uri, 0) << "\"expires_in\"";
        QTest::newRow("expires_in negative") << with(uri, -60) << "\"expires_in\"";
        QTest::newRow("expires_in a string") << with(uri, QStringLiteral("60")) << "\"expires_in\"";
        QTest::newRow("expires_in a fraction") << with(uri, 59.5) << "\"expires_in\"";
        QTest::newRow("expires_in beyond a day") << with(uri, 86401) << "\"expires_in\"";
    }

    void refusesBrokenAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        PushedAuthorizationResponse response;
        response.requestUri = QStringLiteral("left over");
        QString why;
        QVERIFY(!PushedAuthorizationResponse::parse(body, &response, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
        QVERIFY(response.requestUri.isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_PushedAuthorizationRequest)
#include "tst_pushedauthorizationrequest.moc"
