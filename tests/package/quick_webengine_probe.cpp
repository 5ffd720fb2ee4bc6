// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// package.quick_webengine_module: a Qt Quick app's view of the installed QML
// module QtSignIn.WebEngine. It links Qt only, never QtSignIn, so the
// libQtSignInCore it ends up with is the one the module's RUNPATH found.
//
// Usage: quick_webengine_probe QML_IMPORT_DIR PREFIX

#include <QtCore/QFile>
#include <QtGui/QGuiApplication>
#include <QtQml/QQmlComponent>
#include <QtQml/QQmlEngine>
#include <QtWebEngineQuick/QtWebEngineQuick>

#include <cstdio>
#include <memory>

static int fail(const QString &why)
{
    std::fprintf(stderr, "FAIL: %s\n", qPrintable(why));
    return 1;
}

int main(int argc, char *argv[])
{
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    if (argc != 3)
        return fail(QStringLiteral("usage: quick_webengine_probe QML_IMPORT_DIR PREFIX"));
    const QString importDir = QString::fromLocal8Bit(argv[1]);
    const QString prefix = QString::fromLocal8Bit(argv[2]);

    QQmlEngine engine;
    engine.addImportPath(importDir);
    QQmlComponent component(&engine);
    component.setData("import QtSignIn.WebEngine\n"
                      "EmbeddedSignIn { applicationName: \"Probe\"; persistence: EmbeddedSignIn.Private }\n",
                      QUrl::fromLocalFile(importDir + QStringLiteral("/probe.qml")));
    std::unique_ptr<QObject> agent(component.create());
    if (!agent)
        return fail(component.errorString());
    if (!agent->inherits("QtSignIn::UserAgent"))
        return fail(QStringLiteral("EmbeddedSignIn is no QtSignIn::UserAgent"));
    if (agent->property("applicationName").toString() != QLatin1String("Probe"))
        return fail(QStringLiteral("EmbeddedSignIn's properties are not there"));

    // The module found libQtSignInCore in the same prefix (its RUNPATH).
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read /proc/self/maps"));
    const QString mapped = QString::fromLocal8Bit(maps.readAll());
    if (!mapped.contains(prefix + QStringLiteral("/")) || !mapped.contains(QStringLiteral("libQtSignInCore.so")))
        return fail(QStringLiteral("libQtSignInCore was not loaded from %1").arg(prefix));
    for (const QString &line : mapped.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("libQtSignInCore.so")) && !line.contains(prefix))
            return fail(QStringLiteral("libQtSignInCore came from outside the prefix: %1").arg(line));
    }
    std::printf("%s is a QtSignIn::UserAgent, with libQtSignInCore from %s\n",
                agent->metaObject()->className(), qPrintable(prefix));
    return 0;
}
