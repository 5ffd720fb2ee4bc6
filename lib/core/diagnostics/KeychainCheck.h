// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SetupDiagnostics.h>

#include <QtCore/QCoreApplication>

#include <functional>

namespace QtSignIn {

// The keychain finding of SetupDiagnostics: which backend QtKeychain uses
// here and, for the Secret Service, whether there is a session bus, who
// provides the service, and whether its default collection is locked.
// Answers once, from the event loop, never after `context` is gone.
class KeychainCheck
{
    Q_DECLARE_TR_FUNCTIONS(QtSignIn::SetupDiagnostics)
public:
    static void run(QObject *context, std::function<void(const SetupFinding &)> done);
};

} // namespace QtSignIn
