// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/EmbeddedUserAgent.h>

// The run-time entry point: an app that resolves this with QLibrary gets the
// embedded agent without linking Qt WebEngine, so a core-only app never
// loads it (about 150 MB) unless the person signs in this way.
extern "C" QtSignIn::UserAgent *qtsignin_create_embedded_user_agent(QObject *parent)
{
    return new QtSignIn::EmbeddedUserAgent(parent);
}
