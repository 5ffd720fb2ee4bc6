// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// KeychainTokenStore against a real Secret Service: the throw-away
// gnome-keyring of tests/keyring (ctest fixture "secret_service"). Each test
// uses a service name of its own, so runs and tests never share items.
#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/KeychainTokenStore.h>

#include "../keyring/KeyringEnvironment.h"
#include "cache/LegacyStoreMigration.h"
#include "store/KeychainItemFormat.h"
#include "store/KeychainTokenStore_p.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QProcess>
#include <QtTest/QtTest>

#include "KeychainItems.h"
#include "TokenStoreCalls.h"

#include <qt6keychain/keychain.h>

#include <cstdio>

using namespace QtSignIn;
using namespace QtSignInTest;
using namespace std::chrono_literals;

namespace {

const char withoutBusArgument[] = "--read-without-bus";

// A document like the client's, `size` bytes long.
QByteArray documentOf(qsizetype size)
{
    QByteArray document("{\"version\":1,\"tokens\":\"");
    for (qsizetype i = 0; document.size() < size - 2; ++i)
        document.append(char('a' + i % 26));
    return document + "\"}";
}

// One raw keychain item, bypassing the store: (error, data).
QPair<QKeychain::Error, QByteArray> readItem(const QString &service, const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(20000))
        return {QKeychain::OtherError, QByteArray()};
    return {job.error(), job.binaryData()};
}


// Times `rounds` reads that must each give `expected`; their median in
// milliseconds goes to `median`. Fails the test otherwise.
void measureMedianReadMs(KeychainTokenStore &store, const QByteArray &expected, int rounds, double *median)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const ReadResult read = readFrom(store);
        times.append(timer.nsecsElapsed() / 1e6);
        QVERIFY(read.finished);
        QVERIFY2(!read.error.isError(), qPrintable(read.error.detail()));
        QCOMPARE(read.document, expected);
    }
    std::sort(times.begin(), times.end());
    *median = times.at(times.size() / 2);
}

// The child's side of readFailsFastWithoutABus: reads with no bus to talk
// to and prints what happened.
int readWithoutBus(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    KeychainTokenStore store(KeychainTokenStore::serviceNameFor(QStringLiteral("qtsignin-test"),
                                                                QStringLiteral("no-bus")));
    store.setTimeout(10s);
    QElapsedTimer timer;
    timer.start();
    QObject::connect(store.read(), &TokenStoreJob::finished, &app, [&](TokenStoreJob *job) {
        std::printf("code=%s elapsed=%lld size=%lld\ndetail=%s\n",
                    qPrintable(job->error().errorCode()), qint64(timer.elapsed()),
                    qint64(job->document().size()), qPrintable(job->error().detail()));
        app.quit();
    });
    return app.exec();
}

} // namespace

