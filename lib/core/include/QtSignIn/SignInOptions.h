// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>

#include <chrono>

namespace QtSignIn {

/// Per-sign-in choices that go into the authorization request.
struct QTSIGNIN_CORE_EXPORT SignInOptions
{
    QString loginHint;   ///< pre-fills the username (OpenID Connect Core §3.1.2.1)
    QString prompt;      ///< "login", "consent", "select_account", "none" or empty
    QString domainHint;  ///< Microsoft Entra ID's domain_hint, when set
    /// Also call the provider's userinfo endpoint with this sign-in's access
    /// token; its `sub` must match the ID token's (OpenID Connect Core §5.3.2).
    /// When the sign-in asks for an API's scopes, that token is the API's and
    /// userinfo may refuse it: use SignInClient::fetchUserInfo() afterwards.
    bool fetchUserInfo = false;
    /// Further provider-specific parameters. Parameters the flow owns (state,
    /// nonce, code_challenge, redirect_uri, ...) cannot be overridden.
    QList<QPair<QString, QString>> extraParameters;
};

/// Choices for SignInClient::acquireTokenSilent().
struct QTSIGNIN_CORE_EXPORT SilentOptions
{
    /// A cached access token is used only while it stays valid at least this
    /// long, so it cannot expire on its way to the API.
    std::chrono::seconds minimumValidity{300};
    /// Redeem the refresh token even when a cached access token would do.
    bool forceRefresh = false;
};

/// Choices for SignInClient::signOut() and signOutAll().
struct QTSIGNIN_CORE_EXPORT SignOutOptions
{
    /// Also end the person's session at the provider (OpenID Connect
    /// RP-Initiated Logout: the end_session_endpoint, opened in the user
    /// agent), when the provider offers it. Otherwise the next interactive
    /// sign-in may find the provider's session and need no password.
    bool endProviderSession = false;
};

} // namespace QtSignIn
