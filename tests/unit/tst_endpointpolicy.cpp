// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/ClientConfiguration.h>

#include <QtTest/QtTest>

using namespace QtSignIn;

class tst_EndpointPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allowedEndpoints_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://login.example.com/token" << true;
        QTest::newRow("http elsewhere") << "http://login.example.com/token" << false;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/token" << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/token" << true;
        QTest::newRow("http ::1") << "http://[::1]:8080/token" << true;
        QTest::newRow("http localhost") << "http://localhost:8080/token" << true;
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST/token" << true;
        QTest::newRow("lookalike ip host") << "http://127.0.0.1.evil.example/token" << false;
        QTest::newRow("lookalike localhost") << "http://localhost.evil.example/token" << false;
        QTest::newRow("any address") << "http://0.0.0.0/token" << false;
        QTest::newRow("private network") << "http://10.0.0.1/token" << false;
        QTest::newRow("userinfo") << "https://user:pw@login.example.com/token" << false;
        QTest::newRow("ftp") << "ftp://login.example.com/token" << false;
        QTest::newRow("no host") << "https:///token" << false;
    }

    void allowedEndpoints()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedEndpoint(QUrl(url)), allowed);
    }

    void loopbackRedirectUris_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ipv4") << "http://127.0.0.1/" << true;
        QTest::newRow("ipv4 port path") << "http://127.0.0.1:47110/callback" << true;
        QTest::newRow("ipv6") << "http://[::1]/" << true;
        QTest::newRow("localhost") << "http://localhost/" << true;
        QTest::newRow("other loopback address") << "http://127.0.0.2/" << false;
        QTest::newRow("https") << "https://127.0.0.1/" << false;
        QTest::newRow("remote") << "http://example.com/" << false;
        QTest::newRow("query") << "http://127.0.0.1/cb?x=1" << false;
        QTest::newRow("fragment") << "http://127.0.0.1/cb#x" << false;
        QTest::newRow("userinfo") << "http://a@127.0.0.1/" << false;
    }

    void loopbackRedirectUris()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QCOMPARE(isValidLoopbackRedirectUri(QUrl(url)), valid);
    }

    void configurationValidation()
    {
        ClientConfiguration configuration;
        QString reason;
        QVERIFY(!configuration.validate(&reason));
        QVERIFY(reason.contains(QLatin1String("client id")));
        configuration.setClientId(QStringLiteral("c"));
        configuration.setAuthority(QUrl(QStringLiteral("http://login.example.com")));
        QVERIFY(!configuration.validate(&reason));
        QVERIFY(reason.contains(QLatin1String("https")));
        configuration.setAuthority(QUrl(QStringLiteral("https://login.example.com")));
        QVERIFY2(configuration.validate(&reason), qPrintable(reason));
        configuration.setTokenEndpoint(QUrl(QStringLiteral("https://login.example.com/token")));
        QVERIFY(!configuration.validate(&reason)); // endpoints come all together or not at all
        configuration.setAuthorizationEndpoint(QUrl(QStringLiteral("https://login.example.com/auth")));
        configuration.setJwksUri(QUrl(QStringLiteral("http://login.example.com/keys")));
        QVERIFY(!configuration.validate(&reason));
        configuration.setJwksUri(QUrl(QStringLiteral("https://login.example.com/keys")));
        QVERIFY2(configuration.validate(&reason), qPrintable(reason));
        QVERIFY(configuration.hasExplicitEndpoints());
        configuration.setRedirectUri(QUrl(QStringLiteral("http://192.168.1.2/")));
        QVERIFY(!configuration.validate(&reason));
    }
};

QTEST_APPLESS_MAIN(tst_EndpointPolicy)
#include "tst_endpointpolicy.moc"
