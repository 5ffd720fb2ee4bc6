// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenCacheSerializer.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

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

} // namespace

QByteArray TokenCacheSerializer::serialize(const TokenCache &cache)
{
    QJsonArray accounts;
    for (const TokenCache::AccountEntry &entry : cache.accounts()) {
        accounts.append(QJsonObject{
            {QStringLiteral("id"), entry.account.id()},
            {QStringLiteral("authority"), entry.authority},
            {QStringLiteral("id_token"), entry.idToken.revealString()},
            {QStringLiteral("id_token_claims"), entry.idTokenClaims},
        });
    }
    QJsonArray accessTokens;
    for (const TokenCache::AccessTokenEntry &entry : cache.accessTokens()) {
        accessTokens.append(QJsonObject{
            {QStringLiteral("account_id"), entry.accountId},
            {QStringLiteral("authority"), entry.authority},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(entry.scopes)},
            {QStringLiteral("token"), entry.token.revealString()},
            {QStringLiteral("token_type"), entry.tokenType},
            {QStringLiteral("expires_on"), toJson(entry.expiresOn)},
        });
    }
    QJsonArray refreshTokens;
    for (const TokenCache::RefreshTokenEntry &entry : cache.refreshTokens()) {
        refreshTokens.append(QJsonObject{
            {QStringLiteral("account_id"), entry.accountId},
            {QStringLiteral("client_id"), entry.clientId},
            {QStringLiteral("token"), entry.token.revealString()},
        });
    }
    const QJsonObject document{
        {QStringLiteral("schema"), schemaVersion},
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
    if (schema.toInt() > schemaVersion)
        return ReadResult::NewerSchema;
    if (schema.toInt() < 1)
        return ReadResult::NotACache;
    const QJsonObject root = document.object();

    for (const QJsonValue &value : root.value(QLatin1String("accounts")).toArray()) {
        const QJsonObject object = value.toObject();
        TokenCache::AccountEntry entry;
        entry.idTokenClaims = object.value(QLatin1String("id_token_claims")).toObject();
        entry.account = Account::fromIdTokenClaims(entry.idTokenClaims);
        entry.authority = text(object, "authority");
        entry.idToken = Secret(text(object, "id_token"));
        // The id is derived from the claims again: a stored id that does not
        // match them means the entry was tampered with or mangled.
        if (!entry.account.isValid() || entry.account.id() != text(object, "id") || entry.authority.isEmpty()) {
            warnings->append(QStringLiteral("skipped a malformed account entry"));
            continue;
        }
        cache->store(entry);
    }
    for (const QJsonValue &value : root.value(QLatin1String("access_tokens")).toArray()) {
        const QJsonObject object = value.toObject();
        TokenCache::AccessTokenEntry entry;
        entry.accountId = text(object, "account_id");
        entry.authority = text(object, "authority");
        entry.scopes = stringList(object.value(QLatin1String("scopes")));
        entry.token = Secret(text(object, "token"));
        entry.tokenType = text(object, "token_type");
        // Range-checked before converting: a double beyond qint64 is
        // undefined behaviour, and anything past year 9999 is not a date.
        const double expiresOn = object.value(QLatin1String("expires_on")).toDouble(-1);
        if (expiresOn >= 0 && expiresOn < 253402300800.0)
            entry.expiresOn = QDateTime::fromSecsSinceEpoch(qint64(expiresOn), Qt::UTC);
        if (entry.accountId.isEmpty() || entry.authority.isEmpty() || entry.token.isEmpty()
            || !cache->findAccount(entry.accountId)) {
            warnings->append(QStringLiteral("skipped a malformed access token entry"));
            continue;
        }
        cache->store(entry);
    }
    for (const QJsonValue &value : root.value(QLatin1String("refresh_tokens")).toArray()) {
        const QJsonObject object = value.toObject();
        TokenCache::RefreshTokenEntry entry;
        entry.accountId = text(object, "account_id");
        entry.clientId = text(object, "client_id");
        entry.token = Secret(text(object, "token"));
        if (entry.accountId.isEmpty() || entry.clientId.isEmpty() || entry.token.isEmpty()
            || !cache->findAccount(entry.accountId)) {
            warnings->append(QStringLiteral("skipped a malformed refresh token entry"));
            continue;
        }
        cache->store(entry);
    }
    return ReadResult::Read;
}

} // namespace QtSignIn
