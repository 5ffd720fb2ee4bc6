// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QUrl>

namespace QtSignIn {

// Tells whether a URL the web view is about to load is a request to the app's
// redirect URI: same scheme, host, port and path, any query (the query is the
// authorization response). An immutable value, so the request interceptor
// and the page can each hold a copy.
class RedirectMatcher
{
public:
    RedirectMatcher() = default;
    explicit RedirectMatcher(const QUrl &redirectUri);

    bool isEmpty() const { return m_redirectUri.isEmpty(); }
    bool matches(const QUrl &url) const;

private:
    QUrl m_redirectUri;
};

// What a sign-in page may load itself: http(s), and about: and data: (the
// pages' own blank frames). Qt WebEngine hands any other scheme (mailto:,
// x-foo:) to QDesktopServices, which starts whatever program claims it; both
// sign-in windows (SignInPage, SignInWindowController) refuse those.
bool isWebScheme(const QUrl &url);

} // namespace QtSignIn
