// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>

#include <QtQml/qqmlregistration.h>

// The C++ error codes, to QML as they are: `SignInError.AuthorizationFailed`
// is QtSignIn::SignInError::AuthorizationFailed, compared with an error's
// `code`. Only the enums are registered (SignInError.Code and
// SignInError.Reason); errors themselves reach QML as plain objects
// (QmlValues::fromError()).
namespace QmlSignInErrorForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(QtSignIn::SignInError)
QML_NAMED_ELEMENT(SignInError)
} // namespace QmlSignInErrorForeign
