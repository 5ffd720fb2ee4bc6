// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/Secret.h>

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QStringList>

namespace QtSignIn {

// How the client proves who it is to an endpoint that takes client
// credentials (RFC 6749 §2.3): none for a public client (its client_id in the
// body, as before), or the client secret of an installed app's registration,
// in an HTTP Basic header or in the body (§2.3.1).
//
// The token endpoint is the only such endpoint today. The revocation endpoint
// (RFC 7009 §2.1) and the pushed authorization request endpoint (RFC 9126
// §2, which uses token_endpoint_auth_methods_supported too) authenticate the
// client the same way: a request to them is to carry the same value, rendered
// with authorizationHeader() and formFields(). No other endpoint (discovery,
// JWKS, userinfo, end-session, the browser's) ever gets the secret.
struct ClientAuthentication
{
    enum class Method { None, ClientSecretBasic, ClientSecretPost };

    Method method = Method::None;
    Secret clientSecret; // empty for Method::None

    // The method for a client configured as `configuration` at a provider
    // that advertises `supportedMethods` (token_endpoint_auth_methods_supported,
    // empty when it says nothing). Without a secret: None, as for every public
    // client. With one and ClientAuthenticationMethod::Automatic:
    // client_secret_basic when advertised or when nothing is (the default of
    // RFC 8414 §2 and OpenID Connect Discovery §3), else client_secret_post
    // when advertised. An explicitly configured method is used as configured.
    // False, with `reason`, when the provider advertises only methods we do
    // not have: nothing may be sent then.
    static bool choose(const ClientConfiguration &configuration, const QStringList &supportedMethods,
                       ClientAuthentication *chosen, QString *reason);

    // The registered name (RFC 7591 §2): "none", "client_secret_basic", ...
    static QString methodName(Method method);

    // "Basic base64(id:secret)" for ClientSecretBasic, each of id and secret
    // form-urlencoded first (RFC 6749 §2.3.1); else empty. It is the secret
    // in another spelling: never log it.
    QByteArray authorizationHeader(const QString &clientId) const;

    // What goes into the form body: client_id unless the header carries it,
    // client_secret for ClientSecretPost.
    QList<QPair<QByteArray, QByteArray>> formFields(const QString &clientId) const;
};

} // namespace QtSignIn
