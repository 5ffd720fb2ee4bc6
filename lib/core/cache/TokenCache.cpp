// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenCache.h"

#include <QtCore/QJsonArray>

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

TokenCache::Owner TokenCache::ownerOf(const QString &authority, const QString &clientId, const Account &account)
{
    return Owner{authority, account.issuer(), account.id(), clientId};
}

QString TokenCache::clientOfIdToken(const QJsonObject &claims)
{
    // OpenID Connect Core §2 and §3.1.3.7 (3)-(5): azp, when present, is the
    // party the ID token was issued to; without it there is one audience.
    const QJsonValue azp = claims.value(QLatin1String("azp"));
    if (azp.isString())
        return azp.toString();
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    if (aud.isString())
        return aud.toString();
    const QJsonArray audiences = aud.toArray();
    if (audiences.size() == 1 && audiences.first().isString())
        return audiences.first().toString();
    return QString();
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
        if (!entry.neverExpires && (!entry.expiresOn.isValid() || entry.expiresOn <= validUntil))
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

const TokenCache::RefreshTokenEntry *TokenCache::findRefreshToken(const Owner &owner) const
{
    if (!owner.isComplete())
        return nullptr;
    for (const RefreshTokenEntry &entry : m_refreshTokens) {
        if (entry.owner == owner)
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

QList<TokenCache::AccountEntry> TokenCache::accountsOf(const QString &authority, const QString &clientId,
                                                      Account::IdentityVerification verification) const
{
    QList<AccountEntry> accounts;
    for (const AccountEntry &entry : m_accounts) {
        if (entry.owner.authority == authority && entry.owner.clientId == clientId
            && entry.account.identityVerification() == verification)
            accounts.append(entry);
    }
    return accounts;
}

bool TokenCache::store(const AccountEntry &account)
{
    // The account must be the one its owner names: an entry filed under one
    // issuer with claims from another would be found for the wrong provider,
    // one filed under a client its ID token was not issued to would give
    // that client another's ID token (as id_token_hint, among others).
    // A profile account (plain OAuth 2.0) has no ID token to name its client:
    // it may carry none, or anything could claim to be that client's.
    const bool fromProfile = account.account.identityVerification() == Account::IdentityVerification::ProfileEndpoint;
    if (!account.owner.isComplete() || account.account.id() != account.owner.accountId
        || account.account.issuer() != account.owner.issuer
        || (fromProfile ? !account.idTokenClaims.isEmpty() || !account.idToken.isEmpty()
                        : clientOfIdToken(account.idTokenClaims) != account.owner.clientId))
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
    if (!refreshToken.owner.isComplete())
        return false;
    m_refreshTokens.removeIf([&refreshToken](const RefreshTokenEntry &entry) {
        return entry.owner == refreshToken.owner;
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

bool TokenCache::removeClient(const QString &authority, const QString &clientId)
{
    const auto ofClient = [&](const auto &entry) {
        return entry.owner.authority == authority && entry.owner.clientId == clientId;
    };
    const auto removed = m_accounts.removeIf(ofClient) + m_accessTokens.removeIf(ofClient)
            + m_refreshTokens.removeIf(ofClient);
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
