// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "protocol/AuthorizationRequest.h"

#include <QtCore/QUrlQuery>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

AuthorizationRequest makeRequest(const QUrl &endpoint = QUrl(QStringLiteral("https://login.example.com/authorize")),
                                 Pkce *pkce = nullptr)
{
    Pkce local;
    return AuthorizationRequest::create(endpoint, QStringLiteral("client-1"),
                                        QUrl(QStringLiteral("http://127.0.0.1:4711/callback")),
                                        {QStringLiteral("profile"), QStringLiteral("openid"),
                                         QStringLiteral("profile"), QStringLiteral("api.read")},
                                        pkce ? pkce : &local);
}

QList<QString> values(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).allQueryItemValues(name, QUrl::FullyDecoded);
}

} // namespace

class tst_AuthorizationRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void carriesEveryRequiredParameterOnce()
    {
        Pkce pkce;
        const AuthorizationRequest request = makeRequest(QUrl(QStringLiteral("https://login.example.com/authorize")), &pkce);
        const QUrl url = request.toUrl();
        QCOMPARE(url.host(), QStringLiteral("login.example.com"));
        QCOMPARE(url.path(), QStringLiteral("/authorize"));
        QCOMPARE(values(url, QStringLiteral("response_type")), QList<QString>{QStringLiteral("code")});
        QCOMPARE(values(url, QStringLiteral("client_id")), QList<QString>{QStringLiteral("client-1")});
        QCOMPARE(values(url, QStringLiteral("redirect_uri")),
                 QList<QString>{QStringLiteral("http://127.0.0.1:4711/callback")});
        QCOMPARE(values(url, QStringLiteral("code_challenge_method")), QList<QString>{QStringLiteral("S256")});
        QCOMPARE(values(url, QStringLiteral("code_challenge")),
                 QList<QString>{QString::fromLatin1(Pkce::challengeFor(pkce.codeVerifier.reveal()))});
        QCOMPARE(values(url, QStringLiteral("state")), QList<QString>{QString::fromLatin1(request.state)});
        QCOMPARE(values(url, QStringLiteral("nonce")), QList<QString>{QString::fromLatin1(request.nonce)});
        // The verifier itself never leaves the app in the request.
        QVERIFY(!url.toString().contains(QString::fromLatin1(pkce.codeVerifier.reveal())));
    }

    void scopeStartsWithOpenidWithoutDuplicates()
    {
        const QUrl url = makeRequest().toUrl();
        QCOMPARE(values(url, QStringLiteral("scope")),
                 QList<QString>{QStringLiteral("openid profile api.read")});
    }

    void stateAndNonceAreFreshAndLong()
    {
        const AuthorizationRequest a = makeRequest();
        const AuthorizationRequest b = makeRequest();
        QVERIFY(a.state.size() >= 43);
        QVERIFY(a.nonce.size() >= 43);
        QVERIFY(a.state != b.state);
        QVERIFY(a.nonce != b.nonce);
        QVERIFY(a.state != a.nonce);
    }

    void valuesSurviveEncoding_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plus") << QStringLiteral("a+b@example.com");
        QTest::newRow("ampersand and equals") << QStringLiteral("x&state=evil");
        QTest::newRow("space and hash") << QStringLiteral("first last#frag");
        QTest::newRow("percent") << QStringLiteral("100%25 sure");
        QTest::newRow("non-ascii") << QStringLiteral("Jürgen Ölçek");
    }

    void valuesSurviveEncoding()
    {
        QFETCH(QString, value);
        AuthorizationRequest request = makeRequest();
        request.loginHint = value;
        request.extraParameters = {{QStringLiteral("ui_locales"), value}};
        const QUrl url = QUrl::fromEncoded(request.toUrl().toEncoded());
        QCOMPARE(values(url, QStringLiteral("login_hint")), QList<QString>{value});
        QCOMPARE(values(url, QStringLiteral("ui_locales")), QList<QString>{value});
        QCOMPARE(values(url, QStringLiteral("state")).size(), 1);
    }

    void keepsTheEndpointsOwnQuery()
    {
        // Some providers (Azure AD B2C) put a policy in the endpoint's query.
        const QUrl url = makeRequest(QUrl(QStringLiteral("https://login.example.com/authorize?p=B2C_1_signin"))).toUrl();
        QCOMPARE(values(url, QStringLiteral("p")), QList<QString>{QStringLiteral("B2C_1_signin")});
        QCOMPARE(values(url, QStringLiteral("client_id")).size(), 1);
    }

    void endpointQueryCannotOverrideFlowParameters()
    {
        const QUrl url = makeRequest(QUrl(QStringLiteral("https://login.example.com/authorize?state=evil&redirect_uri=https://evil.example"))).toUrl();
        QCOMPARE(values(url, QStringLiteral("state")).size(), 1);
        QVERIFY(values(url, QStringLiteral("state")).constFirst() != QLatin1String("evil"));
        QCOMPARE(values(url, QStringLiteral("redirect_uri")),
                 QList<QString>{QStringLiteral("http://127.0.0.1:4711/callback")});
    }

    void extraParametersCannotOverrideFlowParameters_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"state", "nonce", "redirect_uri", "code_challenge", "code_challenge_method",
                                 "response_type", "client_id", "scope", "response_mode", "request_uri"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void extraParametersCannotOverrideFlowParameters()
    {
        QFETCH(QString, name);
        AuthorizationRequest request = makeRequest();
        request.extraParameters = {{name, QStringLiteral("evil")}};
        const QList<QString> found = values(request.toUrl(), name);
        QVERIFY(!found.contains(QStringLiteral("evil")));
        QVERIFY(found.size() <= 1);
    }
};

QTEST_APPLESS_MAIN(tst_AuthorizationRequest)
#include "tst_authorizationrequest.moc"
