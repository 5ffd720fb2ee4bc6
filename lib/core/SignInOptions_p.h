// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInOptions.h>

#include <QtCore/QSharedData>

namespace QtSignIn {

// The options' fields, behind their d-pointers so that a choice can be added
// without changing the exported classes' layout.
class SignInOptionsData : public QSharedData
{
public:
    QString loginHint;
    QString prompt;
    QString domainHint;
    bool fetchUserInfo = false;
    QList<QPair<QString, QString>> extraParameters;
    QJsonObject claims;
};

class SilentOptionsData : public QSharedData
{
public:
    std::chrono::seconds minimumValidity{300};
    bool forceRefresh = false;
    QJsonObject claims;
};

class SignOutOptionsData : public QSharedData
{
public:
    bool endProviderSession = false;
    bool revokeTokens = true;
};

} // namespace QtSignIn
