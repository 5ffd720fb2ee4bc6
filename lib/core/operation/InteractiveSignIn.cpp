// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "InteractiveSignIn.h"

#include "ApprovedGrant.h"
#include "ClientConfiguration_p.h"
#include "ClientContext.h"
#include "IssuedTokens.h"
#include "Logging_p.h"
#include "SignInReply_p.h"
#include "UserAgentSession_p.h"
#include "oidc/ProviderDocuments.h"
#include "oidc/TenantIssuer.h"
#include "protocol/AuthorizationResponse.h"
#include "protocol/ProviderText.h"
#include "protocol/PushedAuthorizationRequest.h"
#include "protocol/TokenRequest.h"
#include "token/TokenEndpoint.h"

#include <QtSignIn/SignInReply.h>
#include <QtSignIn/SystemBrowserUserAgent.h>
#include <QtSignIn/UserAgent.h>

#include <QtNetwork/QNetworkReply>

namespace QtSignIn {

namespace {

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

// Whether `url` is a request to `redirectUri`: the same scheme, host, port
// and path, any query. "http://h" and "http://h/" name the same resource
// (RFC 3986 §6.2.3), and so do an explicit and an implied default port.
bool isAtRedirectUri(const QUrl &url, const QUrl &redirectUri)
{
    const auto path = [](const QUrl &u) {
        const QString encoded = u.path(QUrl::FullyEncoded);
        return encoded.isEmpty() ? QStringLiteral("/") : encoded;
    };
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme() == QLatin1String("https") ? 443 : u.scheme() == QLatin1String("http") ? 80 : -1);
    };
    return url.isValid() && url.scheme() == redirectUri.scheme() && url.host() == redirectUri.host()
            && port(url) == port(redirectUri) && path(url) == path(redirectUri);
}

} // namespace

InteractiveSignIn::InteractiveSignIn(ClientContext *context, UserAgent *userAgent, const QStringList &scopes,
                                     const SignInOptions &options)
    : Operation(context),
      m_http(context->http()),
      m_userAgent(userAgent),
      m_verifier(context->provider(), m_http),
      m_scopes(scopes),
      m_options(options)
{
    m_interactiveDeadline.setSingleShot(true);
    connect(&m_interactiveDeadline, &QTimer::timeout, this, [this] {
        fail(SignInError(SignInError::TimedOut,
                         QStringLiteral("no authorization response within %1 seconds")
                                 .arg(this->context()->configuration().interactiveTimeout().count())));
    });
}

InteractiveSignIn::~InteractiveSignIn()
{
    stop();
}

void InteractiveSignIn::stop()
{
    // Ended, before anything below can call back: an aborted request's
    // answer must not fail it again, and a new sign-in need not wait for it.
    m_stage = Stage::Finished;
    m_interactiveDeadline.stop();
    if (m_pendingRequest)
        m_pendingRequest->abort();
    if (m_reachabilityProbe) {
        // Its answer must not reach a sign-in that is ending.
        disconnect(m_reachabilityProbe, nullptr, this, nullptr);
        m_reachabilityProbe->abort();
    }
    releaseUserAgent(SignInError(SignInError::Cancelled, QStringLiteral("the sign-in ended")));
}

