// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/SetupDiagnostics.h>
#include <QtSignIn/TokenStore.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QProcessEnvironment>

namespace QtSignIn {

// The checks of SetupDiagnostics that need nothing but this computer, each
// answering at once: the browser launcher, the loopback listener and the
// redirect URIs, and the token stores that are not the keychain.
class LocalChecks
{
    Q_DECLARE_TR_FUNCTIONS(QtSignIn::SetupDiagnostics)
public:
    // What would open the sign-in page: `command` (an app's own, as
    // SystemBrowserUserAgent::commandLauncher() runs it), else the
    // platform's launcher. Looks at `environment` and PATH; runs nothing.
    static SetupFinding browserLauncher(const QString &command, const QProcessEnvironment &environment);

    // Listens on 127.0.0.1 (LoopbackIPv4) or [::1] (LoopbackIPv6) on the
    // redirect URI's port, or one the system picks, and stops again; whether
    // a failure matters depends on which address the redirect URI makes
    // LoopbackReceiver use.
    static SetupFinding loopback(SetupFinding::Check check, const QUrl &redirectUri);

    // The exact redirect URIs to register for `configuration`.
    static SetupFinding redirectUris(const ClientConfiguration &configuration);

    // Tokens kept in memory, in a file or in the app's own store.
    static SetupFinding tokenStore(TokenStore::Kind kind, const QString &filePath);
};

} // namespace QtSignIn
