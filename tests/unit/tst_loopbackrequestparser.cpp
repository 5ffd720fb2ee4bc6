// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The loopback listener's strict reading of one HTTP/1.x request head
// (RFC 9112 §2, §3).
#include "loopback/LoopbackRequestParser.h"

#include <QtTest/QtTest>

using namespace QtSignIn;
using Status = LoopbackRequestParser::Status;

namespace {

// Bytes of a string literal, embedded NULs included.
template <qsizetype N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

const QByteArray browserRequest = "GET /callback?code=a%2Bb&state=s+t HTTP/1.1\r\n"
                                  "Host: 127.0.0.1:4711\r\n"
                                  "User-Agent: Mozilla/5.0\r\n"
                                  "Accept: text/html\r\n\r\n";

// A GET whose head, blank line included, is exactly `size` bytes long.
QByteArray requestOfSize(qsizetype size)
{
    const QByteArray start = "GET / HTTP/1.1\r\nX-Filler: ";
    const QByteArray end = "\r\n\r\n";
    return start + QByteArray(size - start.size() - end.size(), 'a') + end;
}

QByteArray formPost(const QByteArray &body, const QByteArray &length = QByteArray())
{
    return "POST /callback HTTP/1.1\r\nHost: 127.0.0.1:4711\r\n"
           "Content-Type: application/x-www-form-urlencoded\r\n"
            + (length.isNull() ? "Content-Length: " + QByteArray::number(body.size()) + "\r\n" : length)
            + "Origin: null\r\n\r\n" + body;
}

} // namespace

