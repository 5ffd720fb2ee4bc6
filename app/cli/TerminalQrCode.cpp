// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TerminalQrCode.h"

#include "QrCode.h"

#include <QtCore/QByteArray>
#include <QtCore/QtGlobal>

#include <langinfo.h>
#include <unistd.h>

#include <cstring>

namespace TerminalQrCode {

QString render(const QrCode &code)
{
    if (code.isNull())
        return QString();
    // SGR 30 (black) on 47 (white): the eight basic colours every terminal
    // has, the Linux console included.
    const QString blackOnWhite = QStringLiteral("\x1b[30;47m");
    const QString reset = QStringLiteral("\x1b[0m");
    const int first = -QrCode::QuietZone;
    const int end = code.size() + QrCode::QuietZone;
    QString text;
    for (int y = first; y < end; y += 2) {
        text += blackOnWhite;
        for (int x = first; x < end; ++x) {
            // A last row without a partner below is drawn over a light one.
            const bool upper = code.isDark(x, y);
            const bool lower = y + 1 < end && code.isDark(x, y + 1);
            if (upper && lower)
                text += QChar(0x2588);
            else if (upper)
                text += QChar(0x2580);
            else if (lower)
                text += QChar(0x2584);
            else
                text += QLatin1Char(' ');
        }
        text += reset;
        text += QLatin1Char('\n');
    }
    return text;
}

bool stderrCanShowIt()
{
    if (!isatty(STDERR_FILENO))
        return false;
    const QByteArray term = qgetenv("TERM");
    if (term.isEmpty() || term == "dumb")
        return false;
    // QCoreApplication has set the locale from the environment by now.
    const char *codeset = nl_langinfo(CODESET);
    return codeset && std::strcmp(codeset, "UTF-8") == 0;
}

} // namespace TerminalQrCode
