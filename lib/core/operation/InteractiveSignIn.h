// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInOptions.h>

#include "Operation.h"
#include "dpop/DPoPKey.h"
#include "network/HttpExchange.h"
#include "oidc/IdTokenVerifier.h"
#include "protocol/AuthorizationRequest.h"
#include "protocol/ClientAuthentication.h"
#include "protocol/ProviderMetadata.h"
#include "protocol/TokenResponse.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace QtSignIn {

class UserAgent;
class UserAgentSession;

// An interactive sign-in with the authorization code grant and PKCE, from
// discovery to validated tokens in the cache. It owns the protocol state
// (state, nonce, PKCE verifier); the user agent and the network are at its
// edges, and the token endpoint and the ID token checks are the ones every
// grant shares (TokenEndpoint, ApprovedGrant with IdTokenVerifier). For a
// plain OAuth 2.0 provider the same steps, with the profile endpoint where
// the ID token would be (ApprovedGrant does that too).
class InteractiveSignIn : public Operation
{
    Q_OBJECT
public:
    enum class Stage { Idle, Discovering, WaitingForRedirect, RedeemingCode, Storing, Finished };

    InteractiveSignIn(ClientContext *context, UserAgent *userAgent, const QStringList &scopes,
                      const SignInOptions &options);
    ~InteractiveSignIn() override;

    void start() override;
    void fail(const SignInError &error);

    // Its replies have been answered, or its tokens are being stored: a new
    // sign-in need not wait for it.
    bool isDone() const { return m_stage == Stage::Storing || m_stage == Stage::Finished; }
    // The agent showing this sign-in, until it has ended.
    UserAgent *userAgent() const { return m_userAgent; }

protected:
    void cancelReply(SignInReply *reply) override;
    void stop() override;
    bool holdsIssuedTokens() const override { return m_stage == Stage::Storing; }

private:
    void present();
    void checkProviderAnswers();
    bool resume(const QUrl &redirect);
    void redeemCode(const Secret &code);
    void succeed(const SignInResult &result);
    void releaseUserAgent(const SignInError &error);

    HttpExchange m_http;
    QPointer<UserAgent> m_userAgent;
    UserAgentSession *m_session = nullptr; // this sign-in as the agent sees it; a child
    IdTokenVerifier m_verifier;
    QStringList m_scopes;
    SignInOptions m_options;

    Stage m_stage = Stage::Idle;
    ProviderMetadata m_metadata;
    ClientAuthentication m_clientAuthentication;
    AuthorizationRequest m_request;
    QStringList m_requestedScopes; // as the app asked, with openid
    Pkce m_pkce;
    // RFC 9449: the key this sign-in's tokens are bound to; null for Bearer.
    DPoPKey m_dpopKey;
    QString m_authorizationResponseIssuer;
    Secret m_code; // kept only to check the ID token's c_hash
    QTimer m_interactiveDeadline;
    QPointer<QNetworkReply> m_pendingRequest;
    bool m_providerAnsweredNow = false; // discovery was fetched for this sign-in
    QPointer<QNetworkReply> m_reachabilityProbe;
};

} // namespace QtSignIn
