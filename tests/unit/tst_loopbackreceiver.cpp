// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The loopback listener with real sockets (RFC 8252 §7.3, §8.3): what it
// binds, what it answers, and that nothing but this sign-in's response can
// end its wait.
#include "loopback/LoopbackReceiver.h"
#include "loopback/LoopbackRequestParser.h"

#include <QtNetwork/QNetworkInterface>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>

#include <memory>
#include <vector>

using namespace QtSignIn;

namespace {

constexpr int timeout = 5000; // ms; generous, the happy path takes a few

struct HttpAnswer
{
    int status = 0;       // 0: no answer at all
    QByteArray head;
    QByteArray body;
};

// Sends `request` to the receiver and reads until the receiver closes.
HttpAnswer exchange(quint16 port, const QByteArray &request,
                    const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
{
    QTcpSocket socket;
    QByteArray response;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { response += socket.readAll(); });
    socket.connectToHost(address, port);
    if (!socket.waitForConnected(timeout))
        return {};
    socket.write(request);
    QDeadlineTimer deadline(timeout);
    while (socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired())
        QTest::qWait(5);
    response += socket.readAll();

    HttpAnswer answer;
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return answer;
    answer.head = response.left(headEnd);
    answer.body = response.mid(headEnd + 4);
    const QList<QByteArray> statusLine = answer.head.left(answer.head.indexOf("\r\n")).split(' ');
    if (statusLine.size() >= 2 && statusLine.at(0) == "HTTP/1.1")
        answer.status = statusLine.at(1).toInt();
    return answer;
}

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: tst_loopbackreceiver\r\n\r\n";
}

QByteArray formPost(const QByteArray &body)
{
    return "POST /callback HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://op.example\r\n"
           "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

bool canConnect(quint16 port, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    return socket.waitForConnected(1000);
}

bool hasIpv6Loopback()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

// Stands in for the flow: answers every redirect at once with `verdict`.
class Judge : public QObject
{
public:
    explicit Judge(LoopbackReceiver *receiver, RedirectAnswer::Outcome outcome)
    {
        verdict.outcome = outcome;
        connect(receiver, &LoopbackReceiver::redirectReceived, this, [this, receiver](const QUrl &redirect) {
            redirects.append(redirect);
            receiver->respond(verdict);
        });
    }

    RedirectAnswer verdict;
    QList<QUrl> redirects;
};

} // namespace

