// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QDeadlineTimer>

namespace QtSignIn {

// Tokens a provider has issued that are not yet in the token store (a refresh
// sent, whose answer may rotate the refresh token; a sign-in being stored),
// counted over one client's operations. Shared with them (std::shared_ptr),
// so the count outlives a client that is destroyed while they finish.
class PendingWrites
{
public:
    void begin() { ++m_count; }
    void end() { --m_count; }
    bool isEmpty() const { return m_count <= 0; }

    // Nothing that would use up a refresh token starts once closed: the
    // application is quitting, or the client is gone.
    void close() { m_closed = true; }
    void reopen() { m_closed = false; }
    bool isClosed() const { return m_closed; }

    // Processes events until nothing is pending or the deadline passes;
    // true when nothing is. processEvents(), not a QEventLoop: a nested loop
    // ends at once after QCoreApplication::exit(), and this runs just then.
    bool waitUntilDone(QDeadlineTimer deadline) const;

private:
    int m_count = 0;
    bool m_closed = false;
};

} // namespace QtSignIn
