// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Account.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInResult.h>

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

// What every command prints: results on stdout, messages on stderr.
namespace CommandOutput {

void writeStdout(const QByteArray &bytes);
void writeStderr(const QString &text);

QJsonObject accountJson(const QtSignIn::Account &account);
// The result as `login --json` and `token --json` print it.
QJsonObject resultJson(const QtSignIn::SignInResult &result);

// The error on stderr for people, and with `json` as {"error", "error_description"} on stdout.
void printFailure(const QString &heading, const QtSignIn::SignInError &error, bool json);

} // namespace CommandOutput
