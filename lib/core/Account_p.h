// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Account.h>

#include <QtCore/QSharedData>

namespace QtSignIn {

// Account's fields, behind its d-pointer so that a claim can be added without
// changing the exported class's layout.
class AccountData : public QSharedData
{
public:
    QString id;
    QString subject;
    QString username;
    QString displayName;
    QString tenantId;
    QString issuer;
};

} // namespace QtSignIn
