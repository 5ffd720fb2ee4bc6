// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Loaded by tst_quick_module.cpp.
import QtQml
import QtSignIn
QtObject {
    property var client: SignInClient { tokenStore: SignInClient.Memory }
    property var operation: client.signIn()
    property int failures: 0
    property bool calledInsideThen
    function late() {
        operation.then(undefined, () => failures++)
        calledInsideThen = failures > 0
    }
}
