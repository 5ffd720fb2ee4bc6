// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QByteArray>

namespace QtSignIn {

// `byteCount` bytes from the operating system's CSPRNG
// (QRandomGenerator::system()), base64url-encoded without padding.
// 32 bytes give the 256 bits RFC 7636 §7.1 asks of a code verifier and
// 43 characters, the shortest verifier §4.1 allows.
QByteArray randomUrlSafeValue(int byteCount = 32);

} // namespace QtSignIn
