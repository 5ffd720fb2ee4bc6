// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "LoopbackRequestParser.h"

namespace QtSignIn {

namespace {

// RFC 9112 §3.2: the request target is visible ASCII without spaces.
bool isValidTarget(const QByteArray &target)
{
    if (!target.startsWith('/') || target.startsWith("//"))
        return false;
    for (char c : target) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f || c == '#')
            return false;
    }
    return true;
}

// A header line's field value when its name is `name` (case-insensitive,
// RFC 9110 §5.1), trimmed; null otherwise.
QByteArray headerValue(const QByteArray &line, const QByteArray &name)
{
    const qsizetype colon = line.indexOf(':');
    if (colon != name.size() || line.left(colon).compare(name, Qt::CaseInsensitive) != 0)
        return {};
    const QByteArray value = line.mid(colon + 1).trimmed();
    return value.isNull() ? QByteArray("") : value;
}

} // namespace

bool LoopbackRequestParser::isTlsClientHello(const QByteArray &bytes)
{
    if (bytes.size() < 6)
        return false;
    const auto byte = [&bytes](int i) { return static_cast<unsigned char>(bytes.at(i)); };
    const int recordLength = (byte(3) << 8) | byte(4);
    // A ClientHello is at least its handshake header and fixed fields (about
    // 40 bytes) and a record holds at most 2^14 bytes of it.
    return byte(0) == 0x16 && byte(1) == 0x03 && byte(2) <= 0x04 && recordLength >= 40
            && recordLength <= 16384 && byte(5) == 0x01;
}

LoopbackRequestParser::Status LoopbackRequestParser::feed(const QByteArray &bytes)
{
    if (m_status != Status::Incomplete)
        return m_status;
    m_buffer.append(bytes);
    if (m_bodyLength >= 0)
        return m_status = readBody();
    // No HTTP method starts with a control byte: whatever starts with 0x16 is
    // a ClientHello or not HTTP at all.
    if (!m_buffer.isEmpty() && m_buffer.at(0) == 0x16) {
        if (m_buffer.size() < 6)
            return m_status;
        m_status = isTlsClientHello(m_buffer) ? Status::TlsHandshake : Status::Malformed;
        m_buffer.clear();
        return m_status;
    }
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > maximumRequestSize)
            m_status = Status::TooLarge;
        return m_status;
    }
    if (end + 4 > maximumRequestSize) {
        m_status = Status::TooLarge;
        return m_status;
    }
    m_status = parseHead(m_buffer.left(end));
    m_buffer.remove(0, end + 4);
    if (m_status == Status::Incomplete)
        m_status = readBody();
    else
        m_buffer.clear();
    return m_status;
}

LoopbackRequestParser::Status LoopbackRequestParser::parseHead(const QByteArray &head)
{
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArray requestLine = lineEnd < 0 ? head : head.left(lineEnd);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3)
        return Status::Malformed;
    const QByteArray &method = parts.at(0);
    const QByteArray &target = parts.at(1);
    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return Status::Malformed;
    if (method.isEmpty() || !isValidTarget(target))
        return Status::Malformed;
    for (char c : method) {
        if (c < 'A' || c > 'Z')
            return Status::Malformed;
    }
    // A bare LF or NUL in the head means this is not a browser's HTTP and we
    // will not guess what it is.
    for (qsizetype i = 0; i < head.size(); ++i) {
        const char c = head.at(i);
        if (c == '\0' || (c == '\n' && (i == 0 || head.at(i - 1) != '\r')))
            return Status::Malformed;
    }
    // The authorization response arrives as a top-level navigation: a GET,
    // or with form_post the provider's page submitting a form, a POST.
    if (method != "GET" && method != "POST")
        return Status::MethodNotAllowed;
    m_method = method;
    m_target = target;
    if (method == "GET")
        return Status::Complete;
    return expectBody(lineEnd < 0 ? QList<QByteArray>() : head.mid(lineEnd + 2).split('\n'));
}

// A form_post body: its length declared up front and bounded, so that
// reading it is one bounded read within the connection's deadline. Chunked
// bodies (no length until the end) are refused; browsers never send them
// for a form.
LoopbackRequestParser::Status LoopbackRequestParser::expectBody(const QList<QByteArray> &headerLines)
{
    QByteArray contentLength;
    QByteArray contentType;
    for (QByteArray line : headerLines) {
        line.chop(line.endsWith('\r') ? 1 : 0);
        if (!headerValue(line, "Transfer-Encoding").isNull())
            return Status::LengthRequired;
        if (const QByteArray value = headerValue(line, "Content-Length"); !value.isNull()) {
            // Two lengths are how requests are smuggled (RFC 9112 §6.3).
            if (!contentLength.isNull())
                return Status::Malformed;
            contentLength = value;
        }
        if (const QByteArray value = headerValue(line, "Content-Type"); !value.isNull())
            contentType = value;
    }
    if (contentLength.isNull())
        return Status::LengthRequired;
    if (contentLength.isEmpty() || contentLength.size() > 9)
        return contentLength.isEmpty() ? Status::Malformed : Status::BodyTooLarge;
    for (char c : std::as_const(contentLength)) {
        if (c < '0' || c > '9')
            return Status::Malformed;
    }
    const qsizetype length = contentLength.toLongLong();
    if (length > maximumBodySize)
        return Status::BodyTooLarge;
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray mediaType = (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed();
    if (mediaType.compare("application/x-www-form-urlencoded", Qt::CaseInsensitive) != 0)
        return Status::UnsupportedMediaType;
    m_bodyLength = length;
    return Status::Incomplete;
}

LoopbackRequestParser::Status LoopbackRequestParser::readBody()
{
    if (m_buffer.size() < m_bodyLength)
        return Status::Incomplete;
    // Anything after the declared body is not ours to read: the connection
    // carries one request and closes.
    m_body = m_buffer.left(m_bodyLength);
    m_buffer.clear();
    return Status::Complete;
}

} // namespace QtSignIn
