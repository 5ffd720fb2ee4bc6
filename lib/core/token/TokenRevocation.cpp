// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenRevocation.h"

#include "network/HttpExchange.h"
#include "protocol/FormBody.h"

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
    FormBody body;
    body.add("token", token.reveal());
    body.add("token_type_hint", kind == TokenKind::RefreshToken ? "refresh_token" : "access_token");
    body.addClient(clientAuthentication, clientId);
    return body.toByteArray();
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
