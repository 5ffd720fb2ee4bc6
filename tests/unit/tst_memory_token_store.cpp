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
        QSignalSpy finished(&store, &TokenStore::readFinished);
        store.read();
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.first().at(0).toByteArray(), QByteArray());
        QVERIFY(!finished.first().at(1).value<SignInError>().isError());
    }

    void readsBackWhatWasWritten()
    {
        MemoryTokenStore store;
        QSignalSpy written(&store, &TokenStore::writeFinished);
        store.write("{\"version\":1}");
        QVERIFY(written.wait(1000));
        QVERIFY(!written.first().at(0).value<SignInError>().isError());

        QSignalSpy finished(&store, &TokenStore::readFinished);
        store.read();
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.first().at(0).toByteArray(), QByteArray("{\"version\":1}"));
    }

    void clearForgetsTheDocument()
    {
        MemoryTokenStore store;
        store.write("tokens");
        QSignalSpy cleared(&store, &TokenStore::writeFinished);
        store.clear();
        QTRY_COMPARE(cleared.size(), 2);

        QSignalSpy finished(&store, &TokenStore::readFinished);
        store.read();
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.first().at(0).toByteArray(), QByteArray());
    }

    // A caller may connect after calling: no signal comes from inside the call.
    void neverEmitsFromInsideTheCall()
    {
        MemoryTokenStore store;
        QSignalSpy read(&store, &TokenStore::readFinished);
        QSignalSpy written(&store, &TokenStore::writeFinished);
        store.read();
        store.write("x");
        store.clear();
        QCOMPARE(read.size(), 0);
        QCOMPARE(written.size(), 0);
        QTRY_COMPARE(written.size(), 2);
        QCOMPARE(read.size(), 1);
    }

    void isPrivateToThisProcess()
    {
        MemoryTokenStore store;
        QVERIFY(store.sharedIdentity().isEmpty());
        QCOMPARE(store.kind(), TokenStore::Kind::Memory);
    }

    // Deleted with a read in flight, a store says nothing: not from inside
    // the call and not from its destructor (the connection sees both), and
    // its queued answer dies with it. The deleted store cannot be watched, so
    // a call queued after its answer is awaited instead, and any other queued
    // call delivered meanwhile is a stray answer of the dead store.
    void destroyedStoreEmitsNothing()
    {
        auto *store = new MemoryTokenStore;
        bool emitted = false;
        connect(store, &TokenStore::readFinished, this, [&emitted] { emitted = true; });
        store->read();
        delete store;

        QObject witness;
        const StrayQueuedCalls stray(&witness);
        bool witnessCalled = false;
        QMetaObject::invokeMethod(&witness, [&witnessCalled] { witnessCalled = true; }, Qt::QueuedConnection);
        QTRY_VERIFY(witnessCalled);
        QCOMPARE(stray.count(), 0);
        QVERIFY(!emitted);
    }
};

QTEST_GUILESS_MAIN(tst_MemoryTokenStore)
#include "tst_memory_token_store.moc"
