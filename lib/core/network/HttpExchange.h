// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <chrono>
#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace QtSignIn {

// What came back from the provider: either an HTTP response (any status) or
// a transport failure (connection refused, TLS error, timeout, too large).
struct HttpResponse
{
    bool transportFailed = false;
    QString transportError;   // for logs; never contains the body
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;

    // The first header of that name (case-insensitive), or empty.
    QByteArray header(const QByteArray &name) const;
};

// One request to the provider, with the rules every exchange shares:
// a deadline, a cap on the response size, TLS errors never ignored, and
// redirects followed (GET only, at most three) only to endpoints that are
// https or loopback.
class HttpExchange
{
public:
    static constexpr qint64 maximumResponseSize = 1024 * 1024;

    using Callback = std::function<void(const HttpResponse &)>;

    // The callback runs on `context`'s thread, and not at all once `context`
    // is destroyed. The returned reply may be aborted; it deletes itself.
    static QNetworkReply *get(QNetworkAccessManager *manager, const QUrl &url,
                              std::chrono::milliseconds timeout, QObject *context,
                              Callback callback);
    // A GET carrying an access token (RFC 6750 §2.1). Never follows
    // redirects: the token must not travel to another endpoint.
    static QNetworkReply *getWithBearer(QNetworkAccessManager *manager, const QUrl &url,
                                        const QByteArray &accessToken,
                                        std::chrono::milliseconds timeout, QObject *context,
                                        Callback callback);
    static QNetworkReply *postForm(QNetworkAccessManager *manager, const QUrl &url,
                                   const QByteArray &body, std::chrono::milliseconds timeout,
                                   QObject *context, Callback callback);
};

} // namespace QtSignIn
