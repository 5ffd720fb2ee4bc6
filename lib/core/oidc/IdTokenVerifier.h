// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Secret.h>
#include <QtSignIn/SignInError.h>

#include "Jwt.h"
#include "protocol/ProviderMetadata.h"

#include <QtCore/QJsonObject>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkReply;
class QObject;
QT_END_NAMESPACE

namespace QtSignIn {

class HttpExchange;
class ProviderDocuments;

// Every check an ID token goes through, in one place and one order, whichever
// grant brought it: the JOSE header (once), the signature with the provider's
// keys, the claims of OpenID Connect Core §3.1.3.7 with RFC 9207's issuer, and
// for a refreshed token the rules of §12.2.
class IdTokenVerifier
{
public:
    struct Expectations
    {
        ProviderMetadata metadata;
        QString clientId;
        std::chrono::seconds clockSkew{300};
        // Interactive grants: what the authorization request and response carried.
        QByteArray nonce;
        Secret authorizationCode;          // c_hash
        QString authorizationResponseIssuer; // RFC 9207, for a multi-tenant issuer
        // A grant that sends no nonce (the device grant, RFC 8628): a token
        // with one was issued for another request, so it is refused.
        bool requestHadNoNonce = false;
        // A provider preset's other form of the issuer (Google's
        // "accounts.google.com"); a token with it is handed on with the
        // issuer's form, so that one person has one account.
        QString alternativeIssuer;
        QString hostedDomain;              // Google's hd claim, when the configuration names one
        // A refreshed token: the claims of the ID token the session has. Its
        // nonce is optional and, if present, the original one (§12.2).
        std::optional<QJsonObject> originalClaims;
        Secret accessToken;                // at_hash
    };
    using Callback = std::function<void(const Jwt &, const SignInError &)>;

    IdTokenVerifier(std::shared_ptr<ProviderDocuments> provider, const HttpExchange &http);

    // Calls `done` with the parsed token when every check passes, else with
    // an error whose reason() is the failed check: InvalidIdToken, or the
    // error of fetching the provider's keys. `done` runs on `context`,
    // possibly before this returns (keys at hand), never after `context` is
    // gone. Returns the request under way, if any. An unknown kid may have
    // the keys fetched again, once per verifier (the provider may rotate).
    QNetworkReply *verify(const Secret &compactIdToken, const Expectations &expected, QObject *context,
                          const Callback &done);

private:
    std::shared_ptr<ProviderDocuments> m_provider;
    const HttpExchange &m_http;
    bool m_mayRefetchKeys = true;
};

} // namespace QtSignIn