void InteractiveSignIn::start()
{
    if (m_stage != Stage::Idle)
        return;
    // Before the browser opens: the code could not be redeemed without, say,
    // the secret the preset needs.
    if (const QString problem = context()->signInConfigurationProblem(); !problem.isEmpty())
        return fail(SignInError(SignInError::InvalidConfiguration, problem));
    if (!m_userAgent)
        return fail(SignInError(SignInError::UserAgentUnavailable, QStringLiteral("no user agent")));
    // A per-call agent belongs to the application, which may delete it.
    // It is being destroyed when this runs (only its QObject part is left,
    // and Qt has not yet cut its connections): nothing may call it back, so
    // the session's completed() is cut from it before the sign-in ends.
    connect(m_userAgent, &QObject::destroyed, this, [this](QObject *agent) {
        if (m_session)
            QObject::disconnect(m_session, nullptr, agent, nullptr);
        fail(SignInError(SignInError::UserAgentUnavailable, QStringLiteral("the user agent was deleted")));
    });
    m_stage = Stage::Discovering;
    // Metadata answered at once (from memory, the disk cache or the
    // configuration) says nothing about whether the provider is up now:
    // present() then checks that it answers. Fetched metadata says it is.
    m_providerAnsweredNow = false;
    QNetworkReply *discovery = context()->provider()->metadata(
            m_http, this, [this](const ProviderMetadata &metadata, const SignInError &error) {
                if (error.isError())
                    return fail(error);
                m_metadata = metadata;
                // Before the browser opens: a client secret the provider
                // cannot take would only fail after the person signed in.
                const SignInError unsupported = TokenEndpoint::chooseClientAuthentication(
                        context()->configuration(), metadata, &m_clientAuthentication);
                if (unsupported.isError())
                    return fail(unsupported);
                if (const SignInError problem = pushedAuthorizationProblem(); problem.isError())
                    return fail(problem);
                // The key exists before the authorization request names it.
                const SignInError noDPoP = context()->newDPoPKey(metadata, &m_dpopKey);
                if (noDPoP.isError())
                    return fail(noDPoP);
                present();
            });
    if (discovery) {
        m_providerAnsweredNow = true;
        m_pendingRequest = discovery;
    }
}

// OAuth 2.0 Form Post Response Mode, as RFC 9700 §4.3.1 recommends: the
// code then never is in a URL, so not in the browser's history either. Only
// the system browser's loopback listener reads a POST; an embedded agent
// catches the redirect before it is loaded (so no history holds it) and
// reads its URL only.
SignInError InteractiveSignIn::chooseResponseMode()
{
    const bool offered = m_metadata.responseModesSupported.contains(QLatin1String("form_post"));
    const bool readsFormPost = qobject_cast<SystemBrowserUserAgent *>(m_userAgent.data()) != nullptr;
    m_responseByFormPost = false;
    switch (context()->configuration().responseMode()) {
    case ClientConfiguration::ResponseMode::Query:
        break;
    case ClientConfiguration::ResponseMode::Automatic:
        m_responseByFormPost = offered && readsFormPost;
        break;
    case ClientConfiguration::ResponseMode::FormPost:
        if (!offered)
            return SignInError(SignInError::InvalidConfiguration,
                               QStringLiteral("the response mode form_post is required, and the provider does "
                                              "not list it in response_modes_supported"),
                               SignInError::Reason::ResponseModeUnsupported);
        if (!readsFormPost)
            return SignInError(SignInError::InvalidConfiguration,
                               QStringLiteral("the response mode form_post is required, and only the system "
                                              "browser's loopback listener can receive it, not this user agent"),
                               SignInError::Reason::ResponseModeUnsupported);
        m_responseByFormPost = true;
        break;
    }
    return SignInError();
}

void InteractiveSignIn::present()
{
    const ClientConfiguration &configuration = context()->configuration();
    SignInError error = chooseResponseMode();
    if (error.isError())
        return fail(error);
    QUrl listenOn = configuration.redirectUri();
    if (m_retriedOn127001)
        listenOn.setHost(QStringLiteral("127.0.0.1"));
    const QUrl redirectUri = m_userAgent->prepare(listenOn, &error);
    if (redirectUri.isEmpty())
        return fail(error);

    m_request = AuthorizationRequest::create(
            m_metadata.authorizationEndpoint, configuration.clientId(), redirectUri,
            ProviderQuirks::signInScopes(configuration.defaultScopes(), m_scopes), &m_pkce,
            configuration.protocol());
    m_request.loginHint = m_options.loginHint();
    m_request.prompt = m_options.prompt();
    m_request.domainHint = m_options.domainHint();
    m_request.extraParameters = m_options.extraParameters();
    m_request.claims = context()->claimsParameter(m_options.claims());
    if (m_responseByFormPost)
        m_request.responseMode = QStringLiteral("form_post");
    // What the app asked for, before the provider's own terms replace any.
    m_requestedScopes = m_request.scopes;
    ClientConfigurationPrivate::quirks(configuration).shape(&m_request);
    // RFC 9449 §10: the code is bound to the key; only its holder redeems it.
    // A pushed authorization request (RFC 9126) carries the same dpop_jkt in
    // its body, and may add a proof of m_dpopKey as its DPoP header (§10.1).
    m_request.dpopJkt = m_dpopKey.thumbprint();

    if (pushesAuthorizationRequest())
        return pushAuthorizationRequest();
    openUserAgent(m_request.toUrl());
}

