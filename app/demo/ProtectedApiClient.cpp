// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ProtectedApiClient.h"

#include <QtCore/QElapsedTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>


namespace {
constexpr char tooLargeProperty[] = "qtsignin_demo_too_large";
}

ProtectedApiClient::ProtectedApiClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : QObject(parent), m_network(network), m_baseUrl(baseUrl)
{
}

void ProtectedApiClient::send(const ApiEndpoint &endpoint, const QtSignIn::Secret &accessToken, ApiResponse response)
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QUrl relative(endpoint.path); // a path, and perhaps a query ("/v1.0/me/messages?$top=5")
    url.setPath(path + relative.path());
    if (relative.hasQuery())
        url.setQuery(relative.query(QUrl::FullyEncoded));

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + accessToken.reveal());
    request.setRawHeader("Accept", "application/json");
    // The token must not follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30000);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply;
    if (endpoint.method == QLatin1String("POST")) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_network->post(request, endpoint.body.isEmpty() ? QByteArrayLiteral("{}") : endpoint.body);
    } else {
        reply = m_network->sendCustomRequest(request, endpoint.method.toLatin1());
    }
    // An API's answer is untrusted input: past the limit it is dropped, not
    // buffered until memory runs out.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received) {
        if (received > maximumBodySize) {
            reply->setProperty(tooLargeProperty, true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer, response]() mutable {
        reply->deleteLater();
        response.milliseconds = timer.nsecsElapsed() / 1e6;
        if (reply->property(tooLargeProperty).toBool()) {
            response.reason = tr("the answer was larger than %1 KiB and was not read").arg(maximumBodySize / 1024);
            emit finished(response);
            return;
        }
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.reason = response.status
                ? reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()
                : reply->errorString();
        response.body = reply->readAll();
        if (response.status == 401 || response.status == 403)
            response.challenge = QtSignIn::BearerChallenge::parse(reply->rawHeader("WWW-Authenticate"));
        emit finished(response);
    });
}
