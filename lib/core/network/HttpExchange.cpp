// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "HttpExchange.h"

#include "../Logging_p.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

namespace QtSignIn {

namespace {

constexpr int maximumRedirects = 3;

QNetworkRequest makeRequest(const QUrl &url, std::chrono::milliseconds timeout)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(timeout.count()));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    return request;
}

void watch(QNetworkReply *reply, QObject *context, HttpExchange::Callback callback)
{
    // Stop reading as soon as the body outgrows any plausible response.
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > HttpExchange::maximumResponseSize) {
            reply->setProperty("qtsignin_too_large", true);
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        // Logged, never ignored: the reply fails with the handshake.
        for (const QSslError &error : errors)
            qCWarning(lcHttp) << "TLS error from" << reply->url().host() << ":" << error.errorString();
    });
    QObject::connect(reply, &QNetworkReply::redirected, reply, [reply](const QUrl &target) {
        if (reply->operation() == QNetworkAccessManager::GetOperation && isAllowedEndpoint(target)) {
            emit reply->redirectAllowed();
        } else {
            qCWarning(lcHttp) << "refusing a redirect to" << target.scheme() << target.host();
            reply->abort();
        }
    });
    // The reply goes away when it finishes, whether or not `context` still exists.
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, callback] {
        HttpResponse response;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (reply->property("qtsignin_too_large").toBool()) {
            response.transportFailed = true;
            response.transportError = QStringLiteral("the response is larger than %1 bytes")
                                              .arg(HttpExchange::maximumResponseSize);
        } else if (!status.isValid() || reply->error() == QNetworkReply::OperationCanceledError
                   || reply->error() == QNetworkReply::TimeoutError
                   || reply->error() == QNetworkReply::TooManyRedirectsError
                   || reply->error() == QNetworkReply::InsecureRedirectError) {
            response.transportFailed = true;
            response.transportError = reply->errorString();
        } else {
            response.status = status.toInt();
            response.body = reply->read(HttpExchange::maximumResponseSize + 1);
            response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            response.headers = reply->rawHeaderPairs();
            if (response.body.size() > HttpExchange::maximumResponseSize) {
                response = HttpResponse();
                response.transportFailed = true;
                response.transportError = QStringLiteral("the response is too large");
            } else if (response.status >= 300 && response.status < 400) {
                response.transportFailed = true;
                response.transportError = QStringLiteral("unexpected redirect (HTTP %1)").arg(response.status);
            }
        }
        const char *method = reply->operation() == QNetworkAccessManager::PostOperation ? "POST" : "GET";
        qCDebug(lcHttp) << method << reply->url().toDisplayString(QUrl::RemoveQuery)
                        << "->" << (response.transportFailed ? response.transportError
                                                             : QString::number(response.status));
        callback(response);
    });
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QNetworkReply *HttpExchange::get(QNetworkAccessManager *manager, const QUrl &url,
                                 std::chrono::milliseconds timeout, QObject *context,
                                 Callback callback)
{
    QNetworkRequest request = makeRequest(url, timeout);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(maximumRedirects);
    QNetworkReply *reply = manager->get(request);
    watch(reply, context, std::move(callback));
    return reply;
}

QNetworkReply *HttpExchange::getWithBearer(QNetworkAccessManager *manager, const QUrl &url,
                                           const QByteArray &accessToken,
                                           std::chrono::milliseconds timeout, QObject *context,
                                           Callback callback)
{
    QNetworkRequest request = makeRequest(url, timeout);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Authorization", "Bearer " + accessToken);
    QNetworkReply *reply = manager->get(request);
    watch(reply, context, std::move(callback));
    return reply;
}

QNetworkReply *HttpExchange::postForm(QNetworkAccessManager *manager, const QUrl &url,
                                      const QByteArray &body, std::chrono::milliseconds timeout,
                                      QObject *context, Callback callback)
{
    QNetworkRequest request = makeRequest(url, timeout);
    // A token request is never re-sent elsewhere (RFC 9700 §4.12).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = manager->post(request, body);
    watch(reply, context, std::move(callback));
    return reply;
}

} // namespace QtSignIn
