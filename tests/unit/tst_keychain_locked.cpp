// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// KeychainTokenStore against a gnome-keyring whose login collection the test
// locks and unlocks through the Secret Service's D-Bus API. It runs on a
// keyring of its own (ctest fixture "secret_service_locking"), so locking it
// never disturbs the other keychain tests. No prompter is reachable: the
// store's request to unlock cannot succeed, as when the person does not
// answer the desktop's prompt.
#include <QtSignIn/KeychainTokenStore.h>

#include "../keyring/KeyringEnvironment.h"
#include "store/KeychainItemFormat.h"
#include "store/KeychainTokenStore_p.h"
#include "store/SecretServiceReader.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtDBus/QDBusArgument>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusMetaType>
#include <QtDBus/QDBusObjectPath>
#include <QtDBus/QDBusVariant>
#include <QtTest/QtTest>

#include "KeychainItems.h"
#include "TokenStoreCalls.h"

#include <qt6keychain/keychain.h>

using namespace QtSignIn;
using namespace QtSignInTest;
using namespace std::chrono_literals;

// A Secret Service secret: (session, parameters, value, content type).
struct SecretValue
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};
Q_DECLARE_METATYPE(SecretValue)

QDBusArgument &operator<<(QDBusArgument &argument, const SecretValue &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, SecretValue &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

namespace {

// tests/keyring/start.sh creates the login keyring with this password.
const QByteArray keyringPassword("qtsignin-test");
const QString secrets = QStringLiteral("org.freedesktop.secrets");
const QString servicePath = QStringLiteral("/org/freedesktop/secrets");
const QString serviceInterface = QStringLiteral("org.freedesktop.Secret.Service");

QDBusMessage callService(const QString &method, const QVariantList &arguments,
                         const QString &interface = serviceInterface)
{
    QDBusMessage message = QDBusMessage::createMethodCall(secrets, servicePath, interface, method);
    message.setArguments(arguments);
    return QDBusConnection::sessionBus().call(message, QDBus::Block, 20000);
}

QString defaultCollection()
{
    const QDBusMessage reply = callService(QStringLiteral("ReadAlias"), {QStringLiteral("default")});
    return reply.arguments().value(0).value<QDBusObjectPath>().path();
}

bool collectionLocked()
{
    QDBusMessage message = QDBusMessage::createMethodCall(secrets, defaultCollection(),
                                                          QStringLiteral("org.freedesktop.DBus.Properties"),
                                                          QStringLiteral("Get"));
    message << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage reply = QDBusConnection::sessionBus().call(message, QDBus::Block, 20000);
    return reply.arguments().value(0).value<QDBusVariant>().variant().toBool();
}

bool lockCollection()
{
    const QDBusMessage reply = callService(
            QStringLiteral("Lock"), {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(defaultCollection())})});
    return reply.type() == QDBusMessage::ReplyMessage && collectionLocked();
}

// Without a prompter, gnome-keyring unlocks only through its own interface,
// with the password in a plain session (a throw-away keyring, private bus).
bool unlockCollection()
{
    const QDBusMessage session = callService(QStringLiteral("OpenSession"),
                                             {QStringLiteral("plain"),
                                              QVariant::fromValue(QDBusVariant(QString()))});
    if (session.type() != QDBusMessage::ReplyMessage)
        return false;
    SecretValue secret;
    secret.session = session.arguments().value(1).value<QDBusObjectPath>();
    secret.value = keyringPassword;
    secret.contentType = QStringLiteral("text/plain");
    const QDBusMessage reply = callService(
            QStringLiteral("UnlockWithMasterPassword"),
            {QVariant::fromValue(QDBusObjectPath(defaultCollection())), QVariant::fromValue(secret)},
            QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"));
    if (reply.type() != QDBusMessage::ReplyMessage)
        qWarning("unlock: %s", qPrintable(reply.errorMessage()));
    return reply.type() == QDBusMessage::ReplyMessage && !collectionLocked();
}

QByteArray documentOf(qsizetype size)
{
    QByteArray document("{\"version\":1,\"tokens\":\"");
    for (qsizetype i = 0; document.size() < size - 2; ++i)
        document.append(char('a' + i % 26));
    return document + "\"}";
}


} // namespace

