// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "oidc/TenantIssuer.h"

#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {
const QString entraTemplate = QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0");
const QString guid = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
}

class tst_TenantIssuer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void templateMatchesOnlyMultiTenantAuthorities_data()
    {
        QTest::addColumn<QString>("authority");
        QTest::addColumn<bool>("matches");
        QTest::newRow("common") << "https://login.microsoftonline.com/common/v2.0" << true;
        QTest::newRow("organizations") << "https://login.microsoftonline.com/organizations/v2.0/" << true;
        QTest::newRow("consumers") << "https://login.microsoftonline.com/consumers/v2.0" << true;
        QTest::newRow("named tenant") << "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0" << false;
        QTest::newRow("other host") << "https://login.evil.example/common/v2.0" << false;
        QTest::newRow("v1 path") << "https://login.microsoftonline.com/common" << false;
    }

    void templateMatchesOnlyMultiTenantAuthorities()
    {
        QFETCH(QString, authority);
        QFETCH(bool, matches);
        QCOMPARE(TenantIssuer::templateMatchesAuthority(entraTemplate, QUrl(authority)), matches);
    }

    void resolvesOnlySafeTenantIds_data()
    {
        QTest::addColumn<QString>("tenantId");
        QTest::addColumn<QString>("issuer");
        QTest::newRow("guid") << guid << QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(guid);
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("path") << QStringLiteral("a/../evil") << QString();
        QTest::newRow("dot dot") << QStringLiteral("..") << QString();
        QTest::newRow("query") << QStringLiteral("x?y") << QString();
        QTest::newRow("too long") << QString(200, QLatin1Char('a')) << QString();
    }

    void resolvesOnlySafeTenantIds()
    {
        QFETCH(QString, tenantId);
        QFETCH(QString, issuer);
        QCOMPARE(TenantIssuer::resolve(entraTemplate, tenantId), issuer);
    }

    void findsTheTenantOfAnIssuer()
    {
        QCOMPARE(TenantIssuer::tenantOf(entraTemplate, QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(guid)), guid);
        QVERIFY(TenantIssuer::tenantOf(entraTemplate, QStringLiteral("https://evil.example/%1/v2.0").arg(guid)).isEmpty());
        QVERIFY(TenantIssuer::tenantOf(entraTemplate, QStringLiteral("https://login.microsoftonline.com/a/b/v2.0")).isEmpty());
        QVERIFY(TenantIssuer::tenantOf(QStringLiteral("https://login.example.com"), QStringLiteral("https://login.example.com")).isEmpty());
    }

    void acceptsEntraTenantAliases_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<bool>("alias");
        const QString byGuid = QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(guid);
        QTest::newRow("domain") << byGuid << "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0" << true;
        QTest::newRow("consumers") << byGuid << "https://login.microsoftonline.com/consumers/v2.0" << true;
        QTest::newRow("not a domain") << byGuid << "https://login.microsoftonline.com/contoso/v2.0" << false;
        QTest::newRow("other host") << QStringLiteral("https://evil.example/%1/v2.0").arg(guid) << "https://login.microsoftonline.com/contoso.com/v2.0" << false;
        QTest::newRow("issuer not a guid") << "https://login.microsoftonline.com/fabrikam.com/v2.0" << "https://login.microsoftonline.com/contoso.com/v2.0" << false;
        QTest::newRow("two segments differ") << byGuid << "https://login.microsoftonline.com/contoso.com/v1.0" << false;
    }

    void acceptsEntraTenantAliases()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, authority);
        QFETCH(bool, alias);
        QCOMPARE(TenantIssuer::isTenantAliasOf(issuer, QUrl(authority)), alias);
    }
};

QTEST_APPLESS_MAIN(tst_TenantIssuer)
#include "tst_tenantissuer.moc"
