// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The token endpoint's answers (RFC 6749 §5.1, §5.2) and the request body
// that asks for them (§4.1.3, §6).
#include "protocol/TokenRequest.h"
#include "protocol/TokenResponse.h"

#include <QtCore/QUrlQuery>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

// A minimal valid response with `members` added (JSON object members,
// without braces).
QByteArray withMembers(const QByteArray &members)
{
    QByteArray json = "{\"access_token\":\"at\",\"token_type\":\"Bearer\"";
    if (!members.isEmpty())
        json += ',' + members;
    return json + '}';
}

} // namespace

class tst_TokenResponse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAFullResponse()
    {
        TokenResponse response;
        QString reason;
        QVERIFY2(TokenResponse::parse("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                                      "\"refresh_token\":\"rt\",\"id_token\":\"a.b.c\",\"scope\":\"openid  profile\"}",
                                      &response, &reason),
                 qPrintable(reason));
        QCOMPARE(response.accessToken.reveal(), QByteArray("at"));
        QCOMPARE(response.tokenType, QStringLiteral("Bearer"));
        QCOMPARE(response.refreshToken.reveal(), QByteArray("rt"));
        QCOMPARE(response.idToken.reveal(), QByteArray("a.b.c"));
        QVERIFY(response.expiresIn.has_value());
        QCOMPARE(*response.expiresIn, qint64(3600));
        QVERIFY(response.scopes.has_value());
        QCOMPARE(*response.scopes, (QStringList{QStringLiteral("openid"), QStringLiteral("profile")}));
    }

    void optionalMembersMayBeAbsent()
    {
        TokenResponse response;
        QString reason;
        QVERIFY2(TokenResponse::parse(withMembers({}), &response, &reason), qPrintable(reason));
        QVERIFY(!response.expiresIn.has_value());
        QVERIFY(response.refreshToken.isEmpty());
        QVERIFY(response.idToken.isEmpty());
    }

    void optionalMembersMayBeNull()
    {
        TokenResponse response;
        QString reason;
        QVERIFY2(TokenResponse::parse(withMembers("\"expires_in\":null,\"refresh_token\":null,\"scope\":null"),
                                      &response, &reason), qPrintable(reason));
        QVERIFY(!response.expiresIn.has_value());
        QVERIFY(response.refreshToken.isEmpty());
        QVERIFY(!response.scopes.has_value());
    }

    void absentScopeMeansAsRequested()
    {
        TokenResponse response;
        QString reason;
        QVERIFY2(TokenResponse::parse(withMembers({}), &response, &reason), qPrintable(reason));
        QCOMPARE(response.scopes, std::optional<QStringList>());
    }

    void emptyScopeMeansNoScopes()
    {
        TokenResponse response;
        QString reason;
        QVERIFY2(TokenResponse::parse(withMembers("\"scope\":\"\""), &response, &reason), qPrintable(reason));
        QCOMPARE(response.scopes, std::optional<QStringList>(QStringList()));
    }

    void acceptsBearerInAnyCase_data()
    {
        QTest::addColumn<QByteArray>("tokenType");
        QTest::newRow("Bearer") << QByteArray("Bearer");
        QTest::newRow("bearer") << QByteArray("bearer");
        QTest::newRow("BEARER") << QByteArray("BEARER");
        QTest::newRow("bEaReR") << QByteArray("bEaReR");
        // RFC 9449 §5; whether it fits the request is TokenEndpoint::checkBinding()'s.
        QTest::newRow("DPoP") << QByteArray("DPoP");
        QTest::newRow("dpop") << QByteArray("dpop");
    }

    void acceptsBearerInAnyCase()
    {
        QFETCH(QByteArray, tokenType);
        TokenResponse response;
        QString reason;
        QVERIFY2(TokenResponse::parse("{\"access_token\":\"at\",\"token_type\":\"" + tokenType + "\"}",
                                      &response, &reason), qPrintable(reason));
        QCOMPARE(response.tokenType.toLatin1(), tokenType);
    }

    void acceptsExpiresIn_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("number") << QByteArray("3600") << qint64(3600);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("integral float") << QByteArray("60.0") << qint64(60);
        QTest::newRow("digits in a string") << QByteArray("\"3599\"") << qint64(3599);
        QTest::newRow("leading zeros in a string") << QByteArray("\"0042\"") << qint64(42);
        QTest::newRow("ten years") << QByteArray("315360000") << qint64(315360000);
    }

    void acceptsExpiresIn()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, seconds);
        TokenResponse response;
        QString reason;
        QVERIFY2(TokenResponse::parse(withMembers("\"expires_in\":" + value), &response, &reason),
                 qPrintable(reason));
        QVERIFY(response.expiresIn.has_value());
        QCOMPARE(*response.expiresIn, seconds);
    }

    void rejectsBrokenResponses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("<html>Bad gateway</html>") << QStringLiteral("not JSON");
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("not JSON");
        QTest::newRow("truncated") << QByteArray("{\"access_token\":\"at\",\"token_ty") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[{\"access_token\":\"at\",\"token_type\":\"Bearer\"}]")
                               << QStringLiteral("not a JSON object");
        QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("\"access_token\" is missing");
        QTest::newRow("access_token missing") << QByteArray("{\"token_type\":\"Bearer\"}")
                                              << QStringLiteral("\"access_token\" is missing");
        QTest::newRow("access_token empty") << QByteArray("{\"access_token\":\"\",\"token_type\":\"Bearer\"}")
                                            << QStringLiteral("\"access_token\" is missing");
        QTest::newRow("access_token number") << QByteArray("{\"access_token\":42,\"token_type\":\"Bearer\"}")
                                             << QStringLiteral("\"access_token\" is not a string");
        QTest::newRow("token_type missing") << QByteArray("{\"access_token\":\"at\"}")
                                            << QStringLiteral("\"token_type\" is missing");
        QTest::newRow("token_type empty") << QByteArray("{\"access_token\":\"at\",\"token_type\":\"\"}")
                                          << QStringLiteral("\"token_type\" is missing");
        QTest::newRow("token_type mac") << QByteArray("{\"access_token\":\"at\",\"token_type\":\"mac\"}")
                                        << QStringLiteral("not Bearer");
        QTest::newRow("token_type with space") << QByteArray("{\"access_token\":\"at\",\"token_type\":\"Bearer \"}")
                                               << QStringLiteral("not Bearer");
        QTest::newRow("expires_in negative") << withMembers("\"expires_in\":-1") << QStringLiteral("expires_in");
        QTest::newRow("expires_in fractional") << withMembers("\"expires_in\":1.5") << QStringLiteral("expires_in");
        QTest::newRow("expires_in huge") << withMembers("\"expires_in\":1e300") << QStringLiteral("expires_in");
        QTest::newRow("expires_in over ten years") << withMembers("\"expires_in\":315360001")
                                                   << QStringLiteral("expires_in");
        QTest::newRow("expires_in huge string") << withMembers("\"expires_in\":\"99999999999999999999\"")
                                                << QStringLiteral("expires_in");
        QTest::newRow("expires_in 12a") << withMembers("\"expires_in\":\"12a\"") << QStringLiteral("expires_in");
        QTest::newRow("expires_in signed string") << withMembers("\"expires_in\":\"+12\"")
                                                  << QStringLiteral("expires_in");
        QTest::newRow("expires_in fractional string") << withMembers("\"expires_in\":\"1.5\"")
                                                      << QStringLiteral("expires_in");
        QTest::newRow("expires_in exponent string") << withMembers("\"expires_in\":\"1e3\"")
                                                    << QStringLiteral("expires_in");
        QTest::newRow("expires_in empty string") << withMembers("\"expires_in\":\"\"") << QStringLiteral("expires_in");
        QTest::newRow("expires_in non-ascii digits") << withMembers("\"expires_in\":\"\xd9\xa3\"")
                                                     << QStringLiteral("expires_in");
        QTest::newRow("expires_in bool") << withMembers("\"expires_in\":true") << QStringLiteral("expires_in");
        QTest::newRow("expires_in object") << withMembers("\"expires_in\":{}") << QStringLiteral("expires_in");
        QTest::newRow("refresh_token number") << withMembers("\"refresh_token\":7")
                                              << QStringLiteral("\"refresh_token\" is not a string");
        QTest::newRow("id_token object") << withMembers("\"id_token\":{}")
                                         << QStringLiteral("\"id_token\" is not a string");
        QTest::newRow("scope array") << withMembers("\"scope\":[\"openid\"]")
                                     << QStringLiteral("\"scope\" is not a string");
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

    void reasonNeverEchoesTheAccessToken()
    {
        TokenResponse response;
        QString reason;
        QVERIFY(!TokenResponse::parse("{\"access_token\":\"secret-value\",\"token_type\":\"secret-type-value\"}",
                                      &response, &reason));
        QVERIFY2(!reason.contains(QLatin1String("secret-value")), qPrintable(reason));
    }

    void reasonQuotesAnUnknownTokenType()
    {
        TokenResponse response;
        QString reason;
        QVERIFY(!TokenResponse::parse("{\"access_token\":\"at\",\"token_type\":\"mac\"}", &response, &reason));
        QCOMPARE(reason, QStringLiteral("\"token_type\" is \"mac\", not Bearer or DPoP"));
    }

    void reasonQuotesTheTokenTypeAsShortPrintableText()
    {
        // The reason reaches terminals: no escapes from a hostile provider.
        TokenResponse response;
        QString reason;
        QVERIFY(!TokenResponse::parse("{\"access_token\":\"at\",\"token_type\":\"\\u001b[2J\\u00e9"
                                      + QByteArray(100, 'x') + "\"}", &response, &reason));
        QCOMPARE(reason, QStringLiteral("\"token_type\" is \"?[2J?%1\", not Bearer or DPoP").arg(QString(27, QLatin1Char('x'))));
    }

    void parsesAnErrorResponse()
    {
        TokenErrorResponse error;
        QVERIFY(TokenErrorResponse::parse("{\"error\":\"invalid_grant\",\"error_description\":\"expired\","
                                          "\"error_uri\":\"https://login.example.com/e\"}", &error));
        QCOMPARE(error.error, QStringLiteral("invalid_grant"));
        QCOMPARE(error.errorDescription, QStringLiteral("expired"));
        QCOMPARE(error.errorUri, QStringLiteral("https://login.example.com/e"));
    }

    void errorResponseNeedsOnlyError()
    {
        TokenErrorResponse error;
        QVERIFY(TokenErrorResponse::parse("{\"error\":\"invalid_client\"}", &error));
        QCOMPARE(error.error, QStringLiteral("invalid_client"));
        QVERIFY(error.errorDescription.isEmpty());
        QVERIFY(error.errorUri.isEmpty());
    }

    void rejectsErrorResponsesWithoutAnError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("Internal Server Error");
        QTest::newRow("array") << QByteArray("[{\"error\":\"invalid_grant\"}]");
        QTest::newRow("no error") << QByteArray("{\"error_description\":\"x\"}");
        QTest::newRow("empty error") << QByteArray("{\"error\":\"\"}");
        QTest::newRow("numeric error") << QByteArray("{\"error\":42}");
        QTest::newRow("a success response") << withMembers({});
    }

    void rejectsErrorResponsesWithoutAnError()
    {
        QFETCH(QByteArray, json);
        TokenErrorResponse error;
        error.error = QStringLiteral("stale");
        QVERIFY(!TokenErrorResponse::parse(json, &error));
        QVERIFY(error.error.isEmpty());
    }

    // GitHub's token endpoint without "Accept: application/json".
    void parsesAFormEncodedResponse()
    {
        TokenResponse response;
        QString reason;
        QVERIFY2(TokenResponse::parse("access_token=gho_16C7e42F292c6912E7710c838347Ae178B4a&scope=repo%2Cgist"
                                      "&token_type=bearer&expires_in=28800&refresh_token=ghr_1B4a%2B"
                                      "&refresh_token_expires_in=15897600",
                                      "application/x-www-form-urlencoded; charset=utf-8", &response, &reason),
                 qPrintable(reason));
        QCOMPARE(response.accessToken.reveal(), QByteArray("gho_16C7e42F292c6912E7710c838347Ae178B4a"));
        QCOMPARE(response.refreshToken.reveal(), QByteArray("ghr_1B4a+"));
        QCOMPARE(response.expiresIn, std::optional<qint64>(28800));
        QCOMPARE(response.scopes, std::optional<QStringList>({QStringLiteral("repo"), QStringLiteral("gist")}));
    }

    void formEncodedWithoutExpiresInHasNoExpiry()
    {
        TokenResponse response;
        QString reason;
        QVERIFY(TokenResponse::parse("access_token=gho_x&scope=&token_type=bearer",
                                     "application/x-www-form-urlencoded", &response, &reason));
        QVERIFY(!response.expiresIn);
        QCOMPARE(response.scopes, std::optional<QStringList>(QStringList()));
    }

    void formEncodedMemberTwiceIsRefused()
    {
        TokenResponse response;
        QString reason;
        QVERIFY(!TokenResponse::parse("access_token=a&access_token=b&token_type=bearer",
                                      "application/x-www-form-urlencoded", &response, &reason));
        QVERIFY(response.accessToken.isEmpty());
    }

    // A hostile provider's thousands of members are refused before they are
    // read one by one (each insert into a sorted object costs its size).
    void formEncodedWithTooManyMembersIsRefused()
    {
        QByteArray body("access_token=a&token_type=bearer");
        for (int i = 100000; i > 0; --i)
            body += "&m" + QByteArray::number(i) + "=x";
        TokenResponse response;
        QString reason;
        QVERIFY(!TokenResponse::parse(body, "application/x-www-form-urlencoded", &response, &reason));
        QVERIFY2(reason.contains(QLatin1String("more than")), qPrintable(reason));
        QVERIFY(response.accessToken.isEmpty());
        // A real answer's extra members are fine.
        QVERIFY2(TokenResponse::parse("access_token=a&token_type=bearer&scope=repo&refresh_token=r&expires_in=28800"
                                      "&refresh_token_expires_in=15811200",
                                      "application/x-www-form-urlencoded", &response, &reason),
                 qPrintable(reason));
    }

    void jsonIsReadAsJsonWhateverItLooksLike()
    {
        TokenResponse response;
        QString reason;
        QVERIFY(!TokenResponse::parse("access_token=a&token_type=bearer", "application/json", &response, &reason));
    }

    void commaSeparatedScopesInJson()
    {
        TokenResponse response;
        QString reason;
        QVERIFY(TokenResponse::parse(withMembers("\"scope\":\"read:user,user:email\""), &response, &reason));
        QCOMPARE(response.scopes, std::optional<QStringList>({QStringLiteral("read:user"), QStringLiteral("user:email")}));
    }

    void formEncodedErrorResponse()
    {
        TokenErrorResponse error;
        QVERIFY(TokenErrorResponse::parse("error=bad_verification_code&error_description=The+code+passed+is+incorrect"
                                          "+or+expired.&error_uri=https%3A%2F%2Fdocs.github.com%2Fx",
                                          "application/x-www-form-urlencoded", &error));
        QCOMPARE(error.error, QStringLiteral("bad_verification_code"));
        QCOMPARE(error.errorDescription, QStringLiteral("The code passed is incorrect or expired."));
        QCOMPARE(error.errorUri, QStringLiteral("https://docs.github.com/x"));
    }

    void authorizationCodeRequestIsFormEncoded()
    {
        const TokenRequest request = TokenRequest::forAuthorizationCode(
                QUrl(QStringLiteral("https://login.example.com/token")), QStringLiteral("client 1"),
                Secret(QByteArray("c+d&e=f")), QUrl(QStringLiteral("http://127.0.0.1:4711/callback")),
                Secret(QByteArray("verifier")));
        const QByteArray body = request.toFormBody();
        // Form decoding reads '+' as a space: nothing may be left unencoded.
        QVERIFY2(!body.contains('+') && !body.contains(' '), body.constData());
        QCOMPARE(body.count('&'), 4);
        const QUrlQuery query(QString::fromLatin1(body));
        QCOMPARE(query.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
                 QStringLiteral("authorization_code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QStringLiteral("c+d&e=f"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded), QStringLiteral("client 1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:4711/callback"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded),
                 QStringLiteral("verifier"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("client_secret")));
    }

    void refreshTokenRequestIsFormEncoded()
    {
        TokenRequest request;
        request.grantType = TokenRequest::GrantType::RefreshToken;
        request.clientId = QStringLiteral("client-1");
        request.refreshToken = Secret(QByteArray("r/t+1"));
        request.scopes = {QStringLiteral("openid"), QStringLiteral("offline_access")};
        const QUrlQuery query(QString::fromLatin1(request.toFormBody()));
        QCOMPARE(query.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded),
                 QStringLiteral("refresh_token"));
        QCOMPARE(query.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded), QStringLiteral("r/t+1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded), QStringLiteral("client-1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("openid offline_access"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
        QVERIFY(!query.hasQueryItem(QStringLiteral("code_verifier")));
    }
};

QTEST_APPLESS_MAIN(tst_TokenResponse)
#include "tst_tokenresponse.moc"
