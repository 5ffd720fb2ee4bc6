// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenStoreOption.h"

#include "HeldWriteTokenStore.h"

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/FileTokenStore.h>
#include <QtSignIn/KeychainTokenStore.h>
#include <QtSignIn/MemoryTokenStore.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>

using namespace QtSignIn;

bool TokenStoreOption::parse(const QString &cache, const QString &keychainTimeout, TokenStoreOption *option,
                             QString *error)
{
    if (cache == QLatin1String("keychain")) {
        option->kind = Kind::Keychain;
    } else if (cache == QLatin1String("memory")) {
        option->kind = Kind::Memory;
    } else if (cache.startsWith(QLatin1String("file:")) && cache.size() > 5) {
        option->kind = Kind::File;
        option->path = QDir::cleanPath(QDir::current().absoluteFilePath(cache.mid(5)));
    } else {
        *error = QCoreApplication::translate("TokenStoreOption", "--cache must be keychain, memory or file:PATH");
        return false;
    }
    bool ok = false;
    const int seconds = keychainTimeout.toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600) {
        *error = QCoreApplication::translate("TokenStoreOption",
                                             "--keychain-timeout must be a number of seconds from 1 to 3600");
        return false;
    }
    option->keychainTimeout = std::chrono::seconds(seconds);
    return true;
}

TokenStore *TokenStoreOption::create(const ClientConfiguration &configuration) const
{
    return HeldWriteTokenStore::wrapIfRequested(createStore(configuration));
}

TokenStore *TokenStoreOption::createStore(const ClientConfiguration &configuration) const
{
    switch (kind) {
    case Kind::Memory:
        return new MemoryTokenStore;
    case Kind::File:
        return new FileTokenStore(path);
    case Kind::Keychain:
        break;
    }
    auto *store = new KeychainTokenStore(
            KeychainTokenStore::serviceNameFor(configuration.storageNamespace(), configuration.clientId(),
                                               configuration.authority()));
    store->setTimeout(keychainTimeout);
    return store;
}
