// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "KeychainCheck.h"

#include <memory>

#ifdef QTSIGNIN_SECRET_SERVICE
#include "../store/SecretServiceApi.h"
#include "../store/SecretServiceProbe.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusConnectionInterface>
#endif

namespace QtSignIn {

namespace {

using Check = SetupFinding::Check;
using Status = SetupFinding::Status;

void answer(QObject *context, std::function<void(const SetupFinding &)> done, const SetupFinding &finding)
{
    QMetaObject::invokeMethod(context, [done = std::move(done), finding] { done(finding); }, Qt::QueuedConnection);
}

#ifdef QTSIGNIN_SECRET_SERVICE

// The program behind a bus name, as a person knows it: "gnome-keyring-daemon",
// "keepassxc". Its process id from the bus, its name from /proc.
QString providerOf(QDBusConnectionInterface *bus)
{
    const QString name = SecretServiceApi::serviceName;
    const QDBusReply<uint> pid = bus->servicePid(name);
    if (!pid.isValid())
        return bus->serviceOwner(name).value();
    const QString process = QStringLiteral("/proc/%1/").arg(pid.value());
    QString program = QFileInfo(QFileInfo(process + QStringLiteral("exe")).symLinkTarget()).fileName();
    if (program.isEmpty()) {
        QFile comm(process + QStringLiteral("comm"));
        if (comm.open(QIODevice::ReadOnly))
            program = QString::fromLocal8Bit(comm.readAll().trimmed());
    }
    return program.isEmpty() ? QCoreApplication::translate("QtSignIn::SetupDiagnostics", "process %1").arg(pid.value())
                             : QStringLiteral("%1 (pid %2)").arg(program).arg(pid.value());
}

bool activatable(QDBusConnectionInterface *bus)
{
    const QDBusReply<QStringList> names = bus->activatableServiceNames();
    return names.isValid() && names.value().contains(QString(SecretServiceApi::serviceName));
}

#endif

} // namespace

void KeychainCheck::run(QObject *context, std::function<void(const SetupFinding &)> done)
{
#ifndef QTSIGNIN_SECRET_SERVICE
    answer(context, std::move(done),
           SetupFinding(Check::Keychain, Status::Ok, tr("Tokens are kept in the system's keychain.")));
#else
    const QString backend = SecretServiceProbe::qtKeychainBackend();
    if (backend != QLatin1String("secret-service")) {
        answer(context, std::move(done),
               SetupFinding(Check::Keychain, Status::Ok, tr("Tokens are kept in KWallet (%1).").arg(backend)));
        return;
    }
    const QDBusConnection connection = QDBusConnection::sessionBus();
    if (!connection.isConnected()) {
        const QString detail = qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
                ? tr("There is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so there is no Secret "
                     "Service to keep tokens in.")
                : tr("The D-Bus session bus cannot be reached (%1), so there is no Secret Service to keep tokens "
                     "in.").arg(connection.lastError().message());
        answer(context, std::move(done),
               SetupFinding(Check::Keychain, Status::Problem, detail,
                            tr("Run this in your desktop session, or start a session bus with a Secret Service "
                               "in it (for example \"dbus-run-session -- sh\", then \"gnome-keyring-daemon "
                               "--unlock\"); or keep the tokens in a file instead.")));
        return;
    }
    QDBusConnectionInterface *bus = connection.interface();
    const bool running = bus->isServiceRegistered(QString(SecretServiceApi::serviceName)).value();
    if (!running && !activatable(bus)) {
        answer(context, std::move(done),
               SetupFinding(Check::Keychain, Status::Problem,
                            tr("No program provides the Secret Service (org.freedesktop.secrets) on the session "
                               "bus, so tokens cannot be kept in the keychain."),
                            tr("Start one: \"gnome-keyring-daemon --start --components=secrets\", or KeePassXC with "
                               "its Secret Service integration on; or keep the tokens in a file instead.")));
        return;
    }
    // The probe's calls start the service if it is only activatable.
    // Kept by the callback, which its last D-Bus call holds until it answers.
    auto probe = std::make_shared<SecretServiceProbe>(context);
    probe->setCallTimeout(10000);
    const QString warning = SecretServiceProbe::backendWarning();
    probe->inspect(QStringLiteral("qtsignin-doctor"), QStringLiteral("probe"),
                   [probe, done, warning](const SecretServiceFindings &findings) {
        Q_UNUSED(probe);
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        const QString provider = bus ? providerOf(bus) : QString();
        if (!findings.errorName.isEmpty()) {
            return done(SetupFinding(Check::Keychain, Status::Problem,
                                     tr("The Secret Service (%1) did not answer as expected: %2.")
                                             .arg(provider, findings.errorMessage.isEmpty() ? findings.errorName
                                                                                            : findings.errorMessage),
                                     tr("Restart the program that provides it, or log out and in again.")));
        }
        if (findings.collection.isEmpty() || findings.collection == QLatin1String("/")) {
            return done(SetupFinding(Check::Keychain, Status::Warning,
                                     tr("The Secret Service is provided by %1, but it has no default collection "
                                        "(keyring) yet.").arg(provider),
                                     tr("Create a default keyring (in Passwords and Keys, or a KeePassXC database "
                                        "shared through its Secret Service integration); the first sign-in may "
                                        "ask you to.")));
        }
        if (findings.collectionLocked) {
            return done(SetupFinding(Check::Keychain, Status::Warning,
                                     tr("The Secret Service is provided by %1; its default collection %2 is locked. "
                                        "Signing in asks to unlock it, and anything that must not ask (such as "
                                        "getting a token in a script) fails until it is unlocked.")
                                             .arg(provider, findings.collection),
                                     tr("Unlock it: log in to the desktop with your password, open the keyring in "
                                        "Passwords and Keys (Seahorse), or unlock the KeePassXC database.")));
        }
        const QString detail = tr("Tokens are kept in the Secret Service, provided by %1; its default collection "
                                  "%2 is unlocked.").arg(provider, findings.collection);
        if (!warning.isEmpty())
            return done(SetupFinding(Check::Keychain, Status::Warning, detail + QLatin1Char(' ') + warning,
                                     tr("Start KWallet if your tokens are meant to be kept there.")));
        done(SetupFinding(Check::Keychain, Status::Ok, detail));
    });
#endif
}

} // namespace QtSignIn
