// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Secret.h>

#include <QtCore/QSharedData>

namespace QtSignIn {

// Secret's value behind its d-pointer: the exported class's layout stays the
// same if a Secret one day has to hold more (an expiry, a wiped buffer).
class SecretData : public QSharedData
{
public:
    SecretData() = default;
    explicit SecretData(const QByteArray &value) : value(value) {}

    QByteArray value;
};

} // namespace QtSignIn
