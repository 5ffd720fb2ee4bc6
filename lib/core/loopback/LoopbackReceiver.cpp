// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "LoopbackReceiver.h"

#include "../Logging_p.h"
#include "LoopbackConnection.h"
#include "ResultPage.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

namespace QtSignIn {

LoopbackReceiver::LoopbackReceiver(QObject *parent) : QObject(parent) {}

LoopbackReceiver::~LoopbackReceiver()
{
    for (LoopbackConnection *connection : std::as_const(m_connections))
        disconnect(connection, nullptr, this, nullptr);
    qDeleteAll(m_servers);
}

bool LoopbackReceiver::listen(const QUrl &redirectUri, QString *reason)
{
    close();
    if (!isValidLoopbackRedirectUri(redirectUri)) {
        *reason = QStringLiteral("the redirect URI must be http on 127.0.0.1, [::1] or localhost");
        return false;
    }
    const QString host = redirectUri.host();
    // RFC 8252 §8.3: bind the loopback interface, never every interface. For
    // "localhost" we cannot know which address the browser resolves it to,
    // so take the same port on both; the IPv6 one is best effort, since
    // browsers fall back to 127.0.0.1 when ::1 refuses. A port that another
    // program holds on ::1 does not refuse: it would get those browsers'
    // redirects, so that is a failure, or for an OS-chosen port a new try.
    QList<QHostAddress> addresses;
    if (host == QLatin1String("localhost"))
        addresses = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    else
        addresses = {QHostAddress(host)};

    const quint16 requestedPort = quint16(qMax(0, redirectUri.port(0)));
    quint16 port = requestedPort;
    int triesLeft = requestedPort == 0 ? 5 : 1;
    for (int i = 0; i < addresses.size(); ++i) {
        auto *server = new QTcpServer(this);
        server->setMaxPendingConnections(maximumConnections);
        if (!server->listen(addresses.at(i), port)) {
            const QString error = server->errorString();
            const bool taken = server->serverError() == QAbstractSocket::AddressInUseError;
            delete server;
            if (i > 0 && taken && --triesLeft > 0) {
                qDeleteAll(m_servers);
                m_servers.clear();
                port = requestedPort;
                i = -1; // start again on another port
                continue;
            }
            if (i == 0 || taken) {
                *reason = QStringLiteral("cannot listen on %1 port %2: %3")
                                  .arg(addresses.at(i).toString())
                                  .arg(port)
                                  .arg(error);
                close();
                return false;
            }
            qCDebug(lcLoopback) << "not also listening on" << addresses.at(i) << ":" << error;
            continue;
        }
        port = server->serverPort();
        connect(server, &QTcpServer::newConnection, this, [this, server] { acceptConnections(server); });
        m_servers.append(server);
    }
    m_redirectUri = redirectUri;
    m_redirectUri.setPort(port);
    if (m_redirectUri.path().isEmpty())
        m_redirectUri.setPath(QStringLiteral("/"));
    qCInfo(lcLoopback) << "listening for the redirect on" << m_redirectUri.toString();
    return true;
}

bool LoopbackReceiver::isListening() const
{
    return !m_servers.isEmpty();
}

void LoopbackReceiver::acceptConnections(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        // Bound to loopback, so only a local peer can reach us; check anyway.
        if (!socket->peerAddress().isLoopback()) {
            qCWarning(lcLoopback) << "refusing a connection from a non-loopback peer";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        if (m_connections.size() >= maximumConnections) {
            // Drop the oldest connection that has not delivered a request:
            // idle sockets must not crowd out the browser's real redirect.
            for (LoopbackConnection *old : std::as_const(m_connections)) {
                if (old != m_pending && !old->hasRequest()) {
                    old->abort();
                    break;
                }
            }
        }
        auto *connection = new LoopbackConnection(socket, connectionDeadline, this);
        m_connections.append(connection);
        connect(connection, &LoopbackConnection::requestReady, this,
                [this, connection] { handleRequest(connection); });
        connect(connection, &LoopbackConnection::tlsHandshakeReceived, this,
                &LoopbackReceiver::tlsHandshakeReceived);
        connect(connection, &LoopbackConnection::closed, this,
                [this, connection] { removeConnection(connection); });
    }
}

void LoopbackReceiver::handleRequest(LoopbackConnection *connection)
{
    const QUrl target = QUrl::fromEncoded(connection->target(), QUrl::StrictMode);
    if (!target.isValid() || target.path(QUrl::FullyEncoded) != m_redirectUri.path(QUrl::FullyEncoded)) {
        qCDebug(lcLoopback) << "404 for a request to another path";
        connection->answer(404, ResultPage::renderNotFound());
        return;
    }
    if (m_pending) {
        // The flow already has its response; anything else is not ours.
        connection->answer(400, m_page.render(RedirectAnswer{}));
        return;
    }
    // The other method than this sign-in's response uses: a code in a
    // query while we wait for a form_post came from someone else, and a
    // POST while we wait for a query is no provider's answer.
    const bool isPost = connection->method() == "POST";
    if (isPost != (m_responseMethod == ResponseMethod::FormPost)) {
        qCWarning(lcLoopback).noquote() << "ignoring a" << connection->method()
                                        << "to the redirect URI: this sign-in's response comes the other way";
        connection->answer(400, m_page.render(RedirectAnswer{}));
        return;
    }
    const QUrl redirect = responseUrl(connection, target);
    if (!redirect.isValid()) {
        qCWarning(lcLoopback) << "ignoring a POST to the redirect URI whose body is not a form";
        connection->answer(400, m_page.render(RedirectAnswer{}));
        return;
    }
    m_pending = connection;
    emit redirectReceived(redirect);
    if (m_pending == connection && !m_holding) {
        // Nobody judged it: treat it as not ours.
        respond(RedirectAnswer{});
    }
}

// The URL the flow judges: the redirect URI with the response's parameters
// as its query, whichever way they came. Empty for a body that is not a form.
QUrl LoopbackReceiver::responseUrl(const LoopbackConnection *connection, const QUrl &target) const
{
    QUrl redirect = m_redirectUri;
    if (connection->method() != "POST") {
        redirect.setQuery(target.query(QUrl::FullyEncoded), QUrl::StrictMode);
        return redirect;
    }
    // application/x-www-form-urlencoded is a query's syntax but for '+',
    // which means a space there (a literal '+' is sent as %2B).
    QByteArray query = connection->body();
    query.replace('+', "%20");
    for (char c : std::as_const(query)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f || c == '#')
            return {};
    }
    redirect.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return redirect.isValid() ? redirect : QUrl();
}

