// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Branding.h>

#include <QtWidgets/QWidget>

namespace QtSignIn {

// The band at the top of the sign-in dialog: the app's logo (or its
// initial), name and tagline on its accent colour, so the person sees which
// app is asking before the provider's page says anything.
class BrandingHeader : public QWidget
{
    Q_OBJECT
public:
    explicit BrandingHeader(const Branding &branding, QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPixmap logo(int size) const;

    Branding m_branding;
    QColor m_background;
    QColor m_foreground;
};

} // namespace QtSignIn
