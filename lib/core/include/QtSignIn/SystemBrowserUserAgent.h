// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/UserAgent.h>

#include <functional>
#include <memory>

namespace QtSignIn {

/// Opens a URL in a browser; returns false when no browser could be started.
using BrowserLauncher = std::function<bool(const QUrl &url)>;

class SystemBrowserUserAgentPrivate;

/// The system browser as user agent (RFC 8252): the authorization URL opens in
/// the person's browser and the redirect comes back to a listener on a loopback
/// address of this machine.
class QTSIGNIN_CORE_EXPORT SystemBrowserUserAgent : public UserAgent
{
    Q_OBJECT
public:
    explicit SystemBrowserUserAgent(QObject *parent = nullptr);
    ~SystemBrowserUserAgent() override;

    /// By default the platform's opener (xdg-open, open, ShellExecute), which is
    /// what QDesktopServices::openUrl does. The platform's opener and
    /// commandLauncher() are watched for a few seconds: one that fails or
    /// exits with an error status ends the sign-in at once with
    /// SignInError::UserAgentUnavailable (UserAgentSession::fail()). A GUI app may pass
    /// QtSignIn::desktopServicesLauncher() from <QtSignIn/DesktopServicesLauncher.h>.
    void setLauncher(const BrowserLauncher &launcher);

    static BrowserLauncher platformLauncher();

    /// `launcher`, and when it fails (returns false or, for the platform's
    /// opener and commandLauncher(), exits with an error status within the
    /// few seconds it is watched) `fallback` with the same URL. While the
    /// fallback returns true the sign-in keeps waiting for its redirect: a
    /// command-line app can print the address for the person to open
    /// themselves. A launcher without a fallback ends the sign-in instead.
    static BrowserLauncher withFallback(const BrowserLauncher &launcher, const BrowserLauncher &fallback);

    /// Runs `commandLine`, split as a shell would, with the URL appended as the
    /// last argument. Returns an empty launcher when the command line is empty.
    static BrowserLauncher commandLauncher(const QString &commandLine);

    UserAgentKind kind() const override;
    QUrl prepare(const QUrl &redirectUri, SignInError *error) override;
    bool present(const QUrl &authorizationUrl, UserAgentSession *session, SignInError *error) override;
    void dismiss() override;
    bool endSession(const QUrl &endSessionUrl, SignInError *error) override;

private:
    std::unique_ptr<SystemBrowserUserAgentPrivate> d;
};

} // namespace QtSignIn
