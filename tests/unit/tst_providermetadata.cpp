// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "protocol/ProviderMetadata.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

const QString issuer = QStringLiteral("https://login.example.com/tenant");

QJsonObject document()
{
    return QJsonObject{
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("authorization_endpoint"), QStringLiteral("https://login.example.com/tenant/authorize")},
        {QStringLiteral("token_endpoint"), QStringLiteral("https://login.example.com/tenant/token")},
        {QStringLiteral("jwks_uri"), QStringLiteral("https://login.example.com/tenant/keys")},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
    };
}

bool parse(const QJsonObject &object, const QString &expected, ProviderMetadata *metadata, QString *reason)
{
    return ProviderMetadata::parse(QJsonDocument(object).toJson(), expected, metadata, reason);
}

} // namespace

class tst_ProviderMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsAValidDocument()
    {
        ProviderMetadata metadata;
        QString reason;
        QJsonObject object = document();
        object.insert(QStringLiteral("authorization_response_iss_parameter_supported"), true);
        QVERIFY2(parse(object, issuer, &metadata, &reason), qPrintable(reason));
        QCOMPARE(metadata.issuer, issuer);
        QCOMPARE(metadata.tokenEndpoint, QUrl(QStringLiteral("https://login.example.com/tenant/token")));
        QVERIFY(metadata.authorizationResponseIssParameterSupported);
    }

    void trailingSlashAloneIsTolerated()
    {
        ProviderMetadata metadata;
        QString reason;
        QVERIFY(parse(document(), issuer + QLatin1Char('/'), &metadata, &reason));
        QCOMPARE(metadata.issuer, issuer); // the document's spelling is kept
    }

    void rejectsBrokenDocuments_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("other issuer") << QStringLiteral("issuer") << QJsonValue(QStringLiteral("https://evil.example/tenant")) << QStringLiteral("does not match");
        QTest::newRow("issuer prefix") << QStringLiteral("issuer") << QJsonValue(QStringLiteral("https://login.example.com")) << QStringLiteral("does not match");
        QTest::newRow("no issuer") << QStringLiteral("issuer") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("\"issuer\" is missing");
        QTest::newRow("http token endpoint") << QStringLiteral("token_endpoint") << QJsonValue(QStringLiteral("http://login.example.com/token")) << QStringLiteral("not https");
        QTest::newRow("http authorization endpoint") << QStringLiteral("authorization_endpoint") << QJsonValue(QStringLiteral("http://evil.example/auth")) << QStringLiteral("not https");
        QTest::newRow("no token endpoint") << QStringLiteral("token_endpoint") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("missing");
        QTest::newRow("no jwks uri") << QStringLiteral("jwks_uri") << QJsonValue(QJsonValue::Undefined) << QStringLiteral("missing");
        QTest::newRow("endpoint not a string") << QStringLiteral("jwks_uri") << QJsonValue(7) << QStringLiteral("not a URL");
        QTest::newRow("no S256") << QStringLiteral("code_challenge_methods_supported") << QJsonValue(QJsonArray{QStringLiteral("plain")}) << QStringLiteral("S256");
        QTest::newRow("iss flag not bool") << QStringLiteral("authorization_response_iss_parameter_supported") << QJsonValue(QStringLiteral("yes")) << QStringLiteral("not a boolean");
    }

    void rejectsBrokenDocuments()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QJsonObject object = document();
        if (value.isUndefined())
            object.remove(member);
        else
            object.insert(member, value);
        ProviderMetadata metadata;
        QString why;
        QVERIFY(!parse(object, issuer, &metadata, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void rejectsNonObjects()
    {
        ProviderMetadata metadata;
        QString reason;
        QVERIFY(!ProviderMetadata::parse("[]", issuer, &metadata, &reason));
        QVERIFY(!ProviderMetadata::parse("{not json", issuer, &metadata, &reason));
    }

    void loopbackHttpIsAllowed()
    {
        const QString local = QStringLiteral("http://127.0.0.1:8080");
        QJsonObject object{
            {QStringLiteral("issuer"), local},
            {QStringLiteral("authorization_endpoint"), local + QStringLiteral("/auth")},
            {QStringLiteral("token_endpoint"), local + QStringLiteral("/token")},
            {QStringLiteral("jwks_uri"), local + QStringLiteral("/jwks")},
        };
        ProviderMetadata metadata;
        QString reason;
        QVERIFY2(parse(object, local, &metadata, &reason), qPrintable(reason));
    }

    void acceptsEntraMultiTenantTemplate()
    {
        const QString authority = QStringLiteral("https://login.microsoftonline.com/common/v2.0");
        QJsonObject object{
            {QStringLiteral("issuer"), QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0")},
            {QStringLiteral("authorization_endpoint"), QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize")},
            {QStringLiteral("token_endpoint"), QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token")},
            {QStringLiteral("jwks_uri"), QStringLiteral("https://login.microsoftonline.com/common/discovery/v2.0/keys")},
        };
        ProviderMetadata metadata;
        QString reason;
        QVERIFY2(parse(object, authority, &metadata, &reason), qPrintable(reason));
        // The template is only for multi-tenant names, not for a named tenant.
        QVERIFY(!parse(object, QStringLiteral("https://login.microsoftonline.com/contoso/v2.0"), &metadata, &reason));
    }

    void discoveryUrl_data()
    {
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host") << "https://accounts.google.com" << "https://accounts.google.com/.well-known/openid-configuration";
        QTest::newRow("trailing slash") << "https://tenant.auth0.com/" << "https://tenant.auth0.com/.well-known/openid-configuration";
        QTest::newRow("path") << "https://login.microsoftonline.com/common/v2.0" << "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
        QTest::newRow("keycloak") << "https://sso.example.com/realms/main/" << "https://sso.example.com/realms/main/.well-known/openid-configuration";
    }

    void discoveryUrl()
    {
        QFETCH(QString, authority);
        QFETCH(QString, expected);
        QCOMPARE(ProviderMetadata::discoveryUrl(QUrl(authority)).toString(), expected);
    }
};

QTEST_APPLESS_MAIN(tst_ProviderMetadata)
#include "tst_providermetadata.moc"
