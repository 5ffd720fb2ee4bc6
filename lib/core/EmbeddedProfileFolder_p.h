// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QString>

namespace QtSignIn {

// The folder the embedded sign-in keeps its persistent profile in: it holds
// "generation" (a number) and the folder "generation-N" of the live profile.
// Forgetting starts a new generation: web storage (local storage, IndexedDB)
// has no clearing API in Qt 6.4, and Chromium keeps writing to a profile's
// folder for a while after the profile is gone, so a new folder is the one
// reliable way to forget. Plain file work, no Qt WebEngine: in Core, so that
// `qtsignin logout` forgets without loading it; QtSignIn::WebEngine opens
// its profiles through it. Exported for that library only, not public API.
class QTSIGNIN_CORE_EXPORT EmbeddedProfileFolder
{
public:
    // The live generation's folder in `directory`; older generations are
    // removed as far as they can be (Chromium may still hold them).
    static QString liveProfilePath(const QString &directory);
    // Makes the next profile opened in `directory` start empty; false when
    // the directory could not be written.
    static bool startNewGeneration(const QString &directory);
};

} // namespace QtSignIn
