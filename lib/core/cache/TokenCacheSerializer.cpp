// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenCacheSerializer.h"

#include "Account_p.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QHash>
#include <QtCore/QSet>

namespace QtSignIn {

namespace {

QJsonValue toJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(double(time.toSecsSinceEpoch())) : QJsonValue();
}

QString text(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

void writeOwner(QJsonObject *object, const TokenCache::Owner &owner, const char *accountIdName)
{
    object->insert(QStringLiteral("authority"), owner.authority);
    object->insert(QStringLiteral("issuer"), owner.issuer);
    object->insert(QLatin1String(accountIdName), owner.accountId);
    object->insert(QStringLiteral("client_id"), owner.clientId);
}

TokenCache::Owner readOwner(const QJsonObject &object, const char *accountIdName)
{
    return TokenCache::Owner{text(object, "authority"), text(object, "issuer"), text(object, accountIdName),
                             text(object, "client_id")};
}

// Schema 1 and 2 keyed entries by less than their owner: the key they had.
QString unboundKey(const TokenCache::Owner &owner)
{
    return owner.authority + QLatin1Char('\n') + owner.issuer + QLatin1Char('\n') + owner.accountId;
}

// Which clients an earlier schema shows to have held tokens of one
// (authority, issuer, account): its account entry's, and every one a refresh
// token names. Access tokens named none, so they can be bound to the account
// entry's client only when no other client shows up.
class EarlierClients
{
public:
    void note(const QString &key, const QString &clientId)
    {
        if (!clientId.isEmpty())
            m_clients[key].insert(clientId);
    }
    // The one client that held the key's tokens, when only one did.
    QString soleClient(const QString &key) const
    {
        const QSet<QString> clients = m_clients.value(key);
        return clients.size() == 1 ? *clients.cbegin() : QString();
    }

private:
    QHash<QString, QSet<QString>> m_clients;
};

QDateTime expiryOf(const QJsonObject &object)
{
    // Range-checked before converting: a double beyond qint64 is undefined
    // behaviour, and anything past year 9999 is not a date.
    const double expiresOn = object.value(QLatin1String("expires_on")).toDouble(-1);
    if (expiresOn >= 0 && expiresOn < 253402300800.0)
        return QDateTime::fromSecsSinceEpoch(qint64(expiresOn), Qt::UTC);
    return QDateTime();
}

// A plain OAuth 2.0 account has no ID token to derive it from again: its
// fields are kept as the profile endpoint gave them. Caches written before
// there were such accounts have no "profile_account" and read as before.
const QLatin1String profileAccountKey("profile_account");

TokenCache::AccountEntry accountOf(const QJsonObject &object)
{
    TokenCache::AccountEntry entry;
    entry.idTokenClaims = object.value(QLatin1String("id_token_claims")).toObject();
    const QJsonObject profile = object.value(profileAccountKey).toObject();
    entry.account = object.contains(profileAccountKey)
            ? AccountData::fromProfile(text(profile, "id"), text(profile, "username"), text(profile, "name"),
                                       text(profile, "issuer"))
            : Account::fromIdTokenClaims(entry.idTokenClaims);
    entry.idToken = Secret(text(object, "id_token"));
    entry.openIdScopes = object.contains(QLatin1String("openid_scopes"))
            ? stringList(object.value(QLatin1String("openid_scopes")))
            : QStringList{QStringLiteral("email"), QStringLiteral("profile")};
    return entry;
}

// The private JWK of a DPoP-bound token (RFC 9449), kept beside it; absent
// in items written before DPoP, and for Bearer tokens.
const QLatin1String dpopKeyName("dpop_key");

// A key member that is there but not a non-empty string names a DPoP-bound
// token whose key is lost: the entry is unusable, never a Bearer token (the
// token is never sent without a proof, DPoPKey.h).
bool hasMalformedDPoPKey(const QJsonObject &object)
{
    const QJsonValue key = object.value(dpopKeyName);
    return !key.isUndefined() && (!key.isString() || key.toString().isEmpty());
}

Secret dpopKeyOf(const QJsonObject &object)
{
    return Secret(text(object, "dpop_key"));
}

// Returns whether a key was written.
bool writeDPoPKey(QJsonObject *object, const Secret &key)
{
    if (key.isEmpty())
        return false;
    object->insert(dpopKeyName, key.revealString());
    return true;
}

TokenCache::AccessTokenEntry accessTokenOf(const QJsonObject &object)
{
    TokenCache::AccessTokenEntry entry;
    entry.scopes = stringList(object.value(QLatin1String("scopes")));
    entry.token = Secret(text(object, "token"));
    entry.tokenType = text(object, "token_type");
    entry.expiresOn = expiryOf(object);
    entry.neverExpires = object.value(QLatin1String("never_expires")).toBool(false);
    entry.dpopKey = dpopKeyOf(object);
    // Skipped as malformed by every reader (an entry without a token).
    if (hasMalformedDPoPKey(object))
        entry.token = Secret();
    return entry;
}

// A refresh token of the current schema; one written before DPoP has no key
// and is a Bearer token, as it always was.
TokenCache::RefreshTokenEntry refreshTokenOf(const QJsonObject &object, const char *accountIdName)
{
    // With a malformed key, no token: skipped as malformed.
    return TokenCache::RefreshTokenEntry{readOwner(object, accountIdName),
                                         hasMalformedDPoPKey(object) ? Secret() : Secret(text(object, "token")),
                                         dpopKeyOf(object)};
}

// Schema 3: every entry names its owner (authority, issuer, account, client);
// schema 4 is the same with DPoP keys beside some tokens.
void readCurrent(const QJsonObject &root, TokenCache *cache, QStringList *warnings)
{
    for (const QJsonValue &value : root.value(QLatin1String("accounts")).toArray()) {
        const QJsonObject object = value.toObject();
        TokenCache::AccountEntry entry = accountOf(object);
        entry.owner = readOwner(object, "id");
        // The id and issuer are derived from the claims again (store() checks
        // them against the owner): a mismatch means tampering or damage.
        if (!entry.account.isValid() || !cache->store(entry))
            warnings->append(QStringLiteral("skipped a malformed account entry"));
    }
    for (const QJsonValue &value : root.value(QLatin1String("access_tokens")).toArray()) {
        const QJsonObject object = value.toObject();
        TokenCache::AccessTokenEntry entry = accessTokenOf(object);
        entry.owner = readOwner(object, "account_id");
        if (entry.token.isEmpty() || !cache->findAccount(entry.owner) || !cache->store(entry))
            warnings->append(QStringLiteral("skipped a malformed access token entry"));
    }
    for (const QJsonValue &value : root.value(QLatin1String("refresh_tokens")).toArray()) {
        const QJsonObject object = value.toObject();
        TokenCache::RefreshTokenEntry entry = refreshTokenOf(object, "account_id");
        if (entry.token.isEmpty() || !cache->findAccount(entry.owner) || !cache->store(entry))
            warnings->append(QStringLiteral("skipped a malformed refresh token entry"));
    }
}

// Schema 2 (QtSignIn 0.2) bound every item to its provider but not to its
// client: two client ids of one provider sharing a store saw each other's
// tokens. Each item is bound here to its client where that is certain and
// dropped where it is not; what is dropped is obtained again (an access
// token with the refresh token) or by signing in.
void migrateSchema2(const QJsonObject &root, TokenCache *cache, QStringList *warnings)
{
    // One account entry per (authority, issuer, account): the last sign-in's,
    // of whichever client. Its ID token names the client it was issued to.
    EarlierClients clients;
    QHash<QString, TokenCache::Owner> owners;
    for (const QJsonValue &value : root.value(QLatin1String("accounts")).toArray()) {
        const QJsonObject object = value.toObject();
        TokenCache::AccountEntry entry = accountOf(object);
        entry.owner = readOwner(object, "id");
        entry.owner.clientId = TokenCache::clientOfIdToken(entry.idTokenClaims);
        if (!entry.account.isValid() || !cache->store(entry)) {
            warnings->append(entry.owner.clientId.isEmpty() && entry.account.isValid()
                                     ? QStringLiteral("dropped an account entry that cannot be bound to its client")
                                     : QStringLiteral("skipped a malformed account entry"));
            continue;
        }
        owners.insert(unboundKey(entry.owner), entry.owner);
        clients.note(unboundKey(entry.owner), entry.owner.clientId);
    }
    // A refresh token named its client: bound to it if that client's account
    // entry is there. If a sign-in of another client replaced the entry, the
    // token is dropped: without an account it would never be asked for.
    for (const QJsonValue &value : root.value(QLatin1String("refresh_tokens")).toArray()) {
        const QJsonObject object = value.toObject();
        // Schema 2 predates DPoP: a Bearer refresh token, no key.
        TokenCache::RefreshTokenEntry entry{readOwner(object, "account_id"), Secret(text(object, "token")), Secret()};
        clients.note(unboundKey(entry.owner), entry.owner.clientId);
        if (entry.token.isEmpty() || entry.owner.clientId.isEmpty() || !owners.contains(unboundKey(entry.owner))) {
            warnings->append(QStringLiteral("skipped a malformed refresh token entry"));
            continue;
        }
        if (!cache->findAccount(entry.owner) || !cache->store(entry))
            warnings->append(QStringLiteral("dropped a refresh token whose client's account entry is gone"));
    }
    for (const QJsonValue &value : root.value(QLatin1String("access_tokens")).toArray()) {
        const QJsonObject object = value.toObject();
        TokenCache::AccessTokenEntry entry = accessTokenOf(object);
        entry.owner = readOwner(object, "account_id");
        const auto owner = owners.constFind(unboundKey(entry.owner));
        if (entry.token.isEmpty() || owner == owners.cend()) {
            warnings->append(QStringLiteral("skipped a malformed access token entry"));
            continue;
        }
        if (clients.soleClient(unboundKey(entry.owner)) != owner->clientId) {
            warnings->append(QStringLiteral("dropped an access token that cannot be bound to its client"));
            continue;
        }
        entry.owner = *owner;
        cache->store(entry);
    }
}

// Schema 1 (QtSignIn 0.1) keyed items by account id alone, and refresh tokens
// named no provider at all. Each item is bound here to the provider that
// issued it and the client it was issued to where that is certain, and
// dropped where it is not: an unbound refresh token is never sent anywhere.
void migrateSchema1(const QJsonObject &root, TokenCache *cache, QStringList *warnings)
{
    // Schema 1 held one account entry per id (a later sign-in elsewhere with
    // the same `sub` replaced it), recording the authority and the validated
    // ID token claims, whose `iss` is its issuer and `aud`/`azp` its client.
    QHash<QString, TokenCache::Owner> owners;
    EarlierClients clients; // by account id
    for (const QJsonValue &value : root.value(QLatin1String("accounts")).toArray()) {
        const QJsonObject object = value.toObject();
        TokenCache::AccountEntry entry = accountOf(object);
        entry.owner = TokenCache::Owner{text(object, "authority"), entry.account.issuer(), entry.account.id(),
                                        TokenCache::clientOfIdToken(entry.idTokenClaims)};
        if (!entry.account.isValid() || entry.account.id() != text(object, "id") || !cache->store(entry)) {
            warnings->append(QStringLiteral("skipped a malformed account entry"));
            continue;
        }
        owners.insert(entry.owner.accountId, entry.owner);
        clients.note(entry.owner.accountId, entry.owner.clientId);
    }
    for (const QJsonValue &value : root.value(QLatin1String("refresh_tokens")).toArray())
        clients.note(text(value.toObject(), "account_id"), text(value.toObject(), "client_id"));
    // Access tokens recorded their authority: bound when it is the account's.
    // Every sign-in and refresh of 0.1 stored one, so they are also the
    // evidence of where an account id was signed in.
    QSet<QString> seenHere;      // account ids with tokens from their account's authority
    QSet<QString> seenElsewhere; // ... and from another authority
    for (const QJsonValue &value : root.value(QLatin1String("access_tokens")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString accountId = text(object, "account_id");
        const auto owner = owners.constFind(accountId);
        if (owner != owners.cend())
            (owner->authority == text(object, "authority") ? seenHere : seenElsewhere).insert(accountId);
        TokenCache::AccessTokenEntry entry = accessTokenOf(object);
        if (owner == owners.cend() || entry.token.isEmpty()) {
            warnings->append(QStringLiteral("skipped a malformed access token entry"));
            continue;
        }
        if (owner->authority != text(object, "authority")) {
            warnings->append(QStringLiteral("dropped an access token that cannot be bound to its provider"));
            continue;
        }
        if (clients.soleClient(accountId) != owner->clientId) {
            warnings->append(QStringLiteral("dropped an access token that cannot be bound to its client"));
            continue;
        }
        entry.owner = *owner;
        cache->store(entry);
    }
    // A refresh token named only the account: it is bound to the account's
    // provider only on evidence that the account id was signed in there and
    // nowhere else; otherwise it may have been issued by either.
    for (const QJsonValue &value : root.value(QLatin1String("refresh_tokens")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString accountId = text(object, "account_id");
        const auto owner = owners.constFind(accountId);
        const QString clientId = text(object, "client_id");
        TokenCache::RefreshTokenEntry entry{TokenCache::Owner(), Secret(text(object, "token")), Secret()};
        if (owner == owners.cend() || entry.token.isEmpty() || clientId.isEmpty()) {
            warnings->append(QStringLiteral("skipped a malformed refresh token entry"));
            continue;
        }
        if (!seenHere.contains(accountId) || seenElsewhere.contains(accountId)) {
            warnings->append(QStringLiteral("dropped a refresh token that cannot be bound to its provider"));
            continue;
        }
        if (clientId != owner->clientId) {
            warnings->append(QStringLiteral("dropped a refresh token whose client's account entry is gone"));
            continue;
        }
        entry.owner = *owner;
        cache->store(entry);
    }
}

} // namespace

QByteArray TokenCacheSerializer::serialize(const TokenCache &cache)
{
    QJsonArray accounts;
    for (const TokenCache::AccountEntry &entry : cache.accounts()) {
        QJsonObject object{
            {QStringLiteral("id_token"), entry.idToken.revealString()},
            {QStringLiteral("id_token_claims"), entry.idTokenClaims},
            {QStringLiteral("openid_scopes"), QJsonArray::fromStringList(entry.openIdScopes)},
        };
        if (entry.account.identityVerification() == Account::IdentityVerification::ProfileEndpoint) {
            object.insert(profileAccountKey, QJsonObject{
                    {QStringLiteral("id"), entry.account.id()},
                    {QStringLiteral("username"), entry.account.username()},
                    {QStringLiteral("name"), entry.account.displayName()},
                    {QStringLiteral("issuer"), entry.account.issuer()},
            });
        }
        writeOwner(&object, entry.owner, "id");
        accounts.append(object);
    }
    bool holdsDPoPKey = false;
    QJsonArray accessTokens;
    for (const TokenCache::AccessTokenEntry &entry : cache.accessTokens()) {
        QJsonObject object{
            {QStringLiteral("scopes"), QJsonArray::fromStringList(entry.scopes)},
            {QStringLiteral("token"), entry.token.revealString()},
            {QStringLiteral("token_type"), entry.tokenType},
            {QStringLiteral("expires_on"), toJson(entry.expiresOn)},
        };
        if (entry.neverExpires)
            object.insert(QStringLiteral("never_expires"), true);
        holdsDPoPKey |= writeDPoPKey(&object, entry.dpopKey);
        writeOwner(&object, entry.owner, "account_id");
        accessTokens.append(object);
    }
    QJsonArray refreshTokens;
    for (const TokenCache::RefreshTokenEntry &entry : cache.refreshTokens()) {
        QJsonObject object{
            {QStringLiteral("token"), entry.token.revealString()},
        };
        holdsDPoPKey |= writeDPoPKey(&object, entry.dpopKey);
        writeOwner(&object, entry.owner, "account_id");
        refreshTokens.append(object);
    }
    const QJsonObject document{
        {QStringLiteral("schema"), holdsDPoPKey ? dpopSchemaVersion : schemaVersion},
        {QStringLiteral("accounts"), accounts},
        {QStringLiteral("access_tokens"), accessTokens},
        {QStringLiteral("refresh_tokens"), refreshTokens},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

TokenCacheSerializer::ReadResult TokenCacheSerializer::deserialize(const QByteArray &bytes,
                                                                   TokenCache *cache,
                                                                   QStringList *warnings)
{
    cache->clear();
    if (bytes.size() > maximumSize)
        return ReadResult::NotACache;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    const QJsonValue schema = document.object().value(QLatin1String("schema"));
    if (error.error != QJsonParseError::NoError || !document.isObject() || !schema.isDouble())
        return ReadResult::NotACache;
    if (schema.toDouble() > dpopSchemaVersion)
        return ReadResult::NewerSchema;
    if (schema.toDouble() == 1)
        migrateSchema1(document.object(), cache, warnings);
    else if (schema.toDouble() == 2)
        migrateSchema2(document.object(), cache, warnings);
    else if (schema.toDouble() == schemaVersion || schema.toDouble() == dpopSchemaVersion)
        readCurrent(document.object(), cache, warnings);
    else
        return ReadResult::NotACache;
    return ReadResult::Read;
}

} // namespace QtSignIn
