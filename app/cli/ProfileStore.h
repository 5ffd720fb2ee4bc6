// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "CliProfile.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

// Where the profiles live: one small JSON file each, NAME.json in the
// user's config folder ($XDG_CONFIG_HOME/qtsignin/profiles on Linux),
// written whole or not at all, readable by its owner alone.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    // QStandardPaths::GenericConfigLocation + "/qtsignin/profiles": the
    // same folder whatever the application object is called.
    static QString defaultFolder();
    static QString defaultProfileName() { return QStringLiteral("default"); }
    // Letters, digits, ".", "_" and "-", at most 64, starting with a letter
    // or digit: a name is a file name, and never a path.
    static bool isValidName(const QString &name);

    explicit ProfileStore(const QString &folder = defaultFolder());

    QString folder() const { return m_folder; }
    QString filePath(const QString &name) const;

    enum class ReadResult { Found, NotFound, Unusable };
    // Unusable, with `error` saying why and what to do, for a file that is
    // not a profile: unreadable, not JSON, an unknown key, a bad value, or
    // writable by others (it says where tokens are sent).
    ReadResult read(const QString &name, CliProfile *profile, QString *error) const;

    // Replaces the profile's file atomically (QSaveFile), mode 0600, its
    // missing folders 0700. False and `error` when it could not.
    bool write(const QString &name, const CliProfile &profile, QString *error) const;

private:
    QString m_folder;
};
