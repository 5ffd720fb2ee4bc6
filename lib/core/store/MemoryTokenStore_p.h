// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/MemoryTokenStore.h>

namespace QtSignIn {

// MemoryTokenStore's state, behind its d-pointer.
class MemoryTokenStorePrivate
{
public:
    QByteArray document;
};

} // namespace QtSignIn
