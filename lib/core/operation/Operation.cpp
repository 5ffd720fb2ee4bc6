// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "Operation.h"

#include "ClientContext.h"
#include "SignInReply_p.h"

namespace QtSignIn {

Operation::Operation(ClientContext *context) : QObject(context), m_context(context) {}

Operation::~Operation()
{
    // Deleted unfinished (the context is going away at the closing deadline):
    // whoever still waits hears that it ended.
    if (!m_finished) {
        m_finished = true;
        for (const QPointer<SignInReply> &reply : std::as_const(m_replies)) {
            if (reply)
                SignInReplyPrivate::get(reply)->finishLater(
                        SignInResult(), SignInError(SignInError::Cancelled, QStringLiteral("the client was destroyed")));
        }
    }
}

void Operation::attach(SignInReply *reply)
{
    m_replies.append(reply);
    QPointer<Operation> self(this);
    QPointer<SignInReply> which(reply);
    SignInReplyPrivate::get(reply)->cancel = [self, which] {
        if (self && which)
            self->cancelReply(which);
    };
    // The application deleted the reply: nobody waits for this one any more.
    connect(reply, &QObject::destroyed, this, [this] {
        if (!m_finished && replies().isEmpty())
            allRepliesGone();
    });
}

void Operation::allRepliesGone()
{
    if (holdsIssuedTokens())
        return; // stored all the same; nobody hears of it
    m_finished = true;
    stop();
    deleteLater();
}

QList<SignInReply *> Operation::replies() const
{
    QList<SignInReply *> open;
    for (const QPointer<SignInReply> &reply : m_replies) {
        if (reply && !reply->isFinished())
            open.append(reply);
    }
    return open;
}

void Operation::cancelReply(SignInReply *)
{
    stop();
    finish(SignInResult(), SignInError(SignInError::Cancelled, QStringLiteral("cancelled by the application")));
}

void Operation::setWaitingForUser(bool waiting)
{
    for (SignInReply *reply : replies())
        SignInReplyPrivate::get(reply)->setWaitingForUser(waiting);
}

void Operation::detach(SignInReply *reply, const SignInError &error)
{
    m_replies.removeAll(reply);
    SignInReplyPrivate::get(reply)->finish(SignInResult(), error);
}

void Operation::finish(const SignInResult &result, const SignInError &error, const SignInError &storeError)
{
    if (std::exchange(m_finished, true))
        return;
    const auto replies = std::exchange(m_replies, {});
    // Before anyone hears: a slot may delete the client, and this with it.
    // Nothing below touches this operation.
    deleteLater();
    for (const QPointer<SignInReply> &reply : replies) {
        if (reply)
            SignInReplyPrivate::get(reply)->finish(result, error, storeError);
    }
}

bool Operation::abandon()
{
    if (m_finished)
        return false;
    // Its replies will hear the real outcome, from the event loop.
    if (holdsIssuedTokens())
        return true;
    m_finished = true;
    stop();
    const SignInError gone(SignInError::Cancelled, QStringLiteral("the client was destroyed"));
    const auto replies = std::exchange(m_replies, {});
    for (const QPointer<SignInReply> &reply : replies) {
        if (reply)
            SignInReplyPrivate::get(reply)->finishLater(SignInResult(), gone);
    }
    deleteLater();
    return false;
}

} // namespace QtSignIn
