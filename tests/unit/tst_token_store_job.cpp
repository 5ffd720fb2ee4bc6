// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// TokenStoreJob, the per-call completion of TokenStore, through a store that
// answers only when the test says so (or at once, when told to): each job
// finishes exactly once with its own result, never from inside the call,
// also when its store is destroyed first; calls take turns in TokenStore.
#include <QtSignIn/TokenStore.h>
#include <QtSignIn/TokenStoreJob.h>

#include <QtCore/QPointer>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

class ControlledStore : public TokenStore
{
public:
    QString sharedIdentity() const override { return QString(); }
    Kind kind() const override { return Kind::Custom; }

    // Finishes the call under way, as the store's answer would.
    void answerRead(const QByteArray &document, const SignInError &error = SignInError())
    {
        finishRead(started.takeFirst(), document, error);
    }
    void answerWrite(const SignInError &error = SignInError()) { finishWrite(started.takeFirst(), error); }

    // Jobs started and not answered yet; more than one would be an overlap.
    QList<TokenStoreJob *> started;
    QList<QByteArray> writes;
    // Answer inside the start call, as a store that has the data at hand.
    bool answerAtOnce = false;
    QByteArray document;

protected:
    void startRead(TokenStoreJob *job) override
    {
        started.append(job);
        if (answerAtOnce)
            answerRead(document);
    }
    void startWrite(TokenStoreJob *job, const QByteArray &written) override
    {
        started.append(job);
        writes.append(written);
        if (answerAtOnce) {
            document = written;
            answerWrite();
        }
    }
    void startClear(TokenStoreJob *job) override { startWrite(job, QByteArray()); }
};

} // namespace

class tst_TokenStoreJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aJobDeletesItselfOnceFinished()
    {
        ControlledStore store;
        QPointer<TokenStoreJob> job = store.read();
        QSignalSpy finished(job.data(), &TokenStoreJob::finished);
        store.answerRead("stored");
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.size(), 1);
        QTRY_VERIFY(job.isNull());
    }

    void twoJobsInFlightEachFinishWithTheirOwnResult()
    {
        ControlledStore store;
        TokenStoreJob *first = store.read();
        TokenStoreJob *second = store.write("two");
        first->setAutoDelete(false);
        second->setAutoDelete(false);
        std::unique_ptr<TokenStoreJob> ownFirst(first), ownSecond(second);
        QSignalSpy firstFinished(first, &TokenStoreJob::finished);
        QSignalSpy secondFinished(second, &TokenStoreJob::finished);

        store.answerRead("one");
        QVERIFY(firstFinished.wait(1000));
        QTRY_COMPARE(store.started.size(), 1); // the write, started after the read finished
        store.answerWrite(SignInError(SignInError::TokenStoreFailed, QStringLiteral("disk full")));
        QVERIFY(secondFinished.wait(1000));

        QCOMPARE(firstFinished.size(), 1);
        QCOMPARE(secondFinished.size(), 1);
        QCOMPARE(firstFinished.first().at(0).value<TokenStoreJob *>(), first);
        QCOMPARE(first->call(), TokenStoreJob::Call::Read);
        QCOMPARE(first->document(), QByteArray("one"));
        QVERIFY(!first->error().isError());
        QCOMPARE(second->call(), TokenStoreJob::Call::Write);
        QCOMPARE(second->document(), QByteArray());
        QCOMPARE(second->error().code(), SignInError::TokenStoreFailed);
    }

    // The store sees one call at a time, in the order the calls were made.
    void callsTakeTurns()
    {
        ControlledStore store;
        store.write("one");
        store.write("two");
        store.read();
        QCOMPARE(store.started.size(), 1);
        QCOMPARE(store.writes, QList<QByteArray>{"one"});
        store.answerWrite();
        QTest::qWait(10);
        QCOMPARE(store.writes, (QList<QByteArray>{"one", "two"}));
        QCOMPARE(store.started.size(), 1);
        store.answerWrite();
        QTRY_COMPARE(store.started.size(), 1);
        QCOMPARE(store.started.first()->call(), TokenStoreJob::Call::Read);
        store.answerRead("two");
    }

    // Even a store that answers inside the call: the caller may connect
    // after calling, and a job is not finished before that.
    void neverFinishesFromInsideTheCall()
    {
        ControlledStore store;
        store.answerAtOnce = true;
        bool returned = false;
        int finishedBeforeReturning = 0;
        const auto watch = [&](TokenStoreJob *job) {
            QVERIFY(!job->isFinished());
            connect(job, &TokenStoreJob::finished, this, [&] {
                if (!returned)
                    ++finishedBeforeReturning;
            });
        };
        int finished = 0;
        for (TokenStoreJob *job : {store.write("x"), store.read(), store.clear()}) {
            watch(job);
            connect(job, &TokenStoreJob::finished, this, [&finished] { ++finished; });
        }
        returned = true;
        QTRY_COMPARE(finished, 3);
        QCOMPARE(finishedBeforeReturning, 0);
    }

    // A store destroyed first (its part of the work is gone) still finishes
    // every job of its: the one under way and those waiting, with an error.
    void aJobWhoseStoreIsDestroyedFinishes()
    {
        auto *store = new ControlledStore;
        QList<TokenStoreJob *> jobs{store->read(), store->write("tokens")};
        QList<std::shared_ptr<QSignalSpy>> spies;
        for (TokenStoreJob *job : std::as_const(jobs)) {
            job->setAutoDelete(false);
            spies.append(std::make_shared<QSignalSpy>(job, &TokenStoreJob::finished));
        }
        delete store;
        for (int i = 0; i < jobs.size(); ++i) {
            QVERIFY(spies.at(i)->wait(1000) || spies.at(i)->size() == 1);
            QCOMPARE(spies.at(i)->size(), 1);
            QCOMPARE(jobs.at(i)->error().code(), SignInError::TokenStoreFailed);
            QVERIFY(jobs.at(i)->document().isEmpty());
        }
        qDeleteAll(jobs);
    }

    // A job its caller deleted unfinished: its call runs on (or is dropped,
    // if it had not started), and the next call gets its turn.
    void aDeletedJobDoesNotStopTheQueue()
    {
        ControlledStore store;
        delete store.read();
        TokenStoreJob *dropped = store.write("never");
        TokenStoreJob *next = store.read();
        delete dropped;
        QSignalSpy finished(next, &TokenStoreJob::finished);
        store.answerRead("answered to nobody");
        QTRY_COMPARE(store.started.size(), 1);
        QCOMPARE(store.writes, QList<QByteArray>());
        store.answerRead("mine");
        QVERIFY(finished.wait(1000));
    }
};

QTEST_GUILESS_MAIN(tst_TokenStoreJob)
#include "tst_token_store_job.moc"
