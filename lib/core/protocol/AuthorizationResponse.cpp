// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "AuthorizationResponse.h"

#include <QtCore/QSet>
#include <QtCore/QUrlQuery>

namespace QtSignIn {

bool AuthorizationResponse::parse(const QUrl &redirect, AuthorizationResponse *response,
                                  QString *reason)
{
    *response = AuthorizationResponse();
    // Form decoding: '+' is a space in application/x-www-form-urlencoded.
    QString rawQuery = redirect.query(QUrl::FullyEncoded);
    rawQuery.replace(QLatin1Char('+'), QLatin1String("%20"));
    const QUrlQuery query(rawQuery);

    QSet<QString> seen;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (seen.contains(name)) {
            *reason = QStringLiteral("parameter \"%1\" is repeated").arg(name);
            return false;
        }
        seen.insert(name);
        if (name == QLatin1String("code"))
            response->code = Secret(value);
        else if (name == QLatin1String("state"))
            response->state = value;
        else if (name == QLatin1String("error"))
            response->error = value;
        else if (name == QLatin1String("error_description"))
            response->errorDescription = value;
        else if (name == QLatin1String("error_uri"))
            response->errorUri = value;
        else if (name == QLatin1String("iss")) {
            response->issuer = value;
            response->hasIssuer = true;
        }
    }
    return true;
}

} // namespace QtSignIn
