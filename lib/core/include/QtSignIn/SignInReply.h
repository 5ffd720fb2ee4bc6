// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInResult.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QObject>

namespace QtSignIn {

class SignInFlow;

// One sign-in in progress. Emits finished() exactly once, never from inside
// the call that created it; then result() or error() tells the outcome. The
// caller owns the reply (delete it, or deleteLater() in the slot), as with
// QNetworkReply.
class QTSIGNIN_CORE_EXPORT SignInReply : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool finished READ isFinished NOTIFY finished)
    Q_PROPERTY(bool waitingForUser READ isWaitingForUser NOTIFY waitingForUserChanged)
public:
    ~SignInReply() override;

    bool isFinished() const { return m_finished; }
    // True while the provider's page is open and the flow waits for the person.
    bool isWaitingForUser() const { return m_waitingForUser; }
    SignInResult result() const { return m_result; }
    SignInError error() const { return m_error; }

public Q_SLOTS:
    // Ends the sign-in with SignInError::Cancelled. No effect once finished.
    void cancel();

Q_SIGNALS:
    void finished();
    void waitingForUserChanged(bool waiting);

private:
    friend class SignInClient;
    friend class SignInFlow;
    explicit SignInReply(QObject *parent = nullptr);
    void setWaitingForUser(bool waiting);
    void finish(const SignInResult &result, const SignInError &error);

    SignInFlow *m_flow = nullptr;
    SignInResult m_result;
    SignInError m_error;
    bool m_finished = false;
    bool m_waitingForUser = false;
};

} // namespace QtSignIn
