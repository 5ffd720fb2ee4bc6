// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "ApiResponse.h"
#include "DemoConfiguration.h"

#include <QtSignIn/Secret.h>

#include <QtCore/QObject>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

// Sends one request to the protected API with an access token in the
// Authorization header (RFC 6750 §2.1; never in the URL, where logs and
// proxies keep it), and reports status, body, time and the Bearer challenge.
class ProtectedApiClient : public QObject
{
    Q_OBJECT
public:
    // The largest answer read; a larger one fails the call.
    static constexpr qint64 maximumBodySize = 1024 * 1024;

    ProtectedApiClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);

    // `response` carries the token step already; the HTTP step is added.
    void send(const ApiEndpoint &endpoint, const QtSignIn::Secret &accessToken, ApiResponse response);

Q_SIGNALS:
    void finished(const ApiResponse &response);

private:
    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
};
