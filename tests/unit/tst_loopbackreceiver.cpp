// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The loopback listener with real sockets: what it binds, what it answers,
// and that nothing but this sign-in's response can end its wait.
#include "loopback/LoopbackReceiver.h"

#include <QtNetwork/QNetworkInterface>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

// Sends `request` and reads until the receiver closes the connection.
HttpAnswer exchange(quint16 port, const QByteArray &request, LoopbackReceiver *receiver = nullptr,
                    const RedirectVerdict *verdict = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    QMetaObject::Connection judge;
    if (receiver && verdict) {
        judge = QObject::connect(receiver, &LoopbackReceiver::redirectReceived, receiver,
                                 [receiver, verdict] { receiver->respond(*verdict); });
    }
    socket.write(request);
    QByteArray response;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        socket.waitForReadyRead(20);
        response += socket.readAll();
    }
    response += socket.readAll();
    QObject::disconnect(judge);
    HttpAnswer answer;
    const QList<QByteArray> statusLine = response.left(response.indexOf("\r\n")).split(' ');
    if (statusLine.size() >= 2)
        answer.status = statusLine.at(1).toInt();
    answer.body = response.mid(response.indexOf("\r\n\r\n") + 4);
    return answer;
}

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

} // namespace

class tst_LoopbackReceiver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bindsLoopbackOnlyWithAnOsChosenPort()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        QVERIFY(port > 0);
        QCOMPARE(receiver.redirectUri().toString(), QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
        // A non-loopback address of this machine must not reach the listener.
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket socket;
            socket.connectToHost(address, port);
            QVERIFY2(!socket.waitForConnected(1000), qPrintable(address.toString()));
        }
    }

    void strayRequestsAreAnsweredAndIgnored()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        QSignalSpy redirects(&receiver, &LoopbackReceiver::redirectReceived);

        QCOMPARE(exchange(port, get("/favicon.ico")).status, 404);
        QCOMPARE(exchange(port, "POST /callback HTTP/1.1\r\n\r\n").status, 405);
        QCOMPARE(exchange(port, "garbage\r\n\r\n").status, 400);
        QCOMPARE(redirects.count(), 0);

        // The redirect path without a judgement: not ours, 400, keep listening.
        QCOMPARE(exchange(port, get("/callback?state=forged")).status, 400);
        QCOMPARE(redirects.count(), 1);
        QVERIFY(receiver.isListening());

        // An idle connection is no obstacle to the next request.
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(idle.waitForConnected(5000));
        RedirectVerdict notOurs;
        const HttpAnswer answer = exchange(port, get("/callback?code=c&state=s"), &receiver, &notOurs);
        QCOMPARE(answer.status, 400);
        QCOMPARE(redirects.count(), 2);
        QCOMPARE(redirects.last().constFirst().toUrl().query(), QStringLiteral("code=c&state=s"));
        QVERIFY(receiver.isListening());
    }

    void succeededAnswersAPageAndStopsListening()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/")), &reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        RedirectVerdict verdict;
        verdict.outcome = RedirectVerdict::Succeeded;
        verdict.applicationName = QStringLiteral("<script>alert(1)</script> App");
        const HttpAnswer answer = exchange(port, get("/?code=c&state=s"), &receiver, &verdict);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("<!DOCTYPE html>"));
        QVERIFY(answer.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; App"));
        QVERIFY(!answer.body.contains("<script>"));
        QVERIFY(!receiver.isListening());
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!late.waitForConnected(1000));
    }

    void receivedHoldsTheBrowserUntilTheOutcome()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/")), &reason));
        QObject::connect(&receiver, &LoopbackReceiver::redirectReceived, &receiver, [&receiver] {
            RedirectVerdict received;
            received.outcome = RedirectVerdict::Received;
            receiver.respond(received);
            QTimer::singleShot(200, &receiver, [&receiver] {
                RedirectVerdict failed;
                failed.outcome = RedirectVerdict::Failed;
                failed.message = QStringLiteral("The token was forged.");
                receiver.respond(failed);
            });
        });
        const HttpAnswer answer = exchange(quint16(receiver.redirectUri().port()), get("/?code=c&state=s"));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.contains("The token was forged."));
    }

    void oversizedRequestGets431()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/")), &reason));
        const QByteArray request = "GET / HTTP/1.1\r\nX-Big: " + QByteArray(40000, 'a') + "\r\n\r\n";
        QCOMPARE(exchange(quint16(receiver.redirectUri().port()), request).status, 431);
    }

    void aFloodOfIdleConnectionsDoesNotLockOutTheRedirect()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/")), &reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        std::vector<std::unique_ptr<QTcpSocket>> flood;
        for (int i = 0; i < LoopbackReceiver::maximumConnections * 3; ++i) {
            flood.push_back(std::make_unique<QTcpSocket>());
            flood.back()->connectToHost(QHostAddress::LocalHost, port);
            flood.back()->write("GET / HTT"); // never finished
        }
        QTest::qWait(300);
        RedirectVerdict verdict;
        verdict.outcome = RedirectVerdict::Succeeded;
        QCOMPARE(exchange(port, get("/?code=c&state=s"), &receiver, &verdict).status, 200);
    }

    void localhostListensOnBothLoopbackAddresses()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY(receiver.listen(QUrl(QStringLiteral("http://localhost/cb")), &reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        QCOMPARE(receiver.redirectUri().host(), QStringLiteral("localhost"));
        QTcpSocket ipv4;
        ipv4.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(ipv4.waitForConnected(2000));
        QTcpSocket ipv6;
        ipv6.connectToHost(QHostAddress::LocalHostIPv6, port);
        if (!ipv6.waitForConnected(2000))
            QSKIP("no IPv6 loopback on this machine");
    }

    void closeStopsListening()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/")), &reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        receiver.close();
        QVERIFY(!receiver.isListening());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(1000));
    }

    void refusesRedirectUrisOffLoopback()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY(!receiver.listen(QUrl(QStringLiteral("http://0.0.0.0/")), &reason));
        QVERIFY(!receiver.listen(QUrl(QStringLiteral("http://example.com/")), &reason));
        QVERIFY(!receiver.isListening());
    }
};

QTEST_GUILESS_MAIN(tst_LoopbackReceiver)
#include "tst_loopbackreceiver.moc"
