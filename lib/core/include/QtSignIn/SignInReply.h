// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/DeviceAuthorization.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInResult.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <memory>

namespace QtSignIn {

class SignInReplyPrivate;

/// One sign-in, silent token request, userinfo request, cache load or
/// sign-out in progress. Emits finished() exactly once, always from the event
/// loop, never from inside the call that created it: connect to finished()
/// and handle every outcome there, one path for all (then result() or
/// error() tells the outcome).
///
/// A silent request answered from memory is finished on return:
/// isFinished() is true and result() is set at once, for code that cannot
/// wait for the event loop; finished() still follows, as for every reply.
///
/// The caller owns the reply, as with QNetworkReply: delete it, or
/// deleteLater() in the slot. Parent it to the object whose slot handles it
/// (reply->setParent(this)) and a reply whose slot never runs, because that
/// object went first, goes with it instead of leaking.
///
/// Destroying the client ends what is under way without calling anyone back
/// from inside its destructor (its owner may be half destroyed): open
/// replies finish with SignInError::Cancelled, finished() coming from the
/// event loop. A refresh whose answer may rotate the refresh token is the
/// exception: it goes on without the client until the answer is stored, and
/// its replies get that outcome.
class QTSIGNIN_CORE_EXPORT SignInReply : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool finished READ isFinished NOTIFY finished)
    Q_PROPERTY(bool waitingForUser READ isWaitingForUser NOTIFY waitingForUserChanged)
public:
    ~SignInReply() override;

    bool isFinished() const;
    /// True while the provider's page is open and the flow waits for the person.
    bool isWaitingForUser() const;
    SignInResult result() const;
    SignInError error() const;

    /// For an interactive sign-in, the provider's page the user agent was
    /// asked to show; empty before that and for silent requests. Set when
    /// waitingForUser() first becomes true, it lets an app offer the link to
    /// copy. The link belongs to this sign-in: once the reply has finished
    /// nothing waits for it any more. To show the link when no browser opens
    /// and keep the sign-in waiting, give the launcher a fallback
    /// (SystemBrowserUserAgent::withFallback()). When the request was pushed
    /// (ClientConfiguration::pushedAuthorizationRequests()), the link holds
    /// only the client id and the provider's request_uri, which the provider
    /// takes once and only within its lifetime (often a minute): a link
    /// opened later shows the provider's error page.
    QUrl authorizationUrl() const;

    /// For a sign-in on another device (SignInClient::signInWithDeviceCode()),
    /// what to show the person; invalid before the provider has answered
    /// and for every other kind of request. Set when
    /// deviceAuthorizationReceived() is emitted, kept after finished().
    DeviceAuthorization deviceAuthorization() const;

    /// Set when the tokens came but could not be saved to the token store
    /// (KeychainUnavailable, KeychainLocked, TokenStoreFailed,
    /// TokenStoreInsecure): they are kept in memory for this process only,
    /// and nothing was written anywhere else.
    SignInError storeError() const;

    /// For a sign-out that revoked tokens at the provider
    /// (SignOutOptions::revokeTokens()): SignInError::RevocationFailed when
    /// the provider did not confirm it (no answer, an error, an endpoint that
    /// is not https); detail() says why. The sign-out itself succeeded: the
    /// tokens are gone from this device, and stay valid at the provider
    /// until they expire.
    SignInError revocationError() const;

public Q_SLOTS:
    /// Ends the request with SignInError::Cancelled. No effect once finished.
    /// A refresh already sent still has its answer stored (the provider may
    /// have rotated the refresh token); only this reply stops waiting.
    void cancel();

Q_SIGNALS:
    void finished();
    void waitingForUserChanged(bool waiting);
    /// A sign-in on another device has its user code: show the person
    /// `authorization` (the URI and the code, a QR code of
    /// preferredVerificationUri(), the time left). Emitted once, from the
    /// event loop, before waitingForUserChanged(true); finished() follows
    /// when the person has approved or denied it, the code expired, or the
    /// reply was cancelled.
    void deviceAuthorizationReceived(const QtSignIn::DeviceAuthorization &authorization);

private:
    friend class SignInReplyPrivate;
    explicit SignInReply(QObject *parent);
    std::unique_ptr<SignInReplyPrivate> d;
};

} // namespace QtSignIn
