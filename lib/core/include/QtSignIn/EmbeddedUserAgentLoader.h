// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>
#include <QtSignIn/qtsignin_global.h>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace QtSignIn {

class UserAgent;

/// The embedded sign-in dialog (QtSignIn::EmbeddedUserAgent, Qt WebEngine)
/// for applications that do not link QtSignIn::WebEngine: it is loaded as a
/// Qt plugin the first time it is asked for, so an application that signs in
/// with the system browser never loads Qt WebEngine (about 150 MB).
///
///     QtSignIn::SignInError error;
///     QtSignIn::UserAgent *agent = QtSignIn::EmbeddedUserAgentLoader::create(this, &error);
///     if (!agent) {
///         qWarning() << error.message() << error.detail(); // UserAgentUnavailable
///         return;                                         // or sign in with the browser
///     }
///     // This sign-in only, the agent staying `this`'s (a later one may use
///     // another); client->setUserAgent(agent) would make it the client's.
///     reply = client->signIn(scopes, options, agent);
///
/// The plugin (qtsignin/libqtsignin_embedded.so, installed with
/// QtSignIn::WebEngine) is looked for in the Qt plugin folder beside
/// QtSignIn::Core (`<libdir>/qt6/plugins`), then in
/// QCoreApplication::libraryPaths(). The environment variable
/// QTSIGNIN_PLUGIN_PATH (folders separated by ':', ';' on Windows) replaces
/// that search.
///
/// Qt WebEngine loaded at run time needs Qt::AA_ShareOpenGLContexts set
/// before the QApplication is constructed, or it crashes when it shows its
/// first page. QtSignIn::Core sets it when it is loaded, which for an
/// application that links it is before main(). An application that turns it
/// off again, or loads QtSignIn::Core itself only after constructing the
/// QApplication, gets UserAgentUnavailable from create() instead of a crash.
class QTSIGNIN_CORE_EXPORT EmbeddedUserAgentLoader
{
public:
    /// A new embedded user agent owned by `parent`, or nullptr with `error`
    /// set to UserAgentUnavailable and its detail saying what is missing: a
    /// QApplication (Qt Widgets, and so a display), Qt::AA_ShareOpenGLContexts,
    /// the plugin (with every folder searched), or a library it needs such as
    /// Qt WebEngine. Call it from the GUI thread.
    static UserAgent *create(QObject *parent, SignInError *error);

    /// Where the embedded sign-in keeps its persistent profile when the app
    /// names no other (EmbeddedUserAgent::setProfileDirectory()):
    /// "sign-in-profile" in the app's QStandardPaths::AppDataLocation.
    static QString defaultProfileDirectory();

    /// Forgets the provider's session that the embedded sign-in keeps in the
    /// persistent profile in `profileDirectory` (empty: the default one),
    /// as EmbeddedUserAgent::clearSession() does, for a process that signs
    /// out without showing the embedded sign-in: file work only, no plugin
    /// and no Qt WebEngine loaded, no QApplication needed. Do not call it for
    /// a profile open in this process (clearSession() is for that). False,
    /// with `error` (UserAgentUnavailable) saying why, when the directory
    /// could not be written.
    static bool forgetSession(const QString &profileDirectory, SignInError *error);

    EmbeddedUserAgentLoader() = delete;
};

} // namespace QtSignIn
