// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SystemBrowserUserAgent.h>

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

    SystemBrowserUserAgent *const q;
    BrowserLauncher launcher = SystemBrowserUserAgent::platformLauncher();
    LoopbackReceiver *receiver = nullptr;
};

} // namespace QtSignIn
