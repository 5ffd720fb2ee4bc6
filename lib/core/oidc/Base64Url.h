// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>

namespace QtSignIn {

// Strict base64url without padding (RFC 7515 §2, RFC 4648 §5): only the
// URL-safe alphabet and no length that no encoding can produce. Strict
// because cjose asserts (aborts the process) on some malformed input, so
// nothing it decodes may reach it unchecked.
bool decodeBase64Url(const QByteArray &text, QByteArray *bytes);
bool isBase64Url(const QByteArray &text);

} // namespace QtSignIn
