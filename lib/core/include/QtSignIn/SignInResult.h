// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Account.h>
#include <QtSignIn/Secret.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QStringList>

namespace QtSignIn {
// The library's namespace-level enums (TokenSource) print by name in
// QDebug and QTest.
Q_NAMESPACE_EXPORT(QTSIGNIN_CORE_EXPORT)

/// Where a result's access token came from.
enum class TokenSource {
    None,        ///< no token: a failed request, a cache load, a sign-out
    Interactive, ///< the person signed in just now
    Cache,       ///< memory: no network, no keychain
    Refresh,     ///< the refresh token was redeemed
};
Q_ENUM_NS(TokenSource)

/// Which kind of user agent showed the provider's pages.
enum class UserAgentKind {
    None,          ///< no user agent: a silent result
    SystemBrowser, ///< the system browser, with the loopback redirect
    Embedded,      ///< the embedded Qt WebEngine dialog
    Custom,        ///< one of the application's own
    Device,        ///< none here: the person signed in on another device (RFC 8628)
};
Q_ENUM_NS(UserAgentKind)

/// "browser", "embedded", "custom" or "device" (empty for None), as logs and JSON
/// output spell it.
QTSIGNIN_CORE_EXPORT QString userAgentKindName(UserAgentKind kind);

/// "interactive", "cache" or "refresh" (empty for None), as logs and JSON
/// output spell it.
QTSIGNIN_CORE_EXPORT QString tokenSourceName(TokenSource source);

class SignInResultData;

/// The tokens and identity a successful sign-in produced.
class QTSIGNIN_CORE_EXPORT SignInResult
{
public:
    SignInResult();
    SignInResult(const SignInResult &other);
    SignInResult(SignInResult &&other) noexcept;
    SignInResult &operator=(const SignInResult &other);
    SignInResult &operator=(SignInResult &&other) noexcept;
    ~SignInResult();

    void swap(SignInResult &other) noexcept { d.swap(other.d); }

    Secret accessToken() const;
    void setAccessToken(const Secret &token);

    /// "Bearer" (RFC 6750), or "DPoP" when the token is bound to this
    /// app's key (RFC 9449, ClientConfiguration::proofOfPossession()): such a
    /// token is sent with a proof from SignInClient::dpopProof().
    QString tokenType() const;
    void setTokenType(const QString &type);

    /// Invalid when the provider did not say. A plain OAuth 2.0 provider
    /// that does not say issued a token that does not expire (GitHub's,
    /// unless the app opted in to expiring tokens); an OpenID Connect
    /// provider's such token is not reused from the cache.
    QDateTime expiresOn() const;
    void setExpiresOn(const QDateTime &expiresOn);

    /// Empty when none was issued.
    Secret refreshToken() const;
    void setRefreshToken(const Secret &token);

    Secret idToken() const;
    void setIdToken(const Secret &token);

    /// Validated claims.
    QJsonObject idTokenClaims() const;
    void setIdTokenClaims(const QJsonObject &claims);

    /// When SignInOptions::fetchUserInfo() was set.
    QJsonObject userInfo() const;
    void setUserInfo(const QJsonObject &userInfo);

    QStringList requestedScopes() const;
    void setRequestedScopes(const QStringList &scopes);

    /// The provider may grant fewer than requested.
    QStringList grantedScopes() const;
    void setGrantedScopes(const QStringList &scopes);

    Account account() const;
    void setAccount(const Account &account);

    /// Which agent signed in; None for silent results.
    UserAgentKind userAgent() const;
    void setUserAgent(UserAgentKind kind);

    /// Where the access token came from.
    TokenSource source() const;
    void setSource(TokenSource source);

    /// The value of the Authorization header that presents the access
    /// token: "DPoP <token>" for a DPoP-bound token (RFC 9449 §7.1), else
    /// "Bearer <token>" (RFC 6750 §2.1); empty without an access token.
    /// A DPoP request also needs its `DPoP` header, SignInClient::dpopProof().
    Secret authorizationHeaderValue() const;

private:
    friend class SignInResultPrivate;
    QSharedDataPointer<SignInResultData> d;
};

} // namespace QtSignIn

Q_DECLARE_SHARED(QtSignIn::SignInResult)
