// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SignInProfileChoice.h"

#include <QtSignIn/EmbeddedUserAgentLoader.h>

namespace QtSignIn {

QString SignInProfileChoice::wantedDirectory(bool offTheRecord, const QString &chosenDirectory)
{
    if (offTheRecord)
        return QString();
    if (!chosenDirectory.isEmpty())
        return chosenDirectory;
    return EmbeddedUserAgentLoader::defaultProfileDirectory();
}

bool SignInProfileChoice::canReuse(const QString &openDirectory, const QString &wantedDirectory)
{
    return !wantedDirectory.isEmpty() && openDirectory == wantedDirectory;
}

} // namespace QtSignIn
