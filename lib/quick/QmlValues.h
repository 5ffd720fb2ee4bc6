// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QVariantMap>

namespace QtSignIn {
class Account;
class SignInError;
class SignInResult;
}

// What QML sees of the library's value types: plain JavaScript objects, so
// that a handler reads `result.account.username` or `error.message` with no
// type of ours to import. The member names are listed in the README's
// "Qt Quick" section.
namespace QmlValues {

// id, username, displayName, subject, tenantId, issuer; empty for an invalid account.
QVariantMap fromAccount(const QtSignIn::Account &account);

// account, accessToken, tokenType, expiresOn, grantedScopes, idTokenClaims,
// userInfo, source ("interactive", "cache", "refresh", or "" for none).
QVariantMap fromResult(const QtSignIn::SignInResult &result);

// code (SignInError.Code, as in C++), name (SignInError::errorCode(): the
// provider's code or ours in snake_case), message (translated),
// providerError, providerErrorDescription, reason (snake_case, or ""),
// detail (for developers). Empty for no error.
QVariantMap fromError(const QtSignIn::SignInError &error);

// The account id a QML caller gave: a string, or an object with an `id`
// (a result's account, a model row's `account`).
QString accountId(const QVariant &account);

} // namespace QmlValues
