// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QtGlobal>

#include <cmath>

// WCAG 2.1 contrast (§1.4.3, "relative luminance" and "contrast ratio"), on
// sRGB channels from 0 to 1, so Core, which has no QColor, can use it for
// the browser's result page. Header-only: the embedded dialog's and the
// demo's ColorContrast build on it without an exported symbol.
namespace QtSignIn::Wcag {

constexpr double minimumForText = 4.5;

inline double relativeLuminance(double red, double green, double blue)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}

inline double contrastRatio(double luminanceA, double luminanceB)
{
    return (qMax(luminanceA, luminanceB) + 0.05) / (qMin(luminanceA, luminanceB) + 0.05);
}

// Where dark ink and white have the same contrast on a background.
constexpr double darkBelow = 0.18;

} // namespace QtSignIn::Wcag
