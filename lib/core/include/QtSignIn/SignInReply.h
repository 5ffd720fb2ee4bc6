// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInResult.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <functional>

namespace QtSignIn {

class SignInFlow;
class SilentFlow;
class SignInClientPrivate;

/// One sign-in, silent token request or sign-out in progress. Emits finished()
/// exactly once, never from inside the call that created it; then result() or
/// error() tells the outcome. The caller owns the reply (delete it, or
/// deleteLater() in the slot), as with QNetworkReply.
///
/// A silent request answered from memory returns a reply that is already
/// finished: isFinished() is true and result() is set at once (no need to wait
/// for the event loop); finished() is still emitted later.
class QTSIGNIN_CORE_EXPORT SignInReply : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool finished READ isFinished NOTIFY finished)
    Q_PROPERTY(bool waitingForUser READ isWaitingForUser NOTIFY waitingForUserChanged)
public:
    ~SignInReply() override;

    bool isFinished() const { return m_finished; }
    /// True while the provider's page is open and the flow waits for the person.
    bool isWaitingForUser() const { return m_waitingForUser; }
    SignInResult result() const { return m_result; }
    SignInError error() const { return m_error; }

    /// For an interactive sign-in, the provider's page the user agent was
    /// asked to show; empty before that and for silent requests. Set when
    /// waitingForUser() first becomes true, it lets an app offer the link to
    /// copy. The link belongs to this sign-in: once the reply has finished
    /// nothing waits for it any more. To show the link when no browser opens
    /// and keep the sign-in waiting, give the launcher a fallback
    /// (SystemBrowserUserAgent::withFallback()).
    QUrl authorizationUrl() const;

    /// Set when the tokens came but could not be saved to the token store
    /// (KeychainUnavailable, KeychainLocked, TokenStoreFailed,
    /// TokenStoreInsecure): they are kept in memory for this process only,
    /// and nothing was written anywhere else.
    SignInError storeError() const { return m_storeError; }

public Q_SLOTS:
    /// Ends the sign-in with SignInError::Cancelled. No effect once finished.
    void cancel();

Q_SIGNALS:
    void finished();
    void waitingForUserChanged(bool waiting);

private:
    friend class SignInClient;
    friend class SignInClientPrivate;
    friend class SignInFlow;
    friend class SilentFlow;
    friend class UserInfoFetch;
    explicit SignInReply(QObject *parent = nullptr);
    void setWaitingForUser(bool waiting);
    void finish(const SignInResult &result, const SignInError &error,
                const SignInError &storeError = SignInError());
    /// Finished now; finished() is emitted from the event loop.
    void finishLater(const SignInResult &result, const SignInError &error);

    std::function<void()> m_cancel;
    SignInResult m_result;
    SignInError m_error;
    SignInError m_storeError;
    bool m_finished = false;
    bool m_waitingForUser = false;
};

} // namespace QtSignIn
