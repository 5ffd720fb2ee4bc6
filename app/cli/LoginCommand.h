// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "LoginOptions.h"

#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInResult.h>

#include <QtCore/QObject>

namespace QtSignIn {
class DeviceAuthorization;
class SignInClient;
class SignInReply;
class UserAgent;
}

// `qtsignin login`: one interactive sign-in (in a browser, the embedded
// window, or on another device with a code), its outcome printed for people
// or, with --json, for scripts. Calls `done` with the exit code.
class LoginCommand : public QObject
{
    Q_OBJECT
public:
    explicit LoginCommand(const LoginOptions &options, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    void chooseUserAgent(QtSignIn::SignInClient *client);
    void signIn(QtSignIn::SignInClient *client, QtSignIn::UserAgent *agent);
    void signInWithDeviceCode(QtSignIn::SignInClient *client);
    void showDeviceAuthorization(const QtSignIn::DeviceAuthorization &authorization);
    void showQrCode(const QUrl &link);
    void finishSignIn(QtSignIn::SignInReply *reply);
    bool fallBack(QtSignIn::SignInClient *client, QtSignIn::UserAgent *failedAgent,
                            QtSignIn::SignInReply *reply);
    void fail(const QtSignIn::SignInError &error, int exitCode);
    void succeed(const QtSignIn::SignInResult &result);
    bool rememberProfile();

    LoginOptions m_options;
    // Auto mode: why the browser could not be used, once it fell back to
    // a sign-in on another device.
    QtSignIn::SignInError m_browserFailure;
};
