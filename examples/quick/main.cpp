// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// qtsignin-quick-example --authority URL --api URL [--client-id ID]
//                        [--token-store keychain|memory]
//
// Main.qml does the work; this reads the command line into its properties.
// $BROWSER, when set, is the command that opens the sign-in page.
#include <QtCore/QCommandLineParser>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>
#include <QtGui/QGuiApplication>
#include <QtQml/QQmlApplicationEngine>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("qtsignin-quick-example"));

    // Its own strings and QtSignIn's (SignInError's message(), the browser's
    // page), both built in as resources.
    const auto install = [&app](const QString &name, const QString &directory) {
        auto *translator = new QTranslator(&app);
        if (translator->load(QLocale(), name, QStringLiteral("_"), directory))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    install(QStringLiteral("qtsignin_quick_example"), QStringLiteral(":/qtsignin-quick-example/i18n"));
    install(QStringLiteral("qtsignin"), QStringLiteral(":/qtsignin/i18n"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption authority(QStringLiteral("authority"), QStringLiteral("The provider's issuer URL."),
                                       QStringLiteral("URL"));
    const QCommandLineOption api(QStringLiteral("api"), QStringLiteral("The demo API's base URL."),
                                 QStringLiteral("URL"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), QStringLiteral("The client id."),
                                      QStringLiteral("ID"), QStringLiteral("qtsignin-demo"));
    const QCommandLineOption tokenStore(QStringLiteral("token-store"),
                                        QStringLiteral("Where tokens are kept: keychain (default) or memory."),
                                        QStringLiteral("STORE"), QStringLiteral("keychain"));
    parser.addOptions({authority, api, clientId, tokenStore});
    parser.process(app);
    if (!parser.isSet(authority) || !parser.isSet(api))
        parser.showHelp(2);

    QQmlApplicationEngine engine;
    engine.setInitialProperties({
        {QStringLiteral("authority"), QUrl(parser.value(authority))},
        {QStringLiteral("apiUrl"), QUrl(parser.value(api))},
        {QStringLiteral("clientId"), parser.value(clientId)},
        // SignInClient.Keychain and SignInClient.Memory.
        {QStringLiteral("tokenStore"), parser.value(tokenStore) == QLatin1String("memory") ? 1 : 0},
        {QStringLiteral("browserCommand"), qEnvironmentVariable("BROWSER")},
    });
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    // The QML module QtSignIn where this program's prefix has it
    // (<prefix>/<libdir>/qt6/qml, the build tree too), besides Qt's own folder.
    engine.addImportPath(QCoreApplication::applicationDirPath() + QStringLiteral("/" QTSIGNIN_BINDIR_TO_QMLDIR));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/QtSignInQuickExample/Main.qml")));
    return app.exec();
}
