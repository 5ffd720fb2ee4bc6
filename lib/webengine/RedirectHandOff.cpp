// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "RedirectHandOff.h"

#include <QtCore/QCoreApplication>

namespace QtSignIn {

void RedirectHandOff::open()
{
    m_open = true;
    ++m_signIn;
    m_lastRedirect.clear();
    m_received = false;
}

bool RedirectHandOff::close()
{
    m_session.clear();
    if (!m_open)
        return false;
    m_open = false;
    return true;
}

RedirectHandOff::Outcome RedirectHandOff::handOff(const QUrl &redirect)
{
    if (!m_open || !m_session || m_received || redirect == m_lastRedirect)
        return Outcome::Ignored;
    m_lastRedirect = redirect;
    // The sign-in may end, and dismiss() the agent, inside resume().
    const QPointer<UserAgentSession> judging = m_session;
    const quint64 judgedFor = m_signIn;
    const bool taken = judging->resume(redirect);
    // It may also end there (error=access_denied fails it at once) and the
    // app, told so, start its next sign-in on this agent before resume()
    // returns: prepare() open()ed this hand-off again for that one. What
    // resume() answered is then the old sign-in's: marking the new one's
    // response as received would make it ignore its own redirect until it
    // timed out, and its window is not the one to tell.
    if (m_signIn != judgedFor)
        return taken ? Outcome::Ended : Outcome::Ignored;
    m_received = taken;
    if (!taken)
        return Outcome::Refused;
    return judging && !judging->isCompleted() ? Outcome::Accepted : Outcome::Ended;
}

// Under the widget agent's translation context, where they were first said.
QString RedirectHandOff::refusedMessage()
{
    return QCoreApplication::translate("QtSignIn::EmbeddedUserAgent",
                                       "A response that does not belong to this sign-in was ignored.");
}

QString RedirectHandOff::finishingMessage()
{
    return QCoreApplication::translate("QtSignIn::EmbeddedUserAgent", "Finishing sign-in…");
}

} // namespace QtSignIn
