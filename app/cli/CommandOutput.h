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

// Text from the provider (names, usernames, scopes) as a terminal may show
// it: anything that is not printable (escape sequences, tabs, new lines,
// bidirectional controls) becomes U+FFFD, so a hostile provider can neither
// drive the terminal nor forge lines of output. JSON output needs no such
// care: QJsonDocument escapes it.
QString terminalSafe(const QString &text);

QJsonObject accountJson(const QtSignIn::Account &account);
// The result as `login --json` and `token --json` print it.
QJsonObject resultJson(const QtSignIn::SignInResult &result);

// `Authorization: <type> <access token>` as `curl -H` takes it (RFC 6750
// §2.1), with the token type the provider gave ("bearer" spelt "Bearer").
// Empty when the token or its type has a character that cannot go into
// that header (a hostile provider's line break would add headers).
QByteArray authorizationHeader(const QtSignIn::SignInResult &result);

// The error on stderr for people, and with `json` as {"error", "error_description"} on stdout.
// An error as every --json answer writes it: "error", "error_description"
// (the provider's description, else the detail) and, for a failed check,
// "reason".
QJsonObject errorJson(const QtSignIn::SignInError &error);
void printFailure(const QString &heading, const QtSignIn::SignInError &error, bool json);

} // namespace CommandOutput
