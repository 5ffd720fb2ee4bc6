// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "UserInfoResponse.h"

#include <QtCore/QJsonDocument>

namespace QtSignIn {

bool UserInfoResponse::parse(const QByteArray &json, const QString &expectedSubject, UserInfoResponse *response,
                             SignInError *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        *error = SignInError(SignInError::InvalidUserInfo, QStringLiteral("userinfo is not a JSON object"),
                             SignInError::Reason::UserInfoMalformed);
        return false;
    }
    const QJsonObject claims = document.object();
    if (expectedSubject.isEmpty() || claims.value(QLatin1String("sub")).toString() != expectedSubject) {
        *error = SignInError(SignInError::InvalidUserInfo, QStringLiteral("userinfo sub mismatch"),
                             SignInError::Reason::UserInfoSubjectMismatch);
        return false;
    }
    response->claims = claims;
    return true;
}

} // namespace QtSignIn
