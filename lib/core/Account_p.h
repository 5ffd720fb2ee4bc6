// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Account.h>

#include <QtCore/QSharedData>

namespace QtSignIn {

// Account's fields, behind its d-pointer so that a claim can be added without
// changing the exported class's layout.
class AccountData : public QSharedData
{
public:
    QString id;
    QString subject;
    QString username;
    QString displayName;
    QString tenantId;
    QString issuer;
    Account::IdentityVerification identityVerification = Account::IdentityVerification::SignedIdToken;

    // An account from a plain OAuth 2.0 provider's profile endpoint, filed
    // under `issuer` (the configured authority).
    static Account fromProfile(const QString &id, const QString &username, const QString &displayName,
                               const QString &issuer)
    {
        Account account;
        AccountData &data = *account.d;
        data.id = id;
        data.subject = id;
        data.username = username;
        data.displayName = displayName;
        data.issuer = issuer;
        data.identityVerification = Account::IdentityVerification::ProfileEndpoint;
        return account;
    }
};

} // namespace QtSignIn
