// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/Account.h>

#include "Account_p.h"

namespace QtSignIn {

// Accounts are default-constructed often (every result without one), so
// they share one empty data instead of allocating.
static const QSharedDataPointer<AccountData> &emptyAccountData()
{
    static const QSharedDataPointer<AccountData> empty(new AccountData);
    return empty;
}

Account::Account() : d(emptyAccountData()) {}
Account::Account(const Account &other) = default;
Account::Account(Account &&other) noexcept = default;
Account &Account::operator=(const Account &other) = default;
Account &Account::operator=(Account &&other) noexcept = default;
Account::~Account() = default;

Account Account::fromIdTokenClaims(const QJsonObject &claims)
{
    Account account;
    AccountData &data = *account.d; // detaches from the shared empty data
    const auto text = [&claims](const char *name) {
        return claims.value(QLatin1String(name)).toString();
    };
    data.subject = text("sub");
    data.issuer = text("iss");
    data.tenantId = text("tid");
    // Microsoft Entra ID: `oid` is the person across apps in a tenant, `sub`
    // is pairwise per app; MSAL's home account id is "<oid>.<tid>".
    const QString objectId = text("oid");
    const QString localId = objectId.isEmpty() ? data.subject : objectId;
    data.id = data.tenantId.isEmpty() ? localId : localId + QLatin1Char('.') + data.tenantId;
    for (const char *claim : {"preferred_username", "email", "upn", "unique_name"}) {
        data.username = text(claim);
        if (!data.username.isEmpty())
            break;
    }
    data.displayName = text("name");
    return account;
}

bool Account::isValid() const { return !d->id.isEmpty(); }
QString Account::id() const { return d->id; }
QString Account::subject() const { return d->subject; }
QString Account::username() const { return d->username; }
QString Account::displayName() const { return d->displayName; }
QString Account::tenantId() const { return d->tenantId; }
QString Account::issuer() const { return d->issuer; }
Account::IdentityVerification Account::identityVerification() const { return d->identityVerification; }

} // namespace QtSignIn
