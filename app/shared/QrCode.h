// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QBitArray>
#include <QtCore/QByteArray>

// A QR code's modules, for the pictures of a verification link that the
// demo's device page and `qtsignin login --mode device` draw. Qt has no QR
// encoder; Debian's libqrencode (libqrencode-dev, scripts/setup.sh) is one.
// Built without it, nothing is encoded and both show the link as text only.
class QrCode
{
public:
    // The light border every reader needs around the symbol, in modules
    // (ISO/IEC 18004 asks for four); not part of size(), each picture adds it.
    static constexpr int QuietZone = 4;

    static bool isAvailable();
    // Error correction level M (15 %), byte mode: a link read from a screen
    // by a phone camera. Null when the encoder is missing or the text is too
    // long for a QR code.
    static QrCode encode(const QByteArray &text);

    bool isNull() const { return m_size == 0; }
    // Modules per side, without the quiet zone.
    int size() const { return m_size; }
    // Whether the module at (x, y) is dark; outside the symbol (the quiet
    // zone) every module is light.
    bool isDark(int x, int y) const;

private:
    int m_size = 0;
    QBitArray m_modules;
};