// The browser (or the agent's window) opens on `authorizationUrl`, and the
// sign-in waits for the redirect.
void InteractiveSignIn::openUserAgent(const QUrl &authorizationUrl)
{
    const ClientConfiguration &configuration = context()->configuration();
    SignInError error;
    const QUrl redirectUri = m_request.redirectUri;
    UserAgentSessionPrivate::Handlers handlers;
    handlers.resume = [this](const QUrl &redirect) { return resume(redirect); };
    // The window was closed, or the page never showed (the browser launcher
    // failed): say so now, not when the deadline passes.
    handlers.fail = [this](const SignInError &reason) {
        if (!retryOn127001(reason))
            fail(reason);
    };
    m_session = UserAgentSessionPrivate::create(redirectUri, handlers, this);
    UserAgentSessionPrivate::get(m_session)->responseByFormPost = m_responseByFormPost;

    m_stage = Stage::WaitingForRedirect;
    m_interactiveDeadline.start(configuration.interactiveTimeout());
    for (SignInReply *reply : replies())
        SignInReplyPrivate::get(reply)->setAuthorizationUrl(authorizationUrl);
    if (!m_userAgent->present(authorizationUrl, m_session, &error))
        return fail(error);
    setWaitingForUser(true);
    qCInfo(lcFlow) << "waiting for the authorization response";
    if (!m_providerAnsweredNow)
        checkProviderAnswers();
}

// RFC 9126 §5: a provider that takes authorization requests only pushed
// refuses any other, but only once the person is in the browser. Said before.
SignInError InteractiveSignIn::pushedAuthorizationProblem() const
{
    if (!m_metadata.requirePushedAuthorizationRequests
        || context()->configuration().pushedAuthorizationRequests()
                != ClientConfiguration::PushedAuthorizationRequests::Disabled)
        return SignInError();
    return SignInError(SignInError::InvalidConfiguration,
                       QStringLiteral("the provider requires pushed authorization requests "
                                      "(require_pushed_authorization_requests), and the configuration disables them"),
                       SignInError::Reason::PushedAuthorizationRequired);
}

bool InteractiveSignIn::pushesAuthorizationRequest() const
{
    return !m_metadata.pushedAuthorizationRequestEndpoint.isEmpty()
            && context()->configuration().pushedAuthorizationRequests()
            == ClientConfiguration::PushedAuthorizationRequests::WhenSupported;
}

// RFC 9126 §2.1. The request is assembled in PushedAuthorizationRequest
// alone; what a request to the endpoint carries besides its body (the
// client's Authorization header) is added here, and only here.
void InteractiveSignIn::pushAuthorizationRequest()
{
    m_stage = Stage::PushingRequest;
    ++m_pushes;
    PushedAuthorizationRequest request;
    request.endpoint = m_metadata.pushedAuthorizationRequestEndpoint;
    request.authorization = m_request;
    request.clientAuthentication = m_clientAuthentication;
    qCInfo(lcFlow) << "pushing the authorization request to" << loggableUrl(request.endpoint);
    m_pushSent.start();
    m_pendingRequest = m_http.postForm(request.endpoint, request.toFormBody(), this,
                                       [this](const HttpResponse &response) { pushedAuthorizationAnswered(response); },
                                       request.authorizationHeader());
}

