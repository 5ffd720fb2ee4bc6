// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// What the test provider answers one HTTP request with, and the server that
// sends it: Qt HTTP Server's request parsing and response writing
// (QAbstractHttpServer), with one handler for every path instead of its
// router, so that each endpoint checks its method and parameters itself
// and an unknown path gets a plain 404.

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QUrl>
#include <QtHttpServer/QAbstractHttpServer>

#include <functional>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace QtSignIn {

struct HttpAnswer
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpAnswer json(const QJsonObject &object, int status = 200);
    /// An OAuth error response (RFC 6749 §5.2).
    static HttpAnswer oauthError(const QString &error, const QString &description, int status = 400);
    /// A page for the person, never a redirect: RFC 6749 §4.1.2.1 forbids
    /// redirecting to an unverified client or redirect URI.
    static HttpAnswer page(const QString &text, int status);
    static HttpAnswer redirect(const QUrl &location);
};

class TestHttpServer : public QAbstractHttpServer
{
public:
    using Handler = std::function<HttpAnswer(const QHttpServerRequest &)>;
    TestHttpServer(Handler handler, QObject *parent);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace QtSignIn
