// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "AuthorizationRequest.h"

#include "RandomValue.h"

#include <QtCore/QUrlQuery>

namespace QtSignIn {

QStringList AuthorizationRequest::scopesToRequest(const QStringList &scopes, ClientConfiguration::Protocol protocol)
{
    QStringList requested;
    if (protocol == ClientConfiguration::Protocol::OpenIdConnect)
        requested.append(QStringLiteral("openid"));
    for (const QString &scope : scopes) {
        if (!scope.isEmpty() && !requested.contains(scope))
            requested.append(scope);
    }
    return requested;
}

AuthorizationRequest AuthorizationRequest::create(const QUrl &authorizationEndpoint,
                                                  const QString &clientId,
                                                  const QUrl &redirectUri,
                                                  const QStringList &scopes, Pkce *pkce,
                                                  ClientConfiguration::Protocol protocol)
{
    const bool openIdConnect = protocol == ClientConfiguration::Protocol::OpenIdConnect;
    AuthorizationRequest request;
    request.authorizationEndpoint = authorizationEndpoint;
    request.clientId = clientId;
    request.redirectUri = redirectUri;
    request.scopes = scopesToRequest(scopes, protocol);
    request.state = randomUrlSafeValue(32);
    if (openIdConnect)
        request.nonce = randomUrlSafeValue(32);
    *pkce = Pkce::generate();
    request.codeChallenge = pkce->codeChallenge;
    return request;
}

bool AuthorizationRequest::isReservedParameter(const QString &name)
{
    static const QStringList reserved = {
        QStringLiteral("response_type"), QStringLiteral("client_id"),
        QStringLiteral("redirect_uri"), QStringLiteral("scope"), QStringLiteral("state"),
        QStringLiteral("nonce"), QStringLiteral("code_challenge"),
        QStringLiteral("code_challenge_method"), QStringLiteral("response_mode"),
        QStringLiteral("request"), QStringLiteral("request_uri"), QStringLiteral("dpop_jkt"),
    };
    return reserved.contains(name);
}

QUrl AuthorizationRequest::toUrl() const
{
    QUrlQuery query(authorizationEndpoint);
    // The endpoint's own query may not set what the flow owns either: a
    // response_mode or request_uri there would take the response elsewhere.
    const QList<QPair<QString, QString>> endpointItems = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : endpointItems) {
        if (isReservedParameter(item.first))
            query.removeAllQueryItems(item.first);
    }
    // QUrlQuery leaves '+', '&', '=' and '#' to the caller; encode them so that
    // values survive as data (RFC 3986 §3.4, application/x-www-form-urlencoded).
    const auto add = [&query](const QString &name, const QString &value) {
        QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
        query.addQueryItem(name, encoded);
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), clientId);
    add(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    add(QStringLiteral("state"), QString::fromLatin1(state));
    if (!nonce.isEmpty())
        add(QStringLiteral("nonce"), QString::fromLatin1(nonce));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge));
    add(QStringLiteral("code_challenge_method"), QString::fromLatin1(Pkce::method));
    if (!loginHint.isEmpty())
        add(QStringLiteral("login_hint"), loginHint);
    if (!prompt.isEmpty())
        add(QStringLiteral("prompt"), prompt);
    if (!domainHint.isEmpty())
        add(QStringLiteral("domain_hint"), domainHint);
    if (!claims.isEmpty())
        add(QStringLiteral("claims"), QString::fromUtf8(claims));
    if (!dpopJkt.isEmpty())
        add(QStringLiteral("dpop_jkt"), QString::fromLatin1(dpopJkt));
    for (const auto &[name, value] : extraParameters) {
        if (!isReservedParameter(name) && !name.isEmpty()
            && !(name == QLatin1String("claims") && !claims.isEmpty()))
            add(name, value);
    }
    QUrl url = authorizationEndpoint;
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

} // namespace QtSignIn
