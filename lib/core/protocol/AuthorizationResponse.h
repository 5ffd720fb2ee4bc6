// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Secret.h>

#include <QtCore/QString>
#include <QtCore/QUrl>

namespace QtSignIn {

// What the provider sent back to the redirect URI (RFC 6749 §4.1.2 and
// §4.1.2.1, RFC 9207). Plain data parsed from the redirect's query; it says
// nothing about whether the response can be trusted: that is the flow's job.
struct AuthorizationResponse
{
    Secret code;
    QString state;
    QString error;
    QString errorDescription;
    QString errorUri;
    QString issuer;     // RFC 9207 `iss`
    bool hasIssuer = false;

    bool isError() const { return !error.isEmpty(); }

    // Parses the redirect's query. Returns false (and says why) when the query
    // repeats a parameter, which RFC 6749 §3.1 forbids and an attacker could
    // use to smuggle a second value past a check.
    static bool parse(const QUrl &redirect, AuthorizationResponse *response, QString *reason);
};

} // namespace QtSignIn
