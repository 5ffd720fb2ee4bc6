// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>

namespace QtSignIn {

// Reads one HTTP/1.x request head from a browser, strictly: the request line
// and the headers up to the blank line, nothing more. The loopback listener
// only ever needs the request target; everything else a browser sends is
// read, bounded and ignored.
class LoopbackRequestParser
{
public:
    enum class Status {
        Incomplete,        // wait for more bytes
        Complete,          // method() and target() are valid
        Malformed,         // answer 400
        TooLarge,          // answer 431
        MethodNotAllowed,  // answer 405
    };

    // Big enough for any authorization response we expect (a code, a state,
    // an iss, an error description) plus a browser's headers.
    static constexpr int maximumRequestSize = 16 * 1024;

    Status feed(const QByteArray &bytes);
    Status status() const { return m_status; }

    QByteArray method() const { return m_method; }
    // The origin-form request target: "/path?query".
    QByteArray target() const { return m_target; }

private:
    Status parseHead(const QByteArray &head);

    QByteArray m_buffer;
    QByteArray m_method;
    QByteArray m_target;
    Status m_status = Status::Incomplete;
};

} // namespace QtSignIn
