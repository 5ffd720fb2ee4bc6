// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "LocalChecks.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>

namespace QtSignIn {

namespace {

using Check = SetupFinding::Check;
using Status = SetupFinding::Status;

// A program as QProcess would find it: a path, or a name on PATH.
QString findProgram(const QString &program, const QProcessEnvironment &environment)
{
    if (program.contains(QLatin1Char('/'))) {
        const QFileInfo file(program);
        return file.isFile() && file.isExecutable() ? file.absoluteFilePath() : QString();
    }
    const QStringList path = environment.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(program, path);
}

bool isMicrosoftEntra(const QUrl &authority)
{
    const QString host = authority.host();
    return host == QLatin1String("login.microsoftonline.com") || host == QLatin1String("login.microsoft.com")
            || host.endsWith(QLatin1String(".ciamlogin.com"));
}

} // namespace

SetupFinding LocalChecks::browserLauncher(const QString &command, const QProcessEnvironment &environment)
{
    if (!command.isEmpty()) {
        const QStringList words = QProcess::splitCommand(command);
        const QString program = words.value(0);
        const QString found = program.isEmpty() ? QString() : findProgram(program, environment);
        if (found.isEmpty()) {
            return SetupFinding(Check::BrowserLauncher, Status::Problem,
                                tr("The sign-in page would open with \"%1\", but the program \"%2\" is not "
                                   "found.").arg(command, program),
                                tr("Install it, give its full path, or leave the browser command out to use "
                                   "the desktop's default browser."));
        }
        return SetupFinding(Check::BrowserLauncher, Status::Ok,
                            tr("The sign-in page opens with \"%1\" (%2), the address added as its last argument.")
                                    .arg(command, found));
    }
#if defined(Q_OS_WIN)
    return SetupFinding(Check::BrowserLauncher, Status::Ok,
                        tr("The sign-in page opens in the default browser (through the Windows shell)."));
#elif defined(Q_OS_MACOS)
    return SetupFinding(Check::BrowserLauncher, Status::Ok,
                        tr("The sign-in page opens in the default browser (with /usr/bin/open)."));
#else
    const QString xdgOpen = findProgram(QStringLiteral("xdg-open"), environment);
    if (xdgOpen.isEmpty()) {
        return SetupFinding(Check::BrowserLauncher, Status::Problem,
                            tr("xdg-open, which opens the sign-in page in the default browser, is not found on "
                               "PATH."),
                            tr("Install xdg-utils, or name a browser to use instead (for the qtsignin command, "
                               "--browser-command or the BROWSER variable)."));
    }
    const bool desktop = environment.contains(QStringLiteral("DISPLAY"))
            || environment.contains(QStringLiteral("WAYLAND_DISPLAY"));
    if (!desktop) {
        return SetupFinding(Check::BrowserLauncher, Status::Warning,
                            tr("The sign-in page would open with %1, but there is no desktop session here "
                               "(neither DISPLAY nor WAYLAND_DISPLAY is set), so it may find no browser to "
                               "show it.").arg(xdgOpen),
                            tr("Sign in from a desktop session on this computer, or name a browser that works "
                               "here. The browser must run on this computer: it returns to a listener on "
                               "127.0.0.1."));
    }
    return SetupFinding(Check::BrowserLauncher, Status::Ok,
                        tr("The sign-in page opens in the desktop's default browser, with %1.").arg(xdgOpen));
#endif
}

SetupFinding LocalChecks::loopback(SetupFinding::Check check, const QUrl &redirectUri)
{
    const bool ipv6 = check == Check::LoopbackIPv6;
    const QHostAddress address(ipv6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost);
    const QString host = redirectUri.host();
    // LoopbackReceiver::listen(): localhost takes both, IPv6 best effort;
    // an IP literal takes that address alone.
    const bool localhost = host == QLatin1String("localhost");
    const bool usedAlone = ipv6 ? host == QLatin1String("::1") : host == QLatin1String("127.0.0.1");
    const QString name = ipv6 ? QStringLiteral("[::1]") : QStringLiteral("127.0.0.1");
    const int fixedPort = redirectUri.port(0);

    QTcpServer server;
    if (server.listen(address, quint16(qMax(0, fixedPort)))) {
        const quint16 port = server.serverPort();
        server.close();
        QString detail = fixedPort > 0 ? tr("Listening on %1 port %2 works.").arg(name).arg(port)
                                       : tr("Listening on %1 works (the system chose port %2).").arg(name).arg(port);
        if (usedAlone)
            detail += QLatin1Char(' ') + tr("QtSignIn receives the redirect there.");
        else if (localhost)
            detail += QLatin1Char(' ') + tr("QtSignIn listens there too, for browsers that resolve localhost to it.");
        else
            detail += QLatin1Char(' ') + tr("This configuration does not use it (its redirect URI is %1).")
                                                 .arg(redirectUri.toString());
        return SetupFinding(check, Status::Ok, detail);
    }
    const bool taken = server.serverError() == QAbstractSocket::AddressInUseError;
    const QString failure = fixedPort > 0 ? tr("Cannot listen on %1 port %2: %3.").arg(name).arg(fixedPort).arg(server.errorString())
                                          : tr("Cannot listen on %1: %2.").arg(name, server.errorString());
    const QString advice = taken
            ? tr("Another program holds port %1: end it, or choose another port for the redirect URI and register "
                 "that.").arg(fixedPort)
            : tr("Check that the loopback interface is up (\"ip link set lo up\") and that no security policy "
                 "forbids listening on it.");
    if (usedAlone || (localhost && !ipv6) || (localhost && taken))
        return SetupFinding(check, Status::Problem, failure + QLatin1Char(' ') + tr("Signing in needs it."), advice);
    // RFC 8252 §7.3 allows either loopback address; QtSignIn defaults to 127.0.0.1.
    return SetupFinding(check, Status::Warning,
                        failure + QLatin1Char(' ')
                                + (localhost ? tr("QtSignIn then listens on 127.0.0.1 only; browsers that try "
                                                  "[::1] first fall back to it.")
                                             : tr("This configuration does not need it: QtSignIn listens on "
                                                  "%1 only.").arg(host)),
                        ipv6 ? tr("Nothing to do, unless you use http://[::1]/ as the redirect URI: then enable "
                                  "IPv6 on the loopback interface.")
                             : advice);
}

SetupFinding LocalChecks::redirectUris(const ClientConfiguration &configuration)
{
    QUrl uri = configuration.redirectUri();
    if (uri.path().isEmpty())
        uri.setPath(QStringLiteral("/"));
    const bool anyPort = uri.port() < 0;
    const QString shownUri = uri.toString();
    const QString registration = anyPort
            ? tr("Register this redirect URI at the provider: %1, for any port. QtSignIn takes a free port for each "
                 "sign-in, and RFC 8252 §7.3 has providers accept any port on a loopback redirect URI.")
                      .arg(shownUri)
            : tr("Register exactly this redirect URI at the provider: %1. Its port must be free whenever someone "
                 "signs in.").arg(shownUri);
    if (isMicrosoftEntra(configuration.authority()) && uri.host() != QLatin1String("localhost")) {
        return SetupFinding(Check::RedirectUris, Status::Warning,
                            registration + QLatin1Char(' ')
                                    + tr("Microsoft Entra ID, however, matches any port only for http://localhost."),
                            tr("Use http://localhost as the redirect URI, and register http://localhost under "
                               "\"Mobile and desktop applications\"."));
    }
    return SetupFinding(Check::RedirectUris, Status::Ok, registration,
                        anyPort ? tr("If the provider insists on one exact port, put that port in the redirect "
                                     "URI and register it so.")
                                : QString());
}

SetupFinding LocalChecks::tokenStore(TokenStore::Kind kind, const QString &filePath)
{
    switch (kind) {
    case TokenStore::Kind::Memory:
        return SetupFinding(Check::Keychain, Status::Ok,
                            tr("Tokens are kept in memory only: nothing is stored, so every run signs in again."));
    case TokenStore::Kind::File:
        return SetupFinding(Check::Keychain, Status::Ok,
                            tr("Tokens are kept in the file %1 (readable by you only), not in a keychain.")
                                    .arg(QDir::toNativeSeparators(filePath)));
    case TokenStore::Kind::Custom:
        return SetupFinding(Check::Keychain, Status::Skipped,
                            tr("Tokens are kept in the application's own store, which is not checked."));
    case TokenStore::Kind::Keychain:
        break;
    }
    return SetupFinding(Check::Keychain, Status::Skipped, QString());
}

} // namespace QtSignIn
