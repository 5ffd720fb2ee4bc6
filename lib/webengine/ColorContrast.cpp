// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ColorContrast.h"

#include "../core/WcagContrast_p.h"

namespace QtSignIn::ColorContrast {

qreal relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return Wcag::relativeLuminance(rgb.redF(), rgb.greenF(), rgb.blueF());
}

qreal ratio(const QColor &a, const QColor &b)
{
    return Wcag::contrastRatio(relativeLuminance(a), relativeLuminance(b));
}

bool isDark(const QColor &background)
{
    return relativeLuminance(background) <= Wcag::darkBelow;
}

QColor readableOn(const QColor &background)
{
    if (isDark(background))
        return QColor(Qt::white);
    // The softer dark ink where it reads; on mid tones (a grey near #777)
    // only black still reaches 4.5:1.
    const QColor ink(0x1a, 0x20, 0x2c);
    return ratio(ink, background) >= minimumForText ? ink : QColor(Qt::black);
}

QColor legibleOn(const QColor &wanted, const QColor &background, qreal minimum)
{
    const bool lighten = isDark(background);
    QColor color = wanted.toHsl();
    for (int step = 0; step < 100 && ratio(color, background) < minimum; ++step) {
        const qreal lightness = color.lightnessF() + (lighten ? 0.02 : -0.02);
        color.setHslF(color.hslHueF(), color.hslSaturationF(), qBound(0.0, lightness, 1.0));
    }
    // Some backgrounds leave no room for the hue: plain ink then.
    return ratio(color, background) >= minimum ? color.toRgb() : readableOn(background);
}

} // namespace QtSignIn::ColorContrast
