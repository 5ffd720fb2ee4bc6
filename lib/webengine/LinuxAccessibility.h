// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

namespace QtSignIn {

// Qt WebEngine on Linux hides every page from screen readers unless
// QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY is set when its context starts
// (QTBUG-59922: the accessibility tree costs time on large pages). A sign-in
// page is small, and a password field nobody can find locks people out, so
// this library sets it, unless the app has set it itself (any value: Qt
// WebEngine only asks whether it is set).
//
// It runs as early as this library can: when the QCoreApplication is
// constructed (Q_COREAPP_STARTUP_FUNCTION; at load time for an app that
// loads the library later with QLibrary), and again when an
// EmbeddedUserAgent is constructed. Qt WebEngine reads the variable once,
// when its first profile or page is created; an app that creates one before
// either point must set the variable itself.
void enableLinuxAccessibility();

} // namespace QtSignIn
