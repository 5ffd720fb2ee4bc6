// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "DeviceCodeSignIn.h"

#include "ApprovedGrant.h"
#include "ClientConfiguration_p.h"
#include "ClientContext.h"
#include "DeviceAuthorization_p.h"
#include "IssuedTokens.h"
#include "Logging_p.h"
#include "SignInReply_p.h"
#include "oidc/ProviderDocuments.h"
#include "protocol/AuthorizationRequest.h"
#include "protocol/ProviderText.h"
#include "protocol/TokenRequest.h"

#include <QtSignIn/SignInReply.h>

#include <QtNetwork/QNetworkReply>

namespace QtSignIn {

namespace {

std::chrono::milliseconds secondHere{1000};

// RFC 8628 §3.5: "the interval MUST be increased by 5 seconds for this and
// all subsequent requests".
constexpr std::chrono::seconds slowDownIncrement{5};

} // namespace

void DeviceCodeSignIn::setSecondForTesting(std::chrono::milliseconds second)
{
    secondHere = second;
}

std::chrono::milliseconds DeviceCodeSignIn::scaled(std::chrono::seconds seconds)
{
    return seconds.count() * secondHere;
}

DeviceCodeSignIn::DeviceCodeSignIn(ClientContext *context, const QStringList &scopes, const SignInOptions &options)
    : Operation(context),
      m_http(context->http()),
      m_verifier(context->provider(), m_http),
      m_scopes(scopes),
      m_options(options)
{
    // Precise: a coarse timer may fire up to 5% early, and a poll before the
    // interval has passed is what slow_down punishes.
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeSignIn::poll);
    m_expiryTimer.setSingleShot(true);
    m_expiryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        fail(SignInError(SignInError::TimedOut,
                         QStringLiteral("the device code expired (after %1 s) before the sign-in was approved")
                                 .arg(m_authorization.expiresIn.count()),
                         SignInError::Reason::DeviceCodeExpired));
    });
}

DeviceCodeSignIn::~DeviceCodeSignIn()
{
    stop();
}

void DeviceCodeSignIn::stop()
{
    // Ended before anything below can call back: an aborted poll's answer
    // must not fail it again or schedule another.
    m_stage = Stage::Finished;
    m_pollTimer.stop();
    m_expiryTimer.stop();
    if (m_pendingRequest)
        m_pendingRequest->abort();
}

void DeviceCodeSignIn::start()
{
    if (m_stage != Stage::Idle)
        return;
    if (const QString problem = context()->signInConfigurationProblem(); !problem.isEmpty())
        return fail(SignInError(SignInError::InvalidConfiguration, problem));
    m_stage = Stage::Discovering;
    QNetworkReply *discovery = context()->provider()->metadata(
            m_http, this, [this](const ProviderMetadata &metadata, const SignInError &error) {
                if (error.isError())
                    return fail(error);
                m_metadata = metadata;
                if (metadata.deviceAuthorizationEndpoint.isEmpty())
                    return fail(SignInError(SignInError::InvalidConfiguration,
                                            QStringLiteral("the provider names no device_authorization_endpoint: "
                                                           "it does not offer the device authorization grant"),
                                            SignInError::Reason::DeviceAuthorizationUnsupported));
                // RFC 8628 §3.1: the client authenticates as at the token
                // endpoint, and the device code is redeemed there too.
                const SignInError unsupported = TokenEndpoint::chooseClientAuthentication(
                        context()->configuration(), metadata, &m_clientAuthentication);
                if (unsupported.isError())
                    return fail(unsupported);
                // RFC 9449 §5: the device code grant's tokens are bound at
                // the token endpoint; the device authorization request has
                // no dpop_jkt.
                const SignInError noDPoP = context()->newDPoPKey(metadata, &m_dpopKey);
                if (noDPoP.isError())
                    return fail(noDPoP);
                requestDeviceAuthorization();
            });
    if (discovery)
        m_pendingRequest = discovery;
}

