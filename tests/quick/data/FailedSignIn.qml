// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Loaded by tst_quick_module.cpp.
import QtQml
import QtSignIn
QtObject {
    property var client: SignInClient { tokenStore: SignInClient.Memory }
    property var operation
    property var failure
    property int successes: 0
    property int failures: 0
    property int finishedSignals: 0
    property bool busyWhileRunning
    Component.onCompleted: {
        operation = client.signIn()
        busyWhileRunning = client.busy
        operation.finished.connect(() => finishedSignals++)
        operation.then(() => successes++, error => { failure = error; failures++ })
    }
}
