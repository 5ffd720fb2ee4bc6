// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtGui/QColor>

namespace QtSignIn {

// What the address line of a sign-in window tells about the page the person
// types their password into: the host, whether the connection is encrypted,
// and a note when it is not. The words and the warning colour of both
// windows' address lines (the widget dialog's AddressLine, the Qt Quick
// window's SignInWindowController), which draw them each their own way.
class PageAddress
{
public:
    // An empty URL: nothing loaded yet.
    explicit PageAddress(const QUrl &url) : m_url(url) { }

    bool isEmpty() const { return m_url.isEmpty(); }
    // https.
    bool isEncrypted() const;
    // A loopback host, by the core's test for endpoints: "127.0.0.1.example.com"
    // is somebody else's computer.
    bool isThisComputer() const;

    // The host in its ASCII (punycode) form, with the port if one is given;
    // "Connecting…" before a page is loaded.
    QString hostText() const;
    // "Secure connection" for https, otherwise "Connection not encrypted".
    QString securityText() const;
    // Empty for https and before a page is loaded.
    QString note() const;
    // Amber on this computer, red elsewhere, as legible on `background` as
    // text must be (WCAG 1.4.3).
    QColor noteColor(const QColor &background) const;

private:
    QUrl m_url;
};

} // namespace QtSignIn