void InteractiveSignIn::pushedAuthorizationAnswered(const HttpResponse &response)
{
    if (m_stage != Stage::PushingRequest)
        return;
    const QString stage = QStringLiteral("pushed authorization request");
    if (response.transportFailed)
        return fail(ProviderDocuments::httpFailure(stage, response));
    if (response.status != 201) {
        // §2.3: errors as at the token endpoint (RFC 6749 §5.2).
        TokenErrorResponse errorResponse;
        if ((response.status == 400 || response.status == 401)
            && TokenErrorResponse::parse(response.body, response.contentType, &errorResponse)) {
            SignInError refused = SignInError::fromProvider(
                    SignInError::AuthorizationFailed,
                    providerText(errorResponse.error, TokenEndpoint::maximumErrorLength),
                    providerText(errorResponse.errorDescription, TokenEndpoint::maximumDescriptionLength));
            refused.setReason(SignInError::Reason::PushedAuthorizationRejected);
            return fail(refused);
        }
        // §2.2 says 201 Created: another success is not an answer we know.
        if (response.status >= 200 && response.status < 300)
            return fail(SignInError(SignInError::InvalidAuthorizationResponse,
                                    QStringLiteral("%1: HTTP %2, not 201").arg(stage).arg(response.status),
                                    SignInError::Reason::PushedAuthorizationResponseMalformed));
        return fail(ProviderDocuments::httpFailure(stage, response));
    }
    PushedAuthorizationResponse pushed;
    QString reason;
    if (!PushedAuthorizationResponse::parse(response.body, &pushed, &reason))
        return fail(SignInError(SignInError::InvalidAuthorizationResponse, QStringLiteral("%1: %2").arg(stage, reason),
                                SignInError::Reason::PushedAuthorizationResponseMalformed));
    // The provider answered now: no need to check that it is up.
    m_providerAnsweredNow = true;
    // §2.2: expires_in is the request_uri's lifetime, counted here from the
    // push's start, which is no later than the provider's count. A browser
    // opened on an expired request_uri would only show the provider's error
    // page: push again, once.
    if (std::chrono::milliseconds(m_pushSent.elapsed()) >= pushed.expiresIn) {
        if (m_pushes < 2) {
            qCInfo(lcFlow) << "the pushed request expired before the browser could open; pushing it again";
            return pushAuthorizationRequest();
        }
        return fail(SignInError(SignInError::TimedOut,
                                QStringLiteral("%1: the request_uri expired (after %2 s) before the browser could "
                                               "open, twice")
                                        .arg(stage)
                                        .arg(pushed.expiresIn.count()),
                                SignInError::Reason::PushedAuthorizationExpired));
    }
    qCInfo(lcFlow) << "the authorization request was pushed; its request_uri is valid for"
                   << pushed.expiresIn.count() << "s";
    openUserAgent(PushedAuthorizationRequest::authorizationUrl(m_metadata.authorizationEndpoint,
                                                               m_request.clientId, pushed.requestUri));
}

// ClientConfiguration::LocalhostUpgrade::RetryOn127001: the browser turned
// the http://localhost redirect into https, and the app says its provider
// takes 127.0.0.1 as well. Once per sign-in: the request, its state and its
// listener are dropped, and the same reply gets a new sign-in on 127.0.0.1
// (new state, nonce and PKCE), so nothing of the first can complete it. A
// local peer that sends a ClientHello gets no more than a second browser tab.
bool InteractiveSignIn::retryOn127001(const SignInError &reason)
{
    if (reason.reason() != SignInError::Reason::RedirectUpgradedToHttps || m_retriedOn127001
        || context()->configuration().localhostUpgrade() != ClientConfiguration::LocalhostUpgrade::RetryOn127001
        || m_request.redirectUri.host() != QLatin1String("localhost") || !m_userAgent)
        return false;
    m_retriedOn127001 = true;
    qCInfo(lcFlow) << "the browser switched the localhost redirect to https; signing in again on 127.0.0.1";
    setWaitingForUser(false);
    m_interactiveDeadline.stop();
    if (m_reachabilityProbe) {
        disconnect(m_reachabilityProbe, nullptr, this, nullptr);
        m_reachabilityProbe->abort();
    }
    UserAgentSession *ended = std::exchange(m_session, nullptr);
    UserAgentSessionPrivate::get(ended)->complete(reason);
    ended->deleteLater();
    m_userAgent->dismiss();
    // Not from inside the agent's own call: it is still on the stack.
    QMetaObject::invokeMethod(this, [this] {
        if (m_stage == Stage::WaitingForRedirect && m_userAgent)
            present();
    }, Qt::QueuedConnection);
    return true;
}

