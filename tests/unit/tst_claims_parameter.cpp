// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// The claims request parameter (OpenID Connect Core §5.5) as the protocol
// messages carry it: client capabilities (Entra's xms_cc) merged with a
// call's claims, in the authorization URL and in both token grants' bodies.

#include "protocol/AuthorizationRequest.h"
#include "protocol/ClaimsRequest.h"
#include "protocol/TokenRequest.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QUrlQuery>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QJsonObject parsed(const QByteArray &parameter)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(parameter, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

} // namespace

class tst_ClaimsParameter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capabilitiesAreAnAccessTokenXmsCcRequest()
    {
        const ClaimsRequest request{{QStringLiteral("cp1"), QStringLiteral("cp1"), QString(), QStringLiteral("cp2")}, {}};
        QCOMPARE(request.toParameter(), QByteArray(R"({"access_token":{"xms_cc":{"values":["cp1","cp2"]}}})"));
    }

    void nothingToAskIsNoParameter()
    {
        QVERIFY(ClaimsRequest().toParameter().isEmpty());
        QVERIFY((ClaimsRequest{{QString()}, {}}.toParameter().isEmpty()));
    }

    void claimsAloneAreSentAsGiven()
    {
        const QJsonObject claims = json(R"({"id_token":{"acr":{"essential":true,"values":["mfa"]}}})");
        QCOMPARE(parsed(ClaimsRequest{{}, claims}.toParameter()), claims);
    }

    // Microsoft's claims challenge next to the capabilities: both under
    // access_token, neither lost.
    void capabilitiesAndClaimsAreMergedMemberByMember()
    {
        const QJsonObject claims = json(R"({"access_token":{"nbf":{"essential":true,"value":"1604106651"}},
                                            "id_token":{"auth_time":{"essential":true}}})");
        const QJsonObject expected = json(R"({"access_token":{"xms_cc":{"values":["cp1"]},
                                                              "nbf":{"essential":true,"value":"1604106651"}},
                                              "id_token":{"auth_time":{"essential":true}}})");
        QCOMPARE(parsed(ClaimsRequest{{QStringLiteral("cp1")}, claims}.toParameter()), expected);
    }

    void theCallsClaimsWinWhereBothNameTheSameValue()
    {
        const QJsonObject merged = ClaimsRequest::merge(json(R"({"a":{"b":{"values":["x"]},"c":1},"d":true})"),
                                                        json(R"({"a":{"b":{"values":["y"]},"e":2},"d":{"f":3}})"));
        QCOMPARE(merged, json(R"({"a":{"b":{"values":["y"]},"c":1,"e":2},"d":{"f":3}})"));
    }

    void authorizationUrlCarriesTheClaims()
    {
        Pkce pkce;
        AuthorizationRequest request = AuthorizationRequest::create(
                QUrl(QStringLiteral("https://login.example/authorize")), QStringLiteral("client"),
                QUrl(QStringLiteral("http://127.0.0.1:1234/")), {}, &pkce);
        request.claims = R"({"access_token":{"xms_cc":{"values":["cp1"]}}})";
        request.extraParameters = {{QStringLiteral("claims"), QStringLiteral("{\"from\":\"extra\"}")},
                                   {QStringLiteral("other"), QStringLiteral("kept")}};
        const QUrlQuery query(request.toUrl());
        QCOMPARE(query.allQueryItemValues(QStringLiteral("claims"), QUrl::FullyDecoded),
                 QStringList{QString::fromUtf8(request.claims)});
        QCOMPARE(query.queryItemValue(QStringLiteral("other")), QStringLiteral("kept"));

        // Without claims of its own, an extra "claims" goes as before.
        request.claims.clear();
        QCOMPARE(QUrlQuery(request.toUrl()).queryItemValue(QStringLiteral("claims"), QUrl::FullyDecoded),
                 QStringLiteral("{\"from\":\"extra\"}"));
    }

    void bothTokenGrantsCarryTheClaims()
    {
        const QByteArray claims = R"({"access_token":{"xms_cc":{"values":["cp1"]}}})";
        TokenRequest code = TokenRequest::forAuthorizationCode(
                QUrl(QStringLiteral("https://login.example/token")), QStringLiteral("client"), Secret(QByteArray("code")),
                QUrl(QStringLiteral("http://127.0.0.1:1234/")), Secret(QByteArray("verifier")));
        TokenRequest refresh = TokenRequest::forRefreshToken(QUrl(QStringLiteral("https://login.example/token")),
                                                             QStringLiteral("client"), Secret(QByteArray("rt")), {});
        QVERIFY(!QUrlQuery(QString::fromUtf8(code.toFormBody())).hasQueryItem(QStringLiteral("claims")));
        QVERIFY(!QUrlQuery(QString::fromUtf8(refresh.toFormBody())).hasQueryItem(QStringLiteral("claims")));
        code.claims = claims;
        refresh.claims = claims;
        for (const TokenRequest &request : {code, refresh}) {
            const QUrlQuery form(QString::fromUtf8(request.toFormBody()));
            QCOMPARE(form.queryItemValue(QStringLiteral("claims"), QUrl::FullyDecoded).toUtf8(), claims);
        }
    }
};

QTEST_APPLESS_MAIN(tst_ClaimsParameter)
#include "tst_claims_parameter.moc"
