// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "SessionOptions.h"

#include <QtSignIn/Account.h>
#include <QtSignIn/SignInError.h>

#include <QtCore/QObject>

namespace QtSignIn {
class SignInClient;
}

// `qtsignin token`, `accounts` and `logout`: the session `login` left in the
// token cache, used without the person. Calls `done` with the exit code.
class SessionCommand : public QObject
{
    Q_OBJECT
public:
    explicit SessionCommand(const SessionOptions &options, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    void run();
    bool pickAccount(QtSignIn::Account *account);
    void token(const QtSignIn::Account &account);
    void listAccounts();
    void logout();
    void fail(const QtSignIn::SignInError &error);

    SessionOptions m_options;
    QtSignIn::SignInClient *m_client = nullptr;
};
