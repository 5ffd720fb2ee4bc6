// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "HttpAnswer.h"

#include <QtCore/QJsonDocument>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtHttpServer/QHttpServerResponse>

namespace QtSignIn {

HttpAnswer HttpAnswer::json(const QJsonObject &object, int status)
{
    HttpAnswer answer;
    answer.status = status;
    answer.contentType = "application/json";
    answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return answer;
}

HttpAnswer HttpAnswer::oauthError(const QString &error, const QString &description, int status)
{
    QJsonObject object{{QStringLiteral("error"), error}};
    if (!description.isEmpty())
        object.insert(QStringLiteral("error_description"), description);
    HttpAnswer answer = json(object, status);
    answer.headers.emplaceBack("Cache-Control", "no-store");
    return answer;
}

HttpAnswer HttpAnswer::page(const QString &text, int status)
{
    HttpAnswer answer;
    answer.status = status;
    answer.body = text.toUtf8();
    return answer;
}

HttpAnswer HttpAnswer::redirect(const QUrl &location)
{
    HttpAnswer answer;
    answer.status = 302;
    answer.headers.emplaceBack("Location", location.toEncoded());
    return answer;
}

TestHttpServer::TestHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

bool TestHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpAnswer answer = m_handler(request);
    // RFC 9110 §9.3.2: nothing after the header of a HEAD answer (the
    // library probes the authorization endpoint with one). A body there
    // would be taken for the next answer on the kept-alive connection.
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    QHttpServerResponse response(answer.contentType, head ? QByteArray() : answer.body,
                                 static_cast<QHttpServerResponse::StatusCode>(answer.status));
    for (const auto &header : answer.headers)
        response.addHeader(header.first, header.second);
    response.write(makeResponder(request, socket));
    return true;
}

void TestHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request; Qt calls this only when it did not.
    QHttpServerResponse response(QHttpServerResponse::StatusCode::NotFound);
    response.write(makeResponder(request, socket));
}

} // namespace QtSignIn
