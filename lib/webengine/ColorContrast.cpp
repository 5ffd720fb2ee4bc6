// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ColorContrast.h"

#include <cmath>

namespace QtSignIn::ColorContrast {

qreal relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    const auto channel = [](qreal c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

qreal ratio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

bool isDark(const QColor &background)
{
    // Where dark ink and white have the same contrast.
    return relativeLuminance(background) <= 0.18;
}

QColor readableOn(const QColor &background)
{
    return isDark(background) ? QColor(Qt::white) : QColor(0x1a, 0x20, 0x2c);
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
