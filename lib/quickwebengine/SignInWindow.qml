// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// The window the person signs in in, the Qt Quick twin of the widget
// SignInDialog: the app's branding on top, the host of the page with its
// lock, a thin progress bar, the provider's page, a status line and Cancel.
// `signIn` (SignInWindowController) holds the words and colours and judges
// what the page asks for; this file only wires Qt WebEngine's signals to it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import QtWebEngine

Window {
    id: window
    objectName: "qtsigninSignInWindow"
    required property QtObject signIn
    readonly property int em: metrics.height

    title: signIn.windowTitle
    // Sized in text lines, as the dialog, never over 90% of the screen.
    width: Math.min(em * 32, Screen.desktopAvailableWidth * 0.9)
    height: Math.min(em * 44, Screen.desktopAvailableHeight * 0.9)
    color: palette.window

    SystemPalette { id: palette; colorGroup: SystemPalette.Active }
    FontMetrics { id: metrics }

    // Closing the window, Cancel and Escape all cancel the sign-in; a window
    // closed because the sign-in ended is closed by the agent, which has
    // stopped listening by then.
    onClosing: signIn.cancel()
    function cancelAndClose() {
        signIn.cancel()
        window.close()
    }
    // Escape wherever the focus is, the page's fields included.
    Shortcut {
        sequences: [StandardKey.Cancel]
        context: Qt.WindowShortcut
        onActivated: window.cancelAndClose()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The band with the app's logo (or its initial), name and tagline
        // on its accent colour: who is asking, before the provider says anything.
        Rectangle {
            objectName: "brandingHeader"
            Layout.fillWidth: true
            implicitHeight: headerRow.implicitHeight + window.em * 1.5
            color: signIn.headerColor
            Accessible.role: Accessible.Grouping
            Accessible.name: signIn.headerAccessibleName

            RowLayout {
                id: headerRow
                anchors.fill: parent
                anchors.leftMargin: window.em
                anchors.rightMargin: window.em
                spacing: window.em * 3 / 4

                Item {
                    readonly property int size: window.em * 5 / 2
                    implicitWidth: size
                    implicitHeight: size
                    Accessible.role: Accessible.Graphic
                    Accessible.name: signIn.logoAccessibleName
                    Image {
                        id: logoImage
                        anchors.fill: parent
                        source: signIn.logo
                        sourceSize: Qt.size(parent.size, parent.size)
                        fillMode: Image.PreserveAspectFit
                        visible: status === Image.Ready
                    }
                    Rectangle {
                        anchors.fill: parent
                        visible: !logoImage.visible
                        radius: width * 0.22
                        color: signIn.headerTextColor
                        Text {
                            anchors.centerIn: parent
                            text: signIn.initial
                            color: signIn.headerColor
                            font.pixelSize: parent.height * 0.6
                            font.bold: true
                        }
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: window.em / 6
                    Text {
                        Layout.fillWidth: true
                        text: signIn.applicationName
                        textFormat: Text.PlainText
                        color: signIn.headerTextColor
                        font.pointSize: metrics.font.pointSize * 1.35
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: signIn.tagline
                        textFormat: Text.PlainText
                        color: Qt.alpha(signIn.headerTextColor, 0.85)
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        // Where the person is typing their password: the host, read-only but
        // selectable, with a closed lock for https and an open one otherwise.
        RowLayout {
            objectName: "addressLine"
            Layout.fillWidth: true
            Layout.margins: window.em / 3
            Layout.leftMargin: window.em
            Layout.rightMargin: window.em
            spacing: window.em / 3
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTranslate("QtSignIn::AddressLine", "Address of the sign-in page")

            Item {
                id: lock
                readonly property color ink: signIn.encrypted ? palette.windowText : signIn.noteColor
                implicitWidth: window.em * 0.9
                implicitHeight: window.em * 0.9
                Accessible.role: Accessible.Graphic
                Accessible.name: signIn.securityText
                // The shackle: closed, both legs in the body; open, lifted to the right.
                Rectangle {
                    x: parent.width * (signIn.encrypted ? 0.28 : 0.44)
                    y: parent.height * (signIn.encrypted ? 0.06 : 0.0)
                    width: parent.width * 0.44
                    height: parent.height * 0.5
                    radius: width / 2
                    color: "transparent"
                    border.color: lock.ink
                    border.width: Math.max(1, parent.width * 0.12)
                }
                Rectangle {
                    x: parent.width * 0.16
                    y: parent.height * 0.44
                    width: parent.width * 0.68
                    height: parent.height * 0.5
                    radius: width * 0.15
                    color: lock.ink
                }
            }
            TextEdit {
                objectName: "host"
                text: signIn.host
                textFormat: TextEdit.PlainText
                readOnly: true
                selectByMouse: true
                activeFocusOnTab: true
                font.weight: Font.DemiBold
                color: palette.windowText
                selectionColor: palette.highlight
                selectedTextColor: palette.highlightedText
                Accessible.role: Accessible.StaticText
                Accessible.name: signIn.host
                Accessible.description: signIn.note !== "" ? signIn.note : signIn.securityText
            }
            Text {
                visible: text !== ""
                text: signIn.note
                textFormat: Text.PlainText
                color: signIn.noteColor
            }
            Item { Layout.fillWidth: true }
        }

        // A thin bar while a page loads; busy while the app redeems the code.
        ProgressBar {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(3, window.em / 5)
            from: 0
            to: 100
            value: view.loadProgress
            indeterminate: signIn.finishing !== ""
            opacity: view.loading || signIn.finishing !== "" ? 1 : 0
            Accessible.name: qsTranslate("QtSignIn::SignInDialog", "Page loading")
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: signIn.finishing === "" ? 0 : 1

            WebEngineView {
                id: view
                objectName: "signInPage"
                focus: true
                // The profile first, then the page: bindings have no order,
                // and a url bound beside the profile could start loading in
                // Qt's default profile, which has no interceptor.
                Component.onCompleted: {
                    profile = signIn.profile
                    url = signIn.authorizationUrl
                }
                Accessible.name: qsTranslate("QtSignIn::SignInDialog", "Sign-in page")
                // Belt and braces with the navigation check: a scheme
                // Chromium does not load is never handed to the desktop.
                settings.unknownUrlSchemePolicy: WebEngineSettings.DisallowUnknownUrlSchemes
                settings.javascriptCanOpenWindows: false

                onNavigationRequested: request => signIn.judgeNavigation(request)
                onUrlChanged: signIn.setPageUrl(url)
                onLoadingChanged: info => {
                    if (info.status === WebEngineView.LoadSucceededStatus)
                        signIn.reportLoaded(info.url, true)
                    else if (info.status === WebEngineView.LoadFailedStatus)
                        signIn.reportLoaded(info.url, false)
                }
                // The person types a password here: a certificate the
                // platform does not trust ends the page, with no button to
                // accept it anyway.
                onCertificateError: error => {
                    error.rejectCertificate()
                    signIn.reportCertificateRefused(error.url, error.description)
                }
                onFeaturePermissionRequested: (securityOrigin, feature) => {
                    signIn.logRefusal("permission " + feature, securityOrigin)
                    grantFeaturePermission(securityOrigin, feature, false)
                }
                // Not calling openIn() opens nothing: no hidden second view.
                onNewWindowRequested: request => signIn.logRefusal("a new window", request.requestedUrl)
                onFullScreenRequested: request => request.reject()
                onRegisterProtocolHandlerRequested: request => request.reject()
                onFileSystemAccessRequested: request => request.reject()
                // Signing in never needs a file from this computer, nor a menu.
                onFileDialogRequested: request => {
                    request.accepted = true
                    request.dialogReject()
                }
                onContextMenuRequested: request => request.accepted = true
                onRenderProcessTerminated: signIn.reportRenderProcessTerminated()
            }
            Label {
                text: signIn.finishing
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }

        // The redirect was caught: the page it left (an error page of a
        // blocked request) goes before the view is hidden, since Chromium
        // reloads such a page when its view's visibility changes, and that
        // reload does not pass the profile's request interceptor.
        Connections {
            target: signIn
            function onFinishingChanged() {
                if (signIn.finishing === "")
                    return
                view.stop()
                view.url = "about:blank"
            }
        }

        Connections {
            target: signIn.profile
            function onDownloadRequested(download) {
                signIn.logRefusal("a download", download.url)
                download.cancel()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: palette.mid
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: window.em / 2
            Layout.leftMargin: window.em
            Layout.rightMargin: window.em
            Label {
                objectName: "status"
                Layout.fillWidth: true
                text: signIn.problem
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: signIn.problemColor
                Accessible.name: qsTranslate("QtSignIn::SignInDialog", "Status")
                Accessible.description: text
            }
            Button {
                objectName: "cancel"
                text: qsTranslate("QtSignIn::SignInDialog", "Cancel")
                Accessible.name: text
                onClicked: window.cancelAndClose()
            }
        }
    }
}
