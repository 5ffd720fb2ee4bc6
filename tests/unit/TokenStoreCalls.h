// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// One TokenStore call and its outcome, for the store tests: whether its job
// finished at all (within the time given), whether it finished inside the
// call (TokenStore promises it never does), and with what.
#pragma once

#include <QtSignIn/TokenStore.h>
#include <QtSignIn/TokenStoreJob.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QEvent>
#include <QtCore/QStringList>
#include <QtTest/QSignalSpy>

#include <memory>

namespace QtSignInTest {

struct JobResult
{
    bool finished = false;
    bool synchronous = false;
    QByteArray document;
    QtSignIn::SignInError error;
};

// Waits for `job`, made by the call just returned, and deletes it.
inline JobResult awaitJob(QtSignIn::TokenStoreJob *job, int timeoutMs = 20000)
{
    JobResult result;
    result.synchronous = job->isFinished();
    job->setAutoDelete(false);
    const std::unique_ptr<QtSignIn::TokenStoreJob> owned(job);
    QSignalSpy finished(job, &QtSignIn::TokenStoreJob::finished);
    result.finished = finished.wait(timeoutMs) && finished.size() == 1;
    result.document = job->document();
    result.error = job->error();
    return result;
}

struct ReadResult
{
    bool finished = false;
    bool synchronous = false;
    QByteArray document;
    QtSignIn::SignInError error;
    QStringList warnings;
};

inline ReadResult readFrom(QtSignIn::TokenStore &store, int timeoutMs = 20000)
{
    QSignalSpy warnings(&store, &QtSignIn::TokenStore::warning);
    QtSignIn::TokenStoreJob *job = store.read();
    const bool warnedInside = !warnings.isEmpty();
    const JobResult outcome = awaitJob(job, timeoutMs);
    ReadResult result;
    result.finished = outcome.finished;
    result.synchronous = outcome.synchronous || warnedInside;
    result.document = outcome.document;
    result.error = outcome.error;
    for (const QList<QVariant> &warning : std::as_const(warnings))
        result.warnings.append(warning.at(0).toString());
    return result;
}

using WriteResult = JobResult;

// `call` is write() or clear(), returning its job.
template <typename Call>
WriteResult writeWith(QtSignIn::TokenStore &, Call call, int timeoutMs = 20000)
{
    return awaitJob(call(), timeoutMs);
}

inline WriteResult writeTo(QtSignIn::TokenStore &store, const QByteArray &document)
{
    return awaitJob(store.write(document));
}

inline WriteResult clear(QtSignIn::TokenStore &store)
{
    return awaitJob(store.clear());
}

// Queued calls (QEvent::MetaCall) delivered in this thread to anything but
// `expected` or a TokenStoreJob (whose finished() is queued on itself),
// counted and swallowed while this object lives. A store whose deferred work
// is not bound to the store itself queues it on some other object; once the
// store is deleted, that shows up here instead of running on freed memory.
class StrayQueuedCalls : public QObject
{
public:
    explicit StrayQueuedCalls(const QObject *expected) : m_expected(expected)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *receiver, QEvent *event) override
    {
        if (event->type() != QEvent::MetaCall || receiver == m_expected
            || qobject_cast<QtSignIn::TokenStoreJob *>(receiver))
            return false;
        ++m_count;
        return true;
    }

private:
    const QObject *m_expected;
    int m_count = 0;
};

} // namespace QtSignInTest
