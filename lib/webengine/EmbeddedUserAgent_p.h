// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_webengine_global.h>

QT_BEGIN_NAMESPACE
class QWebEnginePage;
QT_END_NAMESPACE

namespace QtSignIn {

class EmbeddedUserAgent;

// For this project's tests and benchmarks, not part of the API: the page
// showing the provider while the dialog is open, nullptr otherwise.
QTSIGNIN_WEBENGINE_EXPORT QWebEnginePage *embeddedUserAgentPage(const EmbeddedUserAgent *agent);

} // namespace QtSignIn
