// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QStringList>

namespace QtSignIn {

// The `claims` request parameter (OpenID Connect Core §5.5): the client's
// capabilities (Microsoft Entra ID's xms_cc, "cp1" for continuous access
// evaluation) merged with the claims one call asks for.
struct ClaimsRequest
{
    QStringList clientCapabilities;
    QJsonObject claims;

    // {"access_token":{"xms_cc":{"values":[...]}}}, or empty without capabilities.
    static QJsonObject forClientCapabilities(const QStringList &capabilities);
    // Member by member, objects within objects too; where both name a
    // member that is not an object in both, `overriding`'s value wins.
    static QJsonObject merge(const QJsonObject &base, const QJsonObject &overriding);

    // The parameter's value, compact JSON; empty when there is nothing to ask.
    QByteArray toParameter() const;
};

} // namespace QtSignIn