void DeviceCodeSignIn::requestDeviceAuthorization()
{
    const ClientConfiguration &configuration = context()->configuration();
    m_stage = Stage::Authorizing;
    m_requestedScopes = AuthorizationRequest::scopesToRequest(
            ProviderQuirks::signInScopes(configuration.defaultScopes(), m_scopes), configuration.protocol());
    DeviceAuthorizationRequest request;
    request.endpoint = m_metadata.deviceAuthorizationEndpoint;
    request.clientId = configuration.clientId();
    request.scopes = ClientConfigurationPrivate::quirks(configuration).scopesToSend(m_requestedScopes);
    request.clientAuthentication = m_clientAuthentication;
    qCInfo(lcFlow) << "asking for a device code at" << loggableUrl(request.endpoint);
    m_pendingRequest = m_http.postForm(request.endpoint, request.toFormBody(), this,
                                       [this](const HttpResponse &response) { authorizationReceived(response); },
                                       request.authorizationHeader());
}

void DeviceCodeSignIn::authorizationReceived(const HttpResponse &response)
{
    if (m_stage != Stage::Authorizing)
        return;
    const QString stage = QStringLiteral("device authorization");
    if (response.transportFailed)
        return fail(ProviderDocuments::httpFailure(stage, response));
    if (response.status != 200) {
        // §3.2: errors as at the token endpoint (RFC 6749 §5.2).
        TokenErrorResponse errorResponse;
        if ((response.status == 400 || response.status == 401)
            && TokenErrorResponse::parse(response.body, response.contentType, &errorResponse)) {
            return fail(SignInError::fromProvider(
                    SignInError::AuthorizationFailed,
                    providerText(errorResponse.error, TokenEndpoint::maximumErrorLength),
                    providerText(errorResponse.errorDescription, TokenEndpoint::maximumDescriptionLength)));
        }
        return fail(ProviderDocuments::httpFailure(stage, response));
    }
    QString reason;
    const auto failure = DeviceAuthorizationResponse::parse(response.body, context()->configuration().authority(),
                                                            &m_authorization, &reason);
    switch (failure) {
    case DeviceAuthorizationResponse::ParseFailure::None:
        break;
    case DeviceAuthorizationResponse::ParseFailure::Malformed:
        return fail(SignInError(SignInError::InvalidAuthorizationResponse, QStringLiteral("%1: %2").arg(stage, reason),
                                SignInError::Reason::DeviceAuthorizationResponseMalformed));
    case DeviceAuthorizationResponse::ParseFailure::InsecureVerificationUri:
        return fail(SignInError(SignInError::InsecureEndpoint, QStringLiteral("%1: %2").arg(stage, reason),
                                SignInError::Reason::VerificationUriInsecure));
    }
    m_interval = m_authorization.interval;
    m_codeExpiry = QDeadlineTimer(scaled(m_authorization.expiresIn), Qt::PreciseTimer);
    m_expiryTimer.start(scaled(m_authorization.expiresIn));
    m_stage = Stage::Polling;
    qCInfo(lcFlow).noquote() << "waiting for the sign-in on another device at"
                             << loggableUrl(m_authorization.verificationUri) << "for up to"
                             << m_authorization.expiresIn.count() << "s, polling every" << m_interval.count() << "s";
    const DeviceAuthorization shown =
            DeviceAuthorizationData::create(m_authorization, QDateTime::currentDateTimeUtc());
    for (SignInReply *reply : replies())
        SignInReplyPrivate::get(reply)->setDeviceAuthorization(shown);
    // A slot may have cancelled the sign-in, or deleted the client.
    if (m_stage != Stage::Polling)
        return;
    setWaitingForUser(true);
    if (m_stage == Stage::Polling)
        schedulePoll();
}

// RFC 8628 §3.5: the next poll comes `interval` after the last answer; none
// comes once the code has expired (the expiry timer ends the sign-in then).
void DeviceCodeSignIn::schedulePoll()
{
    const std::chrono::milliseconds wait = scaled(m_interval);
    if (m_codeExpiry.remainingTimeAsDuration() <= wait)
        return;
    m_pollTimer.start(wait);
}

