// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "CliCommand.h"
#include "CommandLineReference.h"
#include "CommandOutput.h"
#include "CompletionCommand.h"
#include "DoctorCommand.h"
#include "DoctorOptions.h"
#include "ExitCode.h"
#include "InterruptHandler.h"
#include "LoginCommand.h"
#include "LoginOptions.h"
#include "SessionCommand.h"
#include "SessionOptions.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtWidgets/QApplication>

#include <QtSignIn/SignInReply.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

void printUsage(FILE *stream)
{
    // The commands from the table completion and the man page are made from.
    const auto tr = [](const char *text) { return QCoreApplication::translate("qtsignin", text); };
    QString usage = tr("Usage: qtsignin <command> [options]\n\nCommands:\n");
    const QList<CliCommand> commands = CliCommand::all();
    qsizetype width = 0;
    for (const CliCommand &command : commands)
        width = std::max(width, command.name.size());
    for (const CliCommand &command : commands)
        usage += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(width), command.summary());
    usage += tr("\n"
                "A successful login remembers the provider and client (never a secret) as the\n"
                "default profile, or under --profile NAME: then token, accounts and logout need\n"
                "no options (or only --profile NAME). Options given on the command line win.\n"
                "\n"
                "Run 'qtsignin <command> --help' for the options, 'man qtsignin' for more.\n");
    std::fputs(qPrintable(usage), stream);
}

// Whether the sign-in window may be needed (login --mode embedded or auto),
// read before the application object exists because that decides its type.
bool wantsSignInWindow(int argc, char *argv[])
{
    if (argc < 2 || std::strcmp(argv[1], "login") != 0)
        return false;
    QStringList arguments;
    for (int i = 2; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const LoginOptions::Mode mode = LoginOptions::requestedMode(arguments);
    return mode == LoginOptions::Mode::Embedded || mode == LoginOptions::Mode::Auto;
}

// A usage error on stderr, and with --json as {"error": "usage", ...} on
// stdout; an unusable profile file likewise, as "invalid_profile".
int usageError(const QString &command, const QString &error, bool json, const ProfileSelection &profile)
{
    std::fprintf(stderr, "qtsignin %s: %s\n", qPrintable(command), qPrintable(error));
    if (json) {
        const QJsonObject object{
            {QStringLiteral("error"), profile.unusable ? QStringLiteral("invalid_profile") : QStringLiteral("usage")},
            {QStringLiteral("error_description"), error}};
        CommandOutput::writeStdout(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    }
    return profile.unusable ? ExitProfileUnusable : ExitUsage;
}

// --json (or --format json) as the parser would read it, also when the
// arguments did not parse.
bool jsonRequested(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--json") || argument == QLatin1String("-json")
            || argument == QLatin1String("--format=json") || argument == QLatin1String("-format=json")
            || ((argument == QLatin1String("--format") || argument == QLatin1String("-format"))
                && arguments.value(i + 1) == QLatin1String("json")))
            return true;
    }
    return false;
}

// Without a display a QApplication cannot start (Qt aborts); auto mode then
// stays headless and only the browser is tried.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
            || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// Ctrl-C and SIGTERM: nothing new starts and nothing more is printed; the
// replies under way are cancelled. A refresh already sent is not: the
// SignInClient waits for its answer and stores the tokens when the
// application quits (the provider may have rotated the refresh token, and
// the old one no longer works). Then the exit code names the signal.
void exitOnInterrupt(InterruptHandler &interrupts, QObject *command)
{
    QObject::connect(&interrupts, &InterruptHandler::interrupted, command, [command](int exitCode, bool first) {
        if (!first) {
            CommandOutput::writeStderr(QCoreApplication::translate(
                    "qtsignin", "qtsignin: still storing the tokens the provider has just issued; "
                                "interrupt once more to quit at once, which may lose the sign-in\n"));
            return;
        }
        QObject::disconnect(command, nullptr, QCoreApplication::instance(), nullptr);
        const auto replies = command->findChildren<QtSignIn::SignInReply *>();
        for (QtSignIn::SignInReply *reply : replies) {
            reply->disconnect(command);
            reply->cancel();
        }
        QCoreApplication::exit(exitCode);
    });
}

