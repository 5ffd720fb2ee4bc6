// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtGui/QColor>

// WCAG 2.1 contrast for QColor (the formula is Core's WcagContrast_p.h),
// for the embedded dialog and the demo (which compiles this file in: it
// does not link QtSignIn::WebEngine). QtGui only.
namespace QtSignIn::ColorContrast {

constexpr qreal minimumForText = 4.5; // WCAG 1.4.3, normal text

qreal relativeLuminance(const QColor &color);
qreal ratio(const QColor &a, const QColor &b);
bool isDark(const QColor &background);

// Dark ink on light backgrounds, white on dark ones: at least 4.5:1 on any.
QColor readableOn(const QColor &background);

// `wanted` (a warning's amber, say), made lighter on a dark background or
// darker on a light one until it is readable there as text.
QColor legibleOn(const QColor &wanted, const QColor &background, qreal minimum = minimumForText);

} // namespace QtSignIn::ColorContrast
