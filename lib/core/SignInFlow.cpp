// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SignInFlow_p.h"

#include "Logging_p.h"
#include "SignInClient_p.h"
#include "oidc/IdTokenValidator.h"
#include "oidc/JsonWebKeySet.h"
#include "oidc/ProviderDocuments.h"
#include "oidc/TenantIssuer.h"
#include "protocol/AuthorizationResponse.h"
#include "protocol/ProviderText.h"
#include "protocol/TokenRequest.h"
#include "protocol/TokenResponse.h"
#include "protocol/UserInfoResponse.h"

#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/UserAgent.h>

#include <QtCore/QJsonDocument>
#include <QtNetwork/QNetworkReply>

#include <algorithm>

namespace QtSignIn {

namespace {

// Provider error text reaches people, terminals and logs.
QString bounded(const QString &text)
{
    return providerText(text, 512);
}

// Compares without stopping at the first difference, so the time taken says
// nothing about how much of a guessed state was right.
bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

SignInFlow::SignInFlow(SignInClient *client, SignInReply *reply, const QStringList &scopes,
                       const SignInOptions &options)
    : QObject(reply),
      m_client(client),
      m_reply(reply),
      m_configuration(client->configuration()),
      m_http(client->networkAccessManager(), client->configuration().networkTimeout(),
             client->configuration().caCertificates()),
      m_userAgent(client->userAgent()),
      m_provider(client->d->provider),
      m_scopes(scopes),
      m_options(options)
{
    m_interactiveDeadline.setSingleShot(true);
    connect(&m_interactiveDeadline, &QTimer::timeout, this, [this] {
        fail(SignInError(SignInError::TimedOut,
                         QStringLiteral("no authorization response within %1 seconds")
                                 .arg(m_configuration.interactiveTimeout().count())));
    });
}

SignInFlow::~SignInFlow()
{
    if (m_stage != Stage::Finished) {
        if (m_pendingRequest)
            m_pendingRequest->abort();
        if (m_reachabilityProbe) {
            // Its answer must not reach a flow being destroyed.
            disconnect(m_reachabilityProbe, nullptr, this, nullptr);
            m_reachabilityProbe->abort();
        }
        if (m_userAgent) {
            disconnect(m_userAgent, nullptr, this, nullptr);
            m_userAgent->stop();
        }
    }
}

void SignInFlow::track(QNetworkReply *request)
{
    // Null when the answer came at once, possibly after the callback had
    // already started the next request.
    if (request)
        m_pendingRequest = request;
}

void SignInFlow::start()
{
    if (m_stage != Stage::Idle)
        return;
    QString reason;
    if (!m_configuration.validate(&reason))
        return fail(SignInError(SignInError::InvalidConfiguration, reason));
    if (!m_userAgent)
        return fail(SignInError(SignInError::UserAgentUnavailable, QStringLiteral("no user agent")));
    m_stage = Stage::Discovering;
    // Metadata answered at once (from memory, the disk cache or the
    // configuration) says nothing about whether the provider is up now:
    // present() then checks that it answers. Fetched metadata says it is.
    m_providerAnsweredNow = false;
    QNetworkReply *discovery = m_provider->metadata(m_http, this, [this](const ProviderMetadata &metadata,
                                                                         const SignInError &error) {
        if (error.isError())
            return fail(error);
        m_metadata = metadata;
        present();
    });
    if (discovery) {
        m_providerAnsweredNow = true;
        track(discovery);
    }
}

void SignInFlow::present()
{
    SignInError error;
    const QUrl redirectUri = m_userAgent->prepare(m_configuration.redirectUri(), &error);
    if (redirectUri.isEmpty())
        return fail(error);

    m_request = AuthorizationRequest::create(m_metadata.authorizationEndpoint,
                                             m_configuration.clientId(), redirectUri, m_scopes,
                                             &m_pkce);
    m_request.loginHint = m_options.loginHint;
    m_request.prompt = m_options.prompt;
    m_request.domainHint = m_options.domainHint;
    m_request.extraParameters = m_options.extraParameters;

    connect(m_userAgent, &UserAgent::redirectReceived, this, &SignInFlow::handleRedirect);
    connect(m_userAgent, &UserAgent::dismissed, this, [this] {
        fail(SignInError(SignInError::Cancelled, QStringLiteral("the sign-in window was closed")));
    });
    // The page never showed (the browser launcher failed): say so now, not
    // when the deadline passes. Too late once the redirect came.
    connect(m_userAgent, &UserAgent::presentFailed, this, [this](const SignInError &presentError) {
        if (m_stage == Stage::WaitingForRedirect)
            fail(presentError);
    });

    m_stage = Stage::WaitingForRedirect;
    m_interactiveDeadline.start(m_configuration.interactiveTimeout());
    m_authorizationUrl = m_request.toUrl();
    if (!m_userAgent->present(m_authorizationUrl, &error))
        return fail(error);
    m_reply->setWaitingForUser(true);
    qCInfo(lcFlow) << "waiting for the authorization response";
    if (!m_providerAnsweredNow)
        checkProviderAnswers();
}

// With the provider's documents cached, nothing else would notice a provider
// that is down: the browser would show "site can't be reached" and the flow
// wait for its deadline. So, beside the browser and never before it, one HEAD
// to the authorization endpoint (nothing secret: no query, no credentials).
// Only a transport failure ends the sign-in; any HTTP answer, even an error
// page, means the browser can reach it.
void SignInFlow::checkProviderAnswers()
{
    QUrl endpoint = m_metadata.authorizationEndpoint;
    endpoint.setQuery(QString());
    endpoint.setFragment(QString());
    // The whole network timeout, not less: on a slow link a late answer must
    // not end a sign-in the person is in the middle of.
    const std::chrono::milliseconds timeout = m_configuration.networkTimeout();
    m_reachabilityProbe = m_http.probe(endpoint, timeout, this, [this](const QString &transportError) {
        if (transportError.isEmpty() || m_stage != Stage::WaitingForRedirect)
            return;
        fail(SignInError(SignInError::NetworkError,
                         QStringLiteral("the authorization endpoint does not answer: %1").arg(transportError)));
    });
}

void SignInFlow::handleRedirect(const QUrl &redirect)
{
    if (m_stage != Stage::WaitingForRedirect)
        return;
    RedirectVerdict verdict;
    verdict.applicationName = m_configuration.applicationName();

    AuthorizationResponse response;
    QString reason;
    if (!AuthorizationResponse::parse(redirect, &response, &reason)
        || !equalConstantTime(response.state.toUtf8(), m_request.state)) {
        // RFC 6749 §10.12: a response without our state is not ours. It must
        // not end the flow either, or anyone could cancel a sign-in.
        qCWarning(lcFlow) << "ignoring a request to the redirect URI that does not carry this "
                             "sign-in's state";
        m_userAgent->respond(verdict);
        return;
    }

    // RFC 9207 §2.4: before anything else, including error responses. For a
    // multi-tenant authority the issuer is a template; the parameter must fit
    // it, and the ID token's iss must then equal it.
    SignInError error;
    const bool issuerIsTemplate = TenantIssuer::isTemplate(m_metadata.issuer);
    const bool issuerMatches = TenantIssuer::belongsTo(m_metadata.issuer, response.issuer);
    if (response.hasIssuer && issuerIsTemplate && issuerMatches)
        m_authorizationResponseIssuer = response.issuer;
    if (response.hasIssuer && !issuerMatches) {
        error = SignInError(SignInError::InvalidAuthorizationResponse,
                            QStringLiteral("iss mismatch in the authorization response"));
    } else if (!response.hasIssuer && m_metadata.authorizationResponseIssParameterSupported) {
        error = SignInError(SignInError::InvalidAuthorizationResponse,
                            QStringLiteral("iss missing from the authorization response"));
    } else if (response.isError()) {
        error = SignInError::fromProvider(SignInError::AuthorizationFailed, bounded(response.error),
                                          bounded(response.errorDescription));
    } else if (response.code.isEmpty()) {
        error = SignInError(SignInError::InvalidAuthorizationResponse,
                            QStringLiteral("no authorization code in the response"));
    }

    m_reply->setWaitingForUser(false);
    m_interactiveDeadline.stop();
    // The person's page waits for the outcome; finish() gives it.
    m_holdingUserAgent = true;
    verdict.outcome = RedirectVerdict::Received;
    m_userAgent->respond(verdict);
    if (error.isError())
        return fail(error);
    m_code = response.code;
    redeemCode(response.code);
}

void SignInFlow::redeemCode(const Secret &code)
{
    m_stage = Stage::RedeemingCode;
    const TokenRequest request = TokenRequest::forAuthorizationCode(
            m_metadata.tokenEndpoint, m_configuration.clientId(), code, m_request.redirectUri,
            m_pkce.codeVerifier);
    qCInfo(lcToken) << "redeeming the authorization code" << code << "at"
                    << loggableUrl(m_metadata.tokenEndpoint);
    m_pendingRequest = m_http.postForm(request.tokenEndpoint, request.toFormBody(), this,
                                       [this](const HttpResponse &response) {
                                           handleTokenResponse(response);
                                       });
}

void SignInFlow::handleTokenResponse(const HttpResponse &response)
{
    if (response.transportFailed)
        return fail(ProviderDocuments::httpFailure(QStringLiteral("token request"), response));
    if (response.status != 200) {
        TokenErrorResponse errorResponse;
        if ((response.status == 400 || response.status == 401)
            && TokenErrorResponse::parse(response.body, &errorResponse)) {
            return fail(SignInError::fromProvider(SignInError::TokenRequestFailed,
                                                  bounded(errorResponse.error),
                                                  bounded(errorResponse.errorDescription)));
        }
        return fail(ProviderDocuments::httpFailure(QStringLiteral("token request"), response));
    }
    QString reason;
    if (!TokenResponse::parse(response.body, &m_tokens, &reason))
        return fail(SignInError(SignInError::InvalidTokenResponse, reason));
    // openid is always requested, so an ID token must come back (Core §3.1.3.3).
    if (m_tokens.idToken.isEmpty())
        return fail(SignInError(SignInError::InvalidTokenResponse, QStringLiteral("id_token missing")));
    if (!Jwt::parse(m_tokens.idToken.reveal(), &m_idToken, &reason))
        return fail(SignInError(SignInError::InvalidIdToken, reason));
    SignInError error;
    if (!ProviderDocuments::checkHeader(m_idToken, m_metadata, &error))
        return fail(error);
    track(m_provider->verifySignature(m_http, this, m_metadata, m_tokens.idToken.reveal(), m_idToken,
                                      &m_mayRefetchKeys, [this](const SignInError &error) {
                                          if (error.isError())
                                              return fail(error);
                                          completeWithVerifiedIdToken();
                                      }));
}

void SignInFlow::completeWithVerifiedIdToken()
{
    SignInResult result;
    SignInError error;
    if (!buildResult(m_tokens, &result, &error))
        return fail(error);
    if (m_options.fetchUserInfo && !m_metadata.userinfoEndpoint.isEmpty())
        return fetchUserInfo(result);
    qCInfo(lcFlow) << "signed in; access token" << result.accessToken << "refresh token"
                   << result.refreshToken;
    finish(result, SignInError());
}

void SignInFlow::fetchUserInfo(const SignInResult &result)
{
    m_pendingRequest = m_http.getWithBearer(
            m_metadata.userinfoEndpoint, result.accessToken.reveal(), this,
            [this, result](const HttpResponse &response) {
                if (response.transportFailed || response.status != 200)
                    return fail(ProviderDocuments::httpFailure(QStringLiteral("userinfo"), response));
                UserInfoResponse userInfo;
                QString reason;
                if (!UserInfoResponse::parse(response.body, result.idTokenClaims.value(QLatin1String("sub")).toString(),
                                             &userInfo, &reason))
                    return fail(SignInError(SignInError::InvalidUserInfo, reason));
                SignInResult withUserInfo = result;
                withUserInfo.userInfo = userInfo.claims;
                finish(withUserInfo, SignInError());
            });
}

bool SignInFlow::buildResult(const TokenResponse &tokens, SignInResult *result, SignInError *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Jwt &idToken = m_idToken;
    QString reason;
    IdTokenValidator::Expectations expected;
    expected.issuer = m_metadata.issuer;
    expected.clientId = m_configuration.clientId();
    expected.nonce = m_request.nonce;
    expected.accessToken = tokens.accessToken.reveal();
    expected.authorizationCode = m_code.reveal();
    expected.clockSkew = m_configuration.clockSkew();
    expected.authorizationResponseIssuer = m_authorizationResponseIssuer;
    expected.now = now;
    if (!IdTokenValidator::validateClaims(idToken, expected, &reason)) {
        *error = SignInError(SignInError::InvalidIdToken, reason);
        return false;
    }

    result->accessToken = tokens.accessToken;
    result->tokenType = tokens.tokenType;
    if (tokens.expiresIn)
        result->expiresOn = now.addSecs(*tokens.expiresIn);
    result->refreshToken = tokens.refreshToken;
    result->idToken = tokens.idToken;
    result->idTokenClaims = idToken.claims;
    result->requestedScopes = m_request.scopes;
    result->grantedScopes = tokens.scopes ? *tokens.scopes : m_request.scopes;
    result->account = Account::fromIdTokenClaims(idToken.claims);
    result->userAgent = m_userAgent ? m_userAgent->name() : QString();
    return true;
}

void SignInFlow::cancel()
{
    fail(SignInError(SignInError::Cancelled, QStringLiteral("cancelled by the application")));
}

void SignInFlow::fail(const SignInError &error)
{
    if (m_stage == Stage::Finished)
        return;
    qCInfo(lcFlow).noquote() << "sign-in failed:" << error.errorCode() << error.detail();
    finish(SignInResult(), error);
}

void SignInFlow::finish(const SignInResult &result, const SignInError &error)
{
    m_stage = Stage::Finished;
    m_interactiveDeadline.stop();
    if (m_pendingRequest)
        m_pendingRequest->abort();
    if (m_reachabilityProbe)
        m_reachabilityProbe->abort();
    if (m_userAgent) {
        if (m_holdingUserAgent) {
            RedirectVerdict verdict;
            verdict.applicationName = m_configuration.applicationName();
            verdict.outcome = error.isError() ? RedirectVerdict::Failed : RedirectVerdict::Succeeded;
            verdict.message = error.message();
            m_userAgent->respond(verdict);
        }
        disconnect(m_userAgent, nullptr, this, nullptr);
        m_userAgent->stop();
    }
    if (error.isError() || !m_client)
        return m_reply->finish(result, error);
    SignInResult interactive = result;
    interactive.source = QStringLiteral("interactive");
    m_client->d->remember(interactive, this, [this, interactive](const SignInError &storeError) {
        if (m_client)
            emit m_client->accountsChanged();
        m_reply->finish(interactive, SignInError(), storeError);
    });
}

} // namespace QtSignIn
