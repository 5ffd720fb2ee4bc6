// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_webengine_global.h>

#include <QtCore/QString>
#include <QtGui/QColor>

namespace QtSignIn {

// How the application presents itself in the header of the embedded sign-in
// dialog, so the person knows which app asks them to sign in. Everything is
// optional: an empty name falls back to the application's display name.
struct QTSIGNIN_WEBENGINE_EXPORT Branding
{
    QString name;          // e.g. "Contoso Notes"
    QString tagline;       // a short line under the name, e.g. "Sign in to sync your notes"
    QString logoPath;      // any image QImageReader reads (PNG, SVG with the svg plugin); a resource path works
    QColor accentColor;    // header background; invalid: the style's highlight colour
};

} // namespace QtSignIn
