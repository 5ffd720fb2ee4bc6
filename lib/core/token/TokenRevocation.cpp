// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenRevocation.h"

#include "network/HttpExchange.h"

namespace QtSignIn {

bool TokenRevocation::chooseClientAuthentication(const ClientConfiguration &configuration,
                                                 const ProviderMetadata &metadata, ClientAuthentication *chosen,
                                                 QString *reason)
{
    const QStringList &advertised = metadata.revocationEndpointAuthMethodsSupported.isEmpty()
            ? metadata.tokenEndpointAuthMethodsSupported
            : metadata.revocationEndpointAuthMethodsSupported;
    return ClientAuthentication::choose(configuration, advertised, chosen, reason);
}

QByteArray TokenRevocation::toFormBody() const
{
    QByteArray body = "token=" + token.reveal().toPercentEncoding();
    body += kind == TokenKind::RefreshToken ? "&token_type_hint=refresh_token" : "&token_type_hint=access_token";
    for (const auto &[name, value] : clientAuthentication.formFields(clientId))
        body += '&' + name + '=' + value.toPercentEncoding();
    return body;
}

QNetworkReply *TokenRevocation::send(const HttpExchange &http, QObject *context,
                                     const std::function<void(const QString &failure)> &done) const
{
    return http.postForm(endpoint, toFormBody(), context,
                         [done](const HttpResponse &response) {
                             if (response.transportFailed)
                                 return done(response.transportError);
                             if (response.status != 200)
                                 return done(QStringLiteral("HTTP %1").arg(response.status));
                             done(QString());
                         },
                         clientAuthentication.authorizationHeader(clientId));
}

} // namespace QtSignIn
