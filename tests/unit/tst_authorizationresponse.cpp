// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "protocol/AuthorizationResponse.h"

#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

bool parse(const QByteArray &query, AuthorizationResponse *response, QString *reason)
{
    return AuthorizationResponse::parse(QUrl::fromEncoded("http://127.0.0.1:4711/callback?" + query),
                                        response, reason);
}

} // namespace

class tst_AuthorizationResponse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsCodeStateAndIssuer()
    {
        AuthorizationResponse response;
        QString reason;
        QVERIFY(parse("code=abc%2Fdef&state=s1&iss=https%3A%2F%2Flogin.example.com", &response, &reason));
        QCOMPARE(response.code.reveal(), QByteArray("abc/def"));
        QCOMPARE(response.state, QStringLiteral("s1"));
        QVERIFY(response.hasIssuer);
        QCOMPARE(response.issuer, QStringLiteral("https://login.example.com"));
        QVERIFY(!response.isError());
    }

    void readsErrorsWithFormEncoding()
    {
        AuthorizationResponse response;
        QString reason;
        QVERIFY(parse("error=access_denied&error_description=The+user+said+%22no%22&state=s1", &response, &reason));
        QVERIFY(response.isError());
        QCOMPARE(response.error, QStringLiteral("access_denied"));
        QCOMPARE(response.errorDescription, QStringLiteral("The user said \"no\""));
        QVERIFY(response.code.isEmpty());
    }

    void distinguishesMissingFromEmptyIssuer()
    {
        AuthorizationResponse response;
        QString reason;
        QVERIFY(parse("code=c&state=s", &response, &reason));
        QVERIFY(!response.hasIssuer);
        QVERIFY(parse("code=c&state=s&iss=", &response, &reason));
        QVERIFY(response.hasIssuer);
        QVERIFY(response.issuer.isEmpty());
    }

    void rejectsRepeatedParameters_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("state") << QByteArray("code=c&state=a&state=b");
        QTest::newRow("code") << QByteArray("code=a&code=b&state=s");
        QTest::newRow("iss") << QByteArray("code=c&state=s&iss=a&iss=b");
    }

    void rejectsRepeatedParameters()
    {
        QFETCH(QByteArray, query);
        AuthorizationResponse response;
        QString reason;
        QVERIFY(!parse(query, &response, &reason));
        QVERIFY(reason.contains(QLatin1String("repeated")));
    }
};

QTEST_APPLESS_MAIN(tst_AuthorizationResponse)
#include "tst_authorizationresponse.moc"