// With the provider's documents cached, nothing else would notice a provider
// that is down: the browser would show "site can't be reached" and the flow
// wait for its deadline. So, beside the browser and never before it, one HEAD
// to the authorization endpoint (nothing secret: no query, no credentials).
// Only a transport failure ends the sign-in; any HTTP answer, even an error
// page, means the browser can reach it.
void InteractiveSignIn::checkProviderAnswers()
{
    QUrl endpoint = m_metadata.authorizationEndpoint;
    endpoint.setQuery(QString());
    endpoint.setFragment(QString());
    // The whole network timeout, not less: on a slow link a late answer must
    // not end a sign-in the person is in the middle of.
    const std::chrono::milliseconds timeout = context()->configuration().networkTimeout();
    m_reachabilityProbe = m_http.probe(endpoint, timeout, this, [this](const QString &transportError) {
        if (transportError.isEmpty() || m_stage != Stage::WaitingForRedirect)
            return;
        fail(SignInError(SignInError::NetworkError,
                         QStringLiteral("the authorization endpoint does not answer: %1").arg(transportError)));
    });
}

// A request that reached the redirect URI, handed over by the user agent:
// true when it is this sign-in's response.
bool InteractiveSignIn::resume(const QUrl &redirect)
{
    if (m_stage != Stage::WaitingForRedirect)
        return false;

    AuthorizationResponse response;
    QString reason;
    if (!isAtRedirectUri(redirect, m_request.redirectUri)
        || !AuthorizationResponse::parse(redirect, &response, &reason)
        || !equalConstantTime(response.state.toUtf8(), m_request.state)) {
        // RFC 6749 §10.12: a response without our state, or to another
        // address, is not ours. It must not end the flow either, or anyone
        // could cancel a sign-in.
        qCWarning(lcFlow) << "ignoring a request to the redirect URI that does not carry this "
                             "sign-in's state";
        return false;
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
        // A plain OAuth 2.0 configuration without an authority has nothing
        // to check an iss against: still refused (a check not made is not a
        // check passed), and the detail says what to set.
        const bool nothingToCheckAgainst = ClientConfigurationPrivate::derivesAuthority(context()->configuration());
        error = SignInError(SignInError::InvalidAuthorizationResponse,
                            nothingToCheckAgainst
                                    ? QStringLiteral("iss mismatch in the authorization response: the provider names "
                                                     "its issuer (RFC 9207), and no authority is configured to check "
                                                     "it against; set the configuration's authority to that issuer")
                                    : QStringLiteral("iss mismatch in the authorization response"),
                            SignInError::Reason::AuthorizationResponseIssuerMismatch);
    } else if (!response.hasIssuer && m_metadata.authorizationResponseIssParameterSupported) {
        error = SignInError(SignInError::InvalidAuthorizationResponse,
                            QStringLiteral("iss missing from the authorization response"),
                            SignInError::Reason::AuthorizationResponseIssuerMissing);
    } else if (response.isError()) {
        error = SignInError::fromProvider(SignInError::AuthorizationFailed,
                                          providerText(response.error, TokenEndpoint::maximumErrorLength),
                                          providerText(response.errorDescription,
                                                       TokenEndpoint::maximumDescriptionLength));
    } else if (response.code.isEmpty()) {
        error = SignInError(SignInError::InvalidAuthorizationResponse,
                            QStringLiteral("no authorization code in the response"),
                            SignInError::Reason::AuthorizationCodeMissing);
    }

    setWaitingForUser(false);
    m_interactiveDeadline.stop();
    // The person's page waits for the outcome; the session's completed()
    // gives it (releaseUserAgent()).
    if (error.isError()) {
        fail(error);
        return true;
    }
    m_code = response.code;
    redeemCode(response.code);
    return true;
}

