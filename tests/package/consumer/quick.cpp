// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// A Qt Quick application's view of an installed QtSignIn: `import QtSignIn`
// through the import path find_package(QtSignIn COMPONENTS Quick) gives,
// linking nothing of ours. Prints the QtSignIn files it mapped, for
// consumer.sh to check that they come from the prefix.
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtQml/QQmlComponent>
#include <QtQml/QQmlEngine>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral(QTSIGNIN_QML_IMPORT_PATH));
    QQmlComponent component(&engine);
    component.setData(R"(
        import QtQml
        import QtSignIn
        QtObject {
            property var client: SignInClient { clientId: "consumer"; tokenStore: SignInClient.Memory }
            property int accounts: client.accounts.count
            property int denied: SignInError.AuthorizationFailed
        })", QUrl(QStringLiteral("qrc:/consumer/Main.qml")));
    std::unique_ptr<QObject> object(component.create());
    if (!object) {
        std::fprintf(stderr, "quick consumer FAILED: %s\n", qPrintable(component.errorString()));
        return 1;
    }
    if (object->property("accounts").toInt() != 0 || object->property("denied").toInt() <= 0) {
        std::fprintf(stderr, "quick consumer FAILED: unexpected values\n");
        return 1;
    }
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (maps.open(QIODevice::ReadOnly)) {
        QStringList seen;
        for (const QString &line : QString::fromLocal8Bit(maps.readAll()).split(QLatin1Char('\n'))) {
            const qsizetype slash = line.indexOf(QLatin1Char('/'));
            const QString file = slash < 0 ? QString() : line.mid(slash);
            if (file.contains(QLatin1String("QtSignIn"), Qt::CaseInsensitive) && !seen.contains(file)) {
                seen << file;
                std::printf("mapped: %s\n", qPrintable(file));
            }
        }
    }
    std::printf("quick consumer ok\n");
    return 0;
}
