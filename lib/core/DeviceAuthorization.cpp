// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/DeviceAuthorization.h>

#include "DeviceAuthorization_p.h"
#include "protocol/DeviceAuthorizationRequest.h"

namespace QtSignIn {

DeviceAuthorization::DeviceAuthorization() : d(new DeviceAuthorizationData) {}
DeviceAuthorization::DeviceAuthorization(const DeviceAuthorization &other) = default;
DeviceAuthorization::DeviceAuthorization(DeviceAuthorization &&other) noexcept = default;
DeviceAuthorization &DeviceAuthorization::operator=(const DeviceAuthorization &other) = default;
DeviceAuthorization &DeviceAuthorization::operator=(DeviceAuthorization &&other) noexcept = default;
DeviceAuthorization::~DeviceAuthorization() = default;

DeviceAuthorization DeviceAuthorizationData::create(const DeviceAuthorizationResponse &response,
                                                    const QDateTime &receivedAt)
{
    DeviceAuthorization authorization;
    DeviceAuthorizationData *data = authorization.d.data();
    data->userCode = response.userCode;
    data->verificationUri = response.verificationUri;
    data->verificationUriComplete = response.verificationUriComplete;
    data->expiresIn = response.expiresIn;
    data->expiresAt = receivedAt.addSecs(response.expiresIn.count());
    data->interval = response.interval;
    return authorization;
}

bool DeviceAuthorization::isValid() const { return !d->userCode.isEmpty() && d->verificationUri.isValid(); }
QString DeviceAuthorization::userCode() const { return d->userCode; }
QUrl DeviceAuthorization::verificationUri() const { return d->verificationUri; }
QUrl DeviceAuthorization::verificationUriComplete() const { return d->verificationUriComplete; }

QUrl DeviceAuthorization::preferredVerificationUri() const
{
    return d->verificationUriComplete.isEmpty() ? d->verificationUri : d->verificationUriComplete;
}

QDateTime DeviceAuthorization::expiresAt() const { return d->expiresAt; }
std::chrono::seconds DeviceAuthorization::expiresIn() const { return d->expiresIn; }
std::chrono::seconds DeviceAuthorization::interval() const { return d->interval; }

} // namespace QtSignIn
