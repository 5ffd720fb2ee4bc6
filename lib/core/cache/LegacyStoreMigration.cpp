// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "LegacyStoreMigration.h"

#include "Logging_p.h"
#include "TokenCacheSerializer.h"
#include "TokenStoreLock.h"

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/KeychainTokenStore.h>
#include <QtSignIn/TokenStore.h>
#include <QtSignIn/TokenStoreJob.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLockFile>
#include <QtCore/QSet>

namespace QtSignIn {

LegacyStoreMigration::LegacyStoreMigration(TokenStore *legacyStore, const QString &authority, Holds holds,
                                           QObject *parent)
    : QObject(parent), m_store(legacyStore), m_authority(authority), m_holds(holds)
{
    legacyStore->setParent(this);
}

LegacyStoreMigration::~LegacyStoreMigration() = default;

QList<LegacyStoreMigration *> LegacyStoreMigration::forKeychain(const ClientConfiguration &configuration,
                                                                const KeychainTokenStore &store)
{
    const QUrl authority = configuration.authority();
    const QString clientId = configuration.clientId();
    if (store.serviceName() != KeychainTokenStore::serviceNameFor(configuration.storageNamespace(), clientId, authority))
        return {};
    const auto earlier = [&](const QString &serviceName, Holds holds) {
        auto *item = new KeychainTokenStore(serviceName);
        item->setTimeout(store.timeout());
        return new LegacyStoreMigration(item, authority.toString(), holds);
    };
    QList<LegacyStoreMigration *> items;
    // 0.2 named the item after the displayed name (empty: the app's name).
    const QString named = KeychainTokenStore::serviceNameFor(configuration.applicationName(), clientId, authority);
    if (named != store.serviceName())
        items.append(earlier(named, Holds::ThisProvidersOwn));
    items.append(earlier(KeychainTokenStore::serviceNameFor(configuration.applicationName(), clientId),
                         Holds::SharedByProviders));
    return items;
}

bool LegacyStoreMigration::lock()
{
    m_lock = std::make_unique<QLockFile>(TokenStoreLock::pathFor(m_store->sharedIdentity()));
    m_lock->setStaleLockTime(0);
    // Held by another provider's process for as long as one keychain read
    // and write: a short wait, once per provider and machine.
    if (m_lock->tryLock(5000))
        return true;
    m_lock.reset();
    return false;
}

void LegacyStoreMigration::release()
{
    m_lock.reset(); // unlocks
    m_document.clear();
}

void LegacyStoreMigration::readMine(bool locked, const Found &found)
{
    if (locked && !lock())
        locked = false; // read, but leave the moving to a later section
    connect(m_store->read(), &TokenStoreJob::finished, this, [this, locked, found](TokenStoreJob *job) {
        const QByteArray document = job->document();
        const SignInError error = job->error();
        TokenCache legacy;
        QStringList warnings;
        if (error.isError() || document.isEmpty()
            || TokenCacheSerializer::deserialize(document, &legacy, &warnings) != TokenCacheSerializer::ReadResult::Read) {
            // Nothing there (or nothing usable, left as it is): nothing to move.
            if (!error.isError())
                m_done = true;
            release();
            return found(TokenCache());
        }
        TokenCache mine = legacy;
        if (m_holds == Holds::SharedByProviders)
            mine.retainAuthority(m_authority);
        if (mine.isEmpty()) {
            m_done = true;
            release();
            return found(mine);
        }
        for (const QString &message : std::as_const(warnings))
            qCInfo(lcStore).noquote() << "moving tokens of an earlier QtSignIn:" << message;
        if (locked)
            m_document = document;
        else
            release();
        found(mine);
    });
}

void LegacyStoreMigration::forgetMine(const std::function<void()> &done)
{
    if (!m_lock) {
        done();
        return;
    }
    const QByteArray remaining = m_holds == Holds::ThisProvidersOwn ? QByteArray()
                                                                     : withoutAuthority(m_document, m_authority);
    TokenStoreJob *const writing = remaining.isEmpty() ? m_store->clear() : m_store->write(remaining);
    connect(writing, &TokenStoreJob::finished, this, [this, done](TokenStoreJob *job) {
        const SignInError error = job->error();
        // If this failed, the old item keeps a copy: read again only should
        // this provider's own store be emptied (sign-out), which tries again.
        if (error.isError())
            qCWarning(lcStore).noquote() << "removing moved tokens from their old place failed:" << error.detail();
        else
            m_done = true;
        release();
        done();
    });
}

QByteArray LegacyStoreMigration::withoutAuthority(const QByteArray &schema1Document, const QString &authority)
{
    QJsonObject root = QJsonDocument::fromJson(schema1Document).object();
    if (root.value(QLatin1String("schema")).toDouble() != 1)
        return schema1Document;
    const auto named = [&authority](const QJsonValue &entry) {
        return entry.toObject().value(QLatin1String("authority")).toString() == authority;
    };
    QSet<QString> removedAccounts;
    QSet<QString> keptAccounts;
    QJsonArray accounts;
    for (const QJsonValue &entry : root.value(QLatin1String("accounts")).toArray()) {
        const QString id = entry.toObject().value(QLatin1String("id")).toString();
        if (named(entry)) {
            removedAccounts.insert(id);
        } else {
            keptAccounts.insert(id);
            accounts.append(entry);
        }
    }
    QJsonArray accessTokens;
    for (const QJsonValue &entry : root.value(QLatin1String("access_tokens")).toArray()) {
        if (!named(entry))
            accessTokens.append(entry);
    }
    QJsonArray refreshTokens;
    for (const QJsonValue &entry : root.value(QLatin1String("refresh_tokens")).toArray()) {
        const QString id = entry.toObject().value(QLatin1String("account_id")).toString();
        if (!removedAccounts.contains(id) || keptAccounts.contains(id))
            refreshTokens.append(entry);
    }
    if (accounts.isEmpty() && accessTokens.isEmpty() && refreshTokens.isEmpty())
        return QByteArray();
    root.insert(QStringLiteral("accounts"), accounts);
    root.insert(QStringLiteral("access_tokens"), accessTokens);
    root.insert(QStringLiteral("refresh_tokens"), refreshTokens);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace QtSignIn
