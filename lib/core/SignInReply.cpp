// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/SignInReply.h>

#include "SignInFlow_p.h"

namespace QtSignIn {

SignInReply::SignInReply(QObject *parent) : QObject(parent) {}

SignInReply::~SignInReply() = default;

void SignInReply::cancel()
{
    if (!m_finished && m_flow)
        m_flow->cancel();
}

void SignInReply::setWaitingForUser(bool waiting)
{
    if (m_waitingForUser == waiting)
        return;
    m_waitingForUser = waiting;
    emit waitingForUserChanged(waiting);
}

void SignInReply::finish(const SignInResult &result, const SignInError &error)
{
    if (m_finished)
        return;
    setWaitingForUser(false);
    m_result = result;
    m_error = error;
    m_finished = true;
    emit finished();
}

} // namespace QtSignIn
