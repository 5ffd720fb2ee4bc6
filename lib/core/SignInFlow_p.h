// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInOptions.h>
#include <QtSignIn/SignInResult.h>

#include "network/HttpExchange.h"
#include "oidc/Jwt.h"
#include "protocol/TokenResponse.h"
#include "protocol/AuthorizationRequest.h"
#include "protocol/ProviderMetadata.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace QtSignIn {

class SignInClient;
class SignInReply;
class UserAgent;
class ProviderDocuments;

// One interactive sign-in, from discovery to validated tokens. It owns the
// protocol state (state, nonce, PKCE verifier) and nothing else: the user
// agent and the network are at its edges.
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Idle, Discovering, WaitingForRedirect, RedeemingCode, Finished };

    SignInFlow(SignInClient *client, SignInReply *reply, const QStringList &scopes,
               const SignInOptions &options);
    ~SignInFlow() override;

    void start();
    void cancel();
    void fail(const SignInError &error);

    // Its reply has been answered (its tokens may still be being stored).
    bool isFinished() const { return m_stage == Stage::Finished; }

    // The URL given to the user agent; empty before that.
    QUrl authorizationUrl() const { return m_authorizationUrl; }

private:
    void track(QNetworkReply *request);
    void present();
    void checkProviderAnswers();
    void handleRedirect(const QUrl &redirect);
    void redeemCode(const Secret &code);
    void handleTokenResponse(const HttpResponse &response);
    void completeWithVerifiedIdToken();
    void fetchUserInfo(const SignInResult &result);
    bool buildResult(const TokenResponse &tokens, SignInResult *result, SignInError *error);
    void finish(const SignInResult &result, const SignInError &error);

    QPointer<SignInClient> m_client;
    SignInReply *m_reply;
    ClientConfiguration m_configuration;
    HttpExchange m_http;
    QPointer<UserAgent> m_userAgent;
    std::shared_ptr<ProviderDocuments> m_provider;
    QStringList m_scopes;
    SignInOptions m_options;

    Stage m_stage = Stage::Idle;
    ProviderMetadata m_metadata;
    AuthorizationRequest m_request;
    QUrl m_authorizationUrl;
    Pkce m_pkce;
    QString m_authorizationResponseIssuer;
    Secret m_code; // kept only to check the ID token's c_hash
    bool m_mayRefetchKeys = true;
    TokenResponse m_tokens;
    Jwt m_idToken;
    QTimer m_interactiveDeadline;
    bool m_holdingUserAgent = false; // the person's page awaits the final outcome
    QPointer<QNetworkReply> m_pendingRequest;
    bool m_providerAnsweredNow = false; // discovery was fetched for this sign-in
    QPointer<QNetworkReply> m_reachabilityProbe;
};

} // namespace QtSignIn
