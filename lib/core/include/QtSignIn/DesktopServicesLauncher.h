// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

/// For GUI applications only: QtSignIn::Core does not link Qt GUI, so this
/// launcher lives in a header the application compiles against its own QtGui.

#include <QtSignIn/SystemBrowserUserAgent.h>

#include <QtGui/QDesktopServices>

namespace QtSignIn {

inline BrowserLauncher desktopServicesLauncher()
{
    return [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}

} // namespace QtSignIn