// The man page, dated SOURCE_DATE_EPOCH when a reproducible build sets it.
int printManPage()
{
    bool ok = false;
    // Read as 64 bits: an int overflows in 2038.
    const qint64 epoch = qgetenv("SOURCE_DATE_EPOCH").toLongLong(&ok);
    const QDate date = ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date() : QDateTime::currentDateTimeUtc().date();
    const QString page = CommandLineReference::manPage(CliCommand::all(), QStringLiteral(QTSIGNIN_VERSION), date);
    CommandOutput::writeStdout(page.toUtf8());
    return ExitSuccess;
}

int runSessionCommand(QCoreApplication &app, InterruptHandler &interrupts, const QString &command,
                      const QStringList &arguments)
{
    SessionOptions::Command which;
    if (command == QLatin1String("token")) {
        which = SessionOptions::Command::Token;
    } else if (command == QLatin1String("accounts")) {
        which = SessionOptions::Command::Accounts;
    } else if (command == QLatin1String("logout")) {
        which = SessionOptions::Command::Logout;
    } else {
        std::fprintf(stderr, "qtsignin: unknown command \"%s\"\n", qPrintable(command));
        printUsage(stderr);
        return ExitUsage;
    }
    SessionOptions options;
    QString error;
    bool help = false;
    if (!SessionOptions::parse(which, arguments, &options, &error, &help))
        return usageError(command, error, options.json || jsonRequested(arguments), options.profile);
    if (help) {
        std::fputs(qPrintable(SessionOptions::helpText(which)), stdout);
        return ExitSuccess;
    }
    if (options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("qtsignin.*=true"));
    SessionCommand session(options);
    QObject::connect(&session, &SessionCommand::done, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    exitOnInterrupt(interrupts, &session);
    session.start();
    return app.exec();
}

int runDoctorCommand(QCoreApplication &app, InterruptHandler &interrupts, const QStringList &arguments)
{
    DoctorOptions options;
    QString error;
    bool help = false;
    if (!DoctorOptions::parse(arguments, &options, &error, &help))
        return usageError(QStringLiteral("doctor"), error, options.json || jsonRequested(arguments), options.profile);
    if (help) {
        std::fputs(qPrintable(DoctorOptions::helpText()), stdout);
        return ExitSuccess;
    }
    if (options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("qtsignin.*=true"));
    DoctorCommand doctor(options);
    QObject::connect(&doctor, &DoctorCommand::done, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    // It can wait for the provider and the keychain for many seconds.
    exitOnInterrupt(interrupts, &doctor);
    doctor.start();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Headless by design: QCoreApplication, no display needed. Only the
    // embedded sign-in window needs a QApplication (the shared OpenGL
    // contexts Qt WebEngine needs are set by QtSignIn::Core when it loads).
    std::unique_ptr<QCoreApplication> application;
    if (wantsSignInWindow(argc, argv) && displayAvailable()) {
        application = std::make_unique<QApplication>(argc, argv);
        // The program ends when the sign-in does, not when its window closes
        // (the code is redeemed after that).
        QApplication::setQuitOnLastWindowClosed(false);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    // As early as there is an event loop to hand signals to; one that comes
    // before ends the process as usual, when nothing has been sent yet.
    InterruptHandler interrupts;
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
    // Hidden: the build writes the installed man page with it.
    if (command == QLatin1String("--man"))
        return printManPage();
    if (!CliCommand::find(command)) {
        std::fprintf(stderr, "qtsignin: unknown command \"%s\"\n", qPrintable(command));
        printUsage(stderr);
        return ExitUsage;
    }
    if (command == QLatin1String("completion"))
        return CompletionCommand::run(arguments);
    if (command == QLatin1String("doctor"))
        return runDoctorCommand(app, interrupts, arguments);
    if (command != QLatin1String("login"))
        return runSessionCommand(app, interrupts, command, arguments);

    LoginOptions options;
    QString error;
    bool help = false;
    if (!LoginOptions::parse(arguments, &options, &error, &help))
        return usageError(command, error, options.json || jsonRequested(arguments), options.profile);
    if (help) {
        std::fputs(qPrintable(LoginOptions::helpText()), stdout);
        return ExitSuccess;
    }
    if (options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("qtsignin.*=true"));

    LoginCommand login(options);
    QObject::connect(&login, &LoginCommand::done, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    exitOnInterrupt(interrupts, &login);
    login.start();
    return app.exec();
}
