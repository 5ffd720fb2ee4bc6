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

// What a person's sign-ins leave behind, in memory: per owner an account
// entry (with its ID token), access tokens per scope set, and a refresh
// token. Plain data and lookups; persisting it is TokenCacheSerializer's
// job, storing it a TokenStore's.
//
// Every item is bound to the provider that issued it and the client it was
// issued to. One store may hold the items of several providers and clients
// (a file store shared by two configurations, one client id registered at two
// providers, two client ids of one provider), and a lookup only ever finds
// the items of the provider and client it names: a refresh token issued by
// one provider must never reach another one's token endpoint (RFC 6749
// §10.4, RFC 9700 §4.14), and neither a client's access token (issued for its
// grant) nor its ID token (whose `aud` names it, and which is sent back as
// id_token_hint) is another client's to use.
class TokenCache
{
public:
    // Whose an item is. A `sub` is unique only within its issuer (OpenID
    // Connect Core §2), so the issuer is part of the key; the authority is
    // where the sign-in started (the configured one: a multi-tenant authority
    // has one issuer per tenant), and the client id says which client the
    // provider issued the tokens to, so that a configuration sees only its own.
    struct Owner
    {
        QString authority;
        QString issuer;    // the validated `iss` of the account's ID token
        QString accountId; // Account::id()
        QString clientId;  // the client they were issued to (the ID token's azp, or its one aud)

        bool isComplete() const
        {
            return !authority.isEmpty() && !issuer.isEmpty() && !accountId.isEmpty() && !clientId.isEmpty();
        }
        friend bool operator==(const Owner &a, const Owner &b)
        {
            return a.authority == b.authority && a.issuer == b.issuer && a.accountId == b.accountId
                    && a.clientId == b.clientId;
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
        // A plain OAuth 2.0 provider's token without expires_in: it does not
        // expire (RFC 6749 §5.1 leaves expiry to the provider; GitHub's
        // tokens without it last until revoked). Otherwise an unknown expiry
        // is not trusted.
        bool neverExpires = false;
        // A DPoP-bound token's key (RFC 9449), as DPoPKey::privateJwk();
        // empty for a Bearer token.
        Secret dpopKey;
    };

    struct RefreshTokenEntry
    {
        Owner owner; // owner.clientId is the client that redeems it
        Secret token;
        // The key the refresh token is bound to (RFC 9449 §5): it is only
        // ever sent with a proof from this key. Empty: not bound.
        Secret dpopKey;
    };

    // The owner of `account`'s items when `clientId` signed in through `authority`.
    static Owner ownerOf(const QString &authority, const QString &clientId, const Account &account);
    // The one client an ID token was issued to, by its validated claims:
    // `azp` when present, else a single `aud`. Empty when they do not say
    // (several audiences without azp, which validation never lets through).
    static QString clientOfIdToken(const QJsonObject &claims);

    // A token that covers every scope asked for and is valid beyond `now`
    // plus `margin`; nullptr when there is none.
    const AccessTokenEntry *findAccessToken(const Owner &owner, const QStringList &scopes, const QDateTime &now,
                                            std::chrono::seconds margin) const;
    const RefreshTokenEntry *findRefreshToken(const Owner &owner) const;
    const AccountEntry *findAccount(const Owner &owner) const;
    // The accounts `clientId` signed in through `authority`, and no other
    // provider's or client's.
    // The accounts of one provider and client whose identity rests on
    // `verification`: a plain OAuth 2.0 configuration given the same
    // authority as an OpenID Connect one does not see, or send, its tokens.
    QList<AccountEntry> accountsOf(const QString &authority, const QString &clientId,
                                   Account::IdentityVerification verification) const;
    // The scopes the userinfo endpoint answers for (OpenID Connect Core §5.4).
    static bool isUserInfoScope(const QString &scope);

    // Replaces what is stored for the same key. Access tokens whose scope set
    // overlaps the new one's for the same owner are dropped, as they were
    // issued for a grant that has now changed. Entries without a complete
    // owner are refused (false): nothing unbound is ever kept; so is an
    // account whose ID token was issued to another client than its owner's.
    bool store(const AccountEntry &account);
    bool store(const AccessTokenEntry &accessToken);
    bool store(const RefreshTokenEntry &refreshToken);

    // Removes everything held for the owner; returns false if there was nothing.
    bool remove(const Owner &owner);
    // Removes everything `clientId` signed in through `authority`, and
    // nothing of another client's.
    bool removeClient(const QString &authority, const QString &clientId);
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
