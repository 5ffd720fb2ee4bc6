// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ExitCode.h"
#include "LoginCommand.h"
#include "LoginOptions.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>

#include <cstdio>

namespace {

void printUsage(FILE *stream)
{
    std::fputs("Usage: qtsignin <command> [options]\n"
               "\n"
               "Commands:\n"
               "  login     Sign in interactively and print the result\n"
               "\n"
               "Run 'qtsignin login --help' for the options.\n",
               stream);
}

} // namespace

int main(int argc, char *argv[])
{
    // Headless by design: QCoreApplication, no display needed.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qtsignin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QTSIGNIN_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printUsage(stderr);
        return ExitUsage;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        printUsage(stdout);
        return ExitSuccess;
    }
    if (command == QLatin1String("--version")) {
        std::printf("qtsignin %s\n", QTSIGNIN_VERSION);
        return ExitSuccess;
    }
    if (command != QLatin1String("login")) {
        std::fprintf(stderr, "qtsignin: unknown command \"%s\"\n", qPrintable(command));
        printUsage(stderr);
        return ExitUsage;
    }

    LoginOptions options;
    QString error;
    bool help = false;
    if (!LoginOptions::parse(arguments, &options, &error, &help)) {
        std::fprintf(stderr, "qtsignin login: %s\n", qPrintable(error));
        if (arguments.contains(QLatin1String("--json")))
            std::printf("{\"error\":\"usage\",\"error_description\":\"%s\"}\n",
                        qPrintable(QString(error).replace(QLatin1Char('"'), QLatin1Char('\''))));
        return ExitUsage;
    }
    if (help) {
        std::fputs(qPrintable(LoginOptions::helpText()), stdout);
        return ExitSuccess;
    }
    if (options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("qtsignin.*=true"));

    LoginCommand login(options);
    QObject::connect(&login, &LoginCommand::done, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    login.start();
    return app.exec();
}
