// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// qtsignin-demo: what a developer runs first to judge QtSignIn, and the
// reference to copy from. See README.md, "The demo".

#include "BrandingFile.h"
#include "DemoConfiguration.h"
#include "DemoOptions.h"
#include "DemoSession.h"
#include "HeadlessRun.h"
#include "Translations.h"
#include "ui/MainWindow.h"

#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMessageBox>

#include <cstdio>
#include <memory>

namespace {

void printError(const QString &message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
}

// Before any window exists, a problem can still be shown to the person who
// double-clicked the app, not only to a terminal nobody reads.
int fail(const QString &message, bool graphical)
{
    printError(message);
    if (graphical)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "QtSignIn Demo"), message);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // Only to choose the application class. The arguments are parsed once
    // the application exists: it takes out Qt's own (-style, -platform).
    bool headless = !DemoOptions::hasDisplay();
    for (int i = 1; i < argc; ++i)
        headless = headless || qstrcmp(argv[i], "--headless") == 0;

    // Qt WebEngine, loaded later if the person chooses in-app sign-in, needs
    // Qt::AA_ShareOpenGLContexts before the application object exists:
    // QtSignIn::Core sets it when it is loaded, before main().
    // Headless needs no display and no GUI at all.
    std::unique_ptr<QCoreApplication> app(headless ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("QtSignIn Demo"));
    QCoreApplication::setOrganizationName(QStringLiteral("QtSignIn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QTSIGNIN_VERSION));

    DemoOptions options;
    QString error;
    QString help;
    const bool parsed = DemoOptions::parse(QCoreApplication::arguments(), &options, &error, &help);
    // --lang before anything is shown; otherwise the system's locale.
    const QLocale locale = options.language.isEmpty() ? QLocale::system() : QLocale(options.language);
    QLocale::setDefault(locale);
    installTranslations(locale);
    if (!help.isEmpty()) {
        std::fputs(qPrintable(help), stdout);
        return 0;
    }
    if (!parsed)
        return fail(error, !headless);
    options.headless = headless;
    // Started from the desktop menu with nothing set up: say what is
    // missing, as a welcome rather than as an error.
    if (options.isUnconfigured()) {
        std::fputs(qPrintable(DemoOptions::whatIsMissing() + QLatin1Char('\n')), stdout);
        if (!headless && !options.exitAfterStartup)
            QMessageBox::information(nullptr, QCoreApplication::translate("main", "QtSignIn Demo"),
                                     DemoOptions::whatIsMissing());
        // A script that ran it headless did not get what it asked for.
        return headless ? 2 : 0;
    }

    DemoConfiguration configuration;
    if (!options.configurationFile.isEmpty()) {
        if (!DemoConfiguration::fromFile(options.configurationFile, &configuration, &error))
            return fail(error, !headless);
    } else {
        configuration = DemoConfiguration::localDemo(options.authority, options.apiUrl);
        if (const QString why = configuration.problem(); !why.isEmpty())
            return fail(why, !headless);
    }
    QtSignIn::Branding branding;
    if (!BrandingFile::load(options.brandingFile.isEmpty() ? QString::fromLatin1(BrandingFile::defaultPath)
                                                           : options.brandingFile,
                            &branding, &error))
        return fail(error, !headless);
    // Tokens are filed under a name no branding file or translation changes.
    // (It is the name the demo's default branding gave them until 0.2.)
    configuration.client.setStorageNamespace(QStringLiteral("QtSignIn Demo"));
    // Until 0.2 the demo filed them under its branding's name: a demo
    // rebranded then finds its tokens moved from there once. Not shown.
    configuration.client.setApplicationName(branding.name());
    if (!headless)
        QGuiApplication::setApplicationDisplayName(branding.name());

    DemoSession session(configuration, branding, options.store.create(configuration.client));
    if (!options.browserCommand.isEmpty())
        session.setBrowserLauncher(QtSignIn::SystemBrowserUserAgent::commandLauncher(options.browserCommand));

    if (headless) {
        QStringList endpoints;
        for (const ApiEndpoint &endpoint : configuration.endpoints) {
            if (endpoint.method == QLatin1String("GET"))
                endpoints << endpoint.id;
        }
        HeadlessRun run(&session, endpoints);
        QTimer::singleShot(0, &run, &HeadlessRun::start);
        return app->exec();
    }

    if (options.preloadEmbedded) {
        QtSignIn::SignInError loadError;
        if (!session.preloadEmbeddedAgent(&loadError))
            printError(loadError.message() + QLatin1Char(' ') + loadError.detail());
    }
    MainWindow window(&session);
    window.show();
    session.start();
    if (options.exitAfterStartup) {
        // After the first frame: the window is on screen when this runs.
        QTimer::singleShot(0, app.get(), [] { QTimer::singleShot(0, qApp, &QCoreApplication::quit); });
    }
    return app->exec();
}
