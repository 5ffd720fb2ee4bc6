// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QString>

namespace QtSignIn::TokenStoreLock {

// The lock file that makes processes take turns on the store whose
// TokenStore::sharedIdentity() is `identity`: per user (under the user's own
// cache folder, not a shared /tmp where another user could hold the name).
QString pathFor(const QString &identity);

} // namespace QtSignIn::TokenStoreLock
