// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Branding.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInResult.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <memory>

namespace QtSignIn {

class UserAgentPrivate;

/// How the flow judged a redirect the user agent received, so the agent can
/// answer the person (a page in the browser, or closing a dialog).
struct QTSIGNIN_CORE_EXPORT RedirectVerdict
{
    enum Outcome {
        NotForThisFlow, ///< a stray or forged request: answer it and keep waiting
        Received,       ///< this flow's response: stop waiting for others, and hold the
                        /// answer to the person until Succeeded or Failed follows
        Succeeded,      ///< signed in: tokens received and validated
        Failed,         ///< this flow's response, and the sign-in failed
    };
    Outcome outcome = NotForThisFlow;
    QString message;          ///< translated, for the person
};

/// The contract between the sign-in flow and whatever shows the provider's
/// pages to the person: the system browser with a loopback listener, or an
/// embedded web view. One flow, interchangeable user agents (as AppAuth's
/// OIDExternalUserAgent).
///
/// The flow calls prepare(), then present(); for every redirect the agent
/// receives it emits redirectReceived() and the flow answers at once with
/// respond(): NotForThisFlow, Failed, or Received followed later by Succeeded
/// or Failed, so the page the person sees tells the real outcome. stop() ends
/// everything the agent started.
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

    /// Shows the authorization URL to the person.
    virtual bool present(const QUrl &authorizationUrl, SignInError *error) = 0;

    /// The flow's answer to the redirect most recently emitted.
    virtual void respond(const RedirectVerdict &verdict) = 0;

    /// Releases everything: listeners, windows. Safe to call more than once.
    virtual void stop() = 0;

    /// Sign-out: ends the person's session with the provider by showing
    /// `endSessionUrl` (RP-Initiated Logout), and forgets what the agent itself
    /// keeps (an embedded agent's cookies). The URL is empty when the provider
    /// offers no end_session_endpoint. The default does nothing and succeeds
    /// only for an empty URL.
    virtual bool endSession(const QUrl &endSessionUrl, SignInError *error);

Q_SIGNALS:
    /// A request reached the redirect URI. It may be a stray or forged one:
    /// the flow judges it and calls respond() before returning.
    void redirectReceived(const QUrl &redirect);

    /// The person closed the sign-in window (embedded agents only).
    void dismissed();

    /// After present() returned true, the agent learnt that the page was not
    /// shown after all (a browser launcher that exited with an error): the
    /// flow ends with `error` rather than wait for a redirect that cannot come.
    void presentFailed(const QtSignIn::SignInError &error);

private:
    std::unique_ptr<UserAgentPrivate> d;
};

} // namespace QtSignIn
