// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QMetaType>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>

#include <chrono>

namespace QtSignIn {

class SignInErrorData;

/// Why a sign-in did not produce tokens. The provider's own `error` and
/// `error_description` are carried unchanged; message() is the translated text
/// for people.
class QTSIGNIN_CORE_EXPORT SignInError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(QtSignIn::SignInError)
public:
    enum Code {
        NoError = 0,
        InvalidConfiguration,       ///< the app's settings cannot work (bad authority, redirect URI, ...)
        InsecureEndpoint,           ///< an endpoint is not https and not a loopback host
        NetworkError,               ///< connection refused, TLS failure, timeout, HTTP error without OAuth error body
        InvalidProviderMetadata,    ///< the discovery document is malformed or does not match the authority
        AuthorizationFailed,        ///< the authorization endpoint answered with error=...
        InvalidAuthorizationResponse, ///< no code, or RFC 9207 `iss` wrong or missing
        TokenRequestFailed,         ///< the token endpoint answered with error=...
        InvalidTokenResponse,       ///< the token response is malformed
        InvalidIdToken,             ///< the ID token failed validation
        InvalidUserInfo,            ///< the userinfo response is malformed or names someone else
        InteractionRequired,        ///< the person has to sign in again interactively
        UserAgentUnavailable,       ///< the browser could not be launched
        RedirectListenerUnavailable, ///< the loopback listener could not be started
        Cancelled,
        TimedOut,                   ///< the sign-in page was not finished within ClientConfiguration::interactiveTimeout(); a provider that does not answer in time is NetworkError
        KeychainUnavailable,        ///< no Secret Service / Keychain / Credential Manager, access denied, or too slow
        TokenStoreFailed,           ///< the token store (file, keychain item) could not be read or written
        TokenStoreInsecure,         ///< the token file is not private: a symlink, another user's, or open to group or others
        KeychainLocked,             ///< the keyring is locked and was not unlocked: nothing was read or written
        Busy,                       ///< another interactive sign-in of this client is in progress; try again when it has finished
    };
    Q_ENUM(Code)

    SignInError();
    SignInError(Code code, const QString &detail);
    SignInError(const SignInError &other);
    SignInError(SignInError &&other) noexcept;
    SignInError &operator=(const SignInError &other);
    SignInError &operator=(SignInError &&other) noexcept;
    ~SignInError();

    void swap(SignInError &other) noexcept { d.swap(other.d); }

    static SignInError fromProvider(Code code, const QString &providerError,
                                    const QString &providerErrorDescription);

    Code code() const;
    bool isError() const;

    /// The OAuth `error` code from the provider, when it sent one (e.g. "access_denied").
    QString providerError() const;
    QString providerErrorDescription() const;

    /// Technical detail for logs and developers: which check failed. Never holds secrets.
    QString detail() const;

    /// A stable snake_case identifier: the provider's error code when there is
    /// one, otherwise ours (e.g. "invalid_id_token", "timed_out").
    QString errorCode() const;

    /// A translated sentence for the person using the app.
    QString message() const;

    /// How long the provider asked us to wait (HTTP 429 or 503 with
    /// Retry-After); zero when it did not say.
    std::chrono::seconds retryAfter() const;
    void setRetryAfter(std::chrono::seconds delay);

private:
    QSharedDataPointer<SignInErrorData> d;
};

} // namespace QtSignIn

Q_DECLARE_SHARED(QtSignIn::SignInError)
Q_DECLARE_METATYPE(QtSignIn::SignInError)
