// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/UserAgentSession.h>

#include <QtCore/QPointer>
#include <QtCore/QUrl>

namespace QtSignIn {

// The embedded agents' side of one sign-in, without the window: open between
// prepare() and dismiss(), it hands a redirect the page or the request
// interceptor caught to the sign-in's UserAgentSession, once. Both may catch
// the same redirect, and nothing is judged after the session took its
// response. The widget dialog (EmbeddedUserAgent) and the Qt Quick window
// (EmbeddedSignIn) each show what handOff() answers.
class RedirectHandOff
{
public:
    enum class Outcome {
        Ignored,  // not open, no session, a response already taken, the same URL again,
                  // or refused for a sign-in that the next one replaced inside resume()
        Refused,  // not this sign-in's response: the window says so and stays
        Accepted, // taken, and the sign-in goes on (the token request): "finishing"
        Ended,    // taken, and the sign-in ended inside resume() (or its session went,
                  // or the next sign-in opened this hand-off there)
    };

    // prepare(): open, nothing caught yet.
    void open();
    // dismiss(): forgets the session; false when it was not open.
    bool close();
    bool isOpen() const { return m_open; }

    void setSession(UserAgentSession *session) { m_session = session; }
    UserAgentSession *session() const { return m_session; }

    // Gives `redirect` to the session's resume() unless Ignored. The sign-in
    // may end, and dismiss() the agent, inside it.
    Outcome handOff(const QUrl &redirect);

    // Tells `window` (nothing when null) what an outcome means for the
    // person: Refused as a problem, Accepted as "finishing". Either sign-in
    // window (SignInDialog, SignInWindowController), in the same words.
    template<typename Window>
    static void show(Outcome outcome, Window *window)
    {
        if (!window)
            return;
        if (outcome == Outcome::Refused)
            window->showProblem(refusedMessage());
        else if (outcome == Outcome::Accepted)
            window->showFinishing(finishingMessage());
    }

    static QString refusedMessage();
    static QString finishingMessage();

private:
    QPointer<UserAgentSession> m_session;
    bool m_open = false;
    QUrl m_lastRedirect;    // the page and the interceptor may both see the same one
    bool m_received = false; // the session took its response: nothing else to judge
    quint64 m_signIn = 0;    // counts open(): which sign-in a resume() answered for
};

} // namespace QtSignIn
