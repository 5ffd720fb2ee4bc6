// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>

// A JWT's header and claims, decoded for display in the token inspector.
// Nothing is verified here and nothing may be decided from it: the library
// validated the ID token, and an access token is for the API to judge.
struct DecodedJwt
{
    bool valid = false;
    QJsonObject header;
    QJsonObject claims;

    static DecodedJwt decode(const QByteArray &token);
};
