// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <memory>

namespace QtSignIn {

class UserAgentSessionPrivate;

/// One sign-in as its user agent sees it (as AppAuth's
/// OIDExternalUserAgentSession): UserAgent::present() receives it with the
/// authorization URL, and the agent hands back what it learns. The library
/// creates it and owns it; it is gone once the sign-in has finished, so an
/// agent keeps it in a QPointer and lets it go in UserAgent::dismiss().
///
/// Every request that reaches redirectUri() goes to resume(). Only the
/// sign-in can tell its own response from a stray or forged one (the state,
/// RFC 9207's iss), so resume() answers at once: false, and the agent tells
/// the person that this was not the sign-in it waits for and keeps waiting;
/// true, and the agent holds its answer until completed(), so the page the
/// person sees tells the real outcome (error(), message()).
class QTSIGNIN_CORE_EXPORT UserAgentSession : public QObject
{
    Q_OBJECT
public:
    ~UserAgentSession() override;

    /// The redirect URI this sign-in expects, exactly as the authorization
    /// request carries it (with the port UserAgent::prepare() returned).
    QUrl redirectUri() const;

    /// Hands over a request that reached the redirect URI. Returns false when
    /// it is not this sign-in's response (a stray request, a forged or stale
    /// state, or the sign-in no longer waits): nothing changes. Returns true
    /// when it is: the sign-in goes on with it, and completed() follows,
    /// possibly before resume() returns, so connect to it first.
    bool resume(const QUrl &redirect);

    /// The page could not be shown after all (a browser launcher that
    /// exited with an error): the sign-in ends with `error` rather than wait
    /// for a redirect that cannot come. No effect once a response was resumed.
    void fail(const SignInError &error);

    /// The person closed the sign-in window: the sign-in ends with
    /// SignInError::Cancelled.
    void cancel();

    /// Whether the sign-in's outcome is known (completed() was emitted).
    bool isCompleted() const;
    /// The outcome: SignInError::NoError when the person is signed in.
    SignInError error() const;
    /// What to tell the person on the page that answers the held response,
    /// translated: the failure's message, empty when signed in (the agent
    /// then says so in its own words).
    QString message() const;

Q_SIGNALS:
    /// The sign-in's outcome is known: an agent answers the response it
    /// holds (a result page, or closing its window). Emitted once.
    void completed();

private:
    friend class UserAgentSessionPrivate;
    explicit UserAgentSession(QObject *parent);
    std::unique_ptr<UserAgentSessionPrivate> d;
};

} // namespace QtSignIn
