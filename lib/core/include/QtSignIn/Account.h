// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QJsonObject>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>

namespace QtSignIn {

class AccountData;

/// Who signed in, as the ID token describes them.
class QTSIGNIN_CORE_EXPORT Account
{
public:
    Account();
    Account(const Account &other);
    Account(Account &&other) noexcept;
    Account &operator=(const Account &other);
    Account &operator=(Account &&other) noexcept;
    ~Account();

    void swap(Account &other) noexcept { d.swap(other.d); }

    /// Built from validated ID token claims: the id is "<oid or sub>.<tid>" when
    /// the provider names a tenant (Microsoft Entra ID), otherwise the `sub`.
    static Account fromIdTokenClaims(const QJsonObject &claims);

    bool isValid() const;
    QString id() const;
    QString subject() const;
    QString username() const;
    QString displayName() const;
    QString tenantId() const;
    QString issuer() const;

private:
    QSharedDataPointer<AccountData> d;
};

} // namespace QtSignIn

Q_DECLARE_SHARED(QtSignIn::Account)
