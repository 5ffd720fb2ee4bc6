// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "protocol/TokenRequest.h"
#include "protocol/TokenResponse.h"

#include <QtCore/QUrlQuery>
#include <QtTest/QtTest>

using namespace QtSignIn;

class tst_TokenResponse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAFullResponse()
    {
        TokenResponse response;
        QString reason;
        QVERIFY2(TokenResponse::parse("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"refresh_token\":\"rt\",\"id_token\":\"a.b.c\",\"scope\":\"openid  profile\"}", &response, &reason),
                 qPrintable(reason));
        QCOMPARE(response.accessToken.reveal(), QByteArray("at"));
        QCOMPARE(response.refreshToken.reveal(), QByteArray("rt"));
        QCOMPARE(response.idToken.reveal(), QByteArray("a.b.c"));
        QCOMPARE(response.expiresIn.value(), 3600);
        QCOMPARE(response.scopes.value(), (QStringList{QStringLiteral("openid"), QStringLiteral("profile")}));
    }

    void absentScopeMeansAsRequested()
    {
        TokenResponse response;
        QString reason;
        QVERIFY(TokenResponse::parse("{\"access_token\":\"at\",\"token_type\":\"bearer\"}", &response, &reason));
        QVERIFY(!response.scopes.has_value());
        QVERIFY(!response.expiresIn.has_value());
        QVERIFY(TokenResponse::parse("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"scope\":\"\"}", &response, &reason));
        QVERIFY(response.scopes.has_value());
        QVERIFY(response.scopes->isEmpty());
    }

    void acceptsDigitsInAStringForExpiresIn()
    {
        TokenResponse response;
        QString reason;
        QVERIFY(TokenResponse::parse("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":\"3599\"}", &response, &reason));
        QCOMPARE(response.expiresIn.value(), 3599);
    }

    void rejectsBrokenResponses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("<html>") << QStringLiteral("not JSON");
        QTest::newRow("truncated") << QByteArray("{\"access_token\":\"at\",\"token_ty") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[{\"access_token\":\"at\"}]") << QStringLiteral("not a JSON object");
        QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("\"access_token\" is missing");
        QTest::newRow("empty access token") << QByteArray("{\"access_token\":\"\",\"token_type\":\"Bearer\"}") << QStringLiteral("\"access_token\" is missing");
        QTest::newRow("numeric access token") << QByteArray("{\"access_token\":42,\"token_type\":\"Bearer\"}") << QStringLiteral("\"access_token\" is not a string");
        QTest::newRow("no token type") << QByteArray("{\"access_token\":\"at\"}") << QStringLiteral("\"token_type\" is missing");
        QTest::newRow("mac token type") << QByteArray("{\"access_token\":\"at\",\"token_type\":\"mac\"}") << QStringLiteral("not Bearer");
        QTest::newRow("DPoP token type") << QByteArray("{\"access_token\":\"at\",\"token_type\":\"DPoP\"}") << QStringLiteral("not Bearer");
        QTest::newRow("negative expiry") << QByteArray("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":-1}") << QStringLiteral("expires_in");
        QTest::newRow("fractional expiry") << QByteArray("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":1.5}") << QStringLiteral("expires_in");
        QTest::newRow("huge expiry") << QByteArray("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":1e300}") << QStringLiteral("expires_in");
        QTest::newRow("letters in expiry") << QByteArray("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":\"12a\"}") << QStringLiteral("expires_in");
        QTest::newRow("signed expiry") << QByteArray("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":\"+12\"}") << QStringLiteral("expires_in");
        QTest::newRow("boolean expiry") << QByteArray("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":true}") << QStringLiteral("expires_in");
        QTest::newRow("numeric refresh token") << QByteArray("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"refresh_token\":7}") << QStringLiteral("refresh_token");
        QTest::newRow("object id token") << QByteArray("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"id_token\":{}}") << QStringLiteral("id_token");
        QTest::newRow("array scope") << QByteArray("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"scope\":[\"openid\"]}") << QStringLiteral("scope");
    }

    void rejectsBrokenResponses()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        TokenResponse response;
        QString why;
        QVERIFY(!TokenResponse::parse(json, &response, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
        QVERIFY(response.accessToken.isEmpty());
    }

    void parsesErrorResponses()
    {
        TokenErrorResponse error;
        QVERIFY(TokenErrorResponse::parse("{\"error\":\"invalid_grant\",\"error_description\":\"expired\"}", &error));
        QCOMPARE(error.error, QStringLiteral("invalid_grant"));
        QCOMPARE(error.errorDescription, QStringLiteral("expired"));
        QVERIFY(!TokenErrorResponse::parse("{\"error\":42}", &error));
        QVERIFY(!TokenErrorResponse::parse("Internal Server Error", &error));
    }

    void tokenRequestBodyIsFormEncoded()
    {
        const TokenRequest request = TokenRequest::forAuthorizationCode(
                QUrl(QStringLiteral("https://login.example.com/token")), QStringLiteral("client 1"),
                Secret(QByteArray("c+d&e")), QUrl(QStringLiteral("http://127.0.0.1:4711/callback")),
                Secret(QByteArray("verifier")));
        const QByteArray body = request.toFormBody();
        QVERIFY(!body.contains("client_secret"));
        QUrlQuery query(QString::fromLatin1(body));
        QCOMPARE(query.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded), QStringLiteral("authorization_code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QStringLiteral("c+d&e"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded), QStringLiteral("client 1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), QStringLiteral("http://127.0.0.1:4711/callback"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded), QStringLiteral("verifier"));
    }
};

QTEST_APPLESS_MAIN(tst_TokenResponse)
#include "tst_tokenresponse.moc"
