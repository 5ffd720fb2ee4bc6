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

QList<QPair<QString, QString>> AuthorizationRequest::parameters() const
{
    QList<QPair<QString, QString>> items;
    const auto add = [&items](const char *name, const QString &value) {
        items.append({QString::fromLatin1(name), value});
    };
    add("response_type", QStringLiteral("code"));
    add("client_id", clientId);
    add("redirect_uri", redirectUri.toString(QUrl::FullyEncoded));
    add("scope", scopes.join(QLatin1Char(' ')));
    add("state", QString::fromLatin1(state));
    if (!nonce.isEmpty())
        add("nonce", QString::fromLatin1(nonce));
    add("code_challenge", QString::fromLatin1(codeChallenge));
    add("code_challenge_method", QString::fromLatin1(Pkce::method));
    if (!responseMode.isEmpty())
        add("response_mode", responseMode);
    if (!loginHint.isEmpty())
        add("login_hint", loginHint);
    if (!prompt.isEmpty())
        add("prompt", prompt);
    if (!domainHint.isEmpty())
        add("domain_hint", domainHint);
    if (!claims.isEmpty())
        add("claims", QString::fromUtf8(claims));
    if (!dpopJkt.isEmpty())
        add("dpop_jkt", QString::fromLatin1(dpopJkt));
    for (const auto &[name, value] : extraParameters) {
        if (!isReservedParameter(name) && !name.isEmpty()
            && !(name == QLatin1String("claims") && !claims.isEmpty()))
            items.append({name, value});
    }
    return items;
}

QUrlQuery AuthorizationRequest::endpointQuery(const QUrl &authorizationEndpoint)
{
    QUrlQuery query(authorizationEndpoint);
    // The endpoint's own query may not set what the flow owns either: a
    // response_mode or request_uri there would take the response elsewhere.
    const QList<QPair<QString, QString>> endpointItems = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : endpointItems) {
        if (isReservedParameter(item.first))
            query.removeAllQueryItems(item.first);
    }
    return query;
}

void AuthorizationRequest::addQueryItem(QUrlQuery *query, const QString &name, const QString &value)
{
    query->addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                        QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

QUrl AuthorizationRequest::toUrl() const
{
    QUrlQuery query = endpointQuery(authorizationEndpoint);
    const QList<QPair<QString, QString>> items = parameters();
    for (const auto &[name, value] : items)
        addQueryItem(&query, name, value);
    QUrl url = authorizationEndpoint;
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

} // namespace QtSignIn