class tst_KeychainTokenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("QTSIGNIN_KEYRING_STATE"))
            QSKIP("needs the Secret Service of tests/keyring: run through ctest");
        QVERIFY2(m_fixture, "QTSIGNIN_KEYRING_STATE has no env file: did keyring.start run?");
    }

    void init()
    {
        m_service = KeychainTokenStore::serviceNameFor(
                QStringLiteral("qtsignin-test-%1").arg(QCoreApplication::applicationPid()),
                QString::fromLatin1(QTest::currentTestFunction()));
        KeychainTokenStore store(m_service);
        QVERIFY(!clear(store).error.isError());
    }

    void cleanup()
    {
        KeychainTokenStore store(m_service);
        clear(store);
    }

    void serviceNameNamesAppAndClient()
    {
        QCOMPARE(KeychainTokenStore::serviceNameFor(QStringLiteral("Notes"), QStringLiteral("c1")),
                 QStringLiteral("qtsignin/Notes/c1"));
        QCOMPARE(KeychainTokenStore::serviceNameFor(QString(), QStringLiteral("c1")),
                 QStringLiteral("qtsignin/") + QCoreApplication::applicationName() + QStringLiteral("/c1"));
        KeychainTokenStore store(QStringLiteral("qtsignin/Notes/c1"));
        QCOMPARE(store.sharedIdentity(), QStringLiteral("keychain:qtsignin/Notes/c1"));
        QCOMPARE(store.kind(), TokenStore::Kind::Keychain);
        QCOMPARE(store.timeout(), std::chrono::milliseconds(30s));
        QCOMPARE(store.maximumItemSize(), qsizetype(256 * 1024));
    }

    // The namespace names the item; the displayed name of 0.2 and the shared
    // item of 0.1 are where its tokens are looked for, newest first.
    void earlierItemsAreTheDisplayedNamesThenTheSharedOne()
    {
        ClientConfiguration configuration;
        configuration.setClientId(QStringLiteral("c1"));
        configuration.setAuthority(QUrl(QStringLiteral("https://login.example.com/t1/v2.0")));
        configuration.setApplicationName(QStringLiteral("Contoso Notes"));
        configuration.setStorageNamespace(QStringLiteral("org.example.notes"));
        const KeychainTokenStore store(KeychainTokenStore::serviceNameFor(
                configuration.storageNamespace(), configuration.clientId(), configuration.authority()));
        QCOMPARE(store.serviceName(), QStringLiteral("qtsignin/2/org.example.notes/c1/https%3A%2F%2Flogin.example.com%2Ft1%2Fv2.0"));
        const auto earlierNames = [&configuration](const KeychainTokenStore &store) {
            const QList<LegacyStoreMigration *> earlier = LegacyStoreMigration::forKeychain(configuration, store);
            QStringList names;
            for (const LegacyStoreMigration *item : earlier)
                names << qobject_cast<KeychainTokenStore *>(item->store())->serviceName();
            qDeleteAll(earlier);
            return names;
        };
        QCOMPARE(earlierNames(store),
                 QStringList({QStringLiteral("qtsignin/2/Contoso%20Notes/c1/https%3A%2F%2Flogin.example.com%2Ft1%2Fv2.0"),
                              QStringLiteral("qtsignin/Contoso Notes/c1")}));

        // The same name as before: only 0.1's item is another.
        configuration.setStorageNamespace(QStringLiteral("Contoso Notes"));
        const KeychainTokenStore sameName(KeychainTokenStore::serviceNameFor(
                configuration.storageNamespace(), configuration.clientId(), configuration.authority()));
        QCOMPARE(earlierNames(sameName), QStringList({QStringLiteral("qtsignin/Contoso Notes/c1")}));

        // A store the app named itself: it chose what to read.
        QCOMPARE(earlierNames(KeychainTokenStore(QStringLiteral("my-own-item"))), QStringList());
    }

    void nothingStoredReadsAsNothing()
    {
        KeychainTokenStore store(m_service);
        const ReadResult read = readFrom(store);
        QVERIFY(read.finished);
        QVERIFY(!read.synchronous);
        QCOMPARE(read.document, QByteArray());
        QVERIFY2(!read.error.isError(), qPrintable(read.error.detail()));
        QVERIFY(read.warnings.isEmpty());
    }

    void smallDocumentIsOneItem()
    {
        KeychainTokenStore store(m_service);
        const QByteArray document = documentOf(3000);
        const WriteResult written = writeTo(store, document);
        QVERIFY(written.finished);
        QVERIFY(!written.synchronous);
        QVERIFY2(!written.error.isError(), qPrintable(written.error.detail()));

        const ReadResult read = readFrom(store);
        QVERIFY(read.finished);
        QVERIFY(!read.synchronous);
        QCOMPARE(read.document, document);
        QCOMPARE(KeychainItems::storedKeys(m_service), QStringList{QStringLiteral("cache")});
        QCOMPARE(readItem(m_service, QStringLiteral("cache")).second, document);
    }

    void largeDocumentIsSplitAndOldPartsRemoved()
    {
        KeychainTokenStore store(m_service);
        KeychainTokenStorePrivate::setMaximumItemSize(&store, 300);
        const QByteArray large = documentOf(2000);
        QVERIFY(!writeTo(store, large).error.isError());
        QCOMPARE(readFrom(store).document, large);
        QStringList expected{QStringLiteral("cache")};
        for (int i = 0; i < 7; ++i)
            expected.append(QStringLiteral("cache.1.%1").arg(i));
        QCOMPARE(KeychainItems::storedKeys(m_service), expected);
        for (int i = 0; i < 7; ++i)
            QVERIFY(readItem(m_service, QStringLiteral("cache.1.%1").arg(i)).second.size() <= 300);

        // A shorter document: a new generation, and the old one's parts go.
        const QByteArray shorter = documentOf(700);
        QVERIFY(!writeTo(store, shorter).error.isError());
        QCOMPARE(readFrom(store).document, shorter);
        QCOMPARE(KeychainItems::storedKeys(m_service), (QStringList{QStringLiteral("cache"), QStringLiteral("cache.2.0"),
                                                     QStringLiteral("cache.2.1"), QStringLiteral("cache.2.2")}));
        QCOMPARE(readItem(m_service, QStringLiteral("cache.1.0")).first, QKeychain::EntryNotFound);

        // Back to one item: no part is left.
        const QByteArray small = documentOf(200);
        QVERIFY(!writeTo(store, small).error.isError());
        QCOMPARE(readFrom(store).document, small);
        QCOMPARE(KeychainItems::storedKeys(m_service), QStringList{QStringLiteral("cache")});
    }

    void corruptManifestIsSkippedNotErased()
    {
        KeychainTokenStore store(m_service);
        KeychainTokenStorePrivate::setMaximumItemSize(&store, 300);
        QVERIFY(!writeTo(store, documentOf(2000)).error.isError());
        const QByteArray manifest = readItem(m_service, QStringLiteral("cache")).second;
        QByteArray corrupt = manifest;
        const qsizetype sha = corrupt.indexOf("\"sha256\":\"") + 10;
        corrupt.replace(sha, 64, QByteArray(64, '0'));
        QVERIFY(KeychainItems::writeItem(m_service, QStringLiteral("cache"), corrupt));

        const ReadResult read = readFrom(store);
        QVERIFY(read.finished);
        QCOMPARE(read.document, QByteArray());
        QVERIFY2(!read.error.isError(), qPrintable(read.error.detail()));
        QCOMPARE(read.warnings.size(), 1);
        QVERIFY(read.warnings.first().contains(QLatin1String("SHA-256")));

        QCOMPARE(readItem(m_service, QStringLiteral("cache")).second, corrupt);
        QCOMPARE(KeychainItems::storedKeys(m_service).size(), 8);
    }

    void missingPartIsSkippedNotErased()
    {
        KeychainTokenStore store(m_service);
        KeychainTokenStorePrivate::setMaximumItemSize(&store, 300);
        QVERIFY(!writeTo(store, documentOf(2000)).error.isError());
        {
            QKeychain::DeletePasswordJob job(m_service);
            job.setAutoDelete(false);
            job.setKey(QStringLiteral("cache.1.3"));
            QSignalSpy finished(&job, &QKeychain::Job::finished);
            job.start();
            QVERIFY(finished.wait(20000));
        }
        const ReadResult read = readFrom(store);
        QCOMPARE(read.document, QByteArray());
        QVERIFY(!read.error.isError());
        QCOMPARE(read.warnings.size(), 1);
        QCOMPARE(KeychainItems::storedKeys(m_service).size(), 7);
    }

    // Not a manifest: the client, which knows its format, judges it.
    void foreignItemIsReturnedAsIs()
    {
        const QByteArray foreign("not json \x00\xff at all", 18);
        QVERIFY(KeychainItems::writeItem(m_service, QStringLiteral("cache"), foreign));
        KeychainTokenStore store(m_service);
        const ReadResult read = readFrom(store);
        QCOMPARE(read.document, foreign);
        QVERIFY(!read.error.isError());
        QVERIFY(read.warnings.isEmpty());
    }

    // Stored split, so it is never read back as a manifest.
    void documentThatLooksLikeAManifestRoundTrips()
    {
        KeychainTokenStore store(m_service);
        const QByteArray tricky = KeychainItemFormat::encodeManifest(
                KeychainItemFormat::manifestFor("whatever", 5, 100));
        QVERIFY(!writeTo(store, tricky).error.isError());
        QCOMPARE(readFrom(store).document, tricky);
    }

    void servicesDoNotSeeEachOther()
    {
        KeychainTokenStore first(m_service);
        KeychainTokenStore second(m_service + QStringLiteral("-other"));
        QVERIFY(!writeTo(first, "first's tokens").error.isError());
        QCOMPARE(readFrom(second).document, QByteArray());
        QVERIFY(!writeTo(second, "second's tokens").error.isError());
        QCOMPARE(readFrom(first).document, QByteArray("first's tokens"));
        QVERIFY(!clear(second).error.isError());
        QCOMPARE(readFrom(first).document, QByteArray("first's tokens"));
    }

    void clearRemovesEveryItem()
    {
        KeychainTokenStore store(m_service);
        KeychainTokenStorePrivate::setMaximumItemSize(&store, 300);
        QVERIFY(!writeTo(store, documentOf(2000)).error.isError());
        QCOMPARE(KeychainItems::storedKeys(m_service).size(), 8);
        const WriteResult cleared = clear(store);
        QVERIFY(cleared.finished);
        QVERIFY(!cleared.synchronous);
        QVERIFY2(!cleared.error.isError(), qPrintable(cleared.error.detail()));
        QCOMPARE(KeychainItems::storedKeys(m_service), QStringList());
        QCOMPARE(readFrom(store).document, QByteArray());
        // Nothing left to clear is fine.
        QVERIFY(!clear(store).error.isError());
    }

    // Made together, calls run one after another in the order made, and
    // each job finishes with its own answer.
    void callsWaitTheirTurn()
    {
        KeychainTokenStore store(m_service);
        QList<TokenStoreJob::Call> order;
        TokenStoreJob *firstRead = store.read();
        TokenStoreJob *write = store.write("two");
        TokenStoreJob *secondRead = store.read();
        for (TokenStoreJob *job : {firstRead, write, secondRead}) {
            connect(job, &TokenStoreJob::finished, this,
                    [&order](TokenStoreJob *finished) { order.append(finished->call()); });
        }
        QByteArray before = "unset";
        connect(firstRead, &TokenStoreJob::finished, this, [&before](TokenStoreJob *job) { before = job->document(); });
        const JobResult after = awaitJob(secondRead);
        QVERIFY(after.finished);
        QCOMPARE(after.document, QByteArray("two"));
        QCOMPARE(before, QByteArray());
        QCOMPARE(order, (QList<TokenStoreJob::Call>{TokenStoreJob::Call::Read, TokenStoreJob::Call::Write,
                                                    TokenStoreJob::Call::Read}));
    }

    void readFailsFastWithoutABus()
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(withoutBusArgument)});
        QVERIFY(child.waitForFinished(30000));
        const QByteArray output = child.readAllStandardOutput();
        qInfo("child: %s", output.trimmed().constData());
        QVERIFY2(output.startsWith("code=keychain_unavailable "), output.constData());
        const qsizetype at = output.indexOf("elapsed=") + 8;
        QVERIFY(output.mid(at, output.indexOf(' ', at) - at).toLongLong() < 10000);
    }

    // Not "locked", not "not found": the Secret Service is asked, and the
    // error says there is none.
    void noSecretServiceIsToldApart()
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent"));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(withoutBusArgument)});
        QVERIFY(child.waitForFinished(30000));
        const QByteArray output = child.readAllStandardOutput();
        QVERIFY2(output.startsWith("code=keychain_unavailable "), output.constData());
        QVERIFY2(output.contains("detail=keychain (secret-service) item \"cache\""), output.constData());
        QVERIFY2(output.contains("no Secret Service is running"), output.constData());
    }

    void deadlineEndsASlowRead()
    {
        KeychainTokenStore store(m_service);
        QVERIFY(!writeTo(store, "tokens").error.isError());
        store.setTimeout(1ms);
        TokenStoreJob *slow = store.read();
        QThread::msleep(5); // the deadline passes before any answer can arrive
        int slowFinished = 0;
        connect(slow, &TokenStoreJob::finished, this, [&slowFinished] { ++slowFinished; });
        const JobResult read = awaitJob(slow);
        QVERIFY(read.finished);
        QCOMPARE(read.error.code(), SignInError::KeychainUnavailable);
        QVERIFY2(read.error.detail().contains(QLatin1String("did not answer within 0.001 s")),
                 qPrintable(read.error.detail()));
        QCOMPARE(read.document, QByteArray());

        // QtKeychain runs one job at a time, so once this read is answered
        // the abandoned job has finished too: its result must go nowhere.
        store.setTimeout(20s);
        const ReadResult next = readFrom(store);
        QCOMPARE(next.document, QByteArray("tokens"));
        QCOMPARE(slowFinished, 1);
    }

    void timedOutWriteKeepsThePreviousDocument()
    {
        KeychainTokenStore store(m_service);
        KeychainTokenStorePrivate::setMaximumItemSize(&store, 300);
        const QByteArray previous = documentOf(1000);
        QVERIFY(!writeTo(store, previous).error.isError());
        store.setTimeout(1ms);
        const WriteResult written = writeWith(store, [&] {
            TokenStoreJob *job = store.write(documentOf(2000));
            QThread::msleep(5);
            return job;
        });
        QCOMPARE(written.error.code(), SignInError::KeychainUnavailable);
        store.setTimeout(20s);
        QCOMPARE(readFrom(store).document, previous);
    }

    // Deleted while its keychain job runs, a store still finishes the call's
    // job, with an error, from the event loop (not from its destructor: the
    // connection sees that). Whatever the abandoned QtKeychain job does
    // afterwards cannot be watched through the dead store, so a live store
    // of the same service reads after it (under ASan, scripts/test.sh, a job
    // that reached the dead store would be a use-after-free): it finds the
    // write done in full or not at all, and the keychain still usable.
    void storeDestroyedWhileAJobRuns()
    {
        auto *store = new KeychainTokenStore(m_service);
        int emitted = 0;
        TokenStoreJob *write = store->write("tokens");
        write->setAutoDelete(false);
        const std::unique_ptr<TokenStoreJob> owned(write);
        connect(write, &TokenStoreJob::finished, this, [&emitted] { ++emitted; });
        QTest::qWait(1); // let the first job start
        QVERIFY(!write->isFinished());
        delete store;
        QCOMPARE(emitted, 0);
        QTRY_COMPARE(emitted, 1);
        QCOMPARE(write->error().code(), SignInError::TokenStoreFailed);

        KeychainTokenStore next(m_service);
        const ReadResult read = readFrom(next);
        QVERIFY(read.finished);
        QVERIFY2(!read.error.isError(), qPrintable(read.error.detail()));
        QVERIFY2(read.document == "tokens" || read.document.isEmpty(), read.document.constData());
        QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(u'\n')));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(emitted, 1);

        QVERIFY(!writeTo(next, "after").error.isError());
        QCOMPARE(readFrom(next).document, QByteArray("after"));
    }

    void measuresReadTimes()
    {
        KeychainTokenStore store(m_service);
        const QByteArray document = documentOf(3 * 1024);
        QVERIFY(!writeTo(store, document).error.isError());
        double single = 0;
        measureMedianReadMs(store, document, 15, &single);
        if (QTest::currentTestFailed())
            return;

        KeychainTokenStorePrivate::setMaximumItemSize(&store, 1024);
        QVERIFY(!writeTo(store, document).error.isError());
        QCOMPARE(KeychainItems::storedKeys(m_service).size(), 4);
        double split = 0;
        measureMedianReadMs(store, document, 15, &split);
        if (QTest::currentTestFailed())
            return;
        // Each read is at least one D-Bus round trip to a real keyring, so it
        // takes time, and far less than the store's deadline.
        const double deadlineMs = double(store.timeout().count());
        QVERIFY2(single > 0 && single < deadlineMs, qPrintable(QString::number(single)));
        QVERIFY2(split > 0 && split < deadlineMs, qPrintable(QString::number(split)));
        qInfo("median read of a 3 KiB document: one item %.2f ms, 3 parts + manifest %.2f ms",
              single, split);
    }

public:
    bool m_fixture = false;

private:
    QString m_service;
};

int main(int argc, char **argv)
{
    if (argc == 2 && qstrcmp(argv[1], withoutBusArgument) == 0)
        return readWithoutBus(argc, argv);
    // Before QCoreApplication and anything else can open the session bus.
    const bool fixture = applyKeyringEnvironmentToThisProcess();
    QCoreApplication app(argc, argv);
    tst_KeychainTokenStore test;
    test.m_fixture = fixture;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_token_store.moc"
