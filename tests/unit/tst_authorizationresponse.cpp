// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Reading the redirect's query (RFC 6749 §4.1.2, §4.1.2.1, RFC 9207).
#include "protocol/AuthorizationResponse.h"

#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

// The redirect as the loopback receiver hands it over: the browser's bytes.
bool parse(const QByteArray &query, AuthorizationResponse *response, QString *reason)
{
    return AuthorizationResponse::parse(
            QUrl::fromEncoded("http://127.0.0.1:4711/callback?" + query, QUrl::StrictMode), response, reason);
}

} // namespace

class tst_AuthorizationResponse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsCodeAndState()
    {
        AuthorizationResponse response;
        QString reason;
        QVERIFY2(parse("code=abc&state=s1", &response, &reason), qPrintable(reason));
        QCOMPARE(response.code.reveal(), QByteArray("abc"));
        QCOMPARE(response.state, QStringLiteral("s1"));
        QVERIFY(!response.isError());
        QVERIFY(!response.hasIssuer);
    }

    void decodesValues_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("plain") << QByteArray("abc") << QStringLiteral("abc");
        QTest::newRow("percent-encoded slash") << QByteArray("abc%2Fdef") << QStringLiteral("abc/def");
        QTest::newRow("plus is a space") << QByteArray("a+b") << QStringLiteral("a b");
        QTest::newRow("encoded plus is a plus") << QByteArray("a%2Bb") << QStringLiteral("a+b");
        QTest::newRow("encoded ampersand and equals") << QByteArray("a%26b%3Dc") << QStringLiteral("a&b=c");
        QTest::newRow("utf-8") << QByteArray("J%C3%BCrgen") << QStringLiteral("J\u00fcrgen");
        QTest::newRow("encoded percent") << QByteArray("100%25") << QStringLiteral("100%");
        QTest::newRow("empty") << QByteArray("") << QString();
    }

    void decodesValues()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QString, decoded);
        AuthorizationResponse response;
        QString reason;
        QVERIFY2(parse("code=" + encoded + "&state=" + encoded + "&error_description=" + encoded,
                       &response, &reason), qPrintable(reason));
        QCOMPARE(response.code.revealString(), decoded);
        QCOMPARE(response.state, decoded);
        QCOMPARE(response.errorDescription, decoded);
    }

    void readsAnErrorResponse()
    {
        AuthorizationResponse response;
        QString reason;
        QVERIFY2(parse("error=access_denied&error_description=The+user+said+%22no%22"
                       "&error_uri=https%3A%2F%2Flogin.example.com%2Fhelp&state=s1",
                       &response, &reason), qPrintable(reason));
        QVERIFY(response.isError());
        QCOMPARE(response.error, QStringLiteral("access_denied"));
        QCOMPARE(response.errorDescription, QStringLiteral("The user said \"no\""));
        QCOMPARE(response.errorUri, QStringLiteral("https://login.example.com/help"));
        QCOMPARE(response.state, QStringLiteral("s1"));
        QVERIFY(response.code.isEmpty());
    }

    void readsTheIssuer()
    {
        AuthorizationResponse response;
        QString reason;
        QVERIFY2(parse("code=c&state=s&iss=https%3A%2F%2Flogin.example.com%2Ftenant", &response, &reason),
                 qPrintable(reason));
        QVERIFY(response.hasIssuer);
        QCOMPARE(response.issuer, QStringLiteral("https://login.example.com/tenant"));
    }

    void missingIssuerIsNotPresent()
    {
        AuthorizationResponse response;
        QString reason;
        QVERIFY2(parse("code=c&state=s", &response, &reason), qPrintable(reason));
        QVERIFY(!response.hasIssuer);
        QVERIFY(response.issuer.isEmpty());
    }

    void emptyIssuerIsPresent()
    {
        // RFC 9207 §2.4: an iss that does not match, empty included, is an
        // error; it must not pass as "the provider sent none".
        AuthorizationResponse response;
        QString reason;
        QVERIFY2(parse("code=c&state=s&iss=", &response, &reason), qPrintable(reason));
        QVERIFY(response.hasIssuer);
        QVERIFY(response.issuer.isEmpty());
    }

    void rejectsRepeatedParameters_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("state") << QByteArray("code=c&state=a&state=b");
        QTest::newRow("same state twice") << QByteArray("code=c&state=a&state=a");
        QTest::newRow("code") << QByteArray("code=a&code=b&state=s");
        QTest::newRow("iss") << QByteArray("code=c&state=s&iss=a&iss=b");
        QTest::newRow("iss empty then set") << QByteArray("code=c&state=s&iss=&iss=a");
        QTest::newRow("error") << QByteArray("error=a&error=b&state=s");
        QTest::newRow("encoded name") << QByteArray("code=c&state=a&%73tate=b");
        QTest::newRow("unknown parameter") << QByteArray("code=c&state=s&x=1&x=2");
    }

    void rejectsRepeatedParameters()
    {
        QFETCH(QByteArray, query);
        AuthorizationResponse response;
        QString reason;
        QVERIFY(!parse(query, &response, &reason));
        QVERIFY2(reason.contains(QLatin1String("repeated")), qPrintable(reason));
    }

    void ignoresUnknownParameters()
    {
        AuthorizationResponse response;
        QString reason;
        QVERIFY2(parse("session_state=xyz&code=c&state=s&client_info=abc", &response, &reason), qPrintable(reason));
        QCOMPARE(response.code.reveal(), QByteArray("c"));
        QCOMPARE(response.state, QStringLiteral("s"));
    }

    void forgetsAnEarlierResponse()
    {
        AuthorizationResponse response;
        QString reason;
        QVERIFY(parse("code=c&state=s&iss=x&error=e", &response, &reason));
        QVERIFY(parse("state=t", &response, &reason));
        QVERIFY(response.code.isEmpty());
        QVERIFY(response.error.isEmpty());
        QVERIFY(!response.hasIssuer);
        QCOMPARE(response.state, QStringLiteral("t"));
    }
};

QTEST_APPLESS_MAIN(tst_AuthorizationResponse)
#include "tst_authorizationresponse.moc"
