// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The authorization URL (RFC 6749 §4.1.1, OpenID Connect Core §3.1.2.1,
// RFC 7636 §4.3): what it carries, and that nothing can override it.
#include "protocol/AuthorizationRequest.h"

#include <QtCore/QUrlQuery>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

const QUrl endpoint(QStringLiteral("https://login.example.com/authorize"));
const QUrl redirectUri(QStringLiteral("http://127.0.0.1:4711/callback"));

AuthorizationRequest makeRequest(const QUrl &authorizationEndpoint = endpoint,
                                 const QStringList &scopes = {QStringLiteral("profile")},
                                 Pkce *pkce = nullptr)
{
    Pkce local;
    return AuthorizationRequest::create(authorizationEndpoint, QStringLiteral("client-1"),
                                        redirectUri, scopes, pkce ? pkce : &local);
}

// What a provider reads: the query decoded the way QUrlQuery does it.
QStringList values(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).allQueryItemValues(name, QUrl::FullyDecoded);
}

// What a provider reads when it decodes the query as an HTML form does
// (application/x-www-form-urlencoded: '&' separates, '+' is a space).
QList<QPair<QByteArray, QByteArray>> formItems(const QUrl &url)
{
    QList<QPair<QByteArray, QByteArray>> items;
    for (const QByteArray &pair : url.query(QUrl::FullyEncoded).toLatin1().split('&')) {
        const qsizetype equals = pair.indexOf('=');
        const auto decode = [](QByteArray part) {
            return QByteArray::fromPercentEncoding(part.replace('+', ' '));
        };
        items.append({decode(pair.left(equals)), equals < 0 ? QByteArray() : decode(pair.mid(equals + 1))});
    }
    return items;
}

QByteArrayList formValues(const QUrl &url, const QByteArray &name)
{
    QByteArrayList found;
    for (const auto &[key, value] : formItems(url)) {
        if (key == name)
            found.append(value);
    }
    return found;
}

} // namespace

