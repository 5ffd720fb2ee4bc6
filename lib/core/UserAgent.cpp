// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/UserAgent.h>

#include "UserAgent_p.h"

namespace QtSignIn {

UserAgent::UserAgent(QObject *parent) : QObject(parent), d(std::make_unique<UserAgentPrivate>()) {}

UserAgent::~UserAgent() = default;

Branding UserAgent::branding() const
{
    return d->branding;
}

void UserAgent::setBranding(const Branding &branding)
{
    d->branding = branding;
}

bool UserAgent::endSession(const QUrl &endSessionUrl, SignInError *error)
{
    if (endSessionUrl.isEmpty())
        return true;
    *error = SignInError(SignInError::UserAgentUnavailable,
                         QStringLiteral("this user agent cannot end the provider's session"));
    return false;
}

} // namespace QtSignIn
