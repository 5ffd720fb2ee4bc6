// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SecretServiceProbe.h"

#include "SecretServiceApi.h"

#include <QtDBus/QDBusArgument>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusConnectionInterface>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusMetaType>
#include <QtDBus/QDBusObjectPath>
#include <QtDBus/QDBusPendingCallWatcher>
#include <QtDBus/QDBusVariant>

#include <QtCore/QPointer>
#include <QtCore/QScopeGuard>

#include <memory>

namespace QtSignIn {

namespace {

using namespace SecretServiceApi;

const QLatin1String noPrompt("/");

QVariant pathList(const QStringList &paths)
{
    QList<QDBusObjectPath> list;
    for (const QString &path : paths)
        list.append(QDBusObjectPath(path));
    return QVariant::fromValue(list);
}

QDBusMessage getProperty(const QString &path, const QString &interface, const QString &name)
{
    QDBusMessage message = QDBusMessage::createMethodCall(SecretServiceApi::serviceName, path, propertiesInterface,
                                                          QStringLiteral("Get"));
    message << interface << name;
    return message;
}

QVariant propertyValue(const QDBusMessage &reply)
{
    return reply.arguments().value(0).value<QDBusVariant>().variant();
}

// QtKeychain 0.13's choice of backend (keychain_unix.cpp), which it makes
// once per process: KWallet on a KDE desktop when kwalletd answers,
// otherwise libsecret, i.e. the Secret Service.
enum class Desktop { Kde4, Plasma5, Other };

Desktop kdeDesktop()
{
    const QByteArray version = qgetenv("KDE_SESSION_VERSION");
    if (version == "5")
        return Desktop::Plasma5;
    if (version == "4")
        return Desktop::Kde4;
    return Desktop::Other;
}

Desktop desktop()
{
    const QByteArray current = qgetenv("XDG_CURRENT_DESKTOP");
    if (current == "KDE")
        return kdeDesktop();
    if (current == "GNOME" || current == "Unity" || current == "XFCE")
        return Desktop::Other;
    const QByteArray session = qgetenv("DESKTOP_SESSION");
    if (session == "kde")
        return kdeDesktop();
    if (session == "kde4")
        return Desktop::Kde4;
    if (session == "gnome" || session.contains("xfce") || session == "xubuntu"
        || qEnvironmentVariableIsSet("GNOME_DESKTOP_SESSION_ID"))
        return Desktop::Other;
    if (qEnvironmentVariableIsSet("KDE_FULL_SESSION"))
        return kdeDesktop();
    return Desktop::Other;
}

// Running or startable on demand; QtKeychain calls it (500 ms timeout) and
// falls back to the Secret Service when it does not answer.
bool kwallet5Available()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    if (!bus)
        return false;
    // As QtKeychain does: a bus that does not answer in half a second has no
    // KWallet to offer, and the caller may be a GUI thread. The interface is
    // the connection's shared one: its timeout is put back afterwards.
    const int previousTimeout = bus->timeout();
    bus->setTimeout(500);
    const auto restore = qScopeGuard([bus, previousTimeout] { bus->setTimeout(previousTimeout); });
    const QString name = QStringLiteral("org.kde.kwalletd5");
    if (bus->isServiceRegistered(name))
        return true;
    const QDBusMessage reply = bus->call(QStringLiteral("ListActivatableNames"));
    return reply.arguments().value(0).toStringList().contains(name);
}

struct BackendChoice
{
    QString backend;
    QString warning;
};

const BackendChoice &backendChoice()
{
    static const BackendChoice choice = [] {
        switch (desktop()) {
        case Desktop::Kde4:
            return BackendChoice{QStringLiteral("kwallet4"), QString()};
        case Desktop::Plasma5:
            if (kwallet5Available())
                return BackendChoice{QStringLiteral("kwallet5"), QString()};
            return BackendChoice{
                    QStringLiteral("secret-service"),
                    QStringLiteral("KWallet is not running, so the tokens are kept in the Secret Service "
                                   "instead; what was stored in KWallet is not seen until it runs again")};
        case Desktop::Other:
            break;
        }
        return BackendChoice{QStringLiteral("secret-service"), QString()};
    }();
    return choice;
}

// Waits for one prompt's Completed signal (Secret Service API, "Prompts").
class UnlockPrompt : public QObject
{
    Q_OBJECT
public:
    UnlockPrompt(QObject *parent, QStringList objects, std::function<void(bool, const QString &)> done)
        : QObject(parent), m_objects(std::move(objects)), m_done(std::move(done))
    {
    }