class tst_LoopbackRequestParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsIncomplete()
    {
        const LoopbackRequestParser parser;
        QCOMPARE(parser.status(), Status::Incomplete);
        QVERIFY(parser.target().isEmpty());
    }

    void readsACompleteGet()
    {
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed(browserRequest), Status::Complete);
        QCOMPARE(parser.status(), Status::Complete);
        QCOMPARE(parser.method(), QByteArray("GET"));
        QCOMPARE(parser.target(), QByteArray("/callback?code=a%2Bb&state=s+t"));
    }

    void readsHttp10()
    {
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed("GET /?state=x HTTP/1.0\r\n\r\n"), Status::Complete);
        QCOMPARE(parser.target(), QByteArray("/?state=x"));
    }

    void readsARequestFedByteByByte()
    {
        LoopbackRequestParser parser;
        for (qsizetype i = 0; i < browserRequest.size() - 1; ++i)
            QCOMPARE(parser.feed(browserRequest.mid(i, 1)), Status::Incomplete);
        QCOMPARE(parser.feed(browserRequest.right(1)), Status::Complete);
        QCOMPARE(parser.target(), QByteArray("/callback?code=a%2Bb&state=s+t"));
    }

    void readsARequestFedInUnevenChunks_data()
    {
        QTest::addColumn<int>("chunkSize");
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
        QTest::newRow("7") << 7;
        QTest::newRow("64") << 64;
    }

    void readsARequestFedInUnevenChunks()
    {
        QFETCH(int, chunkSize);
        LoopbackRequestParser parser;
        Status status = Status::Incomplete;
        for (qsizetype i = 0; i < browserRequest.size(); i += chunkSize) {
            QCOMPARE(status, Status::Incomplete);
            status = parser.feed(browserRequest.mid(i, chunkSize));
        }
        QCOMPARE(status, Status::Complete);
        QCOMPARE(parser.target(), QByteArray("/callback?code=a%2Bb&state=s+t"));
    }

    void waitsForTheBlankLine()
    {
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"), Status::Incomplete);
        QCOMPARE(parser.feed("\r"), Status::Incomplete);
        QVERIFY(parser.target().isEmpty());
        QCOMPARE(parser.feed("\n"), Status::Complete);
    }

    void consumesNothingAfterComplete()
    {
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n"), Status::Complete);
        QCOMPARE(parser.target(), QByteArray("/a"));
        // Neither a second request nor garbage changes the verdict.
        QCOMPARE(parser.feed("GET /c HTTP/1.1\r\n\r\n"), Status::Complete);
        QCOMPARE(parser.feed(QByteArray(LoopbackRequestParser::maximumRequestSize * 2, 'x')), Status::Complete);
        QCOMPARE(parser.target(), QByteArray("/a"));
    }

    void staysRejectedAfterARejection()
    {
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed("BAD\r\n\r\n"), Status::Malformed);
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\n\r\n"), Status::Malformed);
        QVERIFY(parser.target().isEmpty());
    }

    void rejectsMalformedRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("empty line") << QByteArray("\r\n\r\n");
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n");
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n");
        QTest::newRow("HTTP/0.9") << QByteArray("GET / HTTP/0.9\r\n\r\n");
        QTest::newRow("lowercase version") << QByteArray("GET / http/1.1\r\n\r\n");
        QTest::newRow("lowercase method") << QByteArray("get / HTTP/1.1\r\n\r\n");
        QTest::newRow("method with digit") << QByteArray("GET1 / HTTP/1.1\r\n\r\n");
        QTest::newRow("relative target") << QByteArray("GET callback HTTP/1.1\r\n\r\n");
        QTest::newRow("asterisk target") << QByteArray("GET * HTTP/1.1\r\n\r\n");
        QTest::newRow("absolute form") << QByteArray("GET http://127.0.0.1/ HTTP/1.1\r\n\r\n");
        QTest::newRow("network path //evil") << QByteArray("GET //evil.example/ HTTP/1.1\r\n\r\n");
        QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\n\r\n");
        QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n\r\n");
        QTest::newRow("trailing space") << QByteArray("GET / HTTP/1.1 \r\n\r\n");
        QTest::newRow("leading space") << QByteArray(" GET / HTTP/1.1\r\n\r\n");
        QTest::newRow("tab separator") << QByteArray("GET\t/ HTTP/1.1\r\n\r\n");
        QTest::newRow("tab in target") << QByteArray("GET /\t HTTP/1.1\r\n\r\n");
        QTest::newRow("control character") << QByteArray("GET /\x01 HTTP/1.1\r\n\r\n");
        QTest::newRow("DEL") << QByteArray("GET /\x7f HTTP/1.1\r\n\r\n");
        QTest::newRow("escape sequence") << QByteArray("GET /\x1b[2J HTTP/1.1\r\n\r\n");
        QTest::newRow("non-ascii target") << QByteArray("GET /\xc3\xa4 HTTP/1.1\r\n\r\n");
        QTest::newRow("fragment") << QByteArray("GET /#x HTTP/1.1\r\n\r\n");
        QTest::newRow("NUL in target") << bytes("GET /\0 HTTP/1.1\r\n\r\n");
        QTest::newRow("NUL in headers") << bytes("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n");
        QTest::newRow("bare LF in request line") << QByteArray("GET / HTTP/1.1\nHost: x\r\n\r\n");
        QTest::newRow("bare LF in headers") << QByteArray("GET / HTTP/1.1\r\nHost: x\nX: y\r\n\r\n");
        // Starts like a TLS record, but is no ClientHello.
        QTest::newRow("tls, version 3.5") << bytes("\x16\x03\x05\x02\x00\x01\r\n\r\n");
        QTest::newRow("tls, version 2") << bytes("\x16\x02\x01\x02\x00\x01\r\n\r\n");
        QTest::newRow("tls, record too short") << bytes("\x16\x03\x01\x00\x05\x01\r\n\r\n");
        QTest::newRow("tls, record too long") << bytes("\x16\x03\x01\x40\x01\x01\r\n\r\n");
        QTest::newRow("tls, ServerHello") << bytes("\x16\x03\x01\x02\x00\x02\r\n\r\n");
    }

    void rejectsMalformedRequests()
    {
        QFETCH(QByteArray, request);
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed(request), Status::Malformed);
        QVERIFY(parser.target().isEmpty());
    }

    void rejectsMethodsOtherThanGetAndPost_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("HEAD") << QByteArray("HEAD / HTTP/1.1\r\n\r\n");
        QTest::newRow("PUT") << QByteArray("PUT /callback HTTP/1.1\r\n\r\n");
        QTest::newRow("OPTIONS") << QByteArray("OPTIONS /callback HTTP/1.1\r\n\r\n");
    }

    void rejectsMethodsOtherThanGetAndPost()
    {
        QFETCH(QByteArray, request);
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed(request), Status::MethodNotAllowed);
        QVERIFY(parser.target().isEmpty());
    }

    // response_mode=form_post: the provider's page posts a form.
    void readsAFormPost()
    {
        LoopbackRequestParser parser;
        const QByteArray body = "code=a%2Bb&state=s+t&iss=https%3A%2F%2Fop.example";
        QCOMPARE(parser.feed(formPost(body)), Status::Complete);
        QCOMPARE(parser.method(), QByteArray("POST"));
        QCOMPARE(parser.target(), QByteArray("/callback"));
        QCOMPARE(parser.body(), body);
    }

    void readsAFormPostFedByteByByte()
    {
        LoopbackRequestParser parser;
        const QByteArray request = formPost("code=c&state=s");
        for (qsizetype i = 0; i < request.size() - 1; ++i)
            QCOMPARE(parser.feed(request.mid(i, 1)), Status::Incomplete);
        QCOMPARE(parser.feed(request.right(1)), Status::Complete);
        QCOMPARE(parser.body(), QByteArray("code=c&state=s"));
    }

    void readsNoMoreThanTheDeclaredBody()
    {
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed(formPost("code=c&state=s", "Content-Length: 6\r\n")), Status::Complete);
        QCOMPARE(parser.body(), QByteArray("code=c"));
    }

    void acceptsAFormPostUpToTheBodyLimit()
    {
        LoopbackRequestParser parser;
        const QByteArray body = "state=" + QByteArray(LoopbackRequestParser::maximumBodySize - 6, 'a');
        QCOMPARE(parser.feed(formPost(body)), Status::Complete);
        QCOMPARE(parser.body().size(), LoopbackRequestParser::maximumBodySize);
    }

    void refusesAFormPostOverTheBodyLimit()
    {
        LoopbackRequestParser parser;
        // Refused from its declared length, before the body is read.
        const QByteArray head = "POST /callback HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                "Content-Length: " + QByteArray::number(LoopbackRequestParser::maximumBodySize + 1)
                + "\r\n\r\n";
        QCOMPARE(parser.feed(head), Status::BodyTooLarge);
        QVERIFY(parser.body().isEmpty());
        LoopbackRequestParser huge;
        QCOMPARE(huge.feed("POST / HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                           "Content-Length: 99999999999999999999\r\n\r\n"),
                 Status::BodyTooLarge);
    }

    void refusesAPostWithoutALength_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("no Content-Length")
                << QByteArray("POST /callback HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n"
                              "code=c&state=s");
        QTest::newRow("chunked")
                << QByteArray("POST /callback HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                              "Transfer-Encoding: chunked\r\n\r\n6\r\nstate=\r\n0\r\n\r\n");
        QTest::newRow("chunked and a length")
                << QByteArray("POST /callback HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                              "Content-Length: 7\r\ntransfer-encoding: chunked\r\n\r\nstate=s");
    }

    void refusesAPostWithoutALength()
    {
        QFETCH(QByteArray, request);
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed(request), Status::LengthRequired);
        QVERIFY(parser.body().isEmpty());
    }

    void refusesBadLengths_data()
    {
        QTest::addColumn<QByteArray>("length");
        QTest::newRow("empty") << QByteArray("Content-Length: \r\n");
        QTest::newRow("negative") << QByteArray("Content-Length: -1\r\n");
        QTest::newRow("hex") << QByteArray("Content-Length: 0x10\r\n");
        QTest::newRow("two values") << QByteArray("Content-Length: 14, 14\r\n");
        QTest::newRow("twice") << QByteArray("Content-Length: 14\r\nContent-Length: 14\r\n");
    }

    void refusesBadLengths()
    {
        QFETCH(QByteArray, length);
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed(formPost("code=c&state=s", length)), Status::Malformed);
    }

    void refusesAPostThatIsNotAForm_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("json") << QByteArray("Content-Type: application/json\r\n");
        QTest::newRow("multipart") << QByteArray("Content-Type: multipart/form-data; boundary=x\r\n");
        QTest::newRow("text") << QByteArray("Content-Type: text/plain\r\n");
    }

    void refusesAPostThatIsNotAForm()
    {
        QFETCH(QByteArray, contentType);
        LoopbackRequestParser parser;
        const QByteArray body = "code=c&state=s";
        QCOMPARE(parser.feed("POST /callback HTTP/1.1\r\n" + contentType + "Content-Length: "
                             + QByteArray::number(body.size()) + "\r\n\r\n" + body),
                 Status::UnsupportedMediaType);
    }

    void acceptsTheFormTypeInAnySpelling()
    {
        LoopbackRequestParser parser;
        const QByteArray body = "code=c&state=s";
        QCOMPARE(parser.feed("POST /callback HTTP/1.1\r\ncontent-type:Application/X-WWW-Form-Urlencoded; charset=UTF-8\r\n"
                             "CONTENT-LENGTH:14\r\n\r\n" + body),
                 Status::Complete);
        QCOMPARE(parser.body(), body);
    }

    // A browser whose address bar turned http://localhost into https.
    void recognisesATlsClientHello_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("TLS 1.0 record (as TLS 1.3 sends it)") << bytes("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03");
        QTest::newRow("TLS 1.2 record") << bytes("\x16\x03\x03\x00\xc8\x01\x00\x00\xc4\x03\x03");
        QTest::newRow("SSL 3.0 record") << bytes("\x16\x03\x00\x00\x40\x01");
    }

    void recognisesATlsClientHello()
    {
        QFETCH(QByteArray, start);
        QVERIFY(LoopbackRequestParser::isTlsClientHello(start));
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed(start.left(5)), Status::Incomplete);
        QCOMPARE(parser.feed(start.mid(5)), Status::TlsHandshake);
        QVERIFY(parser.target().isEmpty());
    }

    void junkIsNoTlsClientHello()
    {
        // Deterministic junk: whatever it is, never a ClientHello.
        QRandomGenerator random(19);
        int tried = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray junk(16, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
            if (i % 2 == 0)
                junk[0] = 0x16; // start like a handshake record, even
            const bool plausible = quint8(junk[1]) == 0x03 && quint8(junk[2]) <= 0x04 && quint8(junk[5]) == 0x01;
            if (plausible)
                continue;
            ++tried;
            LoopbackRequestParser parser;
            QVERIFY(parser.feed(junk) != Status::TlsHandshake);
            QVERIFY(!LoopbackRequestParser::isTlsClientHello(junk));
        }
        QVERIFY(tried > 19000);
    }

    void acceptsAHeadUpToTheLimit_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<Status>("status");
        QTest::newRow("one under") << qsizetype(LoopbackRequestParser::maximumRequestSize - 1) << Status::Complete;
        QTest::newRow("at the limit") << qsizetype(LoopbackRequestParser::maximumRequestSize) << Status::Complete;
        QTest::newRow("one over") << qsizetype(LoopbackRequestParser::maximumRequestSize + 1) << Status::TooLarge;
    }

    void acceptsAHeadUpToTheLimit()
    {
        QFETCH(qsizetype, size);
        QFETCH(Status, status);
        const QByteArray request = requestOfSize(size);
        QCOMPARE(request.size(), size);
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed(request), status);
    }

    void rejectsAnOversizedHeadBeforeItEnds()
    {
        LoopbackRequestParser parser;
        QCOMPARE(parser.feed("GET / HTTP/1.1\r\n"), Status::Incomplete);
        const QByteArray header = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
        qsizetype fed = 16;
        Status status = Status::Incomplete;
        while (status == Status::Incomplete && fed < 4 * LoopbackRequestParser::maximumRequestSize) {
            status = parser.feed(header);
            fed += header.size();
        }
        QCOMPARE(status, Status::TooLarge);
        // It gave up as soon as the limit was passed, not at some later point.
        QVERIFY(fed <= LoopbackRequestParser::maximumRequestSize + header.size());
        // And the end of the head does not make it acceptable now.
        QCOMPARE(parser.feed("\r\n"), Status::TooLarge);
        QVERIFY(parser.target().isEmpty());
    }

    void rejectsAnOversizedHeadFedByteByByte()
    {
        LoopbackRequestParser parser;
        const QByteArray request = requestOfSize(LoopbackRequestParser::maximumRequestSize + 100);
        Status status = Status::Incomplete;
        qsizetype i = 0;
        for (; i < request.size() && status == Status::Incomplete; ++i)
            status = parser.feed(request.mid(i, 1));
        QCOMPARE(status, Status::TooLarge);
        QCOMPARE(i, qsizetype(LoopbackRequestParser::maximumRequestSize + 1));
    }

    void rejectsAnOversizedCompleteTarget()
    {
        LoopbackRequestParser parser;
        const QByteArray request = "GET /?" + QByteArray(LoopbackRequestParser::maximumRequestSize, 'a')
                + " HTTP/1.1\r\n\r\n";
        QCOMPARE(parser.feed(request), Status::TooLarge);
        QVERIFY(parser.target().isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_LoopbackRequestParser)
#include "tst_loopbackrequestparser.moc"
