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
        InvalidAuthorizationResponse, ///< no code, or RFC 9207 `iss` wrong or missing (see reason())
        TokenRequestFailed,         ///< the token endpoint answered with error=...
        InvalidTokenResponse,       ///< the token response is malformed
        InvalidIdToken,             ///< the ID token failed validation; reason() says which check
        InvalidUserInfo,            ///< the userinfo response is malformed or names someone else (see reason())
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
        RevocationFailed,           ///< signed out here, but the provider did not confirm it revoked the tokens (SignInReply::revocationError())
    };
    Q_ENUM(Code)

    /// Which check failed, for the codes whose failures come from checks of
    /// the ID token (InvalidIdToken, and the NetworkError or
    /// InvalidProviderMetadata of the signing keys fetched for it), of the
    /// authorization response's issuer (InvalidAuthorizationResponse, RFC 9207)
    /// of userinfo and of a plain OAuth 2.0 provider's profile endpoint
    /// (InvalidUserInfo, NetworkError), of the client authentication the
    /// provider takes (InvalidConfiguration), of a silent call's claims that
    /// only the person can satisfy (InteractionRequired) and of the device
    /// authorization grant's outcomes (SignInClient::signInWithDeviceCode()).
    /// One value per check, so that tests and applications can tell them
    /// apart without reading detail(). None
    /// for every other error, and for errors of those codes that no single
    /// check produced.
    enum class Reason {
        None = 0,
        // The token's form: a signed JWT in compact serialization (RFC 7519, RFC 7515 §7.1).
        IdTokenTooLarge,             ///< over 64 KiB
        IdTokenNotCompactJws,        ///< not three dot-separated parts, or not a JWS at all
        IdTokenHeaderMalformed,      ///< the JOSE header is not a base64url JSON object
        IdTokenClaimsMalformed,      ///< the claims are not a base64url JSON object
        IdTokenSignatureMalformed,   ///< the signature part is not base64url
        // The JOSE header, checked before the signature.
        SigningAlgorithmNotAllowed,  ///< `alg` is none, an HMAC, missing or unknown: only RS*, PS*, ES* are accepted
        SigningAlgorithmNotAdvertised, ///< `alg` is not in the provider's id_token_signing_alg_values_supported
        CriticalHeaderNotUnderstood, ///< the header has `crit` (RFC 7515 §4.1.11)
        // The provider's keys and the signature.
        SigningKeysUnavailable,      ///< the key set could not be fetched, or the provider names no jwks_uri
        SigningKeySetMalformed,      ///< the key set is not a JWKS
        SigningKeySetTooLarge,       ///< the key set holds more keys than any provider needs
        SigningKeyUnknown,           ///< no key has the token's `kid`, even after fetching the keys again
        SigningKeyAmbiguous,         ///< several keys could have signed (no `kid`, or a shared one)
        NoSigningKeyForAlgorithm,    ///< no key of the type and curve `alg` needs
        SigningKeyUnreadable,        ///< the chosen key could not be decoded
        SignatureInvalid,            ///< the signature does not verify
        // The claims (OpenID Connect Core §3.1.3.7).
        IssuerMissing,               ///< no `iss`
        TenantIdMissing,             ///< no `tid`, which a multi-tenant issuer needs
        TenantIdMalformed,           ///< a `tid` that cannot be a tenant id
        IssuerMismatch,              ///< `iss` is not the provider's issuer
        IssuerDiffersFromAuthorizationResponse, ///< `iss` is not the authorization response's `iss`
        AudienceMissing,             ///< no `aud`
        AudienceMalformed,           ///< `aud` is not a string or an array of strings
        AudienceMismatch,            ///< `aud` does not name this client
        AuthorizedPartyMissing,      ///< several audiences and no `azp`
        AuthorizedPartyMismatch,     ///< `azp` is not this client
        SubjectMissing,              ///< no `sub`, or an empty one
        ExpiryMissing,               ///< no `exp`, or not a NumericDate
        Expired,                     ///< `exp` has passed, beyond the clock skew
        IssuedAtMissing,             ///< no `iat`, or not a NumericDate
        IssuedInTheFuture,           ///< `iat` is later than now, beyond the clock skew
        NotBeforeMalformed,          ///< `nbf` is not a NumericDate
        NotYetValid,                 ///< `nbf` is later than now, beyond the clock skew
        NonceMissing,                ///< no `nonce`, though the request sent one
        NonceMismatch,               ///< `nonce` is not the one the request sent
        AccessTokenHashMismatch,     ///< `at_hash` does not fit the access token
        CodeHashMismatch,            ///< `c_hash` does not fit the authorization code
        // A refreshed ID token against the session's (OpenID Connect Core §12.2).
        RefreshedSubjectChanged,     ///< another `sub`
        RefreshedIssuerChanged,      ///< another `iss`
        RefreshedAuthTimeChanged,    ///< another `auth_time`
        RefreshedAudienceChanged,    ///< another `aud` (as a set)
        RefreshedAuthorizedPartyChanged, ///< another `azp`, or one where there was none
        RefreshedAccountChanged,     ///< another account (`oid`, `tid`)
        // The authorization response (RFC 9207).
        AuthorizationResponseIssuerMissing,  ///< no `iss`, though the provider advertises it
        AuthorizationResponseIssuerMismatch, ///< `iss` is not the provider's issuer
        AuthorizationCodeMissing,    ///< neither `code` nor `error` in this sign-in's response
        // The token response (OpenID Connect Core §3.1.3.3).
        IdTokenMissing,              ///< no `id_token`, though `openid` was asked for
        // The userinfo response (OpenID Connect Core §5.3.2).
        UserInfoMalformed,           ///< not a JSON object
        UserInfoSubjectMismatch,     ///< its `sub` is not the ID token's
        // Client authentication (RFC 6749 §2.3, RFC 8414 §2).
        ClientAuthenticationMethodUnsupported, ///< a client secret is set, and the provider's token endpoint takes it neither as client_secret_basic nor as client_secret_post
        // A provider preset's own checks of the ID token.
        HostedDomainMismatch,        ///< the ID token's `hd` is not the Google Workspace domain ClientConfiguration::google() names
        // A plain OAuth 2.0 provider's profile endpoint (ClientConfiguration::userInfoEndpoint()).
        ProfileRequestFailed,        ///< it did not answer, or answered with an HTTP error (NetworkError, or InvalidUserInfo for an HTTP status)
        ProfileMalformed,            ///< its answer is not a JSON object (InvalidUserInfo)
        ProfileIdMissing,            ///< its answer has none of the configured id members, or no usable value in them (InvalidUserInfo)
        ProfileAccountChanged,       ///< it now describes another account than the one signed in (InvalidUserInfo)
        // A claims request (SilentOptions::claims()).
        ClaimsNeedInteraction,       ///< the provider refused the refresh with these claims: only an interactive sign-in with them can satisfy them (InteractionRequired)
        // The device authorization grant (RFC 8628), SignInClient::signInWithDeviceCode().
        DeviceAuthorizationUnsupported, ///< the provider names no device_authorization_endpoint (InvalidConfiguration)
        DeviceAuthorizationResponseMalformed, ///< its answer lacks a member, or one is of the wrong type or out of bounds (InvalidAuthorizationResponse)
        VerificationUriInsecure,     ///< verification_uri or verification_uri_complete is neither https nor allowed loopback http (InsecureEndpoint)
        DeviceAuthorizationDenied,   ///< the person declined on the other device: access_denied (AuthorizationFailed)
        DeviceCodeExpired,           ///< the code expired before the person approved: expired_token, or expires_in passed (TimedOut)
        // Sender-constrained tokens, DPoP (RFC 9449), ClientConfiguration::proofOfPossession().
        // Spelled "Dpop" so that reasonName() reads "dpop_nonce_loop".
        DpopUnsupported,             ///< DPoPRequired, and the provider does not list ES256 in dpop_signing_alg_values_supported (InvalidConfiguration)
        DpopNotBound,                ///< DPoPRequired, and the provider answered a proof with a token that is not DPoP-bound (InvalidTokenResponse)
        DpopNonceLoop,               ///< the token endpoint asked for a new nonce again after the retry with its nonce (TokenRequestFailed)
        DpopNonceMalformed,          ///< the token endpoint asked for a nonce (use_dpop_nonce) without giving a usable DPoP-Nonce (TokenRequestFailed)
        DpopKeyUnusable,             ///< a stored token's DPoP key cannot be read or used, so the token is not sent (InteractionRequired)
    };
    Q_ENUM(Reason)

    SignInError();
    SignInError(Code code, const QString &detail);
    SignInError(Code code, const QString &detail, Reason reason);
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

    /// Which check failed; Reason::None when no single check did.
    Reason reason() const;
    void setReason(Reason reason);

    /// The reason in snake_case (e.g. "nonce_mismatch", "signature_invalid"),
    /// as the command line's JSON output spells it; empty for Reason::None.
    static QString reasonName(Reason reason);

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