class tst_KeychainLocked : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("QTSIGNIN_KEYRING_STATE"))
            QSKIP("needs the Secret Service of tests/keyring: run through ctest");
        QVERIFY2(m_fixture, "QTSIGNIN_KEYRING_STATE has no env file: did keyring.start run?");
        qDBusRegisterMetaType<SecretValue>();
        QVERIFY(!defaultCollection().isEmpty());
    }

    void init()
    {
        if (collectionLocked())
            QVERIFY(unlockCollection());
        m_service = KeychainTokenStore::serviceNameFor(
                QStringLiteral("qtsignin-locked-%1").arg(QCoreApplication::applicationPid()),
                QString::fromLatin1(QTest::currentTestFunction()));
        KeychainTokenStore store(m_service);
        QVERIFY(!clear(store).error.isError());
    }

    void cleanup()
    {
        if (collectionLocked())
            unlockCollection();
        KeychainTokenStore store(m_service);
        clear(store);
    }

    void lockedKeyringIsNotReadAsSignedOut()
    {
        KeychainTokenStore store(m_service);
        store.setTimeout(10s);
        const QByteArray document = documentOf(500);
        QVERIFY(!writeTo(store, document).error.isError());
        QVERIFY(lockCollection());

        QElapsedTimer timer;
        timer.start();
        const ReadResult locked = readFrom(store);
        QVERIFY(locked.finished);
        QCOMPARE(locked.error.code(), SignInError::KeychainLocked);
        QCOMPARE(locked.error.errorCode(), QStringLiteral("keychain_locked"));
        QCOMPARE(locked.document, QByteArray());
        QVERIFY2(timer.elapsed() < 12000, qPrintable(QString::number(timer.elapsed())));
        qInfo("locked read: %s (%lld ms)", qPrintable(locked.error.detail()), qint64(timer.elapsed()));

        QVERIFY(unlockCollection());
        const ReadResult unlocked = readFrom(store);
        QVERIFY2(!unlocked.error.isError(), qPrintable(unlocked.error.detail()));
        QCOMPARE(unlocked.document, document);
    }

    void lockedKeyringRefusesAWriteAndKeepsTheCache()
    {
        KeychainTokenStore store(m_service);
        store.setTimeout(10s);
        KeychainTokenStorePrivate::setMaximumItemSize(&store, 300);
        const QByteArray previous = documentOf(1000);
        QVERIFY(!writeTo(store, previous).error.isError());
        const QStringList keys = KeychainItems::storedKeys(m_service);
        QVERIFY(lockCollection());

        const WriteResult written = writeTo(store, documentOf(2000));
        QVERIFY(written.finished);
        QCOMPARE(written.error.code(), SignInError::KeychainLocked);

        QVERIFY(unlockCollection());
        QCOMPARE(KeychainItems::storedKeys(m_service), keys);
        QCOMPARE(readFrom(store).document, previous);
    }

    void lockedKeyringIsNotSignedOutSilently()
    {
        KeychainTokenStore store(m_service);
        store.setTimeout(10s);
        const QByteArray document = documentOf(400);
        QVERIFY(!writeTo(store, document).error.isError());
        QVERIFY(lockCollection());

        const WriteResult cleared = clear(store);
        QVERIFY(cleared.finished);
        QCOMPARE(cleared.error.code(), SignInError::KeychainLocked);

        QVERIFY(unlockCollection());
        QCOMPARE(readFrom(store).document, document);
    }

    // The fast read steps aside for a locked item; QtKeychain's path then
    // reports it (lockedKeyringIsNotReadAsSignedOut), whole or split.
    void lockedItemIsLeftToQtKeychain()
    {
        KeychainTokenStore store(m_service);
        KeychainTokenStorePrivate::setMaximumItemSize(&store, 300);
        QVERIFY(!writeTo(store, documentOf(1000)).error.isError());
        QVERIFY(lockCollection());

        QObject context;
        std::optional<std::pair<std::optional<QByteArray>, QString>> read;
        SecretServiceReader::readCache(&context, m_service, 10s,
                                       [&](const std::optional<QByteArray> &data, const QString &whyNot) {
            read.emplace(data, whyNot);
        });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY(!(read->first));
        QVERIFY2(read->second.contains(QLatin1String("locked")), qPrintable(read->second));
    }

    // Unlocked and empty is still signed out, with no error and no warning.
    void unlockedEmptyKeyringReadsAsNothing()
    {
        KeychainTokenStore store(m_service);
        const ReadResult read = readFrom(store);
        QVERIFY2(!read.error.isError(), qPrintable(read.error.detail()));
        QCOMPARE(read.document, QByteArray());
        QVERIFY(read.warnings.isEmpty());
    }

    // A split write cut short left parts of the next generation that no
    // manifest names; the next successful write removes them.
    void interruptedWriteLeftoversAreRemoved()
    {
        KeychainTokenStore store(m_service);
        KeychainTokenStorePrivate::setMaximumItemSize(&store, 300);
        const QByteArray first = documentOf(2000); // generation 1, 7 parts
        QVERIFY(!writeTo(store, first).error.isError());
        for (int i = 0; i < 5; ++i)
            QVERIFY(KeychainItems::writeItem(m_service, KeychainItemFormat::partKey(2, i), "interrupted"));

        const QByteArray second = documentOf(700); // generation 2, 3 parts
        QVERIFY(!writeTo(store, second).error.isError());
        QCOMPARE(readFrom(store).document, second);
        QCOMPARE(KeychainItems::storedKeys(m_service), (QStringList{QStringLiteral("cache"), QStringLiteral("cache.2.0"),
                                                     QStringLiteral("cache.2.1"), QStringLiteral("cache.2.2")}));

        // And back to one item: no part of any generation is left.
        for (int i = 0; i < 2; ++i)
            QVERIFY(KeychainItems::writeItem(m_service, KeychainItemFormat::partKey(9, i), "stray"));
        QVERIFY(!writeTo(store, documentOf(100)).error.isError());
        QCOMPARE(KeychainItems::storedKeys(m_service), QStringList{QStringLiteral("cache")});
    }

    // An item QtKeychain did not make, under our service and key (here
    // secret-tool's, with QtKeychain's attributes but not its schema), may
    // be returned by a lookup instead of ours: a write reports it.
    void foreignItemUnderOurKeyIsReported()
    {
        QProcess tool;
        tool.setProcessEnvironment(qtsigninKeyringEnvironment());
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("store"), QStringLiteral("--label=foreign"), QStringLiteral("server"),
                    m_service, QStringLiteral("user"), QStringLiteral("cache"), QStringLiteral("type"),
                    QStringLiteral("plaintext")});
        QVERIFY(tool.waitForStarted());
        tool.write("someone else's");
        tool.closeWriteChannel();
        QVERIFY(tool.waitForFinished(20000));
        QCOMPARE(tool.exitCode(), 0);

        KeychainTokenStore store(m_service);
        QSignalSpy warnings(&store, &TokenStore::warning);
        QVERIFY(!writeTo(store, documentOf(300)).error.isError());
        QCOMPARE(warnings.size(), 1);
        const QString warning = warnings.first().at(0).toString();
        QVERIFY2(warning.contains(QLatin1String("did not store")) && warning.contains(QLatin1String("cache")),
                 qPrintable(warning));
        // Reported, never deleted: it is not ours.
        QCOMPARE(KeychainItems::storedKeys(m_service), (QStringList{QStringLiteral("cache"), QStringLiteral("cache")}));

        // Deleting it is the person's call; secret-tool clear removes both.
        QProcess clearTool;
        clearTool.setProcessEnvironment(qtsigninKeyringEnvironment());
        clearTool.start(QStringLiteral("secret-tool"),
                        {QStringLiteral("clear"), QStringLiteral("server"), m_service});
        QVERIFY(clearTool.waitForFinished(20000));
    }

    void backendIsReported()
    {
        KeychainTokenStore store(m_service);
        QCOMPARE(store.backend(), QStringLiteral("secret-service"));
    }

    // The command line says so with an exit code of its own.
    void cliExitsWithKeychainLocked()
    {
#ifndef QTSIGNIN_CLI_PATH
        QSKIP("built without the command-line tool");
#else
        QVERIFY(lockCollection());
        QProcess cli;
        cli.setProcessEnvironment(qtsigninKeyringEnvironment());
        cli.start(QStringLiteral(QTSIGNIN_CLI_PATH),
                  {QStringLiteral("accounts"), QStringLiteral("--authority"), QStringLiteral("https://127.0.0.1:1/"),
                   QStringLiteral("--client-id"), QStringLiteral("locked-test"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray output = cli.readAllStandardOutput();
        qInfo("qtsignin: %s %s", output.trimmed().constData(), cli.readAllStandardError().trimmed().constData());
        QCOMPARE(cli.exitCode(), 7);
        QVERIFY2(output.contains("\"keychain_locked\""), output.constData());
#endif
    }

    // qtsignin doctor names the locked collection and how to unlock it;
    // a warning, as a sign-in still works (it asks to unlock).
    void cliDoctorReportsTheLockedCollection()
    {
#ifndef QTSIGNIN_CLI_PATH
        QSKIP("built without the command-line tool");
#else
        QVERIFY(lockCollection());
        QProcess cli;
        QProcessEnvironment environment = qtsigninKeyringEnvironment();
        const QTemporaryDir configHome; // no profile: the local checks only
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.path());
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(QTSIGNIN_CLI_PATH), {QStringLiteral("doctor"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray output = cli.readAllStandardOutput();
        qInfo("qtsignin doctor: %s %s", output.trimmed().constData(), cli.readAllStandardError().trimmed().constData());
        QJsonObject keychain;
        for (const QJsonValue &finding : QJsonDocument::fromJson(output).array()) {
            if (finding.toObject().value(QLatin1String("check")).toString() == QLatin1String("keychain"))
                keychain = finding.toObject();
        }
        QCOMPARE(keychain.value(QLatin1String("status")).toString(), QStringLiteral("warning"));
        QVERIFY2(keychain.value(QLatin1String("detail")).toString().contains(QLatin1String("is locked")), output.constData());
        QVERIFY2(keychain.value(QLatin1String("advice")).toString().contains(QLatin1String("Unlock")), output.constData());
        // The doctor only looks: the collection stays locked.
        QVERIFY(collectionLocked());
#endif
    }

public:
    bool m_fixture = false;

private:
    QString m_service;
};

int main(int argc, char **argv)
{
    // Before QCoreApplication and anything else can open the session bus.
    const bool fixture = applyKeyringEnvironmentToThisProcess();
    QCoreApplication app(argc, argv);
    tst_KeychainLocked test;
    test.m_fixture = fixture;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_locked.moc"
