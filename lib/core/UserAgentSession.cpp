// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/UserAgentSession.h>

#include "UserAgentSession_p.h"

#include <utility>

namespace QtSignIn {

UserAgentSession *UserAgentSessionPrivate::create(const QUrl &redirectUri, const Handlers &handlers,
                                                  QObject *parent)
{
    auto *session = new UserAgentSession(parent);
    session->d->redirectUri = redirectUri;
    session->d->handlers = handlers;
    return session;
}

void UserAgentSessionPrivate::end(const SignInError &reason)
{
    if (completed || !handlers.fail)
        return;
    // A copy: the sign-in completes, and so drops its handlers, inside.
    const auto fail = handlers.fail;
    fail(reason);
}

void UserAgentSessionPrivate::complete(const SignInError &outcome)
{
    if (std::exchange(completed, true))
        return;
    error = outcome;
    handlers = {};
    emit q->completed();
}

UserAgentSession::UserAgentSession(QObject *parent) : QObject(parent), d(std::make_unique<UserAgentSessionPrivate>())
{
    d->q = this;
}

UserAgentSession::~UserAgentSession() = default;

QUrl UserAgentSession::redirectUri() const
{
    return d->redirectUri;
}

bool UserAgentSession::resume(const QUrl &redirect)
{
    if (d->completed || !d->handlers.resume)
        return false;
    // A copy: the sign-in may complete, and so drop its handlers, inside.
    const auto resume = d->handlers.resume;
    if (!resume(redirect))
        return false;
    d->resumed = true;
    return true;
}

void UserAgentSession::fail(const SignInError &error)
{
    // Too late once the response came: the page was shown after all.
    if (!d->resumed)
        d->end(error);
}

void UserAgentSession::cancel()
{
    d->end(SignInError(SignInError::Cancelled, QStringLiteral("the sign-in window was closed")));
}

bool UserAgentSession::isCompleted() const
{
    return d->completed;
}

SignInError UserAgentSession::error() const
{
    return d->error;
}

QString UserAgentSession::message() const
{
    return d->error.isError() ? d->error.message() : QString();
}

} // namespace QtSignIn
