// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>

namespace QtSignIn {

// Reads one HTTP/1.x request from a browser, strictly: the request line and
// the headers up to the blank line and, for a POST (response_mode=form_post,
// OAuth 2.0 Form Post Response Mode), a form body of a declared, bounded
// length. The loopback listener only ever needs the request target and that
// body; every header but the body's length and type is read, bounded and
// ignored.
class LoopbackRequestParser
{
public:
    enum class Status {
        Incomplete,           // wait for more bytes
        Complete,             // method(), target() and, for POST, body() are valid
        Malformed,            // answer 400
        TooLarge,             // answer 431
        MethodNotAllowed,     // answer 405
        LengthRequired,       // a POST without Content-Length, or chunked: answer 411
        BodyTooLarge,         // a POST body over maximumBodySize: answer 413
        UnsupportedMediaType, // a POST body that is not a form: answer 415
        TlsHandshake,         // not HTTP but a TLS ClientHello: the browser went to https
    };

    // Big enough for any authorization response we expect (a code, a state,
    // an iss, an error description) plus a browser's headers.
    static constexpr int maximumRequestSize = 16 * 1024;
    // The same bound for a form_post body, which holds the same parameters.
    static constexpr int maximumBodySize = 16 * 1024;

    Status feed(const QByteArray &bytes);
    Status status() const { return m_status; }

    QByteArray method() const { return m_method; }
    // The origin-form request target: "/path?query".
    QByteArray target() const { return m_target; }
    // A POST's body, application/x-www-form-urlencoded; empty for a GET.
    QByteArray body() const { return m_body; }

    // Whether `bytes`, the first a peer sent, are the start of a TLS
    // handshake's ClientHello record (RFC 8446 §5.1, §4; RFC 5246 §6.2.1):
    // content type 22, a version 3.0 to 3.4, a plausible record length and
    // handshake type 1. Needs six bytes; fewer are never a ClientHello.
    static bool isTlsClientHello(const QByteArray &bytes);

private:
    Status parseHead(const QByteArray &head);
    Status expectBody(const QList<QByteArray> &headerLines);
    Status readBody();

    QByteArray m_buffer;
    QByteArray m_method;
    QByteArray m_target;
    QByteArray m_body;
    qsizetype m_bodyLength = -1; // -1 while reading the head
    Status m_status = Status::Incomplete;
};

} // namespace QtSignIn
