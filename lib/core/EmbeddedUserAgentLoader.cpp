// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/EmbeddedUserAgentLoader.h>
#include <QtSignIn/UserAgent.h>

#include "EmbeddedProfileFolder_p.h"
#include "UserAgentFactoryInterface_p.h"

// The plugin's interface follows the library's ABI (see the IID's comment).
static_assert(sizeof(QtSignIn_UserAgentFactoryInterface_iid) >= 2
                      && QtSignIn_UserAgentFactoryInterface_iid[sizeof(QtSignIn_UserAgentFactoryInterface_iid) - 2]
                              == '0' + QTSIGNIN_SOVERSION
                      && QTSIGNIN_SOVERSION < 10,
              "the plugin interface's IID must end in the SONAME number, QTSIGNIN_SOVERSION");

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonObject>
#include <QtCore/QLibrary>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPluginLoader>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>

#if defined(Q_OS_UNIX)
#  include <dlfcn.h>
#endif

namespace QtSignIn {

namespace {

Q_LOGGING_CATEGORY(lcPlugin, "qtsignin.plugin", QtWarningMsg)

// The plugin's folder below each plugin folder searched, as Qt's own plugins
// have theirs ("platforms", "sqldrivers").
constexpr QLatin1String pluginType("qtsignin");

// Qt reads Qt::AA_ShareOpenGLContexts while it constructs the QGuiApplication
// and creates the global share context then; Qt WebEngine, loaded after
// that, needs this context and dereferences it without checking
// (QOpenGLContext::format() on a null pointer, when it shows its first page).
// Qt WebEngine arranges for the context itself only when the application
// links it (a static initializer that runs before the application object),
// which is what this loader is here to avoid; loaded later, it only warns
// ("Qt WebEngine seems to be initialized from a plugin"). So
// QtSignIn::Core sets it when it is loaded, before main() for an application
// that links it, and records what it was when the application object was
// made, to refuse rather than crash when it was not.
bool sharedContextsAtConstruction = false;

void recordSharedContexts()
{
    sharedContextsAtConstruction = QCoreApplication::testAttribute(Qt::AA_ShareOpenGLContexts);
}

void shareOpenGLContexts()
{
    if (!QCoreApplication::instance())
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // Runs when each application object is constructed, or at once when one
    // already exists (QtSignIn::Core loaded late, by a plugin of its own).
    qAddPreRoutine(recordSharedContexts);
}
Q_CONSTRUCTOR_FUNCTION(shareOpenGLContexts)

// The folder libQtSignInCore was loaded from: the plugin is installed
// relative to it (QTSIGNIN_LIBDIR_TO_PLUGINDIR), in the build tree as in any
// install prefix, so no absolute path is compiled in.
QString coreLibraryFolder()
{
#if defined(Q_OS_UNIX)
    Dl_info info;
    if (dladdr(reinterpret_cast<void *>(&coreLibraryFolder), &info) != 0 && info.dli_fname)
        return QFileInfo(QFile::decodeName(info.dli_fname)).absolutePath();
#endif
    return {};
}

// QTSIGNIN_PLUGIN_PATH replaces the search (tests, relocated installs);
// otherwise beside QtSignIn::Core first, so the plugin matches the library,
// then wherever Qt looks for plugins. Never a relative folder: that would be
// the current directory's.
QStringList pluginFolders()
{
    QStringList bases;
    if (qEnvironmentVariableIsSet("QTSIGNIN_PLUGIN_PATH")) {
        bases = qEnvironmentVariable("QTSIGNIN_PLUGIN_PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    } else {
        const QString coreFolder = coreLibraryFolder();
        if (!coreFolder.isEmpty())
            bases << QDir(coreFolder).filePath(QStringLiteral(QTSIGNIN_LIBDIR_TO_PLUGINDIR));
        bases << QCoreApplication::libraryPaths();
    }
    QStringList folders;
    for (const QString &base : std::as_const(bases)) {
        if (QDir::isRelativePath(base))
            continue;
        const QString folder = QDir::cleanPath(QDir(base).filePath(pluginType));
        if (!folders.contains(folder))
            folders << folder;
    }
    return folders;
}

// Why the embedded agent cannot work in this process, before anything is
// loaded; empty when it can.
QString missingPrerequisite()
{
    const QCoreApplication *application = QCoreApplication::instance();
    if (!application)
        return QStringLiteral("embedded sign-in needs a QApplication: construct it first");
    if (!application->inherits("QApplication"))
        return QStringLiteral("embedded sign-in needs a QApplication (Qt Widgets), and so a display "
                              "(DISPLAY or WAYLAND_DISPLAY, or QT_QPA_PLATFORM=offscreen); this program has a %1")
                .arg(QLatin1String(application->metaObject()->className()));
    if (QThread::currentThread() != application->thread())
        return QStringLiteral("embedded sign-in must be created in the GUI thread");
    if (!sharedContextsAtConstruction)
        return QStringLiteral("Qt WebEngine cannot be loaded now: Qt::AA_ShareOpenGLContexts was not set "
                              "when the QApplication was constructed, and without it Qt WebEngine crashes. "
                              "QtSignIn::Core sets it when it is loaded before the application object; "
                              "an application that loads QtSignIn::Core later, or turns the attribute off, calls "
                              "QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts) before constructing "
                              "its QApplication");
    return {};
}

// The caller decides whether this is worth a warning: the command-line tool
// falls back to the browser, the demo tells the person.
SignInError unavailable(const QString &detail)
{
    qCInfo(lcPlugin).noquote() << detail;
    return SignInError(SignInError::UserAgentUnavailable, detail);
}

} // namespace

namespace {

// The plugin's instance, loaded (it stays loaded for the life of the
// process: the agent's code lives in it), or nullptr with `error` set.
QObject *loadPlugin(SignInError *error)
{
    const QString iid = QStringLiteral(QtSignIn_UserAgentFactoryInterface_iid);
    const QStringList folders = pluginFolders();
    QStringList loadFailures;
    for (const QString &folder : folders) {
        const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!QLibrary::isLibrary(file.fileName()))
                continue;
            QPluginLoader loader(file.absoluteFilePath());
            // Read from the file without loading it: only ours is loaded.
            if (loader.metaData().value(QLatin1String("IID")).toString() != iid)
                continue;
            QObject *instance = loader.instance();
            if (!qobject_cast<UserAgentFactoryInterface *>(instance)) {
                qCDebug(lcPlugin) << "cannot load" << file.absoluteFilePath() << loader.errorString();
                loadFailures << QStringLiteral("%1 (%2)").arg(file.absoluteFilePath(), loader.errorString());
                continue;
            }
            qCInfo(lcPlugin) << "embedded user agent from" << file.absoluteFilePath();
            return instance;
        }
    }
    if (!loadFailures.isEmpty()) {
        // Typically a library it needs is missing: Qt WebEngine, or QtSignIn::WebEngine.
        *error = unavailable(QStringLiteral("the embedded sign-in plugin could not be loaded: %1")
                                     .arg(loadFailures.join(QLatin1String("; "))));
    } else {
        *error = unavailable(QStringLiteral("the embedded sign-in plugin (QtSignIn::WebEngine) is not installed: "
                                            "no plugin with IID %1 in %2")
                                     .arg(iid, folders.isEmpty() ? QStringLiteral("any folder (none to search)")
                                                                 : folders.join(QLatin1String(", "))));
    }
    return nullptr;
}

} // namespace

UserAgent *EmbeddedUserAgentLoader::create(QObject *parent, SignInError *error)
{
    if (const QString missing = missingPrerequisite(); !missing.isEmpty()) {
        *error = unavailable(missing);
        return nullptr;
    }
    QObject *plugin = loadPlugin(error);
    return plugin ? qobject_cast<UserAgentFactoryInterface *>(plugin)->create(parent) : nullptr;
}

QString EmbeddedUserAgentLoader::defaultProfileDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sign-in-profile");
}

bool EmbeddedUserAgentLoader::forgetSession(const QString &profileDirectory, SignInError *error)
{
    const QString directory = profileDirectory.isEmpty() ? defaultProfileDirectory() : profileDirectory;
    // Nothing kept there: the embedded sign-in was never used.
    if (!QFileInfo::exists(directory))
        return true;
    if (EmbeddedProfileFolder::startNewGeneration(directory))
        return true;
    *error = unavailable(QStringLiteral("the embedded sign-in's profile in %1 could not be written").arg(directory));
    return false;
}

} // namespace QtSignIn
