// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/FileTokenStore.h>

namespace QtSignIn {

// FileTokenStore's state, behind its d-pointer.
class FileTokenStorePrivate
{
public:
    explicit FileTokenStorePrivate(const QString &path) : path(path) {}

    const QString path;
};

} // namespace QtSignIn
