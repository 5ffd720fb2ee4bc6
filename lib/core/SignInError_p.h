// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>

#include <QtCore/QSharedData>

namespace QtSignIn {

// SignInError's fields, behind its d-pointer so that one can be added without
// changing the exported class's layout.
class SignInErrorData : public QSharedData
{
public:
    SignInError::Code code = SignInError::NoError;
    QString detail;
    SignInError::Reason reason = SignInError::Reason::None;
    QString providerError;
    QString providerErrorDescription;
    std::chrono::seconds retryAfter{0};
};

} // namespace QtSignIn
