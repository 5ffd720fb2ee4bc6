// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "RandomValue.h"

#include <QtCore/QRandomGenerator>

#include <vector>

namespace QtSignIn {

QByteArray randomUrlSafeValue(int byteCount)
{
    std::vector<quint32> words((byteCount + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), byteCount);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace QtSignIn
