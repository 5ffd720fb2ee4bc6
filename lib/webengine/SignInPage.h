// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "RedirectMatcher.h"

#include <QtWebEngineCore/QWebEnginePage>

namespace QtSignIn {

// The page that shows the provider. It is the first line of the redirect
// capture: a navigation to the redirect URI is refused and reported instead
// of loaded. It also keeps the page to signing in: TLS errors refused,
// pop-ups sent to the system browser, navigations to schemes other than
// http(s), about: and data: refused (Qt WebEngine would hand them to the
// desktop, starting other programs), permissions, full screen, protocol
// handlers, file access and file uploads denied.
class SignInPage : public QWebEnginePage
{
    Q_OBJECT
public:
    SignInPage(QWebEngineProfile *profile, const RedirectMatcher &redirect, QObject *parent = nullptr);

Q_SIGNALS:
    void redirectCaught(const QUrl &url);
    // A TLS error was refused; `description` is Chromium's, for people.
    void certificateRefused(const QString &host, const QString &description);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;

private:
    void openInSystemBrowser(const QUrl &url);

    RedirectMatcher m_redirect;
};

} // namespace QtSignIn
