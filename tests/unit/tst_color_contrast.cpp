// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The colours the dialog and the demo choose for text on a background they
// do not control (a brand's accent, a dark palette): readable (WCAG 1.4.3,
// 4.5:1) whatever the background.
#include "ColorContrast.h"
#include "../support/WcagContrastOracle.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace QtSignIn;

namespace {

using WcagContrastOracle::contrast;

// Every grey, and a spread of hues at several lightnesses.
QList<QColor> backgrounds()
{
    QList<QColor> colours;
    for (int v = 0; v < 256; ++v)
        colours.append(QColor(v, v, v));
    for (int hue = 0; hue < 360; hue += 15) {
        for (int lightness = 0; lightness <= 255; lightness += 17)
            colours.append(QColor::fromHsl(hue, 200, lightness).toRgb());
    }
    return colours;
}

} // namespace

class tst_ColorContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inkIsReadableOnAnyBackground()
    {
        for (const QColor &background : backgrounds()) {
            const QColor ink = ColorContrast::readableOn(background);
            QVERIFY2(contrast(ink, background) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2").arg(ink.name(), background.name())));
        }
    }

    void warningColoursAreReadableOnAnyBackground()
    {
        for (const QColor &wanted : { QColor(0xb7, 0x79, 0x1f), QColor(0xc5, 0x30, 0x30) }) {
            for (const QColor &background : backgrounds()) {
                const QColor colour = ColorContrast::legibleOn(wanted, background);
                QVERIFY2(contrast(colour, background) >= 4.5,
                         qPrintable(QStringLiteral("%1 on %2").arg(colour.name(), background.name())));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_ColorContrast)
#include "tst_color_contrast.moc"
