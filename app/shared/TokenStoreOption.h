// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QString>

#include <chrono>

namespace QtSignIn {
class ClientConfiguration;
class TokenStore;
}

// `--cache keychain|memory|file:PATH` and `--keychain-timeout`, shared by
// every command that touches the token cache.
struct TokenStoreOption
{
    enum class Kind { Keychain, Memory, File };
    Kind kind = Kind::Keychain;
    QString path;                                // Kind::File
    std::chrono::seconds keychainTimeout{30};

    // Fills `option` from the two options' values; false and `error` on a usage error.
    static bool parse(const QString &cache, const QString &keychainTimeout, TokenStoreOption *option,
                      QString *error);

    // The store for `configuration`'s application and client.
    QtSignIn::TokenStore *create(const QtSignIn::ClientConfiguration &configuration) const;

private:
    QtSignIn::TokenStore *createStore(const QtSignIn::ClientConfiguration &configuration) const;
};
