// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The WCAG 2.1 contrast ratio, written out for the tests rather than taken
// from the code under test (lib/core/WcagContrast_p.h), so that a mistake
// there cannot make its own tests pass.
#pragma once

#include <QtGui/QColor>

#include <cmath>

namespace WcagContrastOracle {

inline qreal contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const qreal la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace WcagContrastOracle
