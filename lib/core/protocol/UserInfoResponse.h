// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

namespace QtSignIn {

// The userinfo endpoint's answer (OpenID Connect Core §5.3.2): the claims,
// accepted only as a JSON object about the expected person.
struct UserInfoResponse
{
    QJsonObject claims;

    // False, with `error` InvalidUserInfo and its reason, when `json` is not
    // an object or its `sub` is not `expectedSubject` (an answer about
    // someone else must not be used).
    static bool parse(const QByteArray &json, const QString &expectedSubject, UserInfoResponse *response,
                      SignInError *error);
};

} // namespace QtSignIn
