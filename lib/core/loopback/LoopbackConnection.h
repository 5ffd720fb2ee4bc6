// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "LoopbackRequestParser.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <chrono>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace QtSignIn {

// One browser connection to the loopback listener: reads a request (head,
// and a POST's form body) within a deadline, then carries exactly one answer
// and closes.
class LoopbackConnection : public QObject
{
    Q_OBJECT
public:
    LoopbackConnection(QTcpSocket *socket, std::chrono::milliseconds deadline, QObject *parent);
    ~LoopbackConnection() override;

    QByteArray method() const { return m_parser.method(); }
    QByteArray target() const { return m_parser.target(); }
    QByteArray body() const { return m_parser.body(); }
    bool hasRequest() const { return m_parser.status() == LoopbackRequestParser::Status::Complete; }
    bool isAnswered() const { return m_answered; }

    // Sends a complete HTTP/1.1 response and closes the connection once it is written.
    void answer(int statusCode, const QByteArray &html);
    // Keeps the browser waiting for the answer past the idle deadline: the
    // flow is finishing the sign-in, under its own network deadlines.
    void hold() { m_deadline.stop(); }
    void abort();

Q_SIGNALS:
    void requestReady();
    // The peer opened TLS on this plain http port; the connection is gone.
    void tlsHandshakeReceived();
    void closed();

private:
    void readRequest();

    QTcpSocket *m_socket;
    LoopbackRequestParser m_parser;
    QTimer m_deadline;
    bool m_answered = false;
    bool m_closed = false;
};

} // namespace QtSignIn
