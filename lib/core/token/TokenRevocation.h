// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Secret.h>

#include "protocol/ClientAuthentication.h"

#include <QtCore/QUrl>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkReply;
class QObject;
QT_END_NAMESPACE

namespace QtSignIn {

class HttpExchange;

// A token revocation request (RFC 7009 §2.1): the token, a hint of its kind,
// and the client authenticated as at the token endpoint. Sent only to the
// configured revocation endpoint of the provider that issued the token.
struct TokenRevocation
{
    enum class TokenKind { RefreshToken, AccessToken };

    QUrl endpoint;
    QString clientId;
    ClientAuthentication clientAuthentication;
    Secret token;
    TokenKind kind = TokenKind::RefreshToken;

    QByteArray toFormBody() const;

    // Posts the request; `done` gets an empty string when the provider
    // answered 200 (§2.2: also for a token it did not know), else why not,
    // for the log. It runs on `context`, not at all once `context` is gone.
    QNetworkReply *send(const HttpExchange &http, QObject *context,
                        const std::function<void(const QString &failure)> &done) const;
};

} // namespace QtSignIn
