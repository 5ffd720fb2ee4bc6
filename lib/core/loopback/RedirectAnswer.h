// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QString>

namespace QtSignIn {

// How the loopback receiver answers a request to the redirect URI, from what
// the sign-in's UserAgentSession said about it: the page the browser shows.
struct RedirectAnswer
{
    enum Outcome {
        NotForThisFlow, // a stray or forged request: answer it and keep waiting
        Received,       // this sign-in's response: stop waiting for others, and
                        // hold the answer until Succeeded or Failed follows
        Succeeded,      // signed in: tokens received and validated
        Failed,         // this sign-in's response, and the sign-in failed
    };
    Outcome outcome = NotForThisFlow;
    QString message; // translated, for the person; empty: the page's own words
};

} // namespace QtSignIn
