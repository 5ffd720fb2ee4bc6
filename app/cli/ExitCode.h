// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>

// The exit codes scripts rely on; a fixed contract.
enum ExitCode {
    ExitSuccess = 0,
    ExitAuthenticationFailed = 2,
    ExitCancelledOrTimedOut = 3,
    ExitInteractionRequired = 4,
    ExitCacheUnavailable = 5,
    ExitNetworkError = 6,
    // Tokens may well be there: unlock the keyring and run again (no new
    // sign-in needed, unlike 4).
    ExitKeychainLocked = 7,
    // qtsignin doctor found a problem that stops a sign-in (its advice says
    // what to do); warnings alone exit 0.
    ExitSetupProblem = 8,
    ExitUsage = 64, // EX_USAGE
    // The profile file (ProfileStore) cannot be used: correct or delete it.
    ExitProfileUnusable = 78, // EX_CONFIG
};

inline ExitCode exitCodeFor(const QtSignIn::SignInError &error)
{
    using QtSignIn::SignInError;
    const QString provider = error.providerError();
    if (provider == QLatin1String("interaction_required") || provider == QLatin1String("login_required")
        || provider == QLatin1String("consent_required")
        || provider == QLatin1String("account_selection_required"))
        return ExitInteractionRequired;
    switch (error.code()) {
    case SignInError::NoError: return ExitSuccess;
    case SignInError::Cancelled:
    case SignInError::TimedOut: return ExitCancelledOrTimedOut;
    case SignInError::InteractionRequired: return ExitInteractionRequired;
    case SignInError::NetworkError: return ExitNetworkError;
    case SignInError::InvalidConfiguration: return ExitUsage;
    case SignInError::KeychainLocked: return ExitKeychainLocked;
    case SignInError::KeychainUnavailable:
    case SignInError::TokenStoreFailed:
    case SignInError::TokenStoreInsecure: return ExitCacheUnavailable;
    default: return ExitAuthenticationFailed;
    }
}
