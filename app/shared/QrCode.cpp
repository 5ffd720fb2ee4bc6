// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "QrCode.h"

#ifdef QTSIGNIN_HAVE_QRENCODE
#include <qrencode.h>
#endif

bool QrCode::isAvailable()
{
#ifdef QTSIGNIN_HAVE_QRENCODE
    return true;
#else
    return false;
#endif
}

QrCode QrCode::encode(const QByteArray &text)
{
    QrCode result;
#ifdef QTSIGNIN_HAVE_QRENCODE
    // Version 0: the smallest symbol that holds the text; case-sensitive.
    QRcode *code = QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return result;
    result.m_size = code->width;
    result.m_modules.resize(code->width * code->width);
    // Bit 0 of each byte is the module's colour; the others say which part
    // of the symbol it belongs to.
    for (int i = 0; i < code->width * code->width; ++i)
        result.m_modules.setBit(i, code->data[i] & 1);
    QRcode_free(code);
#else
    Q_UNUSED(text);
#endif
    return result;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.testBit(y * m_size + x);
}
