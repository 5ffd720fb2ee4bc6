// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QLoggingCategory>

// The embedded user agent's area, beside the core's qtsignin.* categories.
// URLs are logged without their query: a redirect carries the code.
namespace QtSignIn {
Q_DECLARE_LOGGING_CATEGORY(lcEmbedded)
} // namespace QtSignIn