class tst_AuthorizationRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void carriesEachRequiredParameterExactlyOnce_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"response_type", "client_id", "redirect_uri", "scope", "state",
                                 "nonce", "code_challenge", "code_challenge_method"}) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }

    void carriesEachRequiredParameterExactlyOnce()
    {
        QFETCH(QString, name);
        const QStringList found = values(makeRequest().toUrl(), name);
        QCOMPARE(found.size(), 1);
        QVERIFY(!found.constFirst().isEmpty());
    }

    void carriesTheRequestsValues()
    {
        Pkce pkce;
        const AuthorizationRequest request = makeRequest(endpoint, {}, &pkce);
        const QUrl url = request.toUrl();
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("login.example.com"));
        QCOMPARE(url.path(), QStringLiteral("/authorize"));
        QCOMPARE(values(url, QStringLiteral("response_type")), QStringList{QStringLiteral("code")});
        QCOMPARE(values(url, QStringLiteral("client_id")), QStringList{QStringLiteral("client-1")});
        QCOMPARE(values(url, QStringLiteral("redirect_uri")), QStringList{redirectUri.toString()});
        QCOMPARE(values(url, QStringLiteral("state")), QStringList{QString::fromLatin1(request.state)});
        QCOMPARE(values(url, QStringLiteral("nonce")), QStringList{QString::fromLatin1(request.nonce)});
        QCOMPARE(values(url, QStringLiteral("code_challenge_method")), QStringList{QStringLiteral("S256")});
        QCOMPARE(values(url, QStringLiteral("code_challenge")),
                 QStringList{QString::fromLatin1(Pkce::challengeFor(pkce.codeVerifier.reveal()))});
    }

    void neverCarriesTheCodeVerifier()
    {
        Pkce pkce;
        const QUrl url = makeRequest(endpoint, {}, &pkce).toUrl();
        QVERIFY(!pkce.codeVerifier.isEmpty());
        QVERIFY(!url.toEncoded().contains(pkce.codeVerifier.reveal()));
        QVERIFY(values(url, QStringLiteral("code_verifier")).isEmpty());
    }

    void scopeStartsWithOpenidWithoutDuplicates_data()
    {
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<QString>("scope");
        QTest::newRow("none") << QStringList{} << QStringLiteral("openid");
        QTest::newRow("openid added") << QStringList{QStringLiteral("profile"), QStringLiteral("email")}
                                      << QStringLiteral("openid profile email");
        QTest::newRow("openid moved first")
                << QStringList{QStringLiteral("profile"), QStringLiteral("openid"), QStringLiteral("api.read")}
                << QStringLiteral("openid profile api.read");
        QTest::newRow("duplicates dropped")
                << QStringList{QStringLiteral("profile"), QStringLiteral("openid"), QStringLiteral("profile"),
                               QStringLiteral("openid")}
                << QStringLiteral("openid profile");
        QTest::newRow("empty dropped") << QStringList{QString(), QStringLiteral("email"), QString()}
                                       << QStringLiteral("openid email");
        QTest::newRow("order kept") << QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}
                                    << QStringLiteral("openid b a c");
    }

    void scopeStartsWithOpenidWithoutDuplicates()
    {
        QFETCH(QStringList, scopes);
        QFETCH(QString, scope);
        QCOMPARE(values(makeRequest(endpoint, scopes).toUrl(), QStringLiteral("scope")), QStringList{scope});
    }

    void stateAndNonceDifferPerRequest()
    {
        const AuthorizationRequest a = makeRequest();
        const AuthorizationRequest b = makeRequest();
        QVERIFY(a.state != b.state);
        QVERIFY(a.nonce != b.nonce);
        QVERIFY(a.state != a.nonce);
        QVERIFY(a.codeChallenge != b.codeChallenge);
    }

    void stateAndNonceAreAtLeast43Characters()
    {
        const AuthorizationRequest request = makeRequest();
        QVERIFY2(request.state.size() >= 43, request.state.constData());
        QVERIFY2(request.nonce.size() >= 43, request.nonce.constData());
    }

    void valuesSurviveEncoding_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plus") << QStringLiteral("a+b@example.com");
        QTest::newRow("ampersand") << QStringLiteral("x&state=evil");
        QTest::newRow("equals") << QStringLiteral("a=b==");
        QTest::newRow("space") << QStringLiteral("first last");
        QTest::newRow("hash") << QStringLiteral("#frag");
        QTest::newRow("percent") << QStringLiteral("100%25 sure%");
        QTest::newRow("question mark and slash") << QStringLiteral("/a?b");
        QTest::newRow("non-ascii") << QStringLiteral("J\u00fcrgen \u00d6l\u00e7ek \u65e5\u672c");
        QTest::newRow("everything") << QStringLiteral("a+b&c=d e#f%g/\u00fc?h;i");
    }

    void valuesSurviveEncoding()
    {
        QFETCH(QString, value);
        AuthorizationRequest request = makeRequest();
        request.loginHint = value;
        request.extraParameters = {{QStringLiteral("ui_locales"), value}};
        const QUrl url = QUrl::fromEncoded(request.toUrl().toEncoded(), QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(values(url, QStringLiteral("login_hint")), QStringList{value});
        QCOMPARE(values(url, QStringLiteral("ui_locales")), QStringList{value});
        QCOMPARE(values(url, QStringLiteral("state")), QStringList{QString::fromLatin1(request.state)});
        QVERIFY(!url.hasFragment());
    }

    void valuesSurviveFormDecoding_data() { valuesSurviveEncoding_data(); }

    void valuesSurviveFormDecoding()
    {
        // A provider decoding the query as a form sees '+' as a space, so a
        // literal '+' must be sent as %2B and every delimiter encoded.
        QFETCH(QString, value);
        AuthorizationRequest request = makeRequest();
        request.loginHint = value;
        request.extraParameters = {{QStringLiteral("ui_locales"), value}};
        const QUrl url = request.toUrl();
        QCOMPARE(formValues(url, "login_hint"), QByteArrayList{value.toUtf8()});
        QCOMPARE(formValues(url, "ui_locales"), QByteArrayList{value.toUtf8()});
        QCOMPARE(formValues(url, "state"), QByteArrayList{request.state});
        QCOMPARE(formItems(url).size(), 10);
    }

    void optionalParametersAppearOnlyWhenSet()
    {
        AuthorizationRequest request = makeRequest();
        QUrl url = request.toUrl();
        for (const QString &name : {QStringLiteral("login_hint"), QStringLiteral("prompt"),
                                    QStringLiteral("domain_hint")}) {
            QVERIFY2(values(url, name).isEmpty(), qPrintable(name));
        }
        request.loginHint = QStringLiteral("someone@example.com");
        request.prompt = QStringLiteral("select_account");
        request.domainHint = QStringLiteral("contoso.com");
        url = request.toUrl();
        QCOMPARE(values(url, QStringLiteral("login_hint")), QStringList{QStringLiteral("someone@example.com")});
        QCOMPARE(values(url, QStringLiteral("prompt")), QStringList{QStringLiteral("select_account")});
        QCOMPARE(values(url, QStringLiteral("domain_hint")), QStringList{QStringLiteral("contoso.com")});
    }

    void keepsTheEndpointsOwnQuery_data()
    {
        QTest::addColumn<QString>("endpointQuery");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        // Entra ID B2C names the user flow (policy) in the endpoint's query.
        QTest::newRow("policy") << QStringLiteral("p=B2C_1_signin") << QStringLiteral("p")
                                << QStringLiteral("B2C_1_signin");
        QTest::newRow("encoded value") << QStringLiteral("p=a%2Bb%26c%3Dd") << QStringLiteral("p")
                                       << QStringLiteral("a+b&c=d");
        QTest::newRow("second of two") << QStringLiteral("p=x&tenant=contoso") << QStringLiteral("tenant")
                                       << QStringLiteral("contoso");
    }

    void keepsTheEndpointsOwnQuery()
    {
        QFETCH(QString, endpointQuery);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QUrl withQuery = endpoint;
        withQuery.setQuery(endpointQuery);
        const QUrl url = makeRequest(withQuery).toUrl();
        QCOMPARE(values(url, name), QStringList{value});
        QCOMPARE(url.path(), endpoint.path());
        QCOMPARE(values(url, QStringLiteral("client_id")), QStringList{QStringLiteral("client-1")});
    }

    void endpointQueryCannotSetFlowParameters_data()
    {
        QTest::addColumn<QString>("endpointQuery");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("forged");
        QTest::newRow("state") << QStringLiteral("state=evil") << QStringLiteral("state") << QStringLiteral("evil");
        QTest::newRow("encoded name") << QStringLiteral("%73tate=evil") << QStringLiteral("state")
                                      << QStringLiteral("evil");
        QTest::newRow("redirect_uri") << QStringLiteral("redirect_uri=https://evil.example/")
                                      << QStringLiteral("redirect_uri") << QStringLiteral("https://evil.example/");
        QTest::newRow("client_id") << QStringLiteral("client_id=evil") << QStringLiteral("client_id")
                                   << QStringLiteral("evil");
        QTest::newRow("code_challenge_method") << QStringLiteral("code_challenge_method=plain")
                                               << QStringLiteral("code_challenge_method") << QStringLiteral("plain");
        QTest::newRow("response_type") << QStringLiteral("response_type=token") << QStringLiteral("response_type")
                                       << QStringLiteral("token");
        // The flow reads the response from the loopback request's query.
        QTest::newRow("response_mode") << QStringLiteral("response_mode=form_post")
                                       << QStringLiteral("response_mode") << QStringLiteral("form_post");
        QTest::newRow("request_uri") << QStringLiteral("request_uri=urn:evil") << QStringLiteral("request_uri")
                                     << QStringLiteral("urn:evil");
    }

    void endpointQueryCannotSetFlowParameters()
    {
        QFETCH(QString, endpointQuery);
        QFETCH(QString, name);
        QFETCH(QString, forged);
        QUrl withQuery = endpoint;
        withQuery.setQuery(endpointQuery + QStringLiteral("&p=B2C_1_signin"));
        const QUrl url = makeRequest(withQuery).toUrl();
        const QStringList found = values(url, name);
        QVERIFY2(!found.contains(forged), qPrintable(found.join(QLatin1Char(','))));
        QVERIFY(found.size() <= 1);
        QCOMPARE(values(url, QStringLiteral("p")), QStringList{QStringLiteral("B2C_1_signin")});
    }

    void carriesTheResponseModeOnlyWhenSet()
    {
        AuthorizationRequest request = makeRequest();
        QVERIFY(values(request.toUrl(), QStringLiteral("response_mode")).isEmpty());
        request.responseMode = QStringLiteral("form_post");
        QCOMPARE(values(request.toUrl(), QStringLiteral("response_mode")), QStringList{QStringLiteral("form_post")});
        // Nothing else can set another one beside it.
        request.extraParameters = {{QStringLiteral("response_mode"), QStringLiteral("query")}};
        QCOMPARE(values(request.toUrl(), QStringLiteral("response_mode")), QStringList{QStringLiteral("form_post")});
    }

    void extraParametersCannotOverrideFlowParameters_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"state", "nonce", "redirect_uri", "code_challenge", "code_challenge_method",
                                 "response_type", "client_id", "scope", "response_mode", "request",
                                 "request_uri"}) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }

    void extraParametersCannotOverrideFlowParameters()
    {
        QFETCH(QString, name);
        AuthorizationRequest request = makeRequest();
        request.extraParameters = {{name, QStringLiteral("evil")},
                                   {QStringLiteral("ui_locales"), QStringLiteral("de")}};
        const QUrl url = request.toUrl();
        const QStringList found = values(url, name);
        QVERIFY2(!found.contains(QStringLiteral("evil")), qPrintable(found.join(QLatin1Char(','))));
        QVERIFY(found.size() <= 1);
        QCOMPARE(values(url, QStringLiteral("ui_locales")), QStringList{QStringLiteral("de")});
    }

    void extraParameterWithoutNameIsDropped()
    {
        AuthorizationRequest request = makeRequest();
        request.extraParameters = {{QString(), QStringLiteral("orphan")}};
        QVERIFY(!request.toUrl().toString(QUrl::FullyDecoded).contains(QLatin1String("orphan")));
    }

    void redirectUriIsSentExactly_data()
    {
        QTest::addColumn<QString>("redirect");
        QTest::newRow("ipv4 with port and path") << QStringLiteral("http://127.0.0.1:4711/callback");
        QTest::newRow("ipv6") << QStringLiteral("http://[::1]:4711/");
        QTest::newRow("localhost") << QStringLiteral("http://localhost:4711/auth/done");
    }

    void redirectUriIsSentExactly()
    {
        // RFC 6749 §4.1.3: the token request repeats it, and the provider
        // compares the two as strings.
        QFETCH(QString, redirect);
        Pkce pkce;
        const AuthorizationRequest request = AuthorizationRequest::create(
                endpoint, QStringLiteral("client-1"), QUrl(redirect), {}, &pkce);
        QCOMPARE(values(request.toUrl(), QStringLiteral("redirect_uri")), QStringList{redirect});
    }
};

QTEST_APPLESS_MAIN(tst_AuthorizationRequest)
#include "tst_authorizationrequest.moc"
