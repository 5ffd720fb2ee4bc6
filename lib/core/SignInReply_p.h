// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInReply.h>

#include <functional>

namespace QtSignIn {

// What a reply knows; operations write it through here, the application
// reads it through SignInReply.
class SignInReplyPrivate
{
public:
    static SignInReply *create(QObject *parent);
    static SignInReplyPrivate *get(SignInReply *reply) { return reply->d.get(); }

    void setWaitingForUser(bool waiting);
    void setAuthorizationUrl(const QUrl &url) { authorizationUrl = url; }
    void setDeviceAuthorization(const DeviceAuthorization &authorization);
    // Finished, and says so. Operations call it from the event loop (they
    // start from it), never from inside the call that created the reply.
    void finish(const SignInResult &result, const SignInError &error,
                const SignInError &storeError = SignInError());
    // Finished now, finished() from the event loop: for an answer ready
    // inside the creating call (a cache hit), and for teardown, which must
    // not call anyone back.
    void finishLater(const SignInResult &result, const SignInError &error);

    SignInReply *q = nullptr;
    std::function<void()> cancel;
    SignInResult result;
    SignInError error;
    SignInError storeError;
    SignInError revocationError;
    QUrl authorizationUrl;
    DeviceAuthorization deviceAuthorization;
    bool finished = false;
    bool waitingForUser = false;
};

} // namespace QtSignIn
