// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QJsonObject>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>

namespace QtSignIn {

class AccountData;

/// Who signed in, as the ID token describes them, or (for a plain OAuth 2.0
/// provider) as its profile endpoint does.
class QTSIGNIN_CORE_EXPORT Account
{
public:
    /// What the identity rests on.
    enum class IdentityVerification {
        /// An OpenID Connect ID token whose signature, issuer, audience and
        /// lifetime were checked: the provider vouched for who this is.
        SignedIdToken,
        /// A plain OAuth 2.0 provider's profile endpoint, asked with the
        /// access token: nothing signed proves it, and nothing says the token
        /// was issued to this app. Fine for "who am I at this provider", not
        /// for signing someone in to a service of your own with it.
        ProfileEndpoint,
    };

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
    IdentityVerification identityVerification() const;

private:
    friend class AccountData;
    QSharedDataPointer<AccountData> d;
};

} // namespace QtSignIn

Q_DECLARE_SHARED(QtSignIn::Account)