void LoopbackReceiver::respond(const RedirectAnswer &answer)
{
    LoopbackConnection *connection = m_pending;
    if (!connection)
        return;
    if (answer.outcome == RedirectAnswer::Received) {
        m_holding = true;
        connection->hold();
    } else {
        m_pending = nullptr;
        m_holding = false;
        const int status = answer.outcome == RedirectAnswer::Succeeded ? 200 : 400;
        connection->answer(status, m_page.render(answer));
        if (answer.outcome == RedirectAnswer::NotForThisFlow)
            return;
    }
    // The flow has its response: stop listening, drop every other connection,
    // and let this one wait for, or finish sending, its page.
    for (QTcpServer *server : std::as_const(m_servers))
        server->close();
    qDeleteAll(m_servers);
    m_servers.clear();
    const QList<LoopbackConnection *> others = m_connections;
    for (LoopbackConnection *other : others) {
        if (other != connection)
            other->abort();
    }
    qCInfo(lcLoopback) << "stopped listening";
}

void LoopbackReceiver::removeConnection(LoopbackConnection *connection)
{
    m_connections.removeOne(connection);
    if (m_pending == connection) {
        m_pending = nullptr;
        m_holding = false;
    }
    connection->deleteLater();
    if (m_connections.isEmpty() && m_servers.isEmpty())
        emit drained();
}

void LoopbackReceiver::close()
{
    m_pending = nullptr;
    m_holding = false;
    for (QTcpServer *server : std::as_const(m_servers))
        server->close();
    qDeleteAll(m_servers);
    m_servers.clear();
    // Answered connections may still be sending their page: they close
    // themselves once it is written (or at their deadline). The rest go now.
    // The last connection to go emits drained() (removeConnection); with
    // none open, nothing else would.
    const QList<LoopbackConnection *> connections = m_connections;
    if (connections.isEmpty()) {
        emit drained();
        return;
    }
    for (LoopbackConnection *connection : connections) {
        if (!connection->isAnswered())
            connection->abort();
    }
}

} // namespace QtSignIn
