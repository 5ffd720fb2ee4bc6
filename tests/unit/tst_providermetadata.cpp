// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The discovery document (OpenID Connect Discovery 1.0 §3, §4; RFC 8414)
// and where it is fetched from.
#include "protocol/ProviderMetadata.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

const QString issuer = QStringLiteral("https://login.example.com/tenant");

QJsonObject validDocument()
{
    return QJsonObject{
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("authorization_endpoint"), QStringLiteral("https://login.example.com/tenant/authorize")},
        {QStringLiteral("token_endpoint"), QStringLiteral("https://login.example.com/tenant/token")},
        {QStringLiteral("jwks_uri"), QStringLiteral("https://login.example.com/tenant/keys")},
        {QStringLiteral("userinfo_endpoint"), QStringLiteral("https://login.example.com/tenant/userinfo")},
        {QStringLiteral("end_session_endpoint"), QStringLiteral("https://login.example.com/tenant/logout")},
        {QStringLiteral("device_authorization_endpoint"), QStringLiteral("https://login.example.com/tenant/devicecode")},
        {QStringLiteral("scopes_supported"), QJsonArray{QStringLiteral("openid"), QStringLiteral("profile")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("plain"), QStringLiteral("S256")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}},
    };
}

bool parse(const QJsonObject &object, const QString &expected, ProviderMetadata *metadata, QString *reason)
{
    return ProviderMetadata::parse(QJsonDocument(object).toJson(), expected, metadata, reason);
}

// A document whose every URL is under `base`.
QJsonObject documentAt(const QString &base)
{
    return QJsonObject{
        {QStringLiteral("issuer"), base},
        {QStringLiteral("authorization_endpoint"), base + QStringLiteral("/auth")},
        {QStringLiteral("token_endpoint"), base + QStringLiteral("/token")},
        {QStringLiteral("jwks_uri"), base + QStringLiteral("/jwks")},
    };
}

} // namespace

namespace QtSignIn {

// Names in QCOMPARE's failure messages (found by argument-dependent lookup).
char *toString(ProviderMetadata::ParseFailure failure)
{
    switch (failure) {
    case ProviderMetadata::ParseFailure::None: return qstrdup("None");
    case ProviderMetadata::ParseFailure::Malformed: return qstrdup("Malformed");
    case ProviderMetadata::ParseFailure::IssuerMismatch: return qstrdup("IssuerMismatch");
    case ProviderMetadata::ParseFailure::InsecureEndpoint: return qstrdup("InsecureEndpoint");
    case ProviderMetadata::ParseFailure::PkceS256Unsupported: return qstrdup("PkceS256Unsupported");
    }
    return qstrdup("?");
}

} // namespace QtSignIn

