// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "RedirectMatcher.h"

#include <QtWebEngineCore/QWebEngineUrlRequestInterceptor>

namespace QtSignIn {

// The second line behind SignInPage::acceptNavigationRequest(): every request
// the profile makes is checked, and one to the redirect URI is blocked, so
// the authorization code never goes out on the wire, whatever started the
// request (a server redirect, a sub-resource, a pop-up). A main-frame request
// is reported as the redirect.
class RedirectInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    explicit RedirectInterceptor(QObject *parent = nullptr);

    void setRedirect(const RedirectMatcher &redirect);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

Q_SIGNALS:
    void redirectCaught(const QUrl &url);

private:
    RedirectMatcher m_redirect;
};

} // namespace QtSignIn
