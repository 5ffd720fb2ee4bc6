// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/UserAgent.h>

namespace QtSignIn {

// What every user agent keeps, behind UserAgent's d-pointer so that the base
// class of every app's own agents keeps its size.
class UserAgentPrivate
{
public:
    Branding branding;
};

} // namespace QtSignIn
