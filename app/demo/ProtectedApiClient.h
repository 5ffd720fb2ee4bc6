// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "ApiResponse.h"
#include "DemoConfiguration.h"

#include <QtSignIn/Secret.h>

#include <QtCore/QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

// How one call presents its access token: the Authorization header's value
// ("Bearer <token>", RFC 6750 §2.1, or "DPoP <token>", RFC 9449 §7.1) and,
// for a DPoP-bound token, what makes each request's DPoP proof from its
// method, URL and the API's nonce (empty until the API asked for one).
struct ApiCredentials
{
    using ProofMaker = std::function<QByteArray(const QByteArray &method, const QUrl &url, const QByteArray &nonce)>;

    QtSignIn::Secret authorization;
    ProofMaker dpopProof; // empty for a Bearer token

    static ApiCredentials bearer(const QtSignIn::Secret &accessToken);
};

// Sends one request to the protected API with an access token in the
// Authorization header (RFC 6750 §2.1; never in the URL, where logs and
// proxies keep it), with a DPoP proof when the token is bound to a key, and
// reports status, body, time and the API's challenge.
class ProtectedApiClient : public QObject
{
    Q_OBJECT
public:
    // The largest answer read; a larger one fails the call.
    static constexpr qint64 maximumBodySize = 1024 * 1024;

    ProtectedApiClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);

    // `response` carries the token step already; the HTTP step is added.
    // An API that asks for a DPoP nonce (401 use_dpop_nonce with a
    // DPoP-Nonce header, RFC 9449 §9) gets the request once more with it.
    void send(const ApiEndpoint &endpoint, const ApiCredentials &credentials, ApiResponse response);

Q_SIGNALS:
    void finished(const ApiResponse &response);

private:
    void sendRequest(const ApiEndpoint &endpoint, const ApiCredentials &credentials, const QByteArray &nonce,
                     ApiResponse response);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
};
