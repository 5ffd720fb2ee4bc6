// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/TokenStore.h>

namespace QtSignIn {

TokenStore::TokenStore(QObject *parent) : QObject(parent) {}

TokenStore::~TokenStore() = default;

QString TokenStore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Memory:
        return QStringLiteral("memory");
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("custom");
}

} // namespace QtSignIn