    void finish(bool unlocked, const QString &detail)
    {
        if (!m_done)
            return;
        const auto done = std::exchange(m_done, nullptr);
        deleteLater();
        done(unlocked, detail);
    }

public Q_SLOTS:
    void completed(bool dismissed, const QDBusVariant &result)
    {
        if (dismissed)
            return finish(false, QStringLiteral("the unlock prompt was dismissed"));
        const QStringList unlocked = objectPaths(result.variant());
        for (const QString &object : std::as_const(m_objects)) {
            if (!unlocked.contains(object))
                return finish(false, QStringLiteral("%1 stayed locked").arg(object));
        }
        finish(true, QString());
    }

private:
    const QStringList m_objects;
    std::function<void(bool, const QString &)> m_done;
};

} // namespace

SecretServiceProbe::SecretServiceProbe(QObject *context) : m_context(context)
{
    registerTypes();
}

bool SecretServiceProbe::isQtKeychainBackend()
{
    return qtKeychainBackend() == QLatin1String("secret-service");
}

QString SecretServiceProbe::qtKeychainBackend()
{
    return backendChoice().backend;
}

QString SecretServiceProbe::backendWarning()
{
    return backendChoice().warning;
}

void SecretServiceProbe::call(const QDBusMessage &message,
                              std::function<void(const QDBusMessage &)> done)
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    // Without a bus, a pending call never finishes: answer at once (from the
    // event loop, as every answer comes).
    if (!bus.isConnected()) {
        const QDBusMessage error = message.createErrorReply(
                QDBusError::Disconnected, bus.lastError().isValid() ? bus.lastError().message()
                                                                    : QStringLiteral("no session bus"));
        QMetaObject::invokeMethod(m_context, [error, done = std::move(done)] { done(error); },
                                  Qt::QueuedConnection);
        return;
    }
    const QDBusPendingCall pending = bus.asyncCall(message, m_callTimeout);
    auto *watcher = new QDBusPendingCallWatcher(pending, m_context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, m_context,
                     [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->reply());
    });
}

void SecretServiceProbe::inspect(const QString &service, const QString &key,
                                 std::function<void(const SecretServiceFindings &)> done)
{
    QDBusMessage readAlias = QDBusMessage::createMethodCall(SecretServiceApi::serviceName, servicePath, serviceInterface,
                                                            QStringLiteral("ReadAlias"));
    readAlias << QStringLiteral("default");
    call(readAlias, [this, service, key, done](const QDBusMessage &reply) {
        auto findings = std::make_shared<SecretServiceFindings>();
        if (reply.type() == QDBusMessage::ErrorMessage) {
            findings->errorName = reply.errorName();
            findings->errorMessage = reply.errorMessage();
            return done(*findings);
        }
        findings->collection = reply.arguments().value(0).value<QDBusObjectPath>().path();
        if (findings->collection.isEmpty() || findings->collection == noPrompt)
            return done(*findings); // no default collection: nothing was ever stored
        call(getProperty(findings->collection, collectionInterface, QStringLiteral("Locked")),
             [this, service, key, done, findings](const QDBusMessage &reply) {
            if (reply.type() == QDBusMessage::ErrorMessage) {
                findings->errorName = reply.errorName();
                findings->errorMessage = reply.errorMessage();
                return done(*findings);
            }
            findings->collectionLocked = propertyValue(reply).toBool();
            QDBusMessage search = QDBusMessage::createMethodCall(SecretServiceApi::serviceName, servicePath, serviceInterface,
                                                                 QStringLiteral("SearchItems"));
            search << QVariant::fromValue(Attributes{{QStringLiteral("server"), service},
                                                     {QStringLiteral("user"), key}});
            call(search, [done, findings](const QDBusMessage &reply) {
                if (reply.type() == QDBusMessage::ErrorMessage) {
                    findings->errorName = reply.errorName();
                    findings->errorMessage = reply.errorMessage();
                } else {
                    findings->unlockedItems = objectPaths(reply.arguments().value(0));
                    findings->lockedItems = objectPaths(reply.arguments().value(1));
                }
                done(*findings);
            });
        });
    });
}

