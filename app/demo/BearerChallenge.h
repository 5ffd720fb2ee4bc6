// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringList>

// A resource server's Bearer challenge (RFC 6750 §3): the WWW-Authenticate
// header of a 401 or 403, e.g.
//   Bearer realm="demo", error="insufficient_scope", scope="api.write"
// It is the API's word on what the token lacked; the demo uses `scope` to ask
// the person for exactly that permission (incremental consent).
struct BearerChallenge
{
    bool present = false;    // the header held a Bearer challenge
    QString realm;
    QString error;           // "invalid_request", "invalid_token", "insufficient_scope", or empty
    QString errorDescription;
    QStringList scopes;      // what the API needs, when it said

    bool isInsufficientScope() const { return error == QLatin1String("insufficient_scope"); }
    bool isInvalidToken() const { return error == QLatin1String("invalid_token"); }

    // Parses one header value; several challenges may share it (RFC 9110
    // §11.6.1), and only the Bearer one counts. Malformed input gives
    // present == false, never a guess.
    static BearerChallenge parse(const QByteArray &header);
};
