// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Branding.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInResult.h>
#include <QtSignIn/UserAgentSession.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <memory>

namespace QtSignIn {

class UserAgentPrivate;

/// Whatever shows the provider's pages to the person: the system browser
/// with a loopback listener, an embedded web view, or an application's own.
/// One sign-in flow, interchangeable user agents (as AppAuth's
/// OIDExternalUserAgent).
///
/// For each sign-in the flow calls prepare(), then present() with the
/// authorization URL and the UserAgentSession of that sign-in. Every request
/// that reaches the redirect URI goes to UserAgentSession::resume(), which
/// says at once whether it was this sign-in's response; the agent answers
/// the person from that, and from the session's outcome once completed()
/// follows. When the person closes the agent's window it calls
/// UserAgentSession::cancel(). Once the sign-in has ended the flow calls
/// dismiss().
///
/// A user agent serves one sign-in at a time and is not owned by the
/// sign-in: SignInClient::setUserAgent() makes it the client's, the
/// signIn() overload that takes one leaves it the caller's.
class QTSIGNIN_CORE_EXPORT UserAgent : public QObject
{
    Q_OBJECT
public:
    explicit UserAgent(QObject *parent = nullptr);
    ~UserAgent() override;

    /// Which kind of agent this is, reported in the sign-in result; an
    /// application's own agent is UserAgentKind::Custom.
    virtual UserAgentKind kind() const = 0;

    /// How the agent presents the app: the system browser's result page and
    /// the embedded dialog's header show its name, logo and accent colour.
    /// Takes effect at the next sign-in.
    Branding branding() const;
    void setBranding(const Branding &branding);

    /// Gets ready to receive a redirect to `redirectUri` and returns the exact
    /// redirect URI the authorization request must carry (for example with the
    /// port the operating system chose). On failure returns an empty URL and
    /// fills `error`.
    virtual QUrl prepare(const QUrl &redirectUri, SignInError *error) = 0;

    /// Shows the authorization URL to the person, for the sign-in `session`
    /// stands for (not owned; valid until dismiss()). Returns false and fills
    /// `error` when the page cannot be shown.
    virtual bool present(const QUrl &authorizationUrl, UserAgentSession *session, SignInError *error) = 0;

    /// The sign-in has ended: releases everything it used (listeners,
    /// windows) and forgets its session. An answer already given to the
    /// person may finish being sent. Safe to call more than once.
    virtual void dismiss() = 0;

    /// Sign-out: ends the person's session with the provider by showing
    /// `endSessionUrl` (RP-Initiated Logout), and forgets what the agent itself
    /// keeps (an embedded agent's cookies). The URL is empty when the provider
    /// offers no end_session_endpoint. The default does nothing and succeeds
    /// only for an empty URL.
    virtual bool endSession(const QUrl &endSessionUrl, SignInError *error);

private:
    std::unique_ptr<UserAgentPrivate> d;
};

} // namespace QtSignIn