class tst_LoopbackReceiver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listensOnLoopbackOnly()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        QVERIFY(receiver.isListening());
        const QList<QTcpServer *> servers = receiver.findChildren<QTcpServer *>();
        QCOMPARE(servers.size(), 1);
        QCOMPARE(servers.constFirst()->serverAddress(), QHostAddress(QHostAddress::LocalHost));
        QVERIFY(servers.constFirst()->serverAddress().isLoopback());
    }

    void cannotBeReachedOnOtherAddresses()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        int tried = 0;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.isLoopback() || address.isLinkLocal() || !address.scopeId().isEmpty())
                continue;
            ++tried;
            QVERIFY2(!canConnect(port, address), qPrintable(address.toString()));
        }
        if (tried == 0)
            QSKIP("this machine has no non-loopback address to try");
        QVERIFY(canConnect(port)); // while loopback does reach it
    }

    void redirectUriCarriesTheBoundPort_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("path");
        QTest::newRow("no port") << QStringLiteral("http://127.0.0.1/callback") << QStringLiteral("/callback");
        QTest::newRow("port 0") << QStringLiteral("http://127.0.0.1:0/callback") << QStringLiteral("/callback");
        QTest::newRow("no path") << QStringLiteral("http://127.0.0.1") << QStringLiteral("/");
    }

    void redirectUriCarriesTheBoundPort()
    {
        QFETCH(QString, requested);
        QFETCH(QString, path);
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(requested), &reason), qPrintable(reason));
        const QList<QTcpServer *> servers = receiver.findChildren<QTcpServer *>();
        QCOMPARE(servers.size(), 1);
        const quint16 port = servers.constFirst()->serverPort();
        QVERIFY(port > 0);
        QCOMPARE(receiver.redirectUri(), QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    }

    void usesAPinnedPort()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1:%1/cb").arg(port)), &reason), qPrintable(reason));
        QCOMPARE(receiver.redirectUri().port(), int(port));
        QVERIFY(canConnect(port));
    }

    void failsWhenThePinnedPortIsTaken()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY(!receiver.listen(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(squatter.serverPort())), &reason));
        QVERIFY2(reason.contains(QLatin1String("cannot listen")), qPrintable(reason));
        QVERIFY(!receiver.isListening());
    }

    void refusesRedirectUrisOffLoopback_data()
    {
        QTest::addColumn<QString>("redirect");
        QTest::newRow("any address") << QStringLiteral("http://0.0.0.0/");
        QTest::newRow("remote host") << QStringLiteral("http://example.com/");
        QTest::newRow("private network") << QStringLiteral("http://10.0.0.1/");
        QTest::newRow("https") << QStringLiteral("https://127.0.0.1/");
        QTest::newRow("query") << QStringLiteral("http://127.0.0.1/cb?x=1");
    }

    void refusesRedirectUrisOffLoopback()
    {
        QFETCH(QString, redirect);
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY(!receiver.listen(QUrl(redirect), &reason));
        QVERIFY(!reason.isEmpty());
        QVERIFY(!receiver.isListening());
        QVERIFY(receiver.findChildren<QTcpServer *>().isEmpty());
    }

    void localhostBindsBothLoopbackAddressesOnOnePort()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://localhost/cb")), &reason), qPrintable(reason));
        QCOMPARE(receiver.redirectUri().host(), QStringLiteral("localhost"));
        const quint16 port = quint16(receiver.redirectUri().port());
        QList<QHostAddress> bound;
        for (const QTcpServer *server : receiver.findChildren<QTcpServer *>()) {
            QCOMPARE(server->serverPort(), port);
            QVERIFY2(server->serverAddress().isLoopback(), qPrintable(server->serverAddress().toString()));
            bound.append(server->serverAddress());
        }
        QVERIFY(bound.contains(QHostAddress(QHostAddress::LocalHost)));
        QVERIFY(canConnect(port));
        if (!hasIpv6Loopback())
            QSKIP("no IPv6 loopback on this machine");
        QVERIFY(bound.contains(QHostAddress(QHostAddress::LocalHostIPv6)));
        QVERIFY(canConnect(port, QHostAddress(QHostAddress::LocalHostIPv6)));
    }

    void localhostNeverSharesAPinnedPortWithAnotherListenerOnIpv6()
    {
        // A browser may resolve localhost to ::1 first: whoever holds
        // [::1]:port would receive the authorization response.
        if (!hasIpv6Loopback())
            QSKIP("no IPv6 loopback on this machine");
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHostIPv6, 0));
        const quint16 port = squatter.serverPort();
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, port))
                QSKIP("the port is taken on 127.0.0.1 too");
        }
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY(!receiver.listen(QUrl(QStringLiteral("http://localhost:%1/").arg(port)), &reason));
        QVERIFY2(reason.contains(QLatin1String("::1")), qPrintable(reason));
        QVERIFY(!receiver.isListening());
        QVERIFY(!canConnect(port));
    }

    void requestsToOtherPathsGet404AndNoRedirect_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("favicon") << QByteArray("/favicon.ico");
        QTest::newRow("root") << QByteArray("/?code=c&state=s");
        QTest::newRow("longer path") << QByteArray("/callback/more?code=c&state=s");
        QTest::newRow("prefix") << QByteArray("/callbackx?code=c&state=s");
        QTest::newRow("other case") << QByteArray("/Callback?code=c&state=s");
    }

    void requestsToOtherPathsGet404AndNoRedirect()
    {
        QFETCH(QByteArray, target);
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        QSignalSpy redirects(&receiver, &LoopbackReceiver::redirectReceived);
        QCOMPARE(exchange(quint16(receiver.redirectUri().port()), get(target)).status, 404);
        QCOMPARE(redirects.count(), 0);
        QVERIFY(receiver.isListening());
    }

    void brokenRequestsAreAnsweredAndNoRedirect_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("garbage\r\n\r\n") << 400;
        QTest::newRow("absolute form") << QByteArray("GET http://127.0.0.1/callback?code=c HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("PUT") << QByteArray("PUT /callback HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 405;
        QTest::newRow("POST, not a form") << QByteArray("POST /callback HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 415;
        QTest::newRow("POST, no length")
                << QByteArray("POST /callback HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n"
                              "code=c&state=s")
                << 411;
        QTest::newRow("POST, chunked")
                << QByteArray("POST /callback HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n6\r\nstate=\r\n0\r\n\r\n")
                << 411;
        QTest::newRow("POST, too large")
                << ("POST /callback HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + QByteArray::number(LoopbackRequestParser::maximumBodySize + 1) + "\r\n\r\nstate=s")
                << 413;
    }

    void brokenRequestsAreAnsweredAndNoRedirect()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        QSignalSpy redirects(&receiver, &LoopbackReceiver::redirectReceived);
        QCOMPARE(exchange(quint16(receiver.redirectUri().port()), request).status, status);
        QCOMPARE(redirects.count(), 0);
        QVERIFY(receiver.isListening());
    }

    void emitsTheRedirectWithItsFullQuery()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        Judge judge(&receiver, RedirectAnswer::NotForThisFlow);
        const QByteArray query = "code=a%2Bb%2F&state=s+t&iss=https%3A%2F%2Flogin.example.com&session_state=x";
        exchange(quint16(receiver.redirectUri().port()), get("/callback?" + query));
        QCOMPARE(judge.redirects.size(), 1);
        const QUrl redirect = judge.redirects.constFirst();
        QCOMPARE(redirect.query(QUrl::FullyEncoded).toLatin1(), query);
        QCOMPARE(redirect.adjusted(QUrl::RemoveQuery), receiver.redirectUri());
    }

    void unjudgedRedirectIsAnsweredAsNotForThisFlow()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        QSignalSpy redirects(&receiver, &LoopbackReceiver::redirectReceived);
        QCOMPARE(exchange(quint16(receiver.redirectUri().port()), get("/callback?state=forged")).status, 400);
        QCOMPARE(redirects.count(), 1);
        QVERIFY(receiver.isListening());
    }

    void notForThisFlowAnswers400AndKeepsListening()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        Judge judge(&receiver, RedirectAnswer::NotForThisFlow);
        const HttpAnswer answer = exchange(port, get("/callback?code=c&state=forged"));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.contains("<!DOCTYPE html>"));
        QVERIFY(receiver.isListening());

        judge.verdict.outcome = RedirectAnswer::Succeeded;
        QCOMPARE(exchange(port, get("/callback?code=c&state=real")).status, 200);
        QCOMPARE(judge.redirects.size(), 2);
        QCOMPARE(judge.redirects.last().query(), QStringLiteral("code=c&state=real"));
    }

    void idleConnectionDoesNotBlockARealRequest()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        // A browser's preconnect: opened first, never sends a byte.
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(idle.waitForConnected(timeout));
        QTcpSocket halfSent;
        halfSent.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(halfSent.waitForConnected(timeout));
        halfSent.write("GET /callback?code=x&sta");
        QTest::qWait(50);

        Judge judge(&receiver, RedirectAnswer::Succeeded);
        QCOMPARE(exchange(port, get("/callback?code=c&state=s")).status, 200);
        QCOMPARE(judge.redirects.size(), 1);
        QCOMPARE(judge.redirects.constFirst().query(), QStringLiteral("code=c&state=s"));
    }

    // response_mode=form_post: the same parameters, posted as a form.
    void emitsAFormPostWithItsBodyAsTheQuery()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        receiver.setResponseMethod(LoopbackReceiver::ResponseMethod::FormPost);
        Judge judge(&receiver, RedirectAnswer::Succeeded);
        const QByteArray body = "code=a%2Bb%2F&state=s+t&iss=https%3A%2F%2Flogin.example.com";
        QCOMPARE(exchange(quint16(receiver.redirectUri().port()), formPost(body)).status, 200);
        QCOMPARE(judge.redirects.size(), 1);
        const QUrl redirect = judge.redirects.constFirst();
        // '+' is a space in a form; a literal '+' came as %2B and stays one.
        QCOMPARE(redirect.query(QUrl::FullyEncoded).toLatin1(),
                 QByteArray("code=a%2Bb%2F&state=s%20t&iss=https%3A%2F%2Flogin.example.com"));
        QCOMPARE(redirect.adjusted(QUrl::RemoveQuery), receiver.redirectUri());
    }

    // While the sign-in waits for a form_post, a code in a query is someone
    // else's: answered, never handed to the flow, and the wait goes on.
    void getIsIgnoredWhileWaitingForAFormPost()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        receiver.setResponseMethod(LoopbackReceiver::ResponseMethod::FormPost);
        const quint16 port = quint16(receiver.redirectUri().port());
        Judge judge(&receiver, RedirectAnswer::Succeeded);
        const HttpAnswer answer = exchange(port, get("/callback?code=c&state=s"));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.contains("<!DOCTYPE html>"));
        QCOMPARE(judge.redirects.size(), 0);
        QVERIFY(receiver.isListening());

        QCOMPARE(exchange(port, formPost("code=c&state=s")).status, 200);
        QCOMPARE(judge.redirects.size(), 1);
        QCOMPARE(judge.redirects.constFirst().query(), QStringLiteral("code=c&state=s"));
    }

    void postIsIgnoredWhileWaitingForAQuery()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        Judge judge(&receiver, RedirectAnswer::Succeeded);
        QCOMPARE(exchange(port, formPost("code=c&state=s")).status, 400);
        QCOMPARE(judge.redirects.size(), 0);
        QVERIFY(receiver.isListening());
        QCOMPARE(exchange(port, get("/callback?code=c&state=s")).status, 200);
        QCOMPARE(judge.redirects.size(), 1);
    }

    // A forged form_post (no state, or not ours) is judged like a forged
    // query: answered as not ours, and the receiver keeps listening.
    void formPostNotForThisFlowKeepsListening_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no state") << QByteArray("code=c");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("forged state") << QByteArray("code=c&state=forged");
    }

    void formPostNotForThisFlowKeepsListening()
    {
        QFETCH(QByteArray, body);
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        receiver.setResponseMethod(LoopbackReceiver::ResponseMethod::FormPost);
        Judge judge(&receiver, RedirectAnswer::NotForThisFlow);
        QCOMPARE(exchange(quint16(receiver.redirectUri().port()), formPost(body)).status, 400);
        QCOMPARE(judge.redirects.size(), 1);
        QVERIFY(receiver.isListening());
    }

    void formPostWithCharactersNoFormHasIsIgnored()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        receiver.setResponseMethod(LoopbackReceiver::ResponseMethod::FormPost);
        Judge judge(&receiver, RedirectAnswer::Succeeded);
        QCOMPARE(exchange(quint16(receiver.redirectUri().port()), formPost("code=c&state=s#x")).status, 400);
        QCOMPARE(exchange(quint16(receiver.redirectUri().port()), formPost("code=c&state=s\x01")).status, 400);
        QCOMPARE(judge.redirects.size(), 0);
        QVERIFY(receiver.isListening());
    }

    // A browser that upgraded http://localhost to https: its ClientHello is
    // reported at once, and nothing is handed over as a redirect.
    void tlsClientHelloIsReported()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://localhost/callback")), &reason), qPrintable(reason));
        QSignalSpy upgraded(&receiver, &LoopbackReceiver::tlsHandshakeReceived);
        QSignalSpy redirects(&receiver, &LoopbackReceiver::redirectReceived);
        QSslSocket browser;
        browser.setPeerVerifyMode(QSslSocket::VerifyNone);
        browser.connectToHostEncrypted(QStringLiteral("localhost"), quint16(receiver.redirectUri().port()));
        QTRY_COMPARE_WITH_TIMEOUT(upgraded.count(), 1, timeout);
        QCOMPARE(redirects.count(), 0);
        QVERIFY(!browser.waitForEncrypted(1000));
    }

    void junkIsNoTlsClientHello_data()
    {
        QTest::addColumn<QByteArray>("junk");
        QTest::newRow("handshake byte, then text") << QByteArray("\x16GET / HTTP/1.1\r\n\r\n");
        QTest::newRow("ServerHello") << QByteArray("\x16\x03\x03\x00\x50\x02", 6) + QByteArray(80, 'a');
        QTest::newRow("alert record") << QByteArray("\x15\x03\x03\x00\x02\x02\x28", 7);
        QTest::newRow("too short a record") << QByteArray("\x16\x03\x01\x00\x04\x01\x00\x00\x00", 9);
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03\xff\xfe\r\n\r\n", 10);
    }

    void junkIsNoTlsClientHello()
    {
        QFETCH(QByteArray, junk);
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")), &reason), qPrintable(reason));
        QSignalSpy upgraded(&receiver, &LoopbackReceiver::tlsHandshakeReceived);
        exchange(quint16(receiver.redirectUri().port()), junk);
        QCOMPARE(upgraded.count(), 0);
        QVERIFY(receiver.isListening());
    }

    void succeededAnswers200WithThePage()
    {
        LoopbackReceiver receiver;
        QString reason;
        Branding branding;
        branding.setName(QStringLiteral("Contoso Notes"));
        receiver.setBranding(branding);
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/")), &reason), qPrintable(reason));
        Judge judge(&receiver, RedirectAnswer::Succeeded);
        const HttpAnswer answer = exchange(quint16(receiver.redirectUri().port()), get("/?code=c&state=s"));
        QCOMPARE(answer.status, 200);
        QVERIFY2(answer.head.contains("\r\nContent-Type: text/html; charset=utf-8"), answer.head.constData());
        QVERIFY2(answer.head.contains("\r\nCache-Control: no-store"), answer.head.constData());
        QVERIFY(answer.head.contains("\r\nContent-Length: " + QByteArray::number(answer.body.size())));
        QVERIFY(answer.body.startsWith("<!DOCTYPE html>"));
        QVERIFY(answer.body.contains("Contoso Notes"));
    }

    void pageEscapesTheApplicationName()
    {
        LoopbackReceiver receiver;
        QString reason;
        Branding branding;
        branding.setName(QStringLiteral("<script>alert(1)</script> & \"App\""));
        receiver.setBranding(branding);
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/")), &reason), qPrintable(reason));
        Judge judge(&receiver, RedirectAnswer::Succeeded);
        const HttpAnswer answer = exchange(quint16(receiver.redirectUri().port()), get("/?code=c&state=s"));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;App&quot;"));
        QVERIFY(!answer.body.contains("<script"));
    }

    void succeededStopsListening()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/")), &reason), qPrintable(reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        QSignalSpy drained(&receiver, &LoopbackReceiver::drained);
        Judge judge(&receiver, RedirectAnswer::Succeeded);
        QCOMPARE(exchange(port, get("/?code=c&state=s")).status, 200);
        QVERIFY(!receiver.isListening());
        QVERIFY(!canConnect(port));
        QTRY_COMPARE_WITH_TIMEOUT(drained.count(), 1, timeout);
    }

    void failedAnswers400WithTheMessageAndStopsListening()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/")), &reason), qPrintable(reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        Judge judge(&receiver, RedirectAnswer::Failed);
        judge.verdict.message = QStringLiteral("The provider said <no>.");
        const HttpAnswer answer = exchange(port, get("/?error=access_denied&state=s"));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.contains("The provider said &lt;no&gt;."));
        QVERIFY(!receiver.isListening());
        QVERIFY(!canConnect(port));
    }

    void receivedHoldsTheBrowserUntilTheOutcome()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/")), &reason), qPrintable(reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        Judge judge(&receiver, RedirectAnswer::Received);
        QTcpSocket browser;
        QByteArray response;
        connect(&browser, &QTcpSocket::readyRead, &browser, [&] { response += browser.readAll(); });
        browser.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(browser.waitForConnected(timeout));
        browser.write(get("/?code=c&state=s"));
        QTRY_COMPARE_WITH_TIMEOUT(judge.redirects.size(), 1, timeout);
        // Held: no answer yet, and no one else is listened to meanwhile.
        QTest::qWait(100);
        QVERIFY(response.isEmpty());
        QCOMPARE(browser.state(), QAbstractSocket::ConnectedState);
        QVERIFY(!receiver.isListening());

        RedirectAnswer failed;
        failed.outcome = RedirectAnswer::Failed;
        failed.message = QStringLiteral("The token was forged.");
        receiver.respond(failed);
        QTRY_VERIFY_WITH_TIMEOUT(browser.state() == QAbstractSocket::UnconnectedState, timeout);
        QVERIFY2(response.startsWith("HTTP/1.1 400 "), response.left(40).constData());
        QVERIFY(response.contains("The token was forged."));
    }

    void oversizedRequestGets431()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/")), &reason), qPrintable(reason));
        QSignalSpy redirects(&receiver, &LoopbackReceiver::redirectReceived);
        // One byte over the limit and no end of head: the receiver must give
        // up on its own, without waiting for the blank line.
        const QByteArray start = "GET /?code=c&state=s HTTP/1.1\r\nX-Big: ";
        const QByteArray request = start + QByteArray(LoopbackRequestParser::maximumRequestSize + 1 - start.size(), 'a');
        QCOMPARE(exchange(quint16(receiver.redirectUri().port()), request).status, 431);
        QCOMPARE(redirects.count(), 0);
        QVERIFY(receiver.isListening());
    }

    void floodOfIdleConnectionsDoesNotLockOutTheRedirect()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/")), &reason), qPrintable(reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        std::vector<std::unique_ptr<QTcpSocket>> flood;
        const auto connectedOrDropped = [&flood] {
            for (const auto &socket : flood) {
                if (socket->state() != QAbstractSocket::ConnectedState
                    && socket->state() != QAbstractSocket::UnconnectedState)
                    return false;
            }
            return true;
        };
        // In batches, so that the listen backlog never overflows and no
        // connection waits for a SYN retransmission.
        for (int i = 0; i < LoopbackReceiver::maximumConnections * 3; ++i) {
            flood.push_back(std::make_unique<QTcpSocket>());
            flood.back()->connectToHost(QHostAddress::LocalHost, port);
            if (i % 2)
                flood.back()->write("GET / HTT"); // never finished
            if (i % 16 == 15)
                QTRY_VERIFY_WITH_TIMEOUT(connectedOrDropped(), timeout);
        }
        // The receiver kept at most its maximum and dropped the oldest.
        const auto dropped = [&flood] {
            return std::count_if(flood.cbegin(), flood.cend(), [](const auto &socket) {
                return socket->state() == QAbstractSocket::UnconnectedState;
            });
        };
        QTRY_COMPARE_WITH_TIMEOUT(dropped(), qsizetype(flood.size() - LoopbackReceiver::maximumConnections), timeout);
        QVERIFY(flood.back()->state() == QAbstractSocket::ConnectedState);
        Judge judge(&receiver, RedirectAnswer::Succeeded);
        QCOMPARE(exchange(port, get("/?code=c&state=s")).status, 200);
        QCOMPARE(judge.redirects.size(), 1);
    }

    void closeStopsListening()
    {
        LoopbackReceiver receiver;
        QString reason;
        QVERIFY2(receiver.listen(QUrl(QStringLiteral("http://127.0.0.1/")), &reason), qPrintable(reason));
        const quint16 port = quint16(receiver.redirectUri().port());
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(idle.waitForConnected(timeout));
        QTest::qWait(20);
        QSignalSpy drained(&receiver, &LoopbackReceiver::drained);
        receiver.close();
        QVERIFY(!receiver.isListening());
        QVERIFY(!canConnect(port));
        // The unanswered connection is dropped, not left to its deadline.
        QTRY_VERIFY_WITH_TIMEOUT(idle.state() == QAbstractSocket::UnconnectedState, timeout);
        QTRY_VERIFY_WITH_TIMEOUT(drained.count() >= 1, timeout);
    }
};

QTEST_GUILESS_MAIN(tst_LoopbackReceiver)
#include "tst_loopbackreceiver.moc"
