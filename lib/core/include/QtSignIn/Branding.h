// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QString>
#include <QtCore/QUrl>

namespace QtSignIn {

/// How the application presents itself wherever QtSignIn shows something on
/// its behalf: the header of the embedded sign-in dialog and the page the
/// browser shows after the redirect. The person should always see which app
/// asks them to sign in. Everything is optional: an empty name falls back to
/// the application's name (displayName()).
struct QTSIGNIN_CORE_EXPORT Branding
{
    QString name;          ///< e.g. "Contoso Notes"
    QString tagline;       ///< a short line under the name, e.g. "Sign in to sync your notes"
    QString logoPath;      ///< PNG, JPEG or SVG; a resource path works
    /// "#rrggbb" or "#rgb". Anything else counts as unset: the value goes into
    /// a web page's style sheet, so it is never taken as free text.
    QString accentColor;
    QUrl privacyUrl;       ///< the app's privacy statement (https only)
    QUrl termsUrl;         ///< the app's terms of use (https only)

    /// The one name QtSignIn shows for the app: `name`, or else
    /// QGuiApplication::applicationDisplayName() (which itself falls back to
    /// QCoreApplication::applicationName()).
    QString displayName() const;

    bool hasValidAccentColor() const;
    bool hasValidPrivacyUrl() const { return isShowableLink(privacyUrl); }
    bool hasValidTermsUrl() const { return isShowableLink(termsUrl); }

    /// An https link, the only kind offered to the person as the app's own.
    static bool isShowableLink(const QUrl &url);
};

} // namespace QtSignIn
