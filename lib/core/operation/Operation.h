// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInResult.h>

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace QtSignIn {

class ClientContext;
class SignInReply;

// One thing a client does for the application (an interactive sign-in, a
// silent token request, a userinfo request, loading the cache, signing
// out), answered through one or more SignInReply objects. Every operation
// lives the same way: a child of the client's context, started from the
// event loop, finished exactly once, then deleted. The grants a provider
// offers differ in how they get tokens, not in this.
class Operation : public QObject
{
    Q_OBJECT
public:
    explicit Operation(ClientContext *context);
    ~Operation() override;

    // Answers `reply` too when this operation finishes. cancel() on the reply
    // reaches cancelReply().
    void attach(SignInReply *reply);

    virtual void start() = 0;

    bool isFinished() const { return m_finished; }

    // The client is gone. An operation holding tokens the provider issued
    // that are not yet stored goes on (returns true), and its replies hear
    // its real outcome. Any other stops, and its replies finish with
    // Cancelled: at once for isFinished(), finished() from the event loop,
    // never from inside the client's destructor (its owner may be half
    // destroyed).
    bool abandon();

protected:
    ClientContext *context() const { return m_context; }
    QList<SignInReply *> replies() const;

    // Answers every attached reply, once; then the operation deletes itself.
    void finish(const SignInResult &result, const SignInError &error,
                const SignInError &storeError = SignInError());

    // What cancel() on one reply does; by default the whole operation ends.
    virtual void cancelReply(SignInReply *reply);
    // Stops whatever is under way (requests, the user agent); no callbacks.
    virtual void stop() {}
    // Every reply was deleted unfinished. By default the operation stops.
    virtual void allRepliesGone();
    // Whether ending now could lose tokens the provider has issued.
    virtual bool holdsIssuedTokens() const { return false; }

    // Finishes one reply only (its own cancel); the operation goes on.
    void detach(SignInReply *reply, const SignInError &error);

    // Every open reply's isWaitingForUser() (a grant waiting for the person).
    void setWaitingForUser(bool waiting);

private:
    ClientContext *m_context;
    QList<QPointer<SignInReply>> m_replies;
    bool m_finished = false;
};

} // namespace QtSignIn
