// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/SignInError.h>

#include "SignInError_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QMetaEnum>

namespace QtSignIn {

// Most errors are NoError, made by the thousand; they share one empty data
// instead of allocating.
static const QSharedDataPointer<SignInErrorData> &noErrorData()
{
    static const QSharedDataPointer<SignInErrorData> noError(new SignInErrorData);
    return noError;
}

SignInError::SignInError() : d(noErrorData()) {}

SignInError::SignInError(Code code, const QString &detail) : d(new SignInErrorData)
{
    d->code = code;
    d->detail = detail;
}

SignInError::SignInError(Code code, const QString &detail, Reason reason) : SignInError(code, detail)
{
    d->reason = reason;
}

SignInError::SignInError(const SignInError &other) = default;
SignInError::SignInError(SignInError &&other) noexcept = default;
SignInError &SignInError::operator=(const SignInError &other) = default;
SignInError &SignInError::operator=(SignInError &&other) noexcept = default;
SignInError::~SignInError() = default;

SignInError SignInError::fromProvider(Code code, const QString &providerError,
                                      const QString &providerErrorDescription)
{
    SignInError error(code, QString());
    error.d->providerError = providerError;
    error.d->providerErrorDescription = providerErrorDescription;
    return error;
}

SignInError::Code SignInError::code() const { return d->code; }
bool SignInError::isError() const { return d->code != NoError; }
QString SignInError::providerError() const { return d->providerError; }
QString SignInError::providerErrorDescription() const { return d->providerErrorDescription; }
QString SignInError::detail() const { return d->detail; }
std::chrono::seconds SignInError::retryAfter() const { return d->retryAfter; }
void SignInError::setRetryAfter(std::chrono::seconds delay) { d->retryAfter = delay; }
SignInError::Reason SignInError::reason() const { return d->reason; }
void SignInError::setReason(Reason reason) { d->reason = reason; }

QString SignInError::reasonName(Reason reason)
{
    if (reason == Reason::None)
        return QString();
    // The enumerator's own name, so that a new reason cannot be left without
    // one: "IdTokenTooLarge" becomes "id_token_too_large".
    const char *key = QMetaEnum::fromType<Reason>().valueToKey(int(reason));
    if (!key)
        return QString();
    QByteArray name;
    for (const char *c = key; *c; ++c) {
        if (*c >= 'A' && *c <= 'Z') {
            if (c != key)
                name += '_';
            name += char(*c - 'A' + 'a');
        } else {
            name += *c;
        }
    }
    return QString::fromLatin1(name);
}

QString SignInError::errorCode() const
{
    if (!d->providerError.isEmpty())
        return d->providerError;
    switch (d->code) {
    case NoError: return QString();
    case InvalidConfiguration: return QStringLiteral("invalid_configuration");
    case InsecureEndpoint: return QStringLiteral("insecure_endpoint");
    case NetworkError: return QStringLiteral("network_error");
    case InvalidProviderMetadata: return QStringLiteral("invalid_provider_metadata");
    case AuthorizationFailed: return QStringLiteral("authorization_failed");
    case InvalidAuthorizationResponse: return QStringLiteral("invalid_authorization_response");
    case TokenRequestFailed: return QStringLiteral("token_request_failed");
    case InvalidTokenResponse: return QStringLiteral("invalid_token_response");
    case InvalidIdToken: return QStringLiteral("invalid_id_token");
    case InvalidUserInfo: return QStringLiteral("invalid_userinfo");
    case InteractionRequired: return QStringLiteral("interaction_required");
    case UserAgentUnavailable: return QStringLiteral("user_agent_unavailable");
    case RedirectListenerUnavailable: return QStringLiteral("redirect_listener_unavailable");
    case Cancelled: return QStringLiteral("cancelled");
    case TimedOut: return QStringLiteral("timed_out");
    case KeychainUnavailable: return QStringLiteral("keychain_unavailable");
    case TokenStoreFailed: return QStringLiteral("token_store_failed");
    case TokenStoreInsecure: return QStringLiteral("token_store_insecure");
    case KeychainLocked: return QStringLiteral("keychain_locked");
    case Busy: return QStringLiteral("busy");
    case RevocationFailed: return QStringLiteral("revocation_failed");
    }
    return QStringLiteral("unknown_error");
}

QString SignInError::message() const
{
    // The device grant's outcomes the person can act on, in its own words.
    if (d->reason == Reason::DeviceAuthorizationUnsupported)
        return tr("This sign-in service does not offer signing in on another device.");
    if (d->reason == Reason::DeviceCodeExpired)
        return tr("The code was not used in time, so the sign-in was stopped. Try again for a new code.");
    if (d->reason == Reason::PushedAuthorizationRequired)
        return tr("This sign-in service requires the app to send its sign-in request directly, "
                  "and the app's settings turned that off.");
    if (d->reason == Reason::RedirectUpgradedToHttps)
        return tr("The browser switched the sign-in's return address on this computer (http://localhost) "
                  "to https, so the sign-in could not reach the app. Set the app's redirect address to "
                  "http://127.0.0.1/, which browsers leave as it is, or allow http for localhost in the "
                  "browser's settings, and try again.");
    if (d->providerError == QLatin1String("access_denied"))
        return tr("Sign-in was declined, so the app did not get access.");
    if (d->providerError == QLatin1String("consent_required"))
        return tr("The app needs your permission. Sign in again to grant it.");
    if (d->providerError == QLatin1String("interaction_required")
        || d->providerError == QLatin1String("login_required"))
        return tr("You need to sign in again.");
    switch (d->code) {
    case NoError: return QString();
    case InvalidConfiguration:
        return tr("The app's sign-in settings are not valid.");
    case InsecureEndpoint:
        return tr("The sign-in service uses an insecure connection, so the app refused it.");
    case NetworkError:
        return tr("The sign-in service could not be reached. Check your connection and try again.");
    case InvalidProviderMetadata:
        return tr("The sign-in service's configuration could not be trusted.");
    case AuthorizationFailed:
    case TokenRequestFailed:
        return tr("The sign-in service refused the sign-in.");
    case InvalidAuthorizationResponse:
    case InvalidTokenResponse:
    case InvalidIdToken:
    case InvalidUserInfo:
        return tr("The sign-in service sent a response the app could not trust.");
    case InteractionRequired:
        return tr("You need to sign in again.");
    case UserAgentUnavailable:
        return tr("No web browser could be opened for signing in.");
    case RedirectListenerUnavailable:
        return tr("The app could not get ready to receive the sign-in.");
    case Cancelled:
        return tr("Sign-in was cancelled.");
    case TimedOut:
        // Only the sign-in page's own deadline: a provider that does not
        // answer is NetworkError, and says so.
        return tr("The sign-in page was not finished in time, so the sign-in was stopped. "
                  "Try again; if the page did not load, check your connection.");
    case KeychainUnavailable:
        return tr("The system keychain is not available, so you cannot stay signed in. "
                  "Unlock your keychain (on Linux, a Secret Service such as GNOME Keyring "
                  "or KWallet must be running) and try again.");
    case TokenStoreFailed:
        return tr("Your sign-in could not be saved or read back. Check the disk and try again.");
    case TokenStoreInsecure:
        return tr("The file that keeps you signed in is not private to you, so it was not used. "
                  "Remove it, or make it yours and readable only by you, and try again.");
    case KeychainLocked:
        return tr("Your keyring is locked, so your sign-in could not be read or saved. "
                  "Unlock the keyring and try again.");
    case Busy:
        return tr("A sign-in is already in progress. Finish it or close it, then try again.");
    case RevocationFailed:
        return tr("You are signed out on this device, but the sign-in service did not confirm that it ended "
                  "your sign-in there. It ends when it expires, or when you sign out of the service's website.");
    }
    return tr("Sign-in failed.");
}

} // namespace QtSignIn
