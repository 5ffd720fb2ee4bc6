// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QString>

namespace QtSignIn {

// Which profile folder a sign-in of the embedded agents opens (the widget
// dialog's EmbeddedUserAgent and the Qt Quick EmbeddedSignIn alike), and
// whether the profile already open can serve it.
class SignInProfileChoice
{
public:
    // The persistent profile's folder: the app's `chosenDirectory`, else the
    // default folder (EmbeddedUserAgentLoader::defaultProfileDirectory(),
    // the one `qtsignin logout` forgets too); empty for an off-the-record one.
    static QString wantedDirectory(bool offTheRecord, const QString &chosenDirectory);

    // Whether the profile open in `openDirectory` serves a sign-in that
    // wants `wantedDirectory`. A private profile is never reused across
    // sign-ins: off the record means each sign-in starts with nothing.
    static bool canReuse(const QString &openDirectory, const QString &wantedDirectory);
};

} // namespace QtSignIn
