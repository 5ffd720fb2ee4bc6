// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenCache.h"

#include <algorithm>

namespace QtSignIn {

QStringList TokenCache::normalizedScopes(const QStringList &scopes)
{
    QStringList normalized;
    for (const QString &scope : scopes) {
        if (!scope.isEmpty() && !normalized.contains(scope))
            normalized.append(scope);
    }
    std::sort(normalized.begin(), normalized.end());
    return normalized;
}

QStringList TokenCache::accessTokenScopes(const QStringList &scopes)
{
    QStringList result = normalizedScopes(scopes);
    result.removeAll(QStringLiteral("openid"));
    result.removeAll(QStringLiteral("offline_access"));
    return result;
}

const TokenCache::AccessTokenEntry *
TokenCache::findAccessToken(const QString &accountId, const QString &authority,
                            const QStringList &scopes, const QDateTime &now,
                            std::chrono::seconds margin) const
{
    const QDateTime validUntil = now.addSecs(margin.count());
    const QStringList wanted = accessTokenScopes(scopes);
    for (const AccessTokenEntry &entry : m_accessTokens) {
        if (entry.accountId != accountId || entry.authority != authority)
            continue;
        // A token without a known expiry cannot be trusted to still work.
        if (!entry.expiresOn.isValid() || entry.expiresOn <= validUntil)
            continue;
        const bool coversAll = std::all_of(wanted.cbegin(), wanted.cend(), [&entry](const QString &scope) {
            return entry.scopes.contains(scope);
        });
        if (coversAll)
            return &entry;
    }
    return nullptr;
}

const TokenCache::RefreshTokenEntry *TokenCache::findRefreshToken(const QString &accountId,
                                                                  const QString &clientId) const
{
    for (const RefreshTokenEntry &entry : m_refreshTokens) {
        if (entry.accountId == accountId && entry.clientId == clientId)
            return &entry;
    }
    return nullptr;
}

const TokenCache::AccountEntry *TokenCache::findAccount(const QString &accountId) const
{
    for (const AccountEntry &entry : m_accounts) {
        if (entry.account.id() == accountId)
            return &entry;
    }
    return nullptr;
}

void TokenCache::store(const AccountEntry &account)
{
    m_accounts.removeIf([&account](const AccountEntry &entry) {
        return entry.account.id() == account.account.id();
    });
    m_accounts.append(account);
}

void TokenCache::store(const AccessTokenEntry &accessToken)
{
    AccessTokenEntry entry = accessToken;
    entry.scopes = accessTokenScopes(entry.scopes);
    m_accessTokens.removeIf([&entry](const AccessTokenEntry &old) {
        if (old.accountId != entry.accountId || old.authority != entry.authority)
            return false;
        return old.scopes == entry.scopes || std::any_of(old.scopes.cbegin(), old.scopes.cend(),
                           [&entry](const QString &scope) { return entry.scopes.contains(scope); });
    });
    m_accessTokens.append(entry);
}

void TokenCache::store(const RefreshTokenEntry &refreshToken)
{
    m_refreshTokens.removeIf([&refreshToken](const RefreshTokenEntry &entry) {
        return entry.accountId == refreshToken.accountId && entry.clientId == refreshToken.clientId;
    });
    m_refreshTokens.append(refreshToken);
}

bool TokenCache::removeAccount(const QString &accountId)
{
    const auto removed = m_accounts.removeIf([&accountId](const AccountEntry &entry) {
        return entry.account.id() == accountId;
    }) + m_accessTokens.removeIf([&accountId](const AccessTokenEntry &entry) {
        return entry.accountId == accountId;
    }) + m_refreshTokens.removeIf([&accountId](const RefreshTokenEntry &entry) {
        return entry.accountId == accountId;
    });
    return removed > 0;
}

void TokenCache::clear()
{
    m_accounts.clear();
    m_accessTokens.clear();
    m_refreshTokens.clear();
}

bool TokenCache::isEmpty() const
{
    return m_accounts.isEmpty() && m_accessTokens.isEmpty() && m_refreshTokens.isEmpty();
}

} // namespace QtSignIn
