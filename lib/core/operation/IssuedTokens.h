// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInResult.h>

#include <functional>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace QtSignIn {

class ClientContext;

// Files what a grant that asked the person produced (account, ID token,
// access token, refresh token) under the provider that issued it, in a
// section of the token cache. The write belongs to the client's context, not
// to the operation: an application that drops the reply meanwhile keeps its
// sign-in, and one that quits waits for it (pending writes). `done` gets the
// store's error, unless `caller` is gone by then.
void storeIssuedTokens(ClientContext *context, const SignInResult &result, QObject *caller,
                       const std::function<void(const SignInError &)> &done);

} // namespace QtSignIn
