// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "DemoOptions.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>

bool DemoOptions::parse(const QStringList &arguments, DemoOptions *options, QString *error, QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("QtSignIn's demo: sign in, consent, call a protected API, switch accounts."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, tr("Shows the version."));
    const QCommandLineOption config(QStringLiteral("config"),
                                    tr("Provider, client and API to use (see examples/entra-graph.json)."),
                                    tr("FILE"));
    const QCommandLineOption authority(QStringLiteral("authority"), tr("The local provider's URL."), tr("URL"));
    const QCommandLineOption apiUrl(QStringLiteral("api-url"), tr("The local demo API's URL."), tr("URL"));
    const QCommandLineOption branding(QStringLiteral("branding"), tr("A branding file (JSON)."), tr("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language: en, de or fr (default: the system's)."),
                                  tr("CODE"));
    const QCommandLineOption browser(QStringLiteral("browser-command"),
                                     tr("Opens the sign-in page with this command instead of the default browser."),
                                     tr("CMD"));
    const QCommandLineOption cache(QStringLiteral("cache"), tr("Where tokens are kept: keychain, memory or file:PATH."),
                                   tr("STORE"), QStringLiteral("keychain"));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      tr("No window: sign in through the browser, call the API, print the result."));
    const QCommandLineOption exitAfterStartup(QStringLiteral("exit-after-startup"),
                                              tr("Quits once the window is shown (start-up measurements)."));
    const QCommandLineOption preloadEmbedded(QStringLiteral("preload-embedded"),
                                             tr("Loads the embedded sign-in (Qt WebEngine) at start-up."));
    parser.addOptions({help, version, config, authority, apiUrl, branding, lang, browser, cache, headless, exitAfterStartup,
                       preloadEmbedded});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help)) {
        *helpText = parser.helpText();
        return true;
    }
    if (parser.isSet(version)) {
        *helpText = QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                   QCoreApplication::applicationVersion());
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }
    options->configurationFile = parser.value(config);
    options->authority = QUrl(parser.value(authority));
    options->apiUrl = QUrl(parser.value(apiUrl));
    options->brandingFile = parser.value(branding);
    options->language = parser.value(lang);
    options->browserCommand = parser.value(browser);
    options->headless = parser.isSet(headless);
    options->exitAfterStartup = parser.isSet(exitAfterStartup);
    options->preloadEmbedded = parser.isSet(preloadEmbedded);
    if (!TokenStoreOption::parse(parser.value(cache), QStringLiteral("30"), &options->store, error))
        return false;
    // Started from the desktop menu: no arguments, the person's own file.
    if (options->isUnconfigured()) {
        if (QFileInfo::exists(userConfigurationFile()))
            options->configurationFile = userConfigurationFile();
        return true;
    }
    if (options->configurationFile.isEmpty() && (options->authority.isEmpty() || options->apiUrl.isEmpty())) {
        *error = tr("Say what to sign in to: both --authority URL and --api-url URL, or --config FILE.");
        return false;
    }
    return true;
}

QString DemoOptions::userConfigurationFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/demo.json");
}

QString DemoOptions::whatIsMissing()
{
    return tr("%1 shows how an app signs you in with an online account and then uses a service on your "
              "behalf. It needs to know which sign-in service and which service to use, and none is set up "
              "on this computer yet.\n\n"
              "To set one up, save a configuration file as %2 with the sign-in service's address, your app's "
              "client ID and the service to call, then start %1 again.")
            .arg(QCoreApplication::applicationName(), userConfigurationFile());
}

bool DemoOptions::hasDisplay()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
    return true;
#endif
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return platform != "minimal";
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}
