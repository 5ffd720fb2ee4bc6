// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <chrono>
#include <functional>

#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslCertificate>

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

    // Retry-After (RFC 9110 §10.2.3), delay-seconds or an HTTP date; zero
    // when absent or unreadable.
    std::chrono::seconds retryAfter(const QDateTime &now) const;
};

// Requests to the provider, with the rules every exchange shares: a
// deadline, a cap on the response size, TLS errors never ignored (extra CA
// certificates may be trusted, never a failed handshake), and redirects
// followed (GET only, at most three) only to endpoints that are https, or
// http on loopback when the request itself was.
class HttpExchange
{
public:
    static constexpr qint64 maximumResponseSize = 1024 * 1024;

    using Callback = std::function<void(const HttpResponse &)>;

    HttpExchange(QNetworkAccessManager *manager, std::chrono::milliseconds timeout,
                 const QList<QSslCertificate> &extraCaCertificates = {});

    // The callback runs on `context`'s thread, and not at all once `context`
    // is destroyed. The returned reply may be aborted; it deletes itself.
    // The two requests that carry credentials are refused, without a reply
    // (nullptr) and with a transport failure, to anything but https or
    // loopback http.
    QNetworkReply *get(const QUrl &url, QObject *context, Callback callback) const;
    // A GET carrying an access token (RFC 6750 §2.1). Never follows
    // redirects: the token must not travel to another endpoint. With a
    // `dpopProof` the token is a DPoP-bound one, sent under the DPoP scheme
    // with the proof as the DPoP header (RFC 9449 §7.1).
    QNetworkReply *getWithBearer(const QUrl &url, const QByteArray &accessToken, QObject *context,
                                 Callback callback, const QByteArray &dpopProof = QByteArray()) const;
    // `authorization`, when not empty, is sent as the Authorization header
    // (client credentials, RFC 6749 §2.3.1); like the body, it is never logged.
    // `dpopProof`, when not empty, is sent as the DPoP header (RFC 9449 §4.1).
    QNetworkReply *postForm(const QUrl &url, const QByteArray &body, QObject *context,
                            Callback callback, const QByteArray &authorization = QByteArray(),
                            const QByteArray &dpopProof = QByteArray()) const;

    // Whether the server at `url` answers at all, within `timeout`: a HEAD
    // request without credentials or cookies that follows no redirect. Any
    // HTTP status, even an error, is an answer; `transportError` is empty
    // then, and otherwise says why nothing came (refused, unknown host, TLS,
    // no answer in time).
    using ReachabilityCallback = std::function<void(const QString &transportError)>;
    QNetworkReply *probe(const QUrl &url, std::chrono::milliseconds timeout, QObject *context,
                         ReachabilityCallback callback) const;

private:
    QNetworkRequest makeRequest(const QUrl &url) const;

    QNetworkAccessManager *m_manager;
    std::chrono::milliseconds m_timeout;
    QList<QSslCertificate> m_extraCaCertificates;
};

} // namespace QtSignIn
