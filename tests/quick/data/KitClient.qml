// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Loaded by tst_quick_client_kit.cpp, which gives it the test kit's
// provider (authority, clientId) and headless user agent.
import QtQml
import QtSignIn
QtObject {
    id: root
    property url authority
    property string clientId
    property var client: SignInClient {
        authority: root.authority
        clientId: root.clientId
        scopes: ["profile"]
        tokenStore: SignInClient.Memory
    }
    property var result
    property var failure
    property int done: 0
    function settle(operation) {
        result = undefined
        failure = undefined
        operation.then(r => { result = r; done++ }, e => { failure = e; done++ })
    }
    function signIn() { settle(client.signIn()) }
    function signOut(account) { settle(client.signOut(account)) }
}
