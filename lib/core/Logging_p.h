// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QLoggingCategory>
#include <QtCore/QUrl>

// One category per area, warnings and above by default; enable all with
// QT_LOGGING_RULES="qtsignin.*=true".
// Nothing logged here may contain a token, code or verifier: those are
// QtSignIn::Secret values, which print as "<redacted>".
namespace QtSignIn {
Q_DECLARE_LOGGING_CATEGORY(lcFlow)
Q_DECLARE_LOGGING_CATEGORY(lcLoopback)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcDiscovery)
Q_DECLARE_LOGGING_CATEGORY(lcToken)
Q_DECLARE_LOGGING_CATEGORY(lcBrowser)
Q_DECLARE_LOGGING_CATEGORY(lcStore)

// An endpoint as logs and error details may show it: no query, fragment or
// user info, which is where a URL could carry a secret.
inline QString loggableUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}
} // namespace QtSignIn
