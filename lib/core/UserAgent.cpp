// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/UserAgent.h>

namespace QtSignIn {

UserAgent::~UserAgent() = default;

bool UserAgent::endSession(const QUrl &endSessionUrl, SignInError *error)
{
    if (endSessionUrl.isEmpty())
        return true;
    *error = SignInError(SignInError::UserAgentUnavailable,
                         QStringLiteral("this user agent cannot end the provider's session"));
    return false;
}

} // namespace QtSignIn
