// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>
#include <QtSignIn/UserAgent.h>

// Finds QtSignIn::WebEngine at run time and creates its embedded user agent.
// qtsignin and qtsignin-demo do not link the library: browser mode must start without
// Qt WebEngine (about 150 MB) and run where it is not installed. Returns
// nullptr with UserAgentUnavailable and the reason when that cannot be done.
QtSignIn::UserAgent *loadEmbeddedUserAgent(QObject *parent, QtSignIn::SignInError *error);