void SecretServiceProbe::unlock(const QStringList &objects,
                                std::function<void(bool, const QString &)> done)
{
    QDBusMessage unlock = QDBusMessage::createMethodCall(SecretServiceApi::serviceName, servicePath, serviceInterface,
                                                         QStringLiteral("Unlock"));
    unlock << pathList(objects);
    call(unlock, [this, objects, done](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ErrorMessage)
            return done(false, errorText(reply));
        const QString promptPath = reply.arguments().value(1).value<QDBusObjectPath>().path();
        if (promptPath.isEmpty() || promptPath == noPrompt) {
            const QStringList unlocked = objectPaths(reply.arguments().value(0));
            for (const QString &object : objects) {
                if (!unlocked.contains(object))
                    return done(false, QStringLiteral("%1 stayed locked").arg(object));
            }
            return done(true, QString());
        }
        // The service asks the person (its own dialog): wait for Completed,
        // subscribed before Prompt is called so it cannot be missed.
        auto *prompt = new UnlockPrompt(m_context, objects, done);
        QDBusConnection::sessionBus().connect(SecretServiceApi::serviceName, promptPath, promptInterface,
                                              QStringLiteral("Completed"), prompt,
                                              SLOT(completed(bool,QDBusVariant)));
        QDBusMessage show = QDBusMessage::createMethodCall(SecretServiceApi::serviceName, promptPath, promptInterface,
                                                           QStringLiteral("Prompt"));
        show << QString(); // no parent window: Core has no GUI
        const QPointer<UnlockPrompt> alive(prompt);
        call(show, [alive](const QDBusMessage &reply) {
            if (alive && reply.type() == QDBusMessage::ErrorMessage)
                alive->finish(false, errorText(reply));
        });
    });
}

void SecretServiceProbe::listItems(
        const QString &service,
        std::function<void(const QList<SecretServiceItem> &, const QString &)> done)
{
    QDBusMessage search = QDBusMessage::createMethodCall(SecretServiceApi::serviceName, servicePath, serviceInterface,
                                                         QStringLiteral("SearchItems"));
    search << QVariant::fromValue(Attributes{{QStringLiteral("server"), service}});
    call(search, [this, done](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ErrorMessage)
            return done({}, errorText(reply));
        const QStringList paths = objectPaths(reply.arguments().value(0));
        if (paths.isEmpty())
            return done({}, QString());
        // One Get per item, all under way at once; the last answer reports.
        auto items = std::make_shared<QList<SecretServiceItem>>();
        auto remaining = std::make_shared<qsizetype>(paths.size());
        auto failure = std::make_shared<QString>();
        for (const QString &path : paths) {
            call(getProperty(path, itemInterface, QStringLiteral("Attributes")),
                 [path, items, remaining, failure, done](const QDBusMessage &reply) {
                if (reply.type() == QDBusMessage::ErrorMessage) {
                    *failure = errorText(reply);
                } else {
                    SecretServiceItem item;
                    item.path = path;
                    item.attributes = qdbus_cast<Attributes>(propertyValue(reply));
                    items->append(item);
                }
                if (--*remaining == 0)
                    done(*items, *failure);
            });
        }
    });
}

void SecretServiceProbe::deleteItems(const QStringList &paths,
                                     std::function<void(const QStringList &)> done)
{
    if (paths.isEmpty()) {
        QMetaObject::invokeMethod(m_context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    auto failed = std::make_shared<QStringList>();
    auto remaining = std::make_shared<qsizetype>(paths.size());
    for (const QString &path : paths) {
        const QDBusMessage remove = QDBusMessage::createMethodCall(SecretServiceApi::serviceName, path, itemInterface,
                                                                   QStringLiteral("Delete"));
        call(remove, [path, failed, remaining, done](const QDBusMessage &reply) {
            // A prompt means the service wants to ask the person: tidying up
            // is not worth a dialog, so the item stays.
            const QString prompt = reply.arguments().value(0).value<QDBusObjectPath>().path();
            if (reply.type() == QDBusMessage::ErrorMessage || (!prompt.isEmpty() && prompt != noPrompt))
                failed->append(path);
            if (--*remaining == 0)
                done(*failed);
        });
    }
}

} // namespace QtSignIn

#include "SecretServiceProbe.moc"
