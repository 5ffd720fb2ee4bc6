// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "protocol/UserInfoResponse.h"

#include <QtTest/QtTest>

using namespace QtSignIn;

class tst_UserInfoResponse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void claimsAboutThePerson()
    {
        UserInfoResponse response;
        QString reason;
        QVERIFY(UserInfoResponse::parse("{\"sub\":\"alice\",\"email\":\"alice@example.com\"}", QStringLiteral("alice"),
                                        &response, &reason));
        QCOMPARE(response.claims.value(QLatin1String("email")).toString(), QStringLiteral("alice@example.com"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedSubject");
        QTest::newRow("someone else") << QByteArray("{\"sub\":\"mallory\"}") << QStringLiteral("alice");
        QTest::newRow("no sub") << QByteArray("{\"email\":\"alice@example.com\"}") << QStringLiteral("alice");
        QTest::newRow("sub not a string") << QByteArray("{\"sub\":1}") << QStringLiteral("1");
        QTest::newRow("nobody expected") << QByteArray("{\"sub\":\"\"}") << QString();
        QTest::newRow("array") << QByteArray("[{\"sub\":\"alice\"}]") << QStringLiteral("alice");
        QTest::newRow("a signed JWT") << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30.c2ln") << QStringLiteral("alice");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("alice");
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedSubject);
        UserInfoResponse response;
        QString reason;
        QVERIFY(!UserInfoResponse::parse(json, expectedSubject, &response, &reason));
        QVERIFY(!reason.isEmpty());
        QVERIFY(response.claims.isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_UserInfoResponse)
#include "tst_userinforesponse.moc"
