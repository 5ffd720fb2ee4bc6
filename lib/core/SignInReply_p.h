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
    // Finished now, finished() from the event loop: every reply finishes
    // that way, so the application writes one path.
    void finish(const SignInResult &result, const SignInError &error,
                const SignInError &storeError = SignInError());

    SignInReply *q = nullptr;
    std::function<void()> cancel;
    SignInResult result;
    SignInError error;
    SignInError storeError;
    QUrl authorizationUrl;
    bool finished = false;
    bool waitingForUser = false;
};

} // namespace QtSignIn
