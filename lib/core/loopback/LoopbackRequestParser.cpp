// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "LoopbackRequestParser.h"

#include <QtCore/QList>

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

} // namespace

LoopbackRequestParser::Status LoopbackRequestParser::feed(const QByteArray &bytes)
{
    if (m_status != Status::Incomplete)
        return m_status;
    m_buffer.append(bytes);
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
    // Header lines are ignored, but a bare LF or NUL in the head means this is
    // not a browser's HTTP and we will not guess what it is.
    for (qsizetype i = 0; i < head.size(); ++i) {
        const char c = head.at(i);
        if (c == '\0' || (c == '\n' && (i == 0 || head.at(i - 1) != '\r')))
            return Status::Malformed;
    }
    // The authorization response arrives as a top-level navigation: GET.
    if (method != "GET")
        return Status::MethodNotAllowed;
    m_method = method;
    m_target = target;
    return Status::Complete;
}

} // namespace QtSignIn
