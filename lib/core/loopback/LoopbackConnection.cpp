// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "LoopbackConnection.h"

#include "../Logging_p.h"

#include <QtNetwork/QTcpSocket>

namespace QtSignIn {

namespace {

constexpr qint64 readLimit = LoopbackRequestParser::maximumRequestSize + LoopbackRequestParser::maximumBodySize + 1;

QByteArray reasonPhrase(int statusCode)
{
    switch (statusCode) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 431: return "Request Header Fields Too Large";
    default: return "Error";
    }
}

} // namespace

LoopbackConnection::LoopbackConnection(QTcpSocket *socket, std::chrono::milliseconds deadline,
                                       QObject *parent)
    : QObject(parent), m_socket(socket)
{
    m_socket->setParent(this);
    // Never buffer more than one request head and form body, whatever the peer sends.
    m_socket->setReadBufferSize(readLimit);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(deadline);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCDebug(lcLoopback) << "dropping a connection that sent no complete request in time";
        abort();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &LoopbackConnection::readRequest);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_closed) {
            m_closed = true;
            m_deadline.stop();
            emit closed();
        }
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (!m_answered)
            abort();
    });
    m_deadline.start();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &LoopbackConnection::readRequest, Qt::QueuedConnection);
}

LoopbackConnection::~LoopbackConnection() = default;

void LoopbackConnection::readRequest()
{
    if (m_answered || m_closed)
        return;
    using Status = LoopbackRequestParser::Status;
    const Status before = m_parser.status();
    const Status status = m_parser.feed(m_socket->read(readLimit));
    if (status == before)
        return;
    switch (status) {
    case Status::Incomplete:
        break;
    case Status::Complete:
        emit requestReady();
        break;
    case Status::Malformed:
        answer(400, QByteArrayLiteral("Bad request."));
        break;
    case Status::TooLarge:
        answer(431, QByteArrayLiteral("Request too large."));
        break;
    case Status::MethodNotAllowed:
        answer(405, QByteArrayLiteral("Method not allowed."));
        break;
    case Status::LengthRequired:
        answer(411, QByteArrayLiteral("Length required."));
        break;
    case Status::BodyTooLarge:
        answer(413, QByteArrayLiteral("Request too large."));
        break;
    case Status::UnsupportedMediaType:
        answer(415, QByteArrayLiteral("Unsupported media type."));
        break;
    case Status::TlsHandshake:
        // Nothing we could answer in plain HTTP reaches a TLS client.
        qCInfo(lcLoopback) << "a TLS handshake reached the plain http loopback listener";
        abort();
        emit tlsHandshakeReceived();
        break;
    }
}

void LoopbackConnection::answer(int statusCode, const QByteArray &html)
{
    if (m_answered || m_closed)
        return;
    m_answered = true;
    m_deadline.start(); // the answer, too, must leave within the deadline
    QByteArray response = "HTTP/1.1 " + QByteArray::number(statusCode) + ' '
            + reasonPhrase(statusCode) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(html.size()) + "\r\n";
    // The page holds nothing to cache, frame, sniff or refer onwards.
    response += "Cache-Control: no-store\r\n";
    response += "Referrer-Policy: no-referrer\r\n";
    response += "X-Content-Type-Options: nosniff\r\n";
    response += "X-Frame-Options: DENY\r\n";
    response += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; "
                "img-src data:; frame-ancestors 'none'; form-action 'none'\r\n";
    response += "Connection: close\r\n\r\n";
    response += html;
    m_socket->write(response);
    m_socket->disconnectFromHost();
}

void LoopbackConnection::abort()
{
    m_answered = true;
    m_socket->abort();
    if (!m_closed) {
        m_closed = true;
        m_deadline.stop();
        emit closed();
    }
}

} // namespace QtSignIn
