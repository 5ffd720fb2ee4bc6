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

    // Parses `arguments` (QCoreApplication::arguments(), Qt's own options
    // already taken out); false and `error` on a usage error, with
    // `helpText` set for --help and --version (then true). Without
    // arguments: the configuration file in the user's config folder, if any.
    static bool parse(const QStringList &arguments, DemoOptions *options, QString *error, QString *helpText);

    // Nothing to sign in to: neither --config nor --authority, and no file
    // at userConfigurationFile().
    bool isUnconfigured() const { return configurationFile.isEmpty() && authority.isEmpty() && apiUrl.isEmpty(); }
    // Where the demo looks for its configuration when started from a menu.
    static QString userConfigurationFile();
    // What a person who started the demo from a menu reads when it has
    // nothing to sign in to: what is missing and how to add it.
    static QString whatIsMissing();

    // Without a display, the demo can only run headless.
    static bool hasDisplay();
};
