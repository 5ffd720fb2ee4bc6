// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// A Qt Quick app that signs in with the system browser, shows who signed
// in, calls a protected API with a token acquired silently, switches between
// the accounts it holds and signs out. Every control is reachable with Tab
// and has an accessible name.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtSignIn

ApplicationWindow {
    id: window

    // Set by main.cpp from the command line (and by the tests).
    required property url authority
    required property string clientId
    required property url apiUrl
    property int tokenStore: SignInClient.Keychain
    property string browserCommand

    // The account the app works with: its id, or "" when signed out.
    property string currentAccountId
    readonly property var currentAccount: {
        signInClient.accounts.count // evaluated again when accounts come and go
        const row = signInClient.accounts.indexOf(currentAccountId)
        return row >= 0 ? signInClient.accounts.get(row) : null
    }
    // The last failure, as SignInClient reports it: {code, name, message, ...}.
    property var lastError: null
    property string apiAnswer

    width: 560
    height: 480
    visible: true
    title: qsTr("QtSignIn Quick Example")

    SignInClient {
        id: signInClient
        objectName: "signInClient"
        authority: window.authority
        clientId: window.clientId
        redirectUri: "http://127.0.0.1/callback"
        scopes: ["profile", "email", "offline_access", "api.read"]
        tokenStore: window.tokenStore
        browserCommand: window.browserCommand
        branding.name: qsTr("QtSignIn Quick Example")
        branding.accentColor: "#2e7d32"
    }

    // Keeps the current account valid: the first one the cache holds, at
    // start-up and after a sign-out.
    Connections {
        target: signInClient.accounts
        function onCountChanged() {
            if (signInClient.accounts.indexOf(window.currentAccountId) < 0)
                window.currentAccountId = signInClient.accounts.count > 0
                        ? signInClient.accounts.get(0).id : ""
        }
    }

    function fail(error) {
        window.lastError = error
    }

    function signIn(options) {
        window.lastError = null
        signInClient.signIn(options).then(result => {
            window.currentAccountId = result.account.id
            window.apiAnswer = ""
        }, fail)
    }

    function callApi() {
        window.lastError = null
        signInClient.acquireTokenSilent(window.currentAccount, ["api.read"]).then(result => {
            const request = new XMLHttpRequest()
            request.onreadystatechange = () => {
                if (request.readyState !== XMLHttpRequest.DONE)
                    return
                window.apiAnswer = request.status === 200
                        ? JSON.stringify(JSON.parse(request.responseText), null, 2)
                        : qsTr("The API answered %1: %2").arg(request.status).arg(request.responseText)
            }
            request.open("GET", window.apiUrl + "/me")
            // RFC 6750 §2.1: in the header, never in the URL.
            request.setRequestHeader("Authorization", "Bearer " + result.accessToken)
            request.setRequestHeader("Accept", "application/json")
            request.send()
        }, fail)
    }

    function signOut() {
        window.lastError = null
        window.apiAnswer = ""
        signInClient.signOut(window.currentAccount).then(() => {}, fail)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        Label {
            text: window.currentAccount
                  ? qsTr("Signed in as %1").arg(window.currentAccount.displayName || window.currentAccount.username)
                  : qsTr("You are not signed in.")
            font.pixelSize: 20
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "usernameLabel"
            visible: window.currentAccount !== null
            text: window.currentAccount ? window.currentAccount.username : ""
            color: palette.placeholderText
        }

        RowLayout {
            visible: signInClient.accounts.count > 1
            Label { text: qsTr("Account:") }
            ComboBox {
                id: accountBox
                objectName: "accountBox"
                model: signInClient.accounts
                textRole: "username"
                valueRole: "accountId"
                currentIndex: signInClient.accounts.indexOf(window.currentAccountId)
                onActivated: index => {
                    window.currentAccountId = currentValue
                    window.apiAnswer = ""
                }
                Accessible.name: qsTr("Account")
                Layout.fillWidth: true
            }
        }

        RowLayout {
            spacing: 8
            Button {
                id: signInButton
                objectName: "signInButton"
                text: window.currentAccount ? qsTr("Add another account") : qsTr("Sign in with your browser")
                enabled: !signInClient.busy
                focus: true
                // Another account: the provider's account picker, not the session it has.
                onClicked: window.signIn(window.currentAccount ? {prompt: "login"} : {})
                Accessible.name: text
            }
            Button {
                objectName: "callApiButton"
                text: qsTr("Call the API")
                enabled: !signInClient.busy && window.currentAccount !== null
                onClicked: window.callApi()
                Accessible.name: qsTr("Call the API with a token for this account")
            }
            Button {
                objectName: "signOutButton"
                text: qsTr("Sign out")
                enabled: !signInClient.busy && window.currentAccount !== null
                onClicked: window.signOut()
                Accessible.name: qsTr("Sign out of this account")
            }
            BusyIndicator {
                running: signInClient.busy
                visible: running
                Accessible.name: qsTr("Working")
                Layout.preferredHeight: 32
                Layout.preferredWidth: 32
            }
        }

        Label {
            objectName: "errorLabel"
            visible: window.lastError !== null
            text: window.lastError ? window.lastError.message : ""
            color: "#b00020"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                objectName: "apiAnswer"
                text: window.apiAnswer
                readOnly: true
                wrapMode: Text.Wrap
                font.family: "monospace"
                placeholderText: qsTr("The API's answer appears here.")
                Accessible.name: qsTr("The API's answer")
            }
        }
    }
}
