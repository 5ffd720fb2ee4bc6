// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// The demo's API client against a stand-in server on loopback: the token
// travels in the Authorization header only, and an answer past the size
// limit fails the call instead of filling memory.

#include "ProtectedApiClient.h"

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>

Q_DECLARE_METATYPE(ApiResponse)

namespace {

// Answers every request with `body`, and keeps the request it read.
class StandInServer : public QTcpServer
{
public:
    explicit StandInServer(const QByteArray &body) : m_body(body)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                request += socket->readAll();
                if (!request.contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n");
                socket->write(m_body);
                socket->disconnectFromHost();
            });
        });
    }
    QByteArray request;

private:
    QByteArray m_body;
};

ApiResponse call(StandInServer &server)
{
    QNetworkAccessManager network;
    ProtectedApiClient client(&network, QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(server.serverPort())));
    QSignalSpy finished(&client, &ProtectedApiClient::finished);
    ApiEndpoint endpoint;
    endpoint.id = QStringLiteral("items");
    endpoint.path = QStringLiteral("/items?top=5");
    client.send(endpoint, QtSignIn::Secret(QByteArrayLiteral("the-access-token")), ApiResponse());
    if (!finished.wait(20000))
        return {};
    return finished.constFirst().constFirst().value<ApiResponse>();
}

} // namespace

class tst_ProtectedApiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenInTheHeaderOnly()
    {
        StandInServer server(QByteArrayLiteral("{\"items\":[]}"));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const ApiResponse response = call(server);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArrayLiteral("{\"items\":[]}"));
        QVERIFY(server.request.startsWith("GET /api/items?top=5 HTTP/1.1\r\n"));
        QVERIFY(server.request.contains("\r\nAuthorization: Bearer the-access-token\r\n"));
        QCOMPARE(server.request.count("the-access-token"), 1);
    }

    void oversizedAnswerFailsTheCall()
    {
        StandInServer server(QByteArray(ProtectedApiClient::maximumBodySize + 4096, 'x'));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const ApiResponse response = call(server);
        QCOMPARE(response.status, 0);
        QVERIFY(response.body.isEmpty());
        QVERIFY2(response.reason.contains(QStringLiteral("1024 KiB")), qPrintable(response.reason));
    }
};

QTEST_GUILESS_MAIN(tst_ProtectedApiClient)
#include "tst_protected_api_client.moc"
