// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QPointer>

namespace QtSignIn {

class ClientContext;
class SignInClient;
class TokenStore;
class UserAgent;

class SignInClientPrivate
{
public:
    SignInClient *q = nullptr;
    // Everything the operations share; it outlives the client while tokens
    // the provider issued are still being stored.
    ClientContext *context = nullptr;
    QPointer<UserAgent> userAgent;
    bool loadRequested = false;

    // Sets the token store, and where an earlier QtSignIn kept its tokens.
    void useStore(TokenStore *store);
    // Starts reading the token cache once, for accounts().
    void loadOnce();
};

} // namespace QtSignIn
