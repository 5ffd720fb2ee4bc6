// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/SignInReply.h>

#include "SignInReply_p.h"

namespace QtSignIn {

SignInReply *SignInReplyPrivate::create(QObject *parent)
{
    return new SignInReply(parent);
}

SignInReply::SignInReply(QObject *parent) : QObject(parent), d(new SignInReplyPrivate)
{
    d->q = this;
}

SignInReply::~SignInReply() = default;

bool SignInReply::isFinished() const
{
    return d->finished;
}

bool SignInReply::isWaitingForUser() const
{
    return d->waitingForUser;
}

SignInResult SignInReply::result() const
{
    return d->result;
}

SignInError SignInReply::error() const
{
    return d->error;
}

QUrl SignInReply::authorizationUrl() const
{
    return d->authorizationUrl;
}

DeviceAuthorization SignInReply::deviceAuthorization() const
{
    return d->deviceAuthorization;
}

SignInError SignInReply::storeError() const
{
    return d->storeError;
}

SignInError SignInReply::revocationError() const
{
    return d->revocationError;
}

void SignInReply::cancel()
{
    if (!d->finished && d->cancel)
        std::exchange(d->cancel, nullptr)();
}

void SignInReplyPrivate::setWaitingForUser(bool waiting)
{
    if (waitingForUser == waiting)
        return;
    waitingForUser = waiting;
    emit q->waitingForUserChanged(waiting);
}

void SignInReplyPrivate::setDeviceAuthorization(const DeviceAuthorization &authorization)
{
    if (finished)
        return;
    deviceAuthorization = authorization;
    emit q->deviceAuthorizationReceived(authorization);
}

void SignInReplyPrivate::finish(const SignInResult &outcome, const SignInError &failure,
                                const SignInError &storeFailure)
{
    if (finished)
        return;
    setWaitingForUser(false);
    result = outcome;
    error = failure;
    storeError = storeFailure;
    finished = true;
    cancel = nullptr;
    emit q->finished();
}

void SignInReplyPrivate::finishLater(const SignInResult &outcome, const SignInError &failure)
{
    if (finished)
        return;
    waitingForUser = false; // no signal now: its listeners hear finished()
    result = outcome;
    error = failure;
    finished = true;
    cancel = nullptr;
    QMetaObject::invokeMethod(q, &SignInReply::finished, Qt::QueuedConnection);
}

} // namespace QtSignIn
