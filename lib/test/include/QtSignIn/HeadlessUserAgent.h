// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/UserAgent.h>
#include <QtSignIn/qtsignin_test_global.h>

#include <memory>

namespace QtSignIn {

class HeadlessUserAgentPrivate;
class TestProvider;

/// A user agent without a browser, for tests against a TestProvider: it
/// requests the authorization URL itself over HTTP, as a browser would, and
/// hands the provider's redirect (the Location of its 302) to the sign-in,
/// from the event loop. Nothing listens on the redirect URI; the sign-in's
/// own checks (state, iss, PKCE, the ID token) run unchanged.
///
///     client->setUserAgent(new QtSignIn::HeadlessUserAgent(&provider));
///
/// It serves that provider only: an authorization URL that is not the
/// provider's authorization endpoint is refused (UserAgentUnavailable), so a
/// test never signs in somewhere real by mistake. A provider answer that is
/// not a redirect (a 400 page for an unknown client or redirect URI) fails
/// the sign-in with UserAgentUnavailable and the page's text in detail().
/// kind() is UserAgentKind::Custom.
class QTSIGNIN_TEST_EXPORT HeadlessUserAgent : public UserAgent
{
    Q_OBJECT
public:
    /// `provider` is not owned; the agent refuses to present once it is gone.
    explicit HeadlessUserAgent(TestProvider *provider, QObject *parent = nullptr);
    ~HeadlessUserAgent() override;

    UserAgentKind kind() const override;
    /// Accepts http redirect URIs on a loopback host (127.0.0.1, [::1],
    /// localhost), as they are: nothing listens, so no port is needed.
    QUrl prepare(const QUrl &redirectUri, SignInError *error) override;
    bool present(const QUrl &authorizationUrl, UserAgentSession *session, SignInError *error) override;
    void dismiss() override;
    /// Requests the provider's end_session URL (RP-Initiated Logout);
    /// refuses one of any other provider.
    bool endSession(const QUrl &endSessionUrl, SignInError *error) override;

private:
    std::unique_ptr<HeadlessUserAgentPrivate> d;
};

} // namespace QtSignIn
