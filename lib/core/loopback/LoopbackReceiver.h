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
// loopback. Requests to other paths get 404. Every request to the redirect
// path that comes the way this sign-in's response does (a GET's query, or
// with response_mode=form_post a POST's form body) is handed to the flow,
// which judges it; one the other way is answered and never handed on. Stray
// requests (favicon, a preconnect that sends nothing, a second tab, a forged
// state) never end the flow. Idle connections are dropped after a deadline,
// and when too many are open the oldest one goes, so a flood cannot lock the
// real redirect out. A TLS ClientHello is reported (tlsHandshakeReceived()).
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

    // How this sign-in's response arrives: in the query of a GET (the
    // default), or as the form body of a POST (response_mode=form_post).
    // A request the other way is answered as not ours and never handed on:
    // while waiting for a form_post, a code in a query came from someone else.
    enum class ResponseMethod { Query, FormPost };
    void setResponseMethod(ResponseMethod method) { m_responseMethod = method; }

    // How the result pages present the app.
    void setBranding(const Branding &branding) { m_page = ResultPage(branding); }

    // Stops listening and drops unanswered connections; answered ones finish
    // sending their page first. drained() follows once nothing is open.
    void close();

Q_SIGNALS:
    // A request to the redirect path, the way this sign-in's response comes.
    // For a form_post the URL's query holds the body's parameters: the flow
    // reads both alike, and this URL never leaves the process.
    void redirectReceived(const QUrl &redirect);
    // A peer opened TLS on the plain http listener: a browser that upgraded
    // the loopback address to https (HSTS for localhost, an "always use
    // https" setting). The browser cannot deliver the response this way.
    void tlsHandshakeReceived();
    void drained();

private:
    void acceptConnections(QTcpServer *server);
    void handleRequest(LoopbackConnection *connection);
    QUrl responseUrl(const LoopbackConnection *connection, const QUrl &target) const;
    void removeConnection(LoopbackConnection *connection);

    QList<QTcpServer *> m_servers;
    QList<LoopbackConnection *> m_connections;
    LoopbackConnection *m_pending = nullptr;
    bool m_holding = false; // m_pending is this flow's response, awaiting its final answer
    QUrl m_redirectUri;
    ResultPage m_page;
    ResponseMethod m_responseMethod = ResponseMethod::Query;
};

} // namespace QtSignIn
