// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QVariantMap>
#include <QtQml/QJSValue>
#include <QtQml/qqmlregistration.h>

namespace QtSignIn {
class SignInReply;
}

// What SignInClient.signIn(), acquireTokenSilent() and signOut() return: one
// request under way (a QtSignIn::SignInReply). Its outcome is handled in one
// place, either with callbacks:
//
//     client.signIn().then(result => show(result.account),
//                          error => status.text = error.message)
//
// or with the finished() signal, then `succeeded`, `result` and `error`:
//
//     const op = client.acquireTokenSilent(account, ["api.read"])
//     op.finished.connect(() => { if (op.succeeded) call(op.result.accessToken) })
//
// Exactly one of the callbacks runs, once, from the event loop (also when
// then() is called after the request finished). `result` and `error` are
// plain objects (QmlValues), `error.code` a SignInError code.
//
// The client keeps the operation while it runs; afterwards it belongs to
// JavaScript, and the garbage collector takes it once nothing refers to it.
class QmlSignInOperation : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(SignInOperation)
    QML_UNCREATABLE("SignInClient's methods return operations")
    Q_PROPERTY(bool running READ isRunning NOTIFY finished)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY finished)
    /// While the provider's page is open and the sign-in waits for the person.
    Q_PROPERTY(bool waitingForUser READ isWaitingForUser NOTIFY waitingForUserChanged)
    Q_PROPERTY(QVariantMap result READ result NOTIFY finished)
    Q_PROPERTY(QVariantMap error READ error NOTIFY finished)
public:
    // Takes `reply` over; calls back into `engine`'s JavaScript.
    QmlSignInOperation(QtSignIn::SignInReply *reply, QJSEngine *engine, QObject *parent);
    ~QmlSignInOperation() override;

    bool isRunning() const { return m_running; }
    bool succeeded() const { return !m_running && m_error.isEmpty(); }
    bool isWaitingForUser() const;
    QVariantMap result() const { return m_result; }
    QVariantMap error() const { return m_error; }

    /// Calls `onSuccess(result)` or `onFailure(error)` when the operation
    /// has finished; either may be left out. Returns the operation.
    Q_INVOKABLE QmlSignInOperation *then(const QJSValue &onSuccess, const QJSValue &onFailure = QJSValue());

public Q_SLOTS:
    /// Ends the request with SignInError.Cancelled; no effect once finished.
    void cancel();

Q_SIGNALS:
    void finished();
    void waitingForUserChanged();

private:
    void finish();
    void runCallbacks();

    QPointer<QtSignIn::SignInReply> m_reply;
    QJSEngine *m_engine;
    bool m_running = true;
    QVariantMap m_result;
    QVariantMap m_error;
    QList<QPair<QJSValue, QJSValue>> m_callbacks;
};
