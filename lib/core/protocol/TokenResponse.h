// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Secret.h>

#include <QtCore/QByteArray>
#include <QtCore/QStringList>

#include <optional>

namespace QtSignIn {

// A successful token response (RFC 6749 §5.1, OpenID Connect Core §3.1.3.3).
// Parsing checks shape only: which tokens are present and that every member
// has the type the RFC gives it. Whether the tokens can be trusted is decided
// later (ID token validation).
struct TokenResponse
{
    Secret accessToken;
    QString tokenType;
    std::optional<qint64> expiresIn;     // seconds
    Secret refreshToken;
    Secret idToken;
    std::optional<QStringList> scopes;   // absent: as requested (RFC 6749 §5.1)

    static bool parse(const QByteArray &json, TokenResponse *response, QString *reason);
    // As the provider sent it: JSON, or application/x-www-form-urlencoded
    // when `contentType` says so (GitHub's token endpoint, unless asked for
    // JSON), whose members are all strings.
    static bool parse(const QByteArray &body, const QByteArray &contentType, TokenResponse *response,
                      QString *reason);

    static bool isFormEncoded(const QByteArray &contentType);
};

// An error response from the token endpoint (RFC 6749 §5.2).
struct TokenErrorResponse
{
    QString error;
    QString errorDescription;
    QString errorUri;

    // True when `json` is an object with a string `error`.
    static bool parse(const QByteArray &json, TokenErrorResponse *response);
    // The same for a body of `contentType` (see TokenResponse::parse()).
    static bool parse(const QByteArray &body, const QByteArray &contentType, TokenErrorResponse *response);
};

} // namespace QtSignIn
