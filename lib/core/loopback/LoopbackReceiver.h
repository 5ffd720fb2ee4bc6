// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "RedirectAnswer.h"
#include "ResultPage.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <chrono>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace QtSignIn {

class LoopbackConnection;

// Receives the authorization response on a loopback address (RFC 8252 §7.3,
// §8.3). It listens on 127.0.0.1 and/or ::1 only, never on other interfaces,
// whatever host the redirect URI names, and refuses peers that are not
// loopback. Requests to other paths get 404; every request to the redirect
// path is handed to the flow, which judges it; stray ones (favicon, a
// preconnect that sends nothing, a second tab, a forged state) never end the
// flow. Idle connections are dropped after a deadline, and when too many are
// open the oldest one goes, so a flood cannot lock the real redirect out.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximumConnections = 32;
    static constexpr std::chrono::milliseconds connectionDeadline{10000};

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Listens for `redirectUri` (http, host 127.0.0.1, ::1 or localhost; port
    // 0 or none: the OS chooses). Returns false and says why on failure.
    bool listen(const QUrl &redirectUri, QString *reason);
    bool isListening() const;
    // The redirect URI with the port actually bound.
    QUrl redirectUri() const { return m_redirectUri; }

    // Answers the request emitted by redirectReceived(). After Received,
    // Succeeded or Failed the receiver stops listening and drops other
    // connections; after Received it holds the request until the final answer.
    void respond(const RedirectAnswer &answer);

    // How the result pages present the app.
    void setBranding(const Branding &branding) { m_page = ResultPage(branding); }

    // Stops listening and drops unanswered connections; answered ones finish
    // sending their page first. drained() follows once nothing is open.
    void close();

Q_SIGNALS:
    void redirectReceived(const QUrl &redirect);
    void drained();

private:
    void acceptConnections(QTcpServer *server);
    void handleRequest(LoopbackConnection *connection);
    void removeConnection(LoopbackConnection *connection);

    QList<QTcpServer *> m_servers;
    QList<LoopbackConnection *> m_connections;
    LoopbackConnection *m_pending = nullptr;
    bool m_holding = false; // m_pending is this flow's response, awaiting its final answer
    QUrl m_redirectUri;
    ResultPage m_page;
};

} // namespace QtSignIn
