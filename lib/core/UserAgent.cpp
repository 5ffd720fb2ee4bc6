// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/UserAgent.h>

namespace QtSignIn {

UserAgent::~UserAgent() = default;

} // namespace QtSignIn
