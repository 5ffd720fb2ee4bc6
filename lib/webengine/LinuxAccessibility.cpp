// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "LinuxAccessibility.h"

#include <QtCore/QCoreApplication>

namespace QtSignIn {

void enableLinuxAccessibility()
{
#ifdef Q_OS_LINUX
    static const char name[] = "QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY";
    if (!qEnvironmentVariableIsSet(name))
        qputenv(name, "1");
#endif
}

} // namespace QtSignIn

namespace {
// Before Qt WebEngine's context exists: it is created with the first
// profile or page, after the application object.
void enableLinuxAccessibilityAtStartUp()
{
    QtSignIn::enableLinuxAccessibility();
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(enableLinuxAccessibilityAtStartUp)
