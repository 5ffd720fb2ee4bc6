// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ProviderText.h"

namespace QtSignIn {

QString providerText(const QString &text, qsizetype maximum)
{
    QString clean = text.left(maximum);
    for (QChar &c : clean) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\')
            c = QLatin1Char('?');
    }
    return clean;
}

} // namespace QtSignIn
