// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "OptionDefinition.h"
#include "ProfileOptions.h"
#include "TokenStoreOption.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

// What `qtsignin doctor` was asked to check. The same provider, client and
// cache options as the other commands, from the command line or the
// profile `login` remembered; unlike them, no provider is needed: without
// one the provider's checks are skipped.
struct DoctorOptions
{
    Q_DECLARE_TR_FUNCTIONS(DoctorOptions)
public:
    QtSignIn::ClientConfiguration configuration; // no authority: no provider to check
    TokenStoreOption store;
    QString browserCommand; // --browser-command, else $BROWSER; empty: the desktop's
    bool json = false;
    bool verbose = false;
    ProfileSelection profile;

    static bool parse(const QStringList &arguments, DoctorOptions *options, QString *error, bool *helpRequested,
                      const ProfileStore &profiles = ProfileStore());
    static QList<OptionDefinition> definitions();
    static QString helpText();
};
