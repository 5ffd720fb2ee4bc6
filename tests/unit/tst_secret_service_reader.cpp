// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// SecretServiceReader against the throw-away gnome-keyring of tests/keyring
// (ctest fixture "secret_service"): what QtKeychain wrote is read straight
// from the Secret Service byte for byte, and whatever QtKeychain would read
// differently is left to it. Each test uses a service name of its own.
#include <QtSignIn/KeychainTokenStore.h>

#include "../keyring/KeyringEnvironment.h"
#include "store/KeychainItemFormat.h"
#include "store/KeychainTokenStore_p.h"
#include "store/SecretServiceReader.h"

#include <QtCore/QLoggingCategory>
#include <QtTest/QtTest>

#include "KeychainItems.h"
#include "TokenStoreCalls.h"

#include <qt6keychain/keychain.h>

using namespace QtSignIn;
using namespace QtSignInTest;
using namespace std::chrono_literals;

namespace {

struct DirectRead
{
    bool finished = false;
    std::optional<QByteArray> data;
    QString whyNot;
};

// The token cache of `service` (or one item, `key`) read by the fast path
// alone. The deadline is generous: the machines running the tests are busy.
DirectRead readDirectly(const QString &service, const QString &key = QString())
{
    QObject context;
    DirectRead result;
    QEventLoop loop;
    const auto done = [&](const std::optional<QByteArray> &data, const QString &whyNot) {
        result = DirectRead{true, data, whyNot};
        loop.quit();
    };
    if (key.isEmpty())
        SecretServiceReader::readCache(&context, service, 10s, done);
    else
        SecretServiceReader::readItem(&context, service, key, 10s, done);
    if (!result.finished) {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

bool writeTextItem(const QString &service, const QString &key, const QString &text)
{
    QKeychain::WritePasswordJob job(service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setTextData(text);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    return finished.wait(20000) && job.error() == QKeychain::NoError;
}

QByteArray everyByte(qsizetype size)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < size; ++i)
        bytes.append(char((i * 7 + i / 256) % 256));
    return bytes;
}

QByteArray documentOf(qsizetype size)
{
    QByteArray document("{\"version\":1,\"tokens\":\"");
    for (qsizetype i = 0; document.size() < size - 2; ++i)
        document.append(char('a' + i % 26));
    return document + "\"}";
}

} // namespace

class tst_SecretServiceReader : public QObject
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
                QStringLiteral("qtsignin-direct-%1").arg(QCoreApplication::applicationPid()),
                QString::fromLatin1(QTest::currentTestFunction()));
    }

    void cleanup()
    {
        KeychainTokenStore store(m_service);
        clear(store);
        for (const QString &key : KeychainItems::storedKeys(m_service)) {
            QKeychain::DeletePasswordJob job(m_service);
            job.setAutoDelete(false);
            job.setKey(key);
            QSignalSpy finished(&job, &QKeychain::Job::finished);
            job.start();
            finished.wait(20000);
        }
    }

    void itemWrittenByQtKeychainIsReadByteForByte()
    {
        const QByteArray binary = everyByte(3000);
        QVERIFY(KeychainItems::writeItem(m_service, QStringLiteral("cache"), binary));
        const DirectRead read = readDirectly(m_service);
        QVERIFY(read.finished);
        QVERIFY2(read.data, qPrintable(read.whyNot));
        QCOMPARE(*read.data, binary);
    }

    void chunkedCacheIsReadPartByPart()
    {
        KeychainTokenStore store(m_service);
        KeychainTokenStorePrivate::setMaximumItemSize(&store, 300);
        const QByteArray document = documentOf(2000);
        QVERIFY(!writeTo(store, document).error.isError());
        QCOMPARE(KeychainItems::storedKeys(m_service).size(), 8);
        const DirectRead read = readDirectly(m_service);
        QVERIFY2(read.data, qPrintable(read.whyNot));
        QCOMPARE(*read.data, document);
        const DirectRead part = readDirectly(m_service, QStringLiteral("cache.1.6"));
        QVERIFY2(part.data, qPrintable(part.whyNot));
        QCOMPARE(*part.data, document.mid(6 * 300));
    }

    // Through the store too: the read is the fast path's (it says so), and
    // gives what it gave before.
    void storeReadsThroughTheFastPath()
    {
        KeychainTokenStore store(m_service);
        const QByteArray document = documentOf(5000);
        QVERIFY(!writeTo(store, document).error.isError());
        QLoggingCategory::setFilterRules(QStringLiteral("qtsignin.store.debug=true"));
        QTest::ignoreMessage(QtDebugMsg, QRegularExpression(QStringLiteral("^keychain: read \".*\" straight from "
                                                                           "the Secret Service$")));
        const ReadResult read = readFrom(store);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(!read.error.isError(), qPrintable(read.error.detail()));
        QCOMPARE(read.document, document);
    }

    void absentItemIsLeftToQtKeychain()
    {
        const DirectRead read = readDirectly(m_service);
        QVERIFY(read.finished);
        QVERIFY(!(read.data));
        QVERIFY2(read.whyNot.contains(QLatin1String("no item")), qPrintable(read.whyNot));
    }

    // QtKeychain reads a "plaintext" item before a "base64" one: with one
    // there, the fast path steps aside and the store gives QtKeychain's.
    void plaintextItemIsLeftToQtKeychain()
    {
        QVERIFY(KeychainItems::writeItem(m_service, QStringLiteral("cache"), "binary tokens"));
        QVERIFY(writeTextItem(m_service, QStringLiteral("cache"), QStringLiteral("text tokens")));
        const DirectRead read = readDirectly(m_service);
        QVERIFY(!(read.data));
        QVERIFY2(read.whyNot.contains(QLatin1String("2 items")), qPrintable(read.whyNot));

        KeychainTokenStore store(m_service);
        QCOMPARE(readFrom(store).document, QByteArray("text tokens"));
    }

    void contextGoneEndsTheRead()
    {
        QVERIFY(KeychainItems::writeItem(m_service, QStringLiteral("cache"), "tokens"));
        bool called = false;
        {
            QObject context;
            SecretServiceReader::readCache(&context, m_service, 10s,
                                           [&](const std::optional<QByteArray> &, const QString &) { called = true; });
        }
        QTest::qWait(500);
        QVERIFY(!called);
        // The session it opened was closed: the next read works as ever.
        QCOMPARE(readDirectly(m_service).data, std::optional<QByteArray>("tokens"));
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
    tst_SecretServiceReader test;
    test.m_fixture = fixture;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secret_service_reader.moc"
