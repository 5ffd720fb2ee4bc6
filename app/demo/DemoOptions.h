// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "TokenStoreOption.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

// qtsignin-demo's command line.
struct DemoOptions
{
    Q_DECLARE_TR_FUNCTIONS(DemoOptions)
public:
    QString configurationFile;   // --config: another provider and API (examples/entra-graph.json)
    QUrl authority;              // --authority: the local provider (scripts/demo.sh passes it)
    QUrl apiUrl;                 // --api-url: the local demo API
    QString brandingFile;        // --branding
    QString language;            // --lang: overrides the system locale
    QString browserCommand;      // --browser-command: instead of the default browser
    TokenStoreOption store;      // --cache
    bool headless = false;       // --headless: a scripted sign-in and API call, printed
    bool exitAfterStartup = false; // --exit-after-startup: for start-up measurements
    bool preloadEmbedded = false;  // --preload-embedded: load Qt WebEngine at start (measurements)

    // Parses `arguments` (argv); false and `error` on a usage error, with
    // `helpText` set for --help (then true).
    static bool parse(const QStringList &arguments, DemoOptions *options, QString *error, QString *helpText);

    // Without a display, the demo can only run headless.
    static bool hasDisplay();
};