class tst_ProviderMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAValidDocument()
    {
        ProviderMetadata metadata;
        QString reason;
        QVERIFY2(parse(validDocument(), issuer, &metadata, &reason), qPrintable(reason));
        QCOMPARE(metadata.issuer, issuer);
        QCOMPARE(metadata.authorizationEndpoint, QUrl(QStringLiteral("https://login.example.com/tenant/authorize")));
        QCOMPARE(metadata.tokenEndpoint, QUrl(QStringLiteral("https://login.example.com/tenant/token")));
        QCOMPARE(metadata.jwksUri, QUrl(QStringLiteral("https://login.example.com/tenant/keys")));
        QCOMPARE(metadata.userinfoEndpoint, QUrl(QStringLiteral("https://login.example.com/tenant/userinfo")));
        QCOMPARE(metadata.endSessionEndpoint, QUrl(QStringLiteral("https://login.example.com/tenant/logout")));
        QCOMPARE(metadata.deviceAuthorizationEndpoint, QUrl(QStringLiteral("https://login.example.com/tenant/devicecode")));
        QCOMPARE(metadata.scopesSupported, (QStringList{QStringLiteral("openid"), QStringLiteral("profile")}));
        QCOMPARE(metadata.codeChallengeMethodsSupported, (QStringList{QStringLiteral("plain"), QStringLiteral("S256")}));
        QCOMPARE(metadata.idTokenSigningAlgValuesSupported, QStringList{QStringLiteral("RS256")});
        QVERIFY(!metadata.authorizationResponseIssParameterSupported);
    }

    void readsTheIssParameterFlag_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("supported");
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false;
        QTest::newRow("false") << QJsonValue(false) << false;
        QTest::newRow("true") << QJsonValue(true) << true;
    }

    void readsTheIssParameterFlag()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, supported);
        QJsonObject object = validDocument();
        if (!value.isUndefined())
            object.insert(QStringLiteral("authorization_response_iss_parameter_supported"), value);
        ProviderMetadata metadata;
        QString reason;
        QVERIFY2(parse(object, issuer, &metadata, &reason), qPrintable(reason));
        QCOMPARE(metadata.authorizationResponseIssParameterSupported, supported);
    }

    void optionalMembersMayBeAbsent()
    {
        ProviderMetadata metadata;
        QString reason;
        QVERIFY2(parse(documentAt(issuer), issuer, &metadata, &reason), qPrintable(reason));
        QVERIFY(metadata.userinfoEndpoint.isEmpty());
        QVERIFY(metadata.endSessionEndpoint.isEmpty());
        QVERIFY(metadata.deviceAuthorizationEndpoint.isEmpty()); // no device flow (RFC 8628 §4)
        QVERIFY(metadata.codeChallengeMethodsSupported.isEmpty());
        // Absent means client_secret_basic (RFC 8414 §2); the client decides that.
        QVERIFY(metadata.tokenEndpointAuthMethodsSupported.isEmpty());
    }

    // OpenID Connect Discovery 1.0 §3: absent means ["query", "fragment"].
    void responseModesDefaultToQueryAndFragment_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    }

    void responseModesDefaultToQueryAndFragment()
    {
        QFETCH(QJsonValue, value);
        QJsonObject object = validDocument();
        if (!value.isUndefined())
            object.insert(QStringLiteral("response_modes_supported"), value);
        ProviderMetadata metadata;
        QString reason;
        QVERIFY2(parse(object, issuer, &metadata, &reason), qPrintable(reason));
        QCOMPARE(metadata.responseModesSupported, (QStringList{QStringLiteral("query"), QStringLiteral("fragment")}));
    }

    void readsTheResponseModes()
    {
        QJsonObject object = validDocument();
        object.insert(QStringLiteral("response_modes_supported"),
                      QJsonArray{QStringLiteral("form_post"), QStringLiteral("query"), QStringLiteral("jwt")});
        ProviderMetadata metadata;
        QString reason;
        QVERIFY2(parse(object, issuer, &metadata, &reason), qPrintable(reason));
        QCOMPARE(metadata.responseModesSupported,
                 (QStringList{QStringLiteral("form_post"), QStringLiteral("query"), QStringLiteral("jwt")}));
        object.insert(QStringLiteral("response_modes_supported"), QJsonArray{});
        QVERIFY2(parse(object, issuer, &metadata, &reason), qPrintable(reason));
        QVERIFY(metadata.responseModesSupported.isEmpty());
    }

    void readsTheTokenEndpointAuthMethods()
    {
        QJsonObject object = validDocument();
        object.insert(QStringLiteral("token_endpoint_auth_methods_supported"),
                      QJsonArray{QStringLiteral("client_secret_post"), QStringLiteral("private_key_jwt")});
        ProviderMetadata metadata;
        QString reason;
        QVERIFY2(parse(object, issuer, &metadata, &reason), qPrintable(reason));
        QCOMPARE(metadata.tokenEndpointAuthMethodsSupported,
                 (QStringList{QStringLiteral("client_secret_post"), QStringLiteral("private_key_jwt")}));
        QVERIFY(metadata.revocationEndpointAuthMethodsSupported.isEmpty());
    }

    void readsTheRevocationEndpointAuthMethods()
    {
        // RFC 8414 §2, what sign-out's revocation authenticates by.
        QJsonObject object = validDocument();
        object.insert(QStringLiteral("revocation_endpoint_auth_methods_supported"),
                      QJsonArray{QStringLiteral("client_secret_post")});
        ProviderMetadata metadata;
        QString reason;
        QVERIFY2(parse(object, issuer, &metadata, &reason), qPrintable(reason));
        QCOMPARE(metadata.revocationEndpointAuthMethodsSupported, QStringList{QStringLiteral("client_secret_post")});
        QVERIFY(metadata.tokenEndpointAuthMethodsSupported.isEmpty());
    }

    // RFC 9126 §5.
    void readsPushedAuthorizationRequests_data()
    {
        QTest::addColumn<QJsonValue>("endpoint");
        QTest::addColumn<QJsonValue>("required");
        QTest::addColumn<bool>("requiredRead");
        const QJsonValue endpoint(QStringLiteral("https://login.example.com/tenant/par"));
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("neither") << absent << absent << false;
        QTest::newRow("endpoint only") << endpoint << absent << false;
        QTest::newRow("endpoint, not required") << endpoint << QJsonValue(false) << false;
        QTest::newRow("endpoint, required null") << endpoint << QJsonValue(QJsonValue::Null) << false;
        QTest::newRow("endpoint, required") << endpoint << QJsonValue(true) << true;
        QTest::newRow("no endpoint, not required") << absent << QJsonValue(false) << false;
    }

    void readsPushedAuthorizationRequests()
    {
        QFETCH(QJsonValue, endpoint);
        QFETCH(QJsonValue, required);
        QFETCH(bool, requiredRead);
        QJsonObject object = validDocument();
        if (!endpoint.isUndefined())
            object.insert(QStringLiteral("pushed_authorization_request_endpoint"), endpoint);
        if (!required.isUndefined())
            object.insert(QStringLiteral("require_pushed_authorization_requests"), required);
        ProviderMetadata metadata;
        QString reason;
        QVERIFY2(parse(object, issuer, &metadata, &reason), qPrintable(reason));
        QCOMPARE(metadata.pushedAuthorizationRequestEndpoint, QUrl(endpoint.toString()));
        QCOMPARE(metadata.requirePushedAuthorizationRequests, requiredRead);
    }

    void toleratesATrailingSlashDifference_data()
    {
        QTest::addColumn<QString>("documentIssuer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("expected has slash") << issuer << issuer + QLatin1Char('/');
        QTest::newRow("document has slash") << issuer + QLatin1Char('/') << issuer;
        QTest::newRow("host only") << QStringLiteral("https://login.example.com/")
                                   << QStringLiteral("https://login.example.com");
    }

    void toleratesATrailingSlashDifference()
    {
        QFETCH(QString, documentIssuer);
        QFETCH(QString, expected);
        QJsonObject object = validDocument();
        object.insert(QStringLiteral("issuer"), documentIssuer);
        ProviderMetadata metadata;
        QString reason;
        QVERIFY2(parse(object, expected, &metadata, &reason), qPrintable(reason));
        QCOMPARE(metadata.issuer, documentIssuer); // the document's spelling is kept
    }

    void rejectsAnotherIssuer_data()
    {
        QTest::addColumn<QString>("documentIssuer");
        QTest::newRow("other host") << QStringLiteral("https://evil.example/tenant");
        QTest::newRow("prefix") << QStringLiteral("https://login.example.com");
        QTest::newRow("longer path") << QStringLiteral("https://login.example.com/tenant/x");
        QTest::newRow("other tenant") << QStringLiteral("https://login.example.com/tenant2");
        QTest::newRow("two slashes") << QStringLiteral("https://login.example.com/tenant//");
        QTest::newRow("other case") << QStringLiteral("https://login.example.com/Tenant");
        QTest::newRow("http") << QStringLiteral("http://login.example.com/tenant");
        QTest::newRow("other port") << QStringLiteral("https://login.example.com:8443/tenant");
        QTest::newRow("query") << QStringLiteral("https://login.example.com/tenant?x");
    }

    void rejectsAnotherIssuer()
    {
        QFETCH(QString, documentIssuer);
        QJsonObject object = validDocument();
        object.insert(QStringLiteral("issuer"), documentIssuer);
        ProviderMetadata metadata;
        QString reason;
        QVERIFY(!parse(object, issuer, &metadata, &reason));
        QVERIFY2(reason.contains(QLatin1String("does not match")), qPrintable(reason));
    }

    void reasonQuotesTheIssuerAsShortPrintableText()
    {
        // The reason reaches terminals: no escapes from a hostile provider.
        QJsonObject object = validDocument();
        object.insert(QStringLiteral("issuer"),
                      QStringLiteral("https://evil.example/\u001b[2J\u00e9") + QString(300, QLatin1Char('x')));
        ProviderMetadata metadata;
        QString reason;
        QVERIFY(!parse(object, issuer, &metadata, &reason));
        // 200 characters of it: 26 before the padding, 174 of the padding.
        QCOMPARE(reason, QStringLiteral("issuer \"https://evil.example/?[2J?%1\" does not match the authority \"%2\"")
                                 .arg(QString(174, QLatin1Char('x')), issuer));
    }

    void rejectsBrokenDocuments_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("issuer missing") << "issuer" << removed << "\"issuer\" is missing";
        QTest::newRow("issuer empty") << "issuer" << QJsonValue(QString()) << "\"issuer\" is missing";
        QTest::newRow("issuer not a string") << "issuer" << QJsonValue(1) << "\"issuer\" is missing";
        QTest::newRow("authorization_endpoint missing") << "authorization_endpoint" << removed
                                                        << "\"authorization_endpoint\" is missing";
        QTest::newRow("token_endpoint missing") << "token_endpoint" << removed << "\"token_endpoint\" is missing";
        QTest::newRow("jwks_uri missing") << "jwks_uri" << removed << "\"jwks_uri\" is missing";
        QTest::newRow("jwks_uri null") << "jwks_uri" << QJsonValue(QJsonValue::Null) << "\"jwks_uri\" is missing";
        QTest::newRow("token_endpoint not a string") << "token_endpoint" << QJsonValue(7)
                                                     << "\"token_endpoint\" is not a URL";
        QTest::newRow("token_endpoint relative") << "token_endpoint" << QJsonValue(QStringLiteral("/token"))
                                                 << "\"token_endpoint\" is not a URL";
        QTest::newRow("authorization_endpoint http")
                << "authorization_endpoint" << QJsonValue(QStringLiteral("http://login.example.com/authorize"))
                << "\"authorization_endpoint\" is not https";
        QTest::newRow("token_endpoint http") << "token_endpoint"
                                             << QJsonValue(QStringLiteral("http://login.example.com/token"))
                                             << "\"token_endpoint\" is not https";
        QTest::newRow("jwks_uri http on a private network")
                << "jwks_uri" << QJsonValue(QStringLiteral("http://10.0.0.1/keys")) << "\"jwks_uri\" is not https";
        QTest::newRow("userinfo_endpoint http")
                << "userinfo_endpoint" << QJsonValue(QStringLiteral("http://login.example.com/userinfo"))
                << "\"userinfo_endpoint\" is not https";
        QTest::newRow("end_session_endpoint http")
                << "end_session_endpoint" << QJsonValue(QStringLiteral("http://login.example.com/logout"))
                << "\"end_session_endpoint\" is not https";
        QTest::newRow("device_authorization_endpoint http")
                << "device_authorization_endpoint" << QJsonValue(QStringLiteral("http://login.example.com/devicecode"))
                << "\"device_authorization_endpoint\" is not https";
        QTest::newRow("device_authorization_endpoint a number")
                << "device_authorization_endpoint" << QJsonValue(42) << "\"device_authorization_endpoint\" is not a URL";
        QTest::newRow("token_endpoint with userinfo")
                << "token_endpoint" << QJsonValue(QStringLiteral("https://user:pw@login.example.com/token"))
                << "\"token_endpoint\"";
        QTest::newRow("no S256") << "code_challenge_methods_supported" << QJsonValue(QJsonArray{QStringLiteral("plain")})
                                 << "does not support PKCE S256";
        QTest::newRow("s256 in lower case") << "code_challenge_methods_supported"
                                            << QJsonValue(QJsonArray{QStringLiteral("s256")})
                                            << "does not support PKCE S256";
        QTest::newRow("methods not an array") << "code_challenge_methods_supported" << QJsonValue(QStringLiteral("S256"))
                                              << "not an array";
        QTest::newRow("scopes hold a number") << "scopes_supported" << QJsonValue(QJsonArray{QStringLiteral("openid"), 1})
                                              << "non-string";
        QTest::newRow("auth methods not an array") << "token_endpoint_auth_methods_supported"
                                                   << QJsonValue(QStringLiteral("client_secret_basic")) << "not an array";
        QTest::newRow("revocation auth methods not an array") << "revocation_endpoint_auth_methods_supported"
                                                              << QJsonValue(QStringLiteral("client_secret_post"))
                                                              << "not an array";
        QTest::newRow("iss flag not a boolean") << "authorization_response_iss_parameter_supported"
                                                << QJsonValue(QStringLiteral("true")) << "not a boolean";
        QTest::newRow("pushed_authorization_request_endpoint http")
                << "pushed_authorization_request_endpoint" << QJsonValue(QStringLiteral("http://login.example.com/par"))
                << "\"pushed_authorization_request_endpoint\" is not https";
        QTest::newRow("pushed_authorization_request_endpoint relative")
                << "pushed_authorization_request_endpoint" << QJsonValue(QStringLiteral("/par"))
                << "\"pushed_authorization_request_endpoint\" is not a URL";
        QTest::newRow("pushed_authorization_request_endpoint an object")
                << "pushed_authorization_request_endpoint" << QJsonValue(QJsonObject())
                << "\"pushed_authorization_request_endpoint\" is not a URL";
        QTest::newRow("require flag a string") << "require_pushed_authorization_requests"
                                               << QJsonValue(QStringLiteral("true")) << "not a boolean";
        QTest::newRow("require flag a number") << "require_pushed_authorization_requests" << QJsonValue(1)
                                               << "not a boolean";
        // validDocument() names no pushed_authorization_request_endpoint.
        QTest::newRow("required without an endpoint") << "require_pushed_authorization_requests" << QJsonValue(true)
                                                      << "no \"pushed_authorization_request_endpoint\" is named";
        QTest::newRow("response modes not an array") << "response_modes_supported"
                                                     << QJsonValue(QStringLiteral("form_post")) << "not an array";
        QTest::newRow("response modes hold a number") << "response_modes_supported"
                                                      << QJsonValue(QJsonArray{QStringLiteral("query"), 2})
                                                      << "non-string";
    }

    void rejectsBrokenDocuments()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QJsonObject object = validDocument();
        if (value.isUndefined())
            object.remove(member);
        else
            object.insert(member, value);
        ProviderMetadata metadata;
        QString why;
        QVERIFY(!parse(object, issuer, &metadata, &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void rejectsAnHttpIssuer()
    {
        const QString plain = QStringLiteral("http://login.example.com");
        ProviderMetadata metadata;
        QString reason;
        QVERIFY(!parse(documentAt(plain), plain, &metadata, &reason));
        QVERIFY2(reason.contains(QLatin1String("https")), qPrintable(reason));
    }

    void rejectsNonObjects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("truncated") << QByteArray("{\"issuer\":\"https://login.example.com/ten");
        QTest::newRow("html") << QByteArray("<html></html>");
        QTest::newRow("empty") << QByteArray();
    }

    void rejectsNonObjects()
    {
        QFETCH(QByteArray, json);
        ProviderMetadata metadata;
        QString reason;
        QVERIFY(!ProviderMetadata::parse(json, issuer, &metadata, &reason));
        QVERIFY2(reason.contains(QLatin1String("not a JSON object")), qPrintable(reason));
    }

    void allowsHttpOnLoopback_data()
    {
        QTest::addColumn<QString>("base");
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/realms/dev");
        QTest::newRow("::1") << QStringLiteral("http://[::1]:8080");
    }

    void allowsHttpOnLoopback()
    {
        QFETCH(QString, base);
        ProviderMetadata metadata;
        QString reason;
        QVERIFY2(parse(documentAt(base), base, &metadata, &reason), qPrintable(reason));
        QCOMPARE(metadata.tokenEndpoint, QUrl(base + QStringLiteral("/token")));
    }

    // The code, the PKCE verifier and refresh tokens would travel in clear
    // to a port any local user can bind.
    void rejectsHttpLoopbackEndpointsOfAnHttpsAuthority_data()
    {
        QTest::addColumn<QString>("member");
        for (const char *member : {"authorization_endpoint", "token_endpoint", "jwks_uri",
                                   "userinfo_endpoint", "end_session_endpoint", "device_authorization_endpoint",
                                   "pushed_authorization_request_endpoint"})
            QTest::newRow(member) << QString::fromLatin1(member);
    }

    void rejectsHttpLoopbackEndpointsOfAnHttpsAuthority()
    {
        QFETCH(QString, member);
        QJsonObject document = validDocument();
        document.insert(member, QStringLiteral("http://127.0.0.1:8080/") + member);
        ProviderMetadata metadata;
        QString reason;
        QVERIFY(!parse(document, issuer, &metadata, &reason));
        QCOMPARE(reason, QStringLiteral("\"%1\" is not https").arg(member));
    }

    // The kind is what callers choose an error code by: they never read the
    // English reason.
    void reportsTheKindOfFailure_data()
    {
        using Failure = ProviderMetadata::ParseFailure;
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<Failure>("kind");
        const auto with = [](const char *member, const QJsonValue &value) {
            QJsonObject object = validDocument();
            if (value.isUndefined())
                object.remove(QLatin1String(member));
            else
                object.insert(QLatin1String(member), value);
            return QJsonDocument(object).toJson();
        };
        const QJsonValue removed(QJsonValue::Undefined);
        const QString plain = QStringLiteral("http://login.example.com");

        QTest::newRow("valid") << QJsonDocument(validDocument()).toJson() << issuer << Failure::None;

        QTest::newRow("not JSON") << QByteArray("<html></html>") << issuer << Failure::Malformed;
        QTest::newRow("issuer missing") << with("issuer", removed) << issuer << Failure::Malformed;
        QTest::newRow("token_endpoint missing") << with("token_endpoint", removed) << issuer << Failure::Malformed;
        QTest::newRow("jwks_uri not a URL") << with("jwks_uri", QStringLiteral("/keys")) << issuer << Failure::Malformed;
        QTest::newRow("scopes not an array") << with("scopes_supported", QStringLiteral("openid")) << issuer
                                             << Failure::Malformed;
        QTest::newRow("iss flag not a boolean") << with("authorization_response_iss_parameter_supported", 1)
                                                << issuer << Failure::Malformed;

        QTest::newRow("another issuer") << with("issuer", QStringLiteral("https://evil.example/tenant")) << issuer
                                        << Failure::IssuerMismatch;

        QTest::newRow("http authorization_endpoint")
                << with("authorization_endpoint", QStringLiteral("http://login.example.com/tenant/authorize"))
                << issuer << Failure::InsecureEndpoint;
        QTest::newRow("http loopback token_endpoint of an https authority")
                << with("token_endpoint", QStringLiteral("http://127.0.0.1:8080/token")) << issuer
                << Failure::InsecureEndpoint;
        QTest::newRow("http end_session_endpoint")
                << with("end_session_endpoint", QStringLiteral("http://login.example.com/tenant/logout"))
                << issuer << Failure::InsecureEndpoint;
        QTest::newRow("http issuer") << QJsonDocument(documentAt(plain)).toJson() << plain
                                     << Failure::InsecureEndpoint;

        QTest::newRow("no S256") << with("code_challenge_methods_supported", QJsonArray{QStringLiteral("plain")})
                                 << issuer << Failure::PkceS256Unsupported;
        QTest::newRow("http pushed_authorization_request_endpoint")
                << with("pushed_authorization_request_endpoint", QStringLiteral("http://login.example.com/tenant/par"))
                << issuer << Failure::InsecureEndpoint;
        QTest::newRow("require flag not a boolean") << with("require_pushed_authorization_requests", 1) << issuer
                                                    << Failure::Malformed;
    }

    void reportsTheKindOfFailure()
    {
        using Failure = ProviderMetadata::ParseFailure;
        QFETCH(QByteArray, json);
        QFETCH(QString, authority);
        QFETCH(Failure, kind);
        ProviderMetadata metadata;
        QString reason;
        Failure failure = Failure::Malformed;
        const bool parsed = ProviderMetadata::parse(json, authority, &metadata, &reason, &failure);
        QCOMPARE(failure, kind);
        QCOMPARE(parsed, kind == Failure::None);
        // The reason still says what went wrong, for detail() and the log.
        QCOMPARE(reason.isEmpty(), kind == Failure::None);
    }

    void acceptsEntraMultiTenantTemplate()
    {
        ProviderMetadata metadata;
        QString reason;
        QJsonObject object = documentAt(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0"));
        object.insert(QStringLiteral("issuer"), QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0"));
        QVERIFY2(parse(object, QStringLiteral("https://login.microsoftonline.com/common/v2.0"), &metadata, &reason),
                 qPrintable(reason));
        QCOMPARE(metadata.issuer, QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0"));
    }

    void rejectsMultiTenantTemplateForANamedTenant()
    {
        ProviderMetadata metadata;
        QString reason;
        QJsonObject object = documentAt(QStringLiteral("https://login.microsoftonline.com/contoso/oauth2/v2.0"));
        object.insert(QStringLiteral("issuer"), QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0"));
        QVERIFY(!parse(object, QStringLiteral("https://login.microsoftonline.com/contoso/v2.0"), &metadata, &reason));
        QVERIFY2(reason.contains(QLatin1String("does not match")), qPrintable(reason));
    }

    void discoveryUrl_data()
    {
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("expected");
        QTest::newRow("host") << "https://accounts.google.com"
                              << "https://accounts.google.com/.well-known/openid-configuration";
        QTest::newRow("host with slash") << "https://tenant.auth0.com/"
                                         << "https://tenant.auth0.com/.well-known/openid-configuration";
        QTest::newRow("path") << "https://login.microsoftonline.com/common/v2.0"
                              << "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
        QTest::newRow("path with slash") << "https://sso.example.com/realms/main/"
                                         << "https://sso.example.com/realms/main/.well-known/openid-configuration";
        QTest::newRow("port") << "http://127.0.0.1:8080/oidc"
                              << "http://127.0.0.1:8080/oidc/.well-known/openid-configuration";
        QTest::newRow("query and fragment dropped")
                << "https://login.example.com/t?x=1#f" << "https://login.example.com/t/.well-known/openid-configuration";
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
