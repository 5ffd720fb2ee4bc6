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

TokenCache::Owner TokenCache::ownerOf(const QString &authority, const Account &account)
{
    return Owner{authority, account.issuer(), account.id()};
}

const TokenCache::AccessTokenEntry *TokenCache::findAccessToken(const Owner &owner, const QStringList &scopes,
                                                                const QDateTime &now,
                                                                std::chrono::seconds margin) const
{
    if (!owner.isComplete())
        return nullptr;
    const QDateTime validUntil = now.addSecs(margin.count());
    const QStringList wanted = accessTokenScopes(scopes);
    for (const AccessTokenEntry &entry : m_accessTokens) {
        if (entry.owner != owner)
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

bool TokenCache::isUserInfoScope(const QString &scope)
{
    return scope == QLatin1String("profile") || scope == QLatin1String("email") || scope == QLatin1String("address")
            || scope == QLatin1String("phone");
}

const TokenCache::RefreshTokenEntry *TokenCache::findRefreshToken(const Owner &owner, const QString &clientId) const
{
    if (!owner.isComplete())
        return nullptr;
    for (const RefreshTokenEntry &entry : m_refreshTokens) {
        if (entry.owner == owner && entry.clientId == clientId)
            return &entry;
    }
    return nullptr;
}

const TokenCache::AccountEntry *TokenCache::findAccount(const Owner &owner) const
{
    if (!owner.isComplete())
        return nullptr;
    for (const AccountEntry &entry : m_accounts) {
        if (entry.owner == owner)
            return &entry;
    }
    return nullptr;
}

QList<TokenCache::AccountEntry> TokenCache::accountsOf(const QString &authority) const
{
    QList<AccountEntry> accounts;
    for (const AccountEntry &entry : m_accounts) {
        if (entry.owner.authority == authority)
            accounts.append(entry);
    }
    return accounts;
}

bool TokenCache::store(const AccountEntry &account)
{
    // The account must be the one its owner names: an entry filed under one
    // issuer with claims from another would be found for the wrong provider.
    if (!account.owner.isComplete() || account.account.id() != account.owner.accountId
        || account.account.issuer() != account.owner.issuer)
        return false;
    m_accounts.removeIf([&account](const AccountEntry &entry) { return entry.owner == account.owner; });
    m_accounts.append(account);
    return true;
}

bool TokenCache::store(const AccessTokenEntry &accessToken)
{
    if (!accessToken.owner.isComplete())
        return false;
    AccessTokenEntry entry = accessToken;
    entry.scopes = accessTokenScopes(entry.scopes);
    m_accessTokens.removeIf([&entry](const AccessTokenEntry &old) {
        if (old.owner != entry.owner)
            return false;
        return old.scopes == entry.scopes || std::any_of(old.scopes.cbegin(), old.scopes.cend(),
                           [&entry](const QString &scope) { return entry.scopes.contains(scope); });
    });
    m_accessTokens.append(entry);
    return true;
}

bool TokenCache::store(const RefreshTokenEntry &refreshToken)
{
    if (!refreshToken.owner.isComplete() || refreshToken.clientId.isEmpty())
        return false;
    m_refreshTokens.removeIf([&refreshToken](const RefreshTokenEntry &entry) {
        return entry.owner == refreshToken.owner && entry.clientId == refreshToken.clientId;
    });
    m_refreshTokens.append(refreshToken);
    return true;
}

bool TokenCache::remove(const Owner &owner)
{
    const auto removed = m_accounts.removeIf([&owner](const AccountEntry &entry) { return entry.owner == owner; })
            + m_accessTokens.removeIf([&owner](const AccessTokenEntry &entry) { return entry.owner == owner; })
            + m_refreshTokens.removeIf([&owner](const RefreshTokenEntry &entry) { return entry.owner == owner; });
    return removed > 0;
}

bool TokenCache::removeAuthority(const QString &authority)
{
    const auto ofAuthority = [&authority](const auto &entry) { return entry.owner.authority == authority; };
    const auto removed = m_accounts.removeIf(ofAuthority) + m_accessTokens.removeIf(ofAuthority)
            + m_refreshTokens.removeIf(ofAuthority);
    return removed > 0;
}

void TokenCache::retainAuthority(const QString &authority)
{
    const auto ofAnother = [&authority](const auto &entry) { return entry.owner.authority != authority; };
    m_accounts.removeIf(ofAnother);
    m_accessTokens.removeIf(ofAnother);
    m_refreshTokens.removeIf(ofAnother);
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
