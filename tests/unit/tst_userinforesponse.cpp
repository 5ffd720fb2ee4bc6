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
        SignInError error;
        QVERIFY(UserInfoResponse::parse("{\"sub\":\"alice\",\"email\":\"alice@example.com\"}", QStringLiteral("alice"),
                                        &response, &error));
        QCOMPARE(response.claims.value(QLatin1String("email")).toString(), QStringLiteral("alice@example.com"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedSubject");
        QTest::addColumn<SignInError::Reason>("reason");
        const auto mismatch = SignInError::Reason::UserInfoSubjectMismatch;
        const auto malformed = SignInError::Reason::UserInfoMalformed;
        QTest::newRow("someone else") << QByteArray("{\"sub\":\"mallory\"}") << QStringLiteral("alice") << mismatch;
        QTest::newRow("no sub") << QByteArray("{\"email\":\"alice@example.com\"}") << QStringLiteral("alice")
                                << mismatch;
        QTest::newRow("sub not a string") << QByteArray("{\"sub\":1}") << QStringLiteral("1") << mismatch;
        QTest::newRow("nobody expected") << QByteArray("{\"sub\":\"\"}") << QString() << mismatch;
        QTest::newRow("array") << QByteArray("[{\"sub\":\"alice\"}]") << QStringLiteral("alice") << malformed;
        QTest::newRow("a signed JWT") << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30.c2ln") << QStringLiteral("alice")
                                      << malformed;
        QTest::newRow("empty") << QByteArray() << QStringLiteral("alice") << malformed;
    }

    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedSubject);
        QFETCH(SignInError::Reason, reason);
        UserInfoResponse response;
        SignInError error;
        QVERIFY(!UserInfoResponse::parse(json, expectedSubject, &response, &error));
        QVERIFY(!error.detail().isEmpty());
        QCOMPARE(error.code(), SignInError::InvalidUserInfo);
        QCOMPARE(error.reason(), reason);
        QVERIFY(response.claims.isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_UserInfoResponse)
#include "tst_userinforesponse.moc"