void DeviceCodeSignIn::poll()
{
    if (m_stage != Stage::Polling)
        return;
    TokenRequest request = TokenRequest::forDeviceCode(m_metadata.tokenEndpoint, context()->configuration().clientId(),
                                                       m_authorization.deviceCode);
    request.clientAuthentication = m_clientAuthentication;
    context()->addDPoP(&request, m_dpopKey);
    qCDebug(lcToken) << "polling the token endpoint for the device code" << m_authorization.deviceCode;
    m_pendingRequest = TokenEndpoint::redeem(
            m_http, request, this, [this](const TokenEndpoint::Result &answer) { pollAnswered(answer); },
            &m_pendingRequest);
}

void DeviceCodeSignIn::pollAnswered(const TokenEndpoint::Result &answer)
{
    if (m_stage != Stage::Polling)
        return;
    if (!answer.error.isError())
        return complete(answer);
    const SignInError &error = answer.error;
    const QString providerError = error.providerError();
    // RFC 8628 §3.5, one error code at a time.
    if (providerError == QLatin1String("authorization_pending"))
        return schedulePoll();
    if (providerError == QLatin1String("slow_down")) {
        m_interval += slowDownIncrement;
        qCInfo(lcFlow) << "the provider asked to poll more slowly: every" << m_interval.count() << "s";
        return schedulePoll();
    }
    if (providerError == QLatin1String("access_denied")) {
        SignInError denied = SignInError::fromProvider(SignInError::AuthorizationFailed, providerError,
                                                       error.providerErrorDescription());
        denied.setReason(SignInError::Reason::DeviceAuthorizationDenied);
        return fail(denied);
    }
    if (providerError == QLatin1String("expired_token")) {
        SignInError expired = SignInError::fromProvider(SignInError::TimedOut, providerError,
                                                        error.providerErrorDescription());
        expired.setReason(SignInError::Reason::DeviceCodeExpired);
        return fail(expired);
    }
    // Anything else ends it: another OAuth error, an HTTP error, or no
    // answer within the network timeout (polling is not retried, so there
    // is no frequency to reduce, §3.5).
    fail(error);
}

void DeviceCodeSignIn::complete(const TokenEndpoint::Result &answer)
{
    const TokenResponse &tokens = answer.tokens;
    m_stage = Stage::Completing;
    m_expiryTimer.stop();
    ApprovedGrant grant;
    grant.dpopKey = answer.boundKey;
    grant.refreshTokenDPoPKey = answer.proofKey;
    grant.metadata = m_metadata;
    grant.requestedScopes = m_requestedScopes;
    grant.userAgent = UserAgentKind::Device;
    grant.fetchUserInfo = m_options.fetchUserInfo();
    // No nonce was sent (RFC 8628 has none), so none may come back; every
    // other check is the one every ID token gets.
    grant.addExpectations = [](IdTokenVerifier::Expectations &expected) { expected.requestHadNoNonce = true; };
    grant.complete(context(), m_http, &m_verifier, tokens, this, &m_pendingRequest,
                   [this](const SignInResult &result, const SignInError &error) {
                       if (error.isError())
                           return fail(error);
                       succeed(result);
                   });
}

void DeviceCodeSignIn::succeed(const SignInResult &result)
{
    qCInfo(lcFlow) << "signed in on another device; access token" << result.accessToken() << "refresh token"
                   << result.refreshToken();
    m_stage = Stage::Storing;
    storeIssuedTokens(context(), result, this, [this, result](const SignInError &storeError) {
        m_stage = Stage::Finished;
        finish(result, SignInError(), storeError);
    });
}

void DeviceCodeSignIn::fail(const SignInError &error)
{
    if (m_stage == Stage::Storing || m_stage == Stage::Finished)
        return;
    qCInfo(lcFlow).noquote() << "device sign-in failed:" << error.errorCode() << error.detail();
    stop();
    finish(SignInResult(), error);
}

} // namespace QtSignIn
