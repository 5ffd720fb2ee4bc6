// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The part of the demo API (tests/api) the demo's widget tests call, inside
// the test process, for the access tokens of a QtSignIn::TestProvider:
// GET /items needs api.read, POST /items api.write, and what is missing is
// answered as RFC 6750 §3.1 says (401 invalid_token for a token the provider
// no longer accepts, 403 insufficient_scope naming the scope). The real API,
// with its full token validation, stays with the end-to-end tests.

#include <QtSignIn/TestProvider.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtHttpServer/QHttpServerResponse>
#include <QtNetwork/QHostAddress>

class DemoApiDouble : public QAbstractHttpServer
{
public:
    explicit DemoApiDouble(QtSignIn::TestProvider *provider, QObject *parent = nullptr)
        : QAbstractHttpServer(parent), m_provider(provider)
    {
    }

    bool listen()
    {
        m_port = QAbstractHttpServer::listen(QHostAddress::LocalHost, 0);
        return m_port != 0;
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        answer(request).write(makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound).write(makeResponder(request, socket));
    }

private:
    static QHttpServerResponse error(QHttpServerResponse::StatusCode status, const QByteArray &challenge)
    {
        QHttpServerResponse response(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(challenge)}}, status);
        response.addHeader("WWW-Authenticate", "Bearer realm=\"qtsignin-demo-api\", " + challenge);
        response.addHeader("Cache-Control", "no-store");
        return response;
    }

    QHttpServerResponse answer(const QHttpServerRequest &request)
    {
        using Status = QHttpServerResponse::StatusCode;
        if (request.url().path() != QLatin1String("/items"))
            return QHttpServerResponse(Status::NotFound);
        const QByteArray authorization = request.value("Authorization");
        if (!authorization.startsWith("Bearer "))
            return error(Status::Unauthorized, "error=\"invalid_request\"");
        const QByteArray token = authorization.mid(7);
        if (!m_provider || !m_provider->isTokenActive(QString::fromLatin1(token)))
            return error(Status::Unauthorized, "error=\"invalid_token\"");
        // An RFC 9068 access token: its scope claim says what it may do.
        const QByteArray payload = QByteArray::fromBase64(token.split('.').value(1),
                                                          QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QStringList scopes = QJsonDocument::fromJson(payload).object().value(QLatin1String("scope"))
                                           .toString().split(QLatin1Char(' '));
        const bool write = request.method() == QHttpServerRequest::Method::Post;
        const QString needed = write ? QStringLiteral("api.write") : QStringLiteral("api.read");
        if (!scopes.contains(needed))
            return error(Status::Forbidden, "error=\"insufficient_scope\", scope=\"" + needed.toLatin1() + '"');
        if (write)
            return QHttpServerResponse(QJsonObject{{QStringLiteral("id"), ++m_lastId},
                                                   {QStringLiteral("title"), QStringLiteral("New item")}},
                                       Status::Created);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("items"), QJsonArray{QJsonObject{
                {QStringLiteral("id"), 1}, {QStringLiteral("title"), QStringLiteral("First item")}}}}});
    }

    QPointer<QtSignIn::TestProvider> m_provider;
    quint16 m_port = 0;
    int m_lastId = 1;
};
