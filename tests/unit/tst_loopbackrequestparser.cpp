// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "loopback/LoopbackRequestParser.h"

#include <QtTest/QtTest>

using namespace QtSignIn;
using Status = LoopbackRequestParser::Status;

// Bytes of a string literal, embedded NULs included.
template <qsizetype N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

class tst_LoopbackRequestParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsABrowserRequest()
    {
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed("GET /callback?code=a&state=b HTTP/1.1\r\nHost: 127.0.0.1:4711\r\n"
                             "User-Agent: Mozilla/5.0\r\nAccept: text/html\r\n\r\n"),
                 Status::Complete);
        QCOMPARE(parser.method(), QByteArray("GET"));
        QCOMPARE(parser.target(), QByteArray("/callback?code=a&state=b"));
    }

    void readsARequestSplitByteByByte()
    {
        const QByteArray request = "GET /?state=x HTTP/1.0\r\nHost: localhost\r\n\r\n";
        LoopbackRequestParser parser;
        for (qsizetype i = 0; i < request.size() - 1; ++i)
            QCOMPARE(parser.feed(request.mid(i, 1)), Status::Incomplete);
        QCOMPARE(parser.feed(request.right(1)), Status::Complete);
        QCOMPARE(parser.target(), QByteArray("/?state=x"));
    }

    void ignoresBytesAfterTheHead()
    {
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n"), Status::Complete);
        QCOMPARE(parser.feed("GET /c HTTP/1.1\r\n\r\n"), Status::Complete);
        QCOMPARE(parser.target(), QByteArray("/a"));
    }

    void rejectsMalformedRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<Status>("status");
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << Status::Malformed;
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << Status::Malformed;
        QTest::newRow("lowercase method") << QByteArray("get / HTTP/1.1\r\n\r\n") << Status::Malformed;
        QTest::newRow("relative target") << QByteArray("GET callback HTTP/1.1\r\n\r\n") << Status::Malformed;
        QTest::newRow("absolute form") << QByteArray("GET http://evil.example/ HTTP/1.1\r\n\r\n") << Status::Malformed;
        QTest::newRow("network path") << QByteArray("GET //evil.example/ HTTP/1.1\r\n\r\n") << Status::Malformed;
        QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << Status::Malformed;
        QTest::newRow("control character") << QByteArray("GET /\x01 HTTP/1.1\r\n\r\n") << Status::Malformed;
        QTest::newRow("non-ascii target") << QByteArray("GET /\xc3\xa4 HTTP/1.1\r\n\r\n") << Status::Malformed;
        QTest::newRow("fragment") << QByteArray("GET /#x HTTP/1.1\r\n\r\n") << Status::Malformed;
        QTest::newRow("nul in headers") << bytes("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n") << Status::Malformed;
        QTest::newRow("tls hello") << bytes("\x16\x03\x01\x02\x00\x01\r\n\r\n") << Status::Malformed;
        QTest::newRow("post") << QByteArray("POST /callback HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << Status::MethodNotAllowed;
        QTest::newRow("head") << QByteArray("HEAD / HTTP/1.1\r\n\r\n") << Status::MethodNotAllowed;
    }

    void rejectsMalformedRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(Status, status);
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed(request), status);
        QVERIFY(parser.target().isEmpty());
    }

    void rejectsAnOversizedHeadBeforeItEnds()
    {
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\n"), Status::Incomplete);
        const QByteArray header = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
        Status status = Status::Incomplete;
        for (int i = 0; i < 20 && status == Status::Incomplete; ++i)
            status = parser.feed(header);
        QCOMPARE(status, Status::TooLarge);
        // Even the end of the head does not make it acceptable now.
        QCOMPARE(parser.feed("\r\n"), Status::TooLarge);
    }

    void rejectsAnOversizedCompleteHead()
    {
        LoopbackRequestParser parser;
        const QByteArray request = "GET /?" + QByteArray(LoopbackRequestParser::maximumRequestSize, 'a')
                + " HTTP/1.1\r\n\r\n";
        QCOMPARE(parser.feed(request), Status::TooLarge);
    }
};

QTEST_APPLESS_MAIN(tst_LoopbackRequestParser)
#include "tst_loopbackrequestparser.moc"
