// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "EmbeddedAgentLoader.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QLibrary>
#include <QtWidgets/QApplication>

using QtSignIn::SignInError;

namespace {

using Factory = QtSignIn::UserAgent *(*)(QObject *parent);

// Beside the program, then the install's library directory, then (only when
// this is one of the build tree's own programs) the build tree's library, and
// last the system's search path. Never the current directory.
QStringList candidates()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString name = QStringLiteral("QtSignInWebEngine");
    QStringList paths{
        QDir(appDir).filePath(name),
        QDir(appDir).filePath(QStringLiteral(QTSIGNIN_INSTALL_BINDIR_TO_LIBDIR "/") + name),
    };
#if defined(QTSIGNIN_BUILD_TREE_DIR) && defined(QTSIGNIN_BUILD_TREE_WEBENGINE_DIR)
    const QString buildTree = QDir::cleanPath(QStringLiteral(QTSIGNIN_BUILD_TREE_DIR)) + QLatin1Char('/');
    if (QDir::cleanPath(appDir).startsWith(buildTree))
        paths << QDir(QStringLiteral(QTSIGNIN_BUILD_TREE_WEBENGINE_DIR)).filePath(name);
#endif
    paths << name;
    return paths;
}

} // namespace

QtSignIn::UserAgent *loadEmbeddedUserAgent(QObject *parent, SignInError *error)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        *error = SignInError(SignInError::UserAgentUnavailable,
                             QStringLiteral("embedded sign-in needs a display (DISPLAY or WAYLAND_DISPLAY, "
                                            "or QT_QPA_PLATFORM=offscreen)"));
        return nullptr;
    }
    QStringList failures;
    for (const QString &path : candidates()) {
        QLibrary library;
        // Installed, only the versioned file may exist; in the build tree both do.
        library.setFileNameAndVersion(path, QTSIGNIN_VERSION_MAJOR);
        if (!library.load()) {
            library.setFileName(path);
            if (!library.load()) {
                failures << library.errorString();
                continue;
            }
        }
        const auto create = reinterpret_cast<Factory>(library.resolve("qtsignin_create_embedded_user_agent"));
        if (!create) {
            failures << library.errorString();
            continue;
        }
        // The library stays loaded for the life of the process: the agent's
        // code lives in it.
        return create(parent);
    }
    *error = SignInError(SignInError::UserAgentUnavailable,
                         QStringLiteral("embedded sign-in is not available: the QtSignInWebEngine library "
                                        "could not be loaded (%1)")
                                 .arg(failures.isEmpty() ? QString() : failures.constLast()));
    return nullptr;
}
