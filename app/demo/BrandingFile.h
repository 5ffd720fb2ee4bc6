// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Branding.h>

#include <QtCore/QCoreApplication>

// The demo's branding file (JSON): how the app presents itself in its
// window, in the embedded sign-in dialog and on the browser's result page.
//
//   { "name": "QtSignIn Demo", "tagline": "...", "logo": "logo.svg",
//     "accentColor": "#2b6cb0", "privacyUrl": "https://...", "termsUrl": "https://..." }
//
// The tagline may instead be one per language, {"en": "...", "de": "...",
// "fr": "..."}, chosen by the default QLocale (the demo's --lang or the
// system's). A relative logo path is relative to the file. The default is built in
// (resources/branding/default.json).
class BrandingFile
{
    Q_DECLARE_TR_FUNCTIONS(BrandingFile)
public:
    static constexpr auto defaultPath = ":/qtsignin-demo/branding/default.json";

    // On failure returns false and says why in `error`. A bad accent colour
    // or link is an error here, where the person who wrote the file sees it,
    // rather than a silently different look.
    static bool load(const QString &path, QtSignIn::Branding *branding, QString *error);
};
