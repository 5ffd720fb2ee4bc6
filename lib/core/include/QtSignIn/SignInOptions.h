// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>

#include <chrono>

namespace QtSignIn {

class SignInOptionsData;
class SilentOptionsData;
class SignOutOptionsData;

/// Per-sign-in choices that go into the authorization request.
class QTSIGNIN_CORE_EXPORT SignInOptions
{
public:
    SignInOptions();
    SignInOptions(const SignInOptions &other);
    SignInOptions(SignInOptions &&other) noexcept;
    SignInOptions &operator=(const SignInOptions &other);
    SignInOptions &operator=(SignInOptions &&other) noexcept;
    ~SignInOptions();

    void swap(SignInOptions &other) noexcept { d.swap(other.d); }

    /// Pre-fills the username (OpenID Connect Core §3.1.2.1).
    QString loginHint() const;
    void setLoginHint(const QString &loginHint);

    /// "login", "consent", "select_account", "none" or empty.
    QString prompt() const;
    void setPrompt(const QString &prompt);

    /// Microsoft Entra ID's domain_hint, when set.
    QString domainHint() const;
    void setDomainHint(const QString &domainHint);

    /// Also call the provider's userinfo endpoint with this sign-in's access
    /// token; its `sub` must match the ID token's (OpenID Connect Core §5.3.2).
    /// When the sign-in asks for an API's scopes, that token is the API's and
    /// userinfo may refuse it: use SignInClient::fetchUserInfo() afterwards.
    /// False by default.
    bool fetchUserInfo() const;
    void setFetchUserInfo(bool fetch);

    /// Claims to ask for (OpenID Connect Core §5.5), such as the ones an
    /// API's claims challenge names (BearerChallenge::claims()): sent as the
    /// claims parameter of the authorization request and of the code's
    /// redemption, merged with ClientConfiguration::clientCapabilities().
    /// Replaces a "claims" extra parameter. Empty by default.
    QJsonObject claims() const;
    void setClaims(const QJsonObject &claims);

    /// Further provider-specific parameters. Parameters the flow owns (state,
    /// nonce, code_challenge, redirect_uri, ...) cannot be overridden.
    QList<QPair<QString, QString>> extraParameters() const;
    void setExtraParameters(const QList<QPair<QString, QString>> &parameters);
    /// Appends one parameter to extraParameters().
    void addExtraParameter(const QString &name, const QString &value);

    friend QTSIGNIN_CORE_EXPORT bool operator==(const SignInOptions &a, const SignInOptions &b);
    friend bool operator!=(const SignInOptions &a, const SignInOptions &b) { return !(a == b); }

private:
    QSharedDataPointer<SignInOptionsData> d;
};

/// Choices for SignInClient::acquireTokenSilent().
class QTSIGNIN_CORE_EXPORT SilentOptions
{
public:
    SilentOptions();
    SilentOptions(const SilentOptions &other);
    SilentOptions(SilentOptions &&other) noexcept;
    SilentOptions &operator=(const SilentOptions &other);
    SilentOptions &operator=(SilentOptions &&other) noexcept;
    ~SilentOptions();

    void swap(SilentOptions &other) noexcept { d.swap(other.d); }

    /// A cached access token is used only while it stays valid at least this
    /// long, so it cannot expire on its way to the API. 300 seconds by default.
    std::chrono::seconds minimumValidity() const;
    void setMinimumValidity(std::chrono::seconds validity);

    /// Redeem the refresh token even when a cached access token would do.
    /// False by default.
    bool forceRefresh() const;
    void setForceRefresh(bool force);

    /// Claims the new access token must satisfy (OpenID Connect Core §5.5),
    /// typically an API's claims challenge (BearerChallenge::claims()). With
    /// claims the cache is not asked: the refresh token is redeemed with
    /// them (the claims parameter, merged with
    /// ClientConfiguration::clientCapabilities()), and the new token replaces
    /// the cached one. When the provider needs the person for that (a
    /// second factor, a compliant device), the reply fails with
    /// SignInError::InteractionRequired and
    /// SignInError::Reason::ClaimsNeedInteraction: call
    /// SignInClient::signIn() with the same claims (SignInOptions::setClaims()).
    /// Empty by default.
    QJsonObject claims() const;
    void setClaims(const QJsonObject &claims);

    friend QTSIGNIN_CORE_EXPORT bool operator==(const SilentOptions &a, const SilentOptions &b);
    friend bool operator!=(const SilentOptions &a, const SilentOptions &b) { return !(a == b); }

private:
    QSharedDataPointer<SilentOptionsData> d;
};

/// Choices for SignInClient::signOut() and signOutAll().
class QTSIGNIN_CORE_EXPORT SignOutOptions
{
public:
    SignOutOptions();
    SignOutOptions(const SignOutOptions &other);
    SignOutOptions(SignOutOptions &&other) noexcept;
    SignOutOptions &operator=(const SignOutOptions &other);
    SignOutOptions &operator=(SignOutOptions &&other) noexcept;
    ~SignOutOptions();

    void swap(SignOutOptions &other) noexcept { d.swap(other.d); }

    /// Also end the person's session at the provider (OpenID Connect
    /// RP-Initiated Logout: the end_session_endpoint, opened in the user
    /// agent), when the provider offers it. Otherwise the next interactive
    /// sign-in may find the provider's session and need no password.
    /// False by default.
    bool endProviderSession() const;
    void setEndProviderSession(bool end);

    /// Revoke the account's tokens at the provider (RFC 7009): its refresh
    /// token, which ends the grant and the access tokens issued with it, or
    /// its access tokens where it has no refresh token. At the configured
    /// revocation endpoint (ClientConfiguration::setRevocationEndpoint()),
    /// else at the one the provider's discovery document names; a provider
    /// with neither has nothing to revoke at. The tokens are forgotten here
    /// first: a revocation that fails does not keep anyone signed in, and
    /// SignInReply::revocationError() says it failed. True by default.
    bool revokeTokens() const;
    void setRevokeTokens(bool revoke);

    friend QTSIGNIN_CORE_EXPORT bool operator==(const SignOutOptions &a, const SignOutOptions &b);
    friend bool operator!=(const SignOutOptions &a, const SignOutOptions &b) { return !(a == b); }

private:
    QSharedDataPointer<SignOutOptionsData> d;
};

} // namespace QtSignIn

Q_DECLARE_SHARED(QtSignIn::SignInOptions)
Q_DECLARE_SHARED(QtSignIn::SilentOptions)
Q_DECLARE_SHARED(QtSignIn::SignOutOptions)
