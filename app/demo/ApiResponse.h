// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/BearerChallenge.h>
#include <QtSignIn/SignInError.h>

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringList>

// What one call to the protected API gave: the token step (silent
// acquisition) and the HTTP step, each with its time, for the API panel
// and the headless run.
struct ApiResponse
{
    QString endpointId;
    QStringList tokenScopes;        // the scopes the access token was asked for
    QString tokenSource;            // "cache" or "refresh"; empty when no token was had
    double tokenMilliseconds = 0;
    QtSignIn::SignInError tokenError; // the token could not be had silently
    // The call was made again with a token that meets the API's claims
    // challenge: a second challenge is shown, not answered again.
    bool afterClaimsChallenge = false;

    int status = 0;                 // HTTP status; 0 when no answer came
    QString reason;                 // HTTP reason phrase, or the network error
    QByteArray body;
    double milliseconds = 0;        // the HTTP request alone
    QtSignIn::BearerChallenge challenge; // from WWW-Authenticate on 401/403
    // The token is DPoP-bound and the request carried a DPoP proof (RFC
    // 9449); `dpopNonce`: the API asked for its nonce in the proof, and the
    // request shown is the one made again with it (§9).
    bool dpop = false;
    bool dpopNonce = false;

    bool succeeded() const { return status >= 200 && status < 300; }
    // A claims challenge (401 insufficient_claims, with claims) that the
    // session answers by making the call again with a token that has them;
    // one that came after such an answer is not answered again.
    bool isClaimsChallengeToAnswer() const
    {
        return status == 401 && challenge.isInsufficientClaims() && !challenge.claims().isEmpty()
                && !afterClaimsChallenge;
    }
    // The body, indented when it is JSON.
    QString prettyBody() const;
};
