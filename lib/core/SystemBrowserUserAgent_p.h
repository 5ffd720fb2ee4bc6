// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SystemBrowserUserAgent.h>

#include <QtCore/QPointer>

namespace QtSignIn {

class LoopbackReceiver;

// SystemBrowserUserAgent's state, behind its d-pointer.
class SystemBrowserUserAgentPrivate
{
public:
    explicit SystemBrowserUserAgentPrivate(SystemBrowserUserAgent *agent) : q(agent) {}

    // Runs the launcher program and watches it for a few seconds: one that
    // fails shows the URL through `showElsewhere` or ends the sign-in.
    bool launchWatched(const QString &program, const QStringList &arguments,
                       const std::function<bool()> &showElsewhere, SignInError *error);

    // Hands a request the receiver got to the session, and answers the
    // browser from what the session says.
    void resume(const QUrl &redirect);
    // The sign-in's outcome is known: the held browser gets its page.
    void answerHeld();
    // The browser opened TLS to the plain http listener: the sign-in ends.
    void redirectUpgradedToHttps();

    SystemBrowserUserAgent *const q;
    BrowserLauncher launcher = SystemBrowserUserAgent::platformLauncher();
    LoopbackReceiver *receiver = nullptr;
    QPointer<UserAgentSession> session;
    bool holding = false; // the receiver holds the sign-in's response until the outcome
};

} // namespace QtSignIn
