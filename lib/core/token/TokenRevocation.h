// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Secret.h>

#include "protocol/ClientAuthentication.h"
#include "protocol/ProviderMetadata.h"

#include <QtCore/QUrl>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkReply;
class QObject;
QT_END_NAMESPACE

namespace QtSignIn {

class HttpExchange;

// A token revocation request (RFC 7009 §2.1): the token, a hint of its kind,
// and the client authenticated (chooseClientAuthentication()). Sent only to
// the configured revocation endpoint of the provider that issued the token.
struct TokenRevocation
{
    enum class TokenKind { RefreshToken, AccessToken };

    QUrl endpoint;
    QString clientId;
    ClientAuthentication clientAuthentication;
    Secret token;
    TokenKind kind = TokenKind::RefreshToken;

    // How the client authenticates at the revocation endpoint (RFC 7009
    // §2.1). A configured method is used as configured. With
    // ClientAuthenticationMethod::Automatic: by what `metadata` advertises
    // for the revocation endpoint (revocation_endpoint_auth_methods_supported,
    // RFC 8414 §2), else by what it advertises for the token endpoint, so
    // that revocation authenticates as the sign-in did. RFC 8414 would take
    // client_secret_basic when the member is absent, but OpenID Connect
    // Discovery documents seldom have it, and a provider that takes only
    // client_secret_post at its token endpoint (GitHub's OAuth apps) takes
    // it at revocation too. Explicit metadata (plain OAuth 2.0) advertises
    // neither: the token endpoint's default then. False, with `reason`, when
    // the provider advertises only methods we do not have.
    static bool chooseClientAuthentication(const ClientConfiguration &configuration,
                                           const ProviderMetadata &metadata, ClientAuthentication *chosen,
                                           QString *reason);

    QByteArray toFormBody() const;

    // Posts the request; `done` gets an empty string when the provider
    // answered 200 (§2.2: also for a token it did not know), else why not,
    // for the log. It runs on `context`, not at all once `context` is gone.
    QNetworkReply *send(const HttpExchange &http, QObject *context,
                        const std::function<void(const QString &failure)> &done) const;
};

} // namespace QtSignIn
