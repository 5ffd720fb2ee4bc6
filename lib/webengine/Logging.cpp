// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "Logging_p.h"

namespace QtSignIn {
Q_LOGGING_CATEGORY(lcEmbedded, "qtsignin.embedded", QtWarningMsg)
} // namespace QtSignIn
