// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "QmlSignInOperation.h"

#include "QmlValues.h"

#include <QtSignIn/SignInReply.h>

#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>
#include <QtQml/QJSEngine>
#include <QtQml/QQmlEngine>

#include <utility>

Q_LOGGING_CATEGORY(lcQuick, "qtsignin.quick", QtWarningMsg)

QmlSignInOperation::QmlSignInOperation(QtSignIn::SignInReply *reply, QJSEngine *engine, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_engine(engine)
{
    reply->setParent(this);
    // SignInReply::finished() always comes from the event loop: a then()
    // chained to the call that returned this operation is in place by then.
    connect(reply, &QtSignIn::SignInReply::finished, this, &QmlSignInOperation::finish);
    connect(reply, &QtSignIn::SignInReply::waitingForUserChanged, this,
            &QmlSignInOperation::waitingForUserChanged);
}

QmlSignInOperation::~QmlSignInOperation() = default;

bool QmlSignInOperation::isWaitingForUser() const
{
    return m_reply && m_reply->isWaitingForUser();
}

QmlSignInOperation *QmlSignInOperation::then(const QJSValue &onSuccess, const QJSValue &onFailure)
{
    m_callbacks.append({onSuccess, onFailure});
    // Callbacks run from the event loop, never inside then() itself, as
    // they would for a request still running.
    if (!m_running)
        QTimer::singleShot(0, this, &QmlSignInOperation::runCallbacks);
    return this;
}

void QmlSignInOperation::cancel()
{
    if (m_reply)
        m_reply->cancel();
}

void QmlSignInOperation::finish()
{
    m_running = false;
    m_error = QmlValues::fromError(m_reply->error());
    if (m_error.isEmpty())
        m_result = QmlValues::fromResult(m_reply->result());
    m_reply->deleteLater();
    Q_EMIT finished();
    runCallbacks();
    // Done: from now on JavaScript decides how long it lives. A QML property
    // holding it keeps it; otherwise the garbage collector deletes it.
    setParent(nullptr);
    QQmlEngine::setObjectOwnership(this, QQmlEngine::JavaScriptOwnership);
    m_engine->newQObject(this);
}

void QmlSignInOperation::runCallbacks()
{
    const auto callbacks = std::exchange(m_callbacks, {});
    for (const auto &[onSuccess, onFailure] : callbacks) {
        QJSValue callback = succeeded() ? onSuccess : onFailure;
        if (!callback.isCallable())
            continue;
        const QJSValue outcome = m_engine->toScriptValue(succeeded() ? m_result : m_error);
        const QJSValue returned = callback.call({outcome});
        if (returned.isError()) {
            qCWarning(lcQuick).noquote() << "A SignInOperation callback threw:" << returned.toString()
                                         << returned.property(QStringLiteral("fileName")).toString()
                                         << returned.property(QStringLiteral("lineNumber")).toInt();
        }
    }
}
