// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// MemoryTokenStore: the TokenStore contract, with nothing kept past the object.
#include <QtSignIn/MemoryTokenStore.h>

#include <QtTest/QtTest>

#include "TokenStoreCalls.h"

using namespace QtSignIn;
using namespace QtSignInTest;

class tst_MemoryTokenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsEmpty()
    {
        MemoryTokenStore store;
        const ReadResult read = readFrom(store, 1000);
        QVERIFY(read.finished);
        QCOMPARE(read.document, QByteArray());
        QVERIFY(!read.error.isError());
    }

    void readsBackWhatWasWritten()
    {
        MemoryTokenStore store;
        const WriteResult written = writeTo(store, "{\"version\":1}");
        QVERIFY(written.finished);
        QVERIFY(!written.error.isError());
        QCOMPARE(readFrom(store, 1000).document, QByteArray("{\"version\":1}"));
    }

    void clearForgetsTheDocument()
    {
        MemoryTokenStore store;
        store.write("tokens");
        const WriteResult cleared = clear(store);
        QVERIFY(cleared.finished);
        QVERIFY(!cleared.error.isError());
        QCOMPARE(readFrom(store, 1000).document, QByteArray());
    }

    // A caller may connect after calling: no job finishes inside its call.
    void neverFinishesFromInsideTheCall()
    {
        MemoryTokenStore store;
        const QList<TokenStoreJob *> jobs{store.read(), store.write("x"), store.clear()};
        int finished = 0;
        for (TokenStoreJob *job : jobs) {
            QVERIFY(!job->isFinished());
            connect(job, &TokenStoreJob::finished, this, [&finished] { ++finished; });
        }
        QTRY_COMPARE(finished, 3);
    }

    // Calls made together run in the order made, each job with its own answer.
    void twoJobsInFlightEachFinishWithTheirOwnResult()
    {
        MemoryTokenStore store;
        TokenStoreJob *first = store.read();
        store.write("tokens");
        TokenStoreJob *second = store.read();
        QByteArray firstRead = "unset", secondRead = "unset";
        connect(first, &TokenStoreJob::finished, this, [&](TokenStoreJob *job) { firstRead = job->document(); });
        connect(second, &TokenStoreJob::finished, this, [&](TokenStoreJob *job) { secondRead = job->document(); });
        QTRY_COMPARE(secondRead, QByteArray("tokens"));
        QCOMPARE(firstRead, QByteArray());
    }

    void isPrivateToThisProcess()
    {
        MemoryTokenStore store;
        QVERIFY(store.sharedIdentity().isEmpty());
        QCOMPARE(store.kind(), TokenStore::Kind::Memory);
    }

    // Deleted with its answer not yet delivered, a store still finishes the
    // job, from the event loop, with that answer (tst_token_store_job: a
    // call the store never answered fails instead).
    void destroyedStoreStillFinishesItsJobs()
    {
        auto *store = new MemoryTokenStore;
        store->write("tokens");
        TokenStoreJob *answered = store->read();
        QVERIFY(!answered->isFinished());
        bool emittedInside = false;
        connect(answered, &TokenStoreJob::finished, this, [&emittedInside] { emittedInside = true; });
        delete store;
        QVERIFY(!emittedInside);
        const JobResult read = awaitJob(answered, 1000);
        QVERIFY(read.finished);
        QCOMPARE(read.document, QByteArray("tokens"));
    }
};

QTEST_GUILESS_MAIN(tst_MemoryTokenStore)
#include "tst_memory_token_store.moc"
