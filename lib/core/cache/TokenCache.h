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
// per (account, authority, scope set), refresh tokens per (account, client),
// and the ID token per account. Plain data and lookups; persisting it is
// TokenCacheSerializer's job, storing it a TokenStore's.
class TokenCache
{
public:
    struct AccountEntry
    {
        Account account;
        QString authority;
        Secret idToken;
        QJsonObject idTokenClaims;
    };

    struct AccessTokenEntry
    {
        QString accountId;
        QString authority;
        QStringList scopes;   // accessTokenScopes(): sorted, no duplicates, no openid/offline_access
        Secret token;
        QString tokenType;
        QDateTime expiresOn;  // UTC; invalid when the provider did not say
    };

    struct RefreshTokenEntry
    {
        QString accountId;
        QString clientId;
        Secret token;
    };

    // A token that covers every scope asked for and is valid beyond `now`
    // plus `margin`; nullptr when there is none.
    const AccessTokenEntry *findAccessToken(const QString &accountId, const QString &authority,
                                            const QStringList &scopes, const QDateTime &now,
                                            std::chrono::seconds margin) const;
    const RefreshTokenEntry *findRefreshToken(const QString &accountId, const QString &clientId) const;
    const AccountEntry *findAccount(const QString &accountId) const;

    // Replaces what is stored for the same key. Access tokens whose scope set
    // overlaps the new one's for the same account and authority are dropped,
    // as they were issued for a grant that has now changed.
    void store(const AccountEntry &account);
    void store(const AccessTokenEntry &accessToken);
    void store(const RefreshTokenEntry &refreshToken);

    // Removes everything held for the account; returns false if there was nothing.
    bool removeAccount(const QString &accountId);
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
