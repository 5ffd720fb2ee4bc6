// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "Logging_p.h"

namespace QtSignIn {
Q_LOGGING_CATEGORY(lcFlow, "qtsignin.flow", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLoopback, "qtsignin.loopback", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "qtsignin.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDiscovery, "qtsignin.discovery", QtWarningMsg)
Q_LOGGING_CATEGORY(lcToken, "qtsignin.token", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBrowser, "qtsignin.browser", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "qtsignin.store", QtWarningMsg)
} // namespace QtSignIn
