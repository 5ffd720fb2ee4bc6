// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "HttpDate.h"

#include <QtCore/QLocale>
#include <QtCore/QString>

namespace QtSignIn::HttpDate {

QDateTime parse(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    // IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT": Qt's RFC 2822 reading
    // refuses its "GMT" (it takes only ±hhmm zones). Date and time are read
    // apart so that no local time is involved: read as one local date-time,
    // an hour the local clock skips (a DST gap) would be invalid.
    static constexpr qsizetype dateLength = 16; // "Sun, 06 Nov 1994"
    if (text.size() > dateLength && text.at(dateLength) == QLatin1Char(' ')) {
        const QLocale c = QLocale::c(); // English day and month names
        const QDate date = c.toDate(text.left(dateLength), QStringLiteral("ddd, dd MMM yyyy"));
        const QTime time = c.toTime(text.mid(dateLength + 1), QStringLiteral("hh:mm:ss 'GMT'"));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    return date.isValid() ? date.toUTC() : QDateTime();
}

} // namespace QtSignIn::HttpDate
