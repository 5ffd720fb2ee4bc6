// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInOptions.h>

#include "Operation.h"
#include "network/HttpExchange.h"
#include "oidc/IdTokenVerifier.h"
#include "protocol/ClientAuthentication.h"
#include "protocol/DeviceAuthorizationRequest.h"
#include "protocol/ProviderMetadata.h"
#include "token/TokenEndpoint.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <chrono>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace QtSignIn {

// A sign-in on another device, with the device authorization grant (RFC
// 8628): discovery, the device authorization request, then polling the
// token endpoint as §3.4 and §3.5 say until the person approves on their
// phone or computer, declines, or the code expires. What the token endpoint
// finally answers goes the way of every approved grant (ApprovedGrant: the
// same ID-token checks, the same result) into the cache (storeIssuedTokens).
//
// No user agent: the application shows the code (SignInReply's
// deviceAuthorizationReceived()). The device code is a secret like an
// authorization code, never logged.
class DeviceCodeSignIn : public Operation
{
    Q_OBJECT
public:
    enum class Stage { Idle, Discovering, Authorizing, Polling, Completing, Storing, Finished };

    DeviceCodeSignIn(ClientContext *context, const QStringList &scopes, const SignInOptions &options);
    ~DeviceCodeSignIn() override;

    void start() override;

    // Tests only: how long one of the provider's seconds lasts here (the
    // interval, slow_down's 5 s, expires_in), so that polling to the letter
    // of the RFC can be tested without waiting for it. 1 s outside tests.
    static void setSecondForTesting(std::chrono::milliseconds second);

protected:
    void stop() override;
    bool holdsIssuedTokens() const override { return m_stage == Stage::Storing; }

private:
    void requestDeviceAuthorization();
    void authorizationReceived(const HttpResponse &response);
    void schedulePoll();
    void poll();
    void pollAnswered(const TokenEndpoint::Result &answer);
    void complete(const TokenEndpoint::Result &answer);
    void succeed(const SignInResult &result);
    void fail(const SignInError &error);
    static std::chrono::milliseconds scaled(std::chrono::seconds seconds);

    HttpExchange m_http;
    IdTokenVerifier m_verifier;
    QStringList m_scopes;
    SignInOptions m_options;

    Stage m_stage = Stage::Idle;
    ProviderMetadata m_metadata;
    ClientAuthentication m_clientAuthentication;
    QStringList m_requestedScopes; // as sent, with openid
    DeviceAuthorizationResponse m_authorization;
    std::chrono::seconds m_interval{5};
    QDeadlineTimer m_codeExpiry;
    QTimer m_pollTimer;
    QTimer m_expiryTimer;
    QPointer<QNetworkReply> m_pendingRequest;
    // RFC 9449: the key this sign-in's tokens are bound to; null for Bearer.
    DPoPKey m_dpopKey;
};

} // namespace QtSignIn
