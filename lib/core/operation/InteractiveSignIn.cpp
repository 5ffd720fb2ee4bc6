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
#include "protocol/TokenRequest.h"
#include "token/TokenEndpoint.h"

#include <QtSignIn/SignInReply.h>
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

void InteractiveSignIn::present()
{
    const ClientConfiguration &configuration = context()->configuration();
    SignInError error;
    const QUrl redirectUri = m_userAgent->prepare(configuration.redirectUri(), &error);
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
    // What the app asked for, before the provider's own terms replace any.
    m_requestedScopes = m_request.scopes;
    ClientConfigurationPrivate::quirks(configuration).shape(&m_request);
    // RFC 9449 §10: the code is bound to the key; only its holder redeems it.
    // A pushed authorization request (RFC 9126) carries the same dpop_jkt in
    // its body, and may add a proof of m_dpopKey as its DPoP header (§10.1).
    m_request.dpopJkt = m_dpopKey.thumbprint();

    UserAgentSessionPrivate::Handlers handlers;
    handlers.resume = [this](const QUrl &redirect) { return resume(redirect); };
    // The window was closed, or the page never showed (the browser launcher
    // failed): say so now, not when the deadline passes.
    handlers.fail = [this](const SignInError &reason) { fail(reason); };
    m_session = UserAgentSessionPrivate::create(redirectUri, handlers, this);

    m_stage = Stage::WaitingForRedirect;
    m_interactiveDeadline.start(configuration.interactiveTimeout());
    const QUrl authorizationUrl = m_request.toUrl();
    for (SignInReply *reply : replies())
        SignInReplyPrivate::get(reply)->setAuthorizationUrl(authorizationUrl);
    if (!m_userAgent->present(authorizationUrl, m_session, &error))
        return fail(error);
    setWaitingForUser(true);
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
