// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/DeviceAuthorization.h>

#include <QtCore/QSharedData>

namespace QtSignIn {

struct DeviceAuthorizationResponse;

// DeviceAuthorization's fields, behind its d-pointer so that one can be
// added without changing the exported class's layout. Only the library
// makes one, from a response it has checked.
class DeviceAuthorizationData : public QSharedData
{
public:
    static DeviceAuthorization create(const DeviceAuthorizationResponse &response, const QDateTime &receivedAt);

    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete;
    QDateTime expiresAt;
    std::chrono::seconds expiresIn{0};
    std::chrono::seconds interval{0};
};

} // namespace QtSignIn
