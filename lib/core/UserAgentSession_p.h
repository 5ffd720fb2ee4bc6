// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/UserAgentSession.h>

#include <functional>

namespace QtSignIn {

// What a session knows, and where what the agent hands back goes: the
// sign-in that created it sets the handlers and completes it; the agent
// reads it through UserAgentSession.
class UserAgentSessionPrivate
{
public:
    struct Handlers
    {
        // Judges a request to the redirect URI; true when it is the sign-in's.
        std::function<bool(const QUrl &redirect)> resume;
        // The sign-in ends with this error (fail(), cancel()).
        std::function<void(const SignInError &error)> fail;
    };

    static UserAgentSession *create(const QUrl &redirectUri, const Handlers &handlers, QObject *parent);
    static UserAgentSessionPrivate *get(UserAgentSession *session) { return session->d.get(); }

    // Ends the sign-in with `reason`, unless its outcome is known.
    void end(const SignInError &reason);
    // The outcome is known: says so once. Later calls change nothing.
    void complete(const SignInError &error);

    UserAgentSession *q = nullptr;
    QUrl redirectUri;
    Handlers handlers;
    SignInError error;
    // The response comes as a form POST (response_mode=form_post), not in
    // the redirect's query; only the system browser's listener reads one.
    bool responseByFormPost = false;
    bool resumed = false; // the sign-in has its response
    bool completed = false;
};

} // namespace QtSignIn
