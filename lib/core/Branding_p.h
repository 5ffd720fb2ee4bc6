// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Branding.h>

#include <QtCore/QSharedData>

namespace QtSignIn {

// Branding's fields, behind its d-pointer so that one can be added without
// changing the exported class's layout.
class BrandingData : public QSharedData
{
public:
    QString name;
    QString tagline;
    QString logoPath;
    QString accentColor;
    QUrl privacyUrl;
    QUrl termsUrl;
};

} // namespace QtSignIn
