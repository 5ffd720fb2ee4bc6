// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/TokenStore.h>

namespace QtSignIn {

TokenStore::TokenStore(QObject *parent) : QObject(parent) {}

TokenStore::~TokenStore() = default;

} // namespace QtSignIn
