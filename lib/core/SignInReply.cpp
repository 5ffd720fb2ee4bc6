// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/SignInReply.h>

#include "SignInFlow_p.h"

namespace QtSignIn {

SignInReply::SignInReply(QObject *parent) : QObject(parent) {}

SignInReply::~SignInReply() = default;

// The flow is the reply's child for as long as the reply lives: asking it
// adds no member to this exported class.
QUrl SignInReply::authorizationUrl() const
{
    const auto *flow = findChild<SignInFlow *>(QString(), Qt::FindDirectChildrenOnly);
    return flow ? flow->authorizationUrl() : QUrl();
}

void SignInReply::cancel()
{
    if (!m_finished && m_cancel)
        m_cancel();
}

void SignInReply::setWaitingForUser(bool waiting)
{
    if (m_waitingForUser == waiting)
        return;
    m_waitingForUser = waiting;
    emit waitingForUserChanged(waiting);
}

void SignInReply::finish(const SignInResult &result, const SignInError &error, const SignInError &storeError)
{
    if (m_finished)
        return;
    setWaitingForUser(false);
    m_result = result;
    m_error = error;
    m_storeError = storeError;
    m_finished = true;
    m_cancel = nullptr;
    emit finished();
}

void SignInReply::finishLater(const SignInResult &result, const SignInError &error)
{
    m_result = result;
    m_error = error;
    m_finished = true;
    QMetaObject::invokeMethod(this, &SignInReply::finished, Qt::QueuedConnection);
}

} // namespace QtSignIn