void InteractiveSignIn::redeemCode(const Secret &code)
{
    m_stage = Stage::RedeemingCode;
    TokenRequest request = TokenRequest::forAuthorizationCode(
            m_metadata.tokenEndpoint, context()->configuration().clientId(), code, m_request.redirectUri,
            m_pkce.codeVerifier);
    request.clientAuthentication = m_clientAuthentication;
    request.claims = context()->claimsParameter(m_options.claims());
    context()->addDPoP(&request, m_dpopKey);
    qCInfo(lcToken) << "redeeming the authorization code" << code << "at" << loggableUrl(m_metadata.tokenEndpoint);
    m_pendingRequest = TokenEndpoint::redeem(m_http, request, this, [this](const TokenEndpoint::Result &answer) {
        if (answer.error.isError())
            return fail(answer.error);
        ApprovedGrant grant;
        grant.dpopKey = answer.boundKey;
        grant.refreshTokenDPoPKey = answer.proofKey;
        grant.metadata = m_metadata;
        grant.requestedScopes = m_requestedScopes;
        grant.userAgent = m_userAgent ? m_userAgent->kind() : UserAgentKind::None;
        grant.fetchUserInfo = m_options.fetchUserInfo();
        grant.addExpectations = [this](IdTokenVerifier::Expectations &expected) {
            expected.nonce = m_request.nonce;
            expected.authorizationCode = m_code;
            expected.authorizationResponseIssuer = m_authorizationResponseIssuer;
        };
        grant.complete(context(), m_http, &m_verifier, answer.tokens, this, &m_pendingRequest,
                       [this](const SignInResult &result, const SignInError &error) {
                           if (error.isError())
                               return fail(error);
                           succeed(result);
                       });
    }, &m_pendingRequest);
}

void InteractiveSignIn::succeed(const SignInResult &result)
{
    qCInfo(lcFlow) << "signed in; access token" << result.accessToken() << "refresh token" << result.refreshToken();
    m_stage = Stage::Storing;
    releaseUserAgent(SignInError());
    storeIssuedTokens(context(), result, this, [this, result](const SignInError &storeError) {
        m_stage = Stage::Finished;
        finish(result, SignInError(), storeError);
    });
}

// The outcome is known: the session tells the agent, whose held page (or
// window) then says it, and the agent lets go of this sign-in.
void InteractiveSignIn::releaseUserAgent(const SignInError &error)
{
    if (m_session)
        UserAgentSessionPrivate::get(m_session)->complete(error);
    if (!m_userAgent)
        return;
    disconnect(m_userAgent, nullptr, this, nullptr);
    m_userAgent->dismiss();
    m_userAgent.clear();
}

void InteractiveSignIn::cancelReply(SignInReply *)
{
    fail(SignInError(SignInError::Cancelled, QStringLiteral("cancelled by the application")));
}

void InteractiveSignIn::fail(const SignInError &error)
{
    if (isDone())
        return;
    qCInfo(lcFlow).noquote() << "sign-in failed:" << error.errorCode() << error.detail();
    m_stage = Stage::Finished;
    m_interactiveDeadline.stop();
    if (m_pendingRequest)
        m_pendingRequest->abort();
    if (m_reachabilityProbe)
        m_reachabilityProbe->abort();
    releaseUserAgent(error);
    finish(SignInResult(), error);
}

} // namespace QtSignIn
