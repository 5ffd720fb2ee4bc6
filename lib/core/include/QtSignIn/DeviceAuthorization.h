// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QDateTime>
#include <QtCore/QMetaType>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <chrono>

namespace QtSignIn {

class DeviceAuthorizationData;

/// What to show the person during a sign-in on another device (the device
/// authorization grant, RFC 8628): open verificationUri() on a phone or
/// computer and enter userCode() there, before expiresAt().
/// SignInReply::deviceAuthorizationReceived() hands it over while the sign-in
/// waits; the device code itself stays inside the library, as the secret
/// it is.
///
/// An invalid (default-constructed) value is what a reply of any other kind
/// of request has.
class QTSIGNIN_CORE_EXPORT DeviceAuthorization
{
public:
    DeviceAuthorization();
    DeviceAuthorization(const DeviceAuthorization &other);
    DeviceAuthorization(DeviceAuthorization &&other) noexcept;
    DeviceAuthorization &operator=(const DeviceAuthorization &other);
    DeviceAuthorization &operator=(DeviceAuthorization &&other) noexcept;
    ~DeviceAuthorization();

    void swap(DeviceAuthorization &other) noexcept { d.swap(other.d); }

    bool isValid() const;

    /// The code the person types at verificationUri(). Checked to be short
    /// and free of control characters before it is handed over.
    QString userCode() const;
    /// Where the person enters the code: https (or loopback http when the
    /// authority is a loopback address), checked before it is handed over.
    QUrl verificationUri() const;
    /// The same page with the code filled in, for a link or a QR code; empty
    /// when the provider offers none (RFC 8628 §3.3.1).
    QUrl verificationUriComplete() const;
    /// The link to offer: verificationUriComplete() when there is one, else
    /// verificationUri().
    QUrl preferredVerificationUri() const;

    /// When the code stops working, and the sign-in with it: no poll is
    /// made after this (RFC 8628 §3.2 expires_in, from when it came).
    QDateTime expiresAt() const;
    /// The lifetime the provider gave the code.
    std::chrono::seconds expiresIn() const;
    /// How long the client waits between polls at first; the provider may
    /// ask for more (slow_down) while the sign-in runs.
    std::chrono::seconds interval() const;

private:
    friend class DeviceAuthorizationData;
    QSharedDataPointer<DeviceAuthorizationData> d;
};

} // namespace QtSignIn

Q_DECLARE_SHARED(QtSignIn::DeviceAuthorization)
Q_DECLARE_METATYPE(QtSignIn::DeviceAuthorization)
