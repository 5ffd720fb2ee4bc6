// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Loaded by tst_quick_module.cpp.
import QtQml
import QtSignIn
QtObject {
    property int denied: SignInError.AuthorizationFailed
    property int interaction: SignInError.InteractionRequired
    property int reason: SignInError.NonceMismatch
}
