// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/SignInOptions.h>

#include "CliProfile.h"
#include "OptionDefinition.h"
#include "ProfileOptions.h"
#include "TokenStoreOption.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

// Everything `qtsignin login` was asked to do, checked.
struct LoginOptions
{
    Q_DECLARE_TR_FUNCTIONS(LoginOptions)
public:
    enum class Mode { Browser, Embedded, Device, Auto };
    // --qr-code: when a device sign-in draws its link as a QR code on stderr.
    enum class QrCodeWhen { Auto, Always, Never };

    QtSignIn::ClientConfiguration configuration;
    QtSignIn::SignInOptions signInOptions;
    QStringList scopes;
    Mode mode = Mode::Browser;
    TokenStoreOption store;
    QString browserCommand;  // empty: the desktop's default browser
    QrCodeWhen qrCode = QrCodeWhen::Auto;
    bool json = false;
    bool showToken = false;
    bool verbose = false;
    ProfileSelection profile;
    // Written when the sign-in succeeds, unless --no-save or --cache memory
    // (nothing is kept for a later command to find).
    bool saveProfile = false;
    CliProfile profileToSave;

    // Parses `arguments` (after the "login" word). On a usage error returns
    // false and fills `error`.
    // The profile named by --profile, or the default one, fills in what the
    // arguments leave out; `profiles` is where they are.
    static bool parse(const QStringList &arguments, LoginOptions *options, QString *error,
                      bool *helpRequested, const ProfileStore &profiles = ProfileStore());
    // Every option `login` takes, its parser's and its --help's.
    static QList<OptionDefinition> definitions();
    static QString helpText();
    // The --mode asked for, read before the application object exists
    // (it decides its type); Browser when the arguments do not parse.
    static Mode requestedMode(const QStringList &arguments);
};
