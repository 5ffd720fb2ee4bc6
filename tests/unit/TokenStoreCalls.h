// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// One TokenStore call and its outcome, for the store tests: whether the
// signal came at all (within the time given), whether it came from inside
// the call (TokenStore promises it never does), and what it carried.
#pragma once

#include <QtSignIn/TokenStore.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QEvent>
#include <QtCore/QStringList>
#include <QtTest/QSignalSpy>

namespace QtSignInTest {

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
    QSignalSpy finished(&store, &QtSignIn::TokenStore::readFinished);
    QSignalSpy warnings(&store, &QtSignIn::TokenStore::warning);
    ReadResult result;
    store.read();
    result.synchronous = !finished.isEmpty() || !warnings.isEmpty();
    result.finished = finished.wait(timeoutMs);
    if (result.finished) {
        result.document = finished.first().at(0).toByteArray();
        result.error = finished.first().at(1).value<QtSignIn::SignInError>();
    }
    for (const QList<QVariant> &warning : std::as_const(warnings))
        result.warnings.append(warning.at(0).toString());
    return result;
}

struct WriteResult
{
    bool finished = false;
    bool synchronous = false;
    QtSignIn::SignInError error;
};

// `call` is write() or clear(); both answer with writeFinished().
template <typename Call>
WriteResult writeWith(QtSignIn::TokenStore &store, Call call, int timeoutMs = 20000)
{
    QSignalSpy finished(&store, &QtSignIn::TokenStore::writeFinished);
    WriteResult result;
    call();
    result.synchronous = !finished.isEmpty();
    result.finished = finished.wait(timeoutMs);
    if (result.finished)
        result.error = finished.first().at(0).value<QtSignIn::SignInError>();
    return result;
}

inline WriteResult writeTo(QtSignIn::TokenStore &store, const QByteArray &document)
{
    return writeWith(store, [&] { store.write(document); });
}

inline WriteResult clear(QtSignIn::TokenStore &store)
{
    return writeWith(store, [&] { store.clear(); });
}

// Queued calls (QEvent::MetaCall) delivered in this thread to anything but
// `expected`, counted and swallowed while this object lives. A store whose
// deferred answer is not bound to the store itself queues it on some other
// object; once the store is deleted, that answer shows up here instead of
// running on freed memory.
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
        if (event->type() != QEvent::MetaCall || receiver == m_expected)
            return false;
        ++m_count;
        return true;
    }

private:
    const QObject *m_expected;
    int m_count = 0;
};

} // namespace QtSignInTest
