// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QString>

class QrCode;

// The QR code of a device sign-in's verification link, drawn in text for a
// phone's camera (`qtsignin login --mode device`).
namespace TerminalQrCode {

// Two modules to a character cell, one above the other, with the half
// blocks U+2580, U+2584 and the full block U+2588: a symbol about as wide as
// it is tall in a terminal's cells. Black on white is set on every line
// (and reset before its end, so no colour leaks into the lines after), as a
// dark terminal theme would otherwise draw the code inverted, which many
// readers refuse. The quiet zone is included.
QString render(const QrCode &code);

// Whether --qr-code auto draws it: stderr is a terminal, one that is not
// "dumb", in a UTF-8 locale (the blocks are UTF-8). Not in a pipe or a log.
bool stderrCanShowIt();

} // namespace TerminalQrCode
