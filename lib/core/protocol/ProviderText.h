// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QString>

namespace QtSignIn {

// Text a provider sent (an error description, an issuer, a token type),
// made safe to show people, print on terminals and write to logs: at most
// `maximum` characters, each outside the set RFC 6749 §4.1.2.1 and §5.2 allow
// for `error_description` (printable ASCII without '"' and '\') replaced by
// '?', so a hostile provider cannot smuggle in terminal escapes.
QString providerText(const QString &text, qsizetype maximum);

} // namespace QtSignIn
