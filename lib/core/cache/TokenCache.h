// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Account.h>
#include <QtSignIn/Secret.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QStringList>

#include <chrono>

namespace QtSignIn {

// What a person's sign-ins leave behind, in memory: accounts, access tokens
// per (owner, scope set), refresh tokens per (owner, client), and the ID
// token per owner. Plain data and lookups; persisting it is
// TokenCacheSerializer's job, storing it a TokenStore's.
//
// Every item is bound to the provider that issued it. One store may hold the
// items of several providers (a file store shared by two configurations, or
// one client id registered at two providers), and a lookup only ever finds
// the items of the provider it names: a refresh token issued by one provider
// must never reach another one's token endpoint (RFC 6749 §10.4, RFC 9700 §4.14).
class TokenCache
{
public:
    // Whose an item is. A `sub` is unique only within its issuer (OpenID
    // Connect Core §2), so the issuer is part of the key; the authority is
    // where the sign-in started (the configured one: a multi-tenant authority
    // has one issuer per tenant), so that a configuration sees only its own.
    struct Owner
    {
        QString authority;
        QString issuer;    // the validated `iss` of the account's ID token
        QString accountId; // Account::id()

        bool isComplete() const
        {
            return !authority.isEmpty() && !issuer.isEmpty() && !accountId.isEmpty();
        }
        friend bool operator==(const Owner &a, const Owner &b)
        {
            return a.authority == b.authority && a.issuer == b.issuer && a.accountId == b.accountId;
        }
        friend bool operator!=(const Owner &a, const Owner &b) { return !(a == b); }
    };

    struct AccountEntry
    {
        Owner owner;
        Account account;
        Secret idToken;
        QJsonObject idTokenClaims;
        // The OpenID Connect scopes (profile, email, ...) the person agreed to
        // at sign-in: what userinfo may be asked for later. Caches written
        // before it was kept read as "profile email", as was then assumed.
        QStringList openIdScopes;
    };

    struct AccessTokenEntry
    {
        Owner owner;
        QStringList scopes;   // accessTokenScopes(): sorted, no duplicates, no openid/offline_access
        Secret token;
        QString tokenType;
        QDateTime expiresOn;  // UTC; invalid when the provider did not say
    };

    struct RefreshTokenEntry
    {
        Owner owner;
        QString clientId;
        Secret token;
    };

    // The owner of `account`'s items when signed in through `authority`.
    static Owner ownerOf(const QString &authority, const Account &account);

    // A token that covers every scope asked for and is valid beyond `now`
    // plus `margin`; nullptr when there is none.
    const AccessTokenEntry *findAccessToken(const Owner &owner, const QStringList &scopes, const QDateTime &now,
                                            std::chrono::seconds margin) const;
    const RefreshTokenEntry *findRefreshToken(const Owner &owner, const QString &clientId) const;
    const AccountEntry *findAccount(const Owner &owner) const;
    // The accounts signed in through `authority`, and no other provider's.
    QList<AccountEntry> accountsOf(const QString &authority) const;
    // The scopes the userinfo endpoint answers for (OpenID Connect Core §5.4).
    static bool isUserInfoScope(const QString &scope);

    // Replaces what is stored for the same key. Access tokens whose scope set
    // overlaps the new one's for the same owner are dropped, as they were
    // issued for a grant that has now changed. Entries without a complete
    // owner are refused (false): nothing unbound is ever kept.
    bool store(const AccountEntry &account);
    bool store(const AccessTokenEntry &accessToken);
    bool store(const RefreshTokenEntry &refreshToken);

    // Removes everything held for the owner; returns false if there was nothing.
    bool remove(const Owner &owner);
    // Removes everything signed in through `authority`.
    bool removeAuthority(const QString &authority);
    // Removes everything not signed in through `authority`.
    void retainAuthority(const QString &authority);
    void clear();

    QList<AccountEntry> accounts() const { return m_accounts; }
    QList<AccessTokenEntry> accessTokens() const { return m_accessTokens; }
    QList<RefreshTokenEntry> refreshTokens() const { return m_refreshTokens; }
    bool isEmpty() const;

    static QStringList normalizedScopes(const QStringList &scopes);
    // The scopes that say what an access token may do: normalized, without
    // openid and offline_access, which are about the sign-in, not the API.
    static QStringList accessTokenScopes(const QStringList &scopes);

private:
    QList<AccountEntry> m_accounts;
    QList<AccessTokenEntry> m_accessTokens;
    QList<RefreshTokenEntry> m_refreshTokens;
};

} // namespace QtSignIn
