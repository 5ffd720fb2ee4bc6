// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Secret.h>

#include "ClientAuthentication.h"

#include <QtCore/QByteArray>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <chrono>

namespace QtSignIn {

// The device authorization request (RFC 8628 §3.1): the client asks for a
// device code and a user code for `scopes`. It authenticates as at the token
// endpoint (§3.1: "the client MUST authenticate" when it is confidential).
struct DeviceAuthorizationRequest
{
    QUrl endpoint;
    QString clientId;
    QStringList scopes;
    ClientAuthentication clientAuthentication; // none unless set

    QByteArray toFormBody() const;
    QByteArray authorizationHeader() const;
};

// The provider's answer (RFC 8628 §3.2), as untrusted input: every member
// of the type the RFC gives it, bounded, and the URIs the person is sent to
// https (http to a loopback host only when the authority is one), since
// they are shown or opened as the provider's own page.
struct DeviceAuthorizationResponse
{
    Secret deviceCode;
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete;   // optional: the URI with the user code in it
    std::chrono::seconds expiresIn{0};
    std::chrono::seconds interval{5}; // §3.2: 5 when the provider says nothing

    enum class ParseFailure { None, Malformed, InsecureVerificationUri };

    // The user code is typed by a person and printed to terminals: short,
    // and without control or format characters (an escape sequence, a
    // right-to-left override) that would change what the person sees.
    static constexpr qsizetype maximumUserCodeLength = 64;
    static constexpr qsizetype maximumDeviceCodeLength = 4096;
    // No provider asks for more; beyond it the value only serves to stall.
    static constexpr std::chrono::seconds maximumInterval{300};
    static constexpr std::chrono::seconds maximumExpiresIn{24 * 3600};

    // `authority` decides whether loopback http is allowed for the URIs.
    static ParseFailure parse(const QByteArray &body, const QUrl &authority, DeviceAuthorizationResponse *response,
                              QString *reason);
};

} // namespace QtSignIn
