// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "UserInfoResponse.h"

#include <QtCore/QJsonDocument>

namespace QtSignIn {

bool UserInfoResponse::parse(const QByteArray &json, const QString &expectedSubject, UserInfoResponse *response,
                             QString *reason)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        *reason = QStringLiteral("userinfo is not a JSON object");
        return false;
    }
    const QJsonObject claims = document.object();
    if (expectedSubject.isEmpty() || claims.value(QLatin1String("sub")).toString() != expectedSubject) {
        *reason = QStringLiteral("userinfo sub mismatch");
        return false;
    }
    response->claims = claims;
    return true;
}

} // namespace QtSignIn
