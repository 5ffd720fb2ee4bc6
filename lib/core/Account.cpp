// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/Account.h>

namespace QtSignIn {

Account Account::fromIdTokenClaims(const QJsonObject &claims)
{
    Account account;
    const auto text = [&claims](const char *name) {
        return claims.value(QLatin1String(name)).toString();
    };
    account.m_subject = text("sub");
    account.m_issuer = text("iss");
    account.m_tenantId = text("tid");
    // Microsoft Entra ID: `oid` is the person across apps in a tenant, `sub`
    // is pairwise per app; MSAL's home account id is "<oid>.<tid>".
    const QString objectId = text("oid");
    const QString localId = objectId.isEmpty() ? account.m_subject : objectId;
    account.m_id = account.m_tenantId.isEmpty() ? localId
                                                : localId + QLatin1Char('.') + account.m_tenantId;
    for (const char *claim : {"preferred_username", "email", "upn", "unique_name"}) {
        account.m_username = text(claim);
        if (!account.m_username.isEmpty())
            break;
    }
    account.m_displayName = text("name");
    return account;
}

} // namespace QtSignIn
