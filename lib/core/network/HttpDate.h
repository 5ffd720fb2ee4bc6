// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>

namespace QtSignIn::HttpDate {

// An HTTP-date header value (Date, Expires, Retry-After; RFC 9110 §5.6.7) as
// a UTC date and time: the IMF-fixdate every server sends, "Sun, 06 Nov 1994
// 08:49:37 GMT", or a date Qt's RFC 2822 reading takes (a numeric zone, the
// obsolete asctime form). Invalid for anything else.
QDateTime parse(const QByteArray &value);

} // namespace QtSignIn::HttpDate
