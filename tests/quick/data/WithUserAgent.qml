// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Loaded by tst_quick_module.cpp, which gives it a user agent of its own.
// Plain OAuth 2.0 with its endpoints given: nothing to discover, so the
// sign-in reaches the user agent without a network.
import QtQml
import QtSignIn
QtObject {
    property var client: SignInClient {
        protocol: SignInClient.OAuth2
        authorizationEndpoint: "https://login.example.test/authorize"
        tokenEndpoint: "https://login.example.test/token"
        userInfoEndpoint: "https://login.example.test/me"
        clientId: "notes"
        redirectUri: "http://127.0.0.1/callback"
        scopes: ["notes.read"]
        tokenStore: SignInClient.Memory
    }
    property var failure
    function start() {
        client.signIn().then(() => {}, error => { failure = error })
    }
    function signOutUnknown() {
        client.signOut("no-such-account").then(() => { failure = {code: -1} }, error => { failure = error })
    }
}
