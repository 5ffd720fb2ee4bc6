// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "DemoSession.h"

#include "ProtectedApiClient.h"

#include <QtSignIn/EmbeddedUserAgentLoader.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/TokenStore.h>

#include <QtCore/QElapsedTimer>
#include <QtNetwork/QNetworkAccessManager>

using namespace QtSignIn;

namespace {

bool containsAll(const QStringList &have, const QStringList &need)
{
    for (const QString &scope : need) {
        if (!have.contains(scope))
            return false;
    }
    return true;
}

// Appends to `list` what `more` has that it lacks, keeping the order.
void addMissing(QStringList &list, const QStringList &more)
{
    for (const QString &item : more) {
        if (!list.contains(item))
            list << item;
    }
}

// Runs `handler` once `reply` has finished (always from the event loop, a
// reply served from memory too), then lets the reply go. The reply belongs to
// `context` meanwhile: if the session goes first (the window closed during a
// profile request), the reply goes with it instead of waiting for a finish
// nobody is connected to hear.
template<typename Handler>
void whenFinished(SignInReply *reply, QObject *context, Handler handler)
{
    reply->setParent(context);
    QObject::connect(reply, &SignInReply::finished, context, [reply, handler]() mutable {
        reply->deleteLater();
        handler(reply);
    });
}

} // namespace

DemoSession::DemoSession(const DemoConfiguration &configuration, const Branding &branding, TokenStore *store,
                         QObject *parent)
    : QObject(parent),
      m_configuration(configuration),
      m_branding(branding),
      m_network(new QNetworkAccessManager(this)),
      m_client(new SignInClient(configuration.client, this)),
      m_api(new ProtectedApiClient(m_network, configuration.apiBaseUrl, this)),
      m_browser(nullptr)
{
    m_client->setNetworkAccessManager(m_network);
    if (store)
        m_client->setTokenStore(store);
    auto *systemBrowser = new SystemBrowserUserAgent;
    // The launcher is read at each opening: setBrowserLauncher() may come later.
    systemBrowser->setLauncher([this](const QUrl &url) {
        m_lastAuthorizationUrl = url;
        const BrowserLauncher launch = m_launcher ? m_launcher : SystemBrowserUserAgent::platformLauncher();
        return launch(url);
    });
    // The client's own agent (the client owns it): its sign-out ends the
    // provider's browser session through the same launcher.
    setBrowserUserAgent(systemBrowser);
    connect(m_client, &SignInClient::accountsChanged, this, [this] {
        pickCurrentAccount();
        emit accountsChanged();
    });
    connect(m_client, &SignInClient::tokenCacheWarning, this, &DemoSession::warning);
    connect(m_api, &ProtectedApiClient::finished, this, &DemoSession::handleApiResponse);
}

DemoSession::~DemoSession() = default;

void DemoSession::setBrowserUserAgent(UserAgent *agent)
{
    if (!agent)
        return;
    agent->setBranding(m_branding);
    m_client->setUserAgent(agent);
    m_browser = agent;
}

void DemoSession::start()
{
    whenFinished(m_client->loadTokenCache(), this, [this](SignInReply *reply) {
        if (reply->error().isError())
            emit warning(reply->error().message());
        pickCurrentAccount();
        emit accountsChanged();
        if (m_current.isValid())
            refreshCurrentResult();
    });
}

bool DemoSession::preloadEmbeddedAgent(SignInError *error)
{
    if (!m_embedded) {
        m_embedded = EmbeddedUserAgentLoader::create(this, error);
        if (m_embedded)
            m_embedded->setBranding(m_branding);
    }
    return m_embedded != nullptr;
}

// The session's own agents, passed to each sign-in: the client's is
// replaced only by setBrowserUserAgent(), before any sign-in (at set-up), so
// no agent is deleted while a sign-in may still use it.
UserAgent *DemoSession::userAgentFor(Mode mode, SignInError *error)
{
    if (mode == Mode::Browser)
        return m_browser;
    // Qt WebEngine is loaded here, the first time the person asks for
    // in-app sign-in, never at start-up.
    return preloadEmbeddedAgent(error) ? m_embedded : nullptr;
}

void DemoSession::signIn(Mode mode, const QStringList &extraScopes, const QString &loginHint, const QString &prompt,
                         const QJsonObject &claims)
{
    if (m_signInReply)
        return;
    SignInError error;
    // The device flow has no agent here: the person uses another device.
    UserAgent *agent = mode == Mode::Device ? nullptr : userAgentFor(mode, &error);
    if (!agent && mode != Mode::Device) {
        emit signInFailed(error);
        return;
    }
    m_signInMode = mode;
    m_lastAuthorizationUrl.clear();

    QStringList scopes = m_configuration.signInScopes;
    for (const QString &scope : extraScopes) {
        if (!scopes.contains(scope))
            scopes << scope;
    }
    SignInOptions options;
    options.setLoginHint(loginHint);
    options.setPrompt(prompt);
    options.setClaims(claims);
    // Not SignInOptions::fetchUserInfo(): this sign-in's access token is for
    // the API (its audience), and a provider with resource indicators refuses
    // it at userinfo. fetchUserInfo() follows the sign-in instead.
    if (mode == Mode::Device) {
        m_signInReply = m_client->signInWithDeviceCode(scopes, options);
        connect(m_signInReply, &SignInReply::deviceAuthorizationReceived, this,
                &DemoSession::deviceAuthorizationReceived);
    } else {
        m_signInReply = m_client->signIn(scopes, options, agent);
    }
    m_signInReply->setParent(this); // goes with the session, as whenFinished()'s replies
    connect(m_signInReply, &SignInReply::finished, this, &DemoSession::finishSignIn);
    emit signInStarted(mode);
}

void DemoSession::finishSignIn()
{
    SignInReply *reply = m_signInReply;
    m_signInReply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const QString endpointAfter = std::exchange(m_endpointAfterSignIn, QString());
    const bool afterClaims = std::exchange(m_afterSignInForClaims, false);
    if (reply->error().isError()) {
        emit signInFailed(reply->error());
        return;
    }
    const SignInResult result = reply->result();
    m_providerSessionIn = m_signInMode;
    rememberResult(result);
    m_current = result.account();
    if (reply->storeError().isError())
        emit warning(reply->storeError().message());
    emit signedIn(result);
    emit currentAccountChanged();
    fetchUserInfo(result.account());
    if (!endpointAfter.isEmpty())
        callEndpoint(endpointAfter, afterClaims);
}

void DemoSession::cancelSignIn()
{
    m_endpointAfterSignIn.clear();
    m_afterSignInForClaims = false;
    if (m_signInReply)
        m_signInReply->cancel();
}

bool DemoSession::reopenSignInPage()
{
    if (!m_signInReply || m_lastAuthorizationUrl.isEmpty())
        return false;
    const BrowserLauncher launch = m_launcher ? m_launcher : SystemBrowserUserAgent::platformLauncher();
    return launch(m_lastAuthorizationUrl);
}

QList<Account> DemoSession::accounts() const
{
    return m_client->accounts();
}

void DemoSession::setCurrentAccount(const QString &accountId)
{
    if (accountId == m_current.id())
        return;
    const QList<Account> all = accounts();
    for (const Account &account : all) {
        if (account.id() == accountId) {
            m_current = account;
            emit currentAccountChanged();
            if (!m_results.contains(accountId))
                refreshCurrentResult();
            return;
        }
    }
}

void DemoSession::pickCurrentAccount()
{
    const QList<Account> all = accounts();
    for (const Account &account : all) {
        if (account.id() == m_current.id())
            return;
    }
    const Account before = m_current;
    m_current = all.isEmpty() ? Account() : all.constFirst();
    if (m_current.id() != before.id())
        emit currentAccountChanged();
}

void DemoSession::rememberResult(const SignInResult &result)
{
    const QString id = result.account().id();
    SignInResult merged = result;
    const SignInResult previous = m_results.value(id);
    // A silent result knows no userinfo, and a cached one may carry fewer
    // claims: keep what an earlier result of this run showed.
    if (merged.userInfo().isEmpty())
        merged.setUserInfo(previous.userInfo());
    if (merged.idTokenClaims().isEmpty())
        merged.setIdTokenClaims(previous.idTokenClaims());
    if (merged.idToken().isEmpty())
        merged.setIdToken(previous.idToken());
    // Asked for and given, over the whole run: a silent result knows only
    // its own token's scopes, the profile shows what the account allowed.
    QStringList requested = merged.requestedScopes();
    addMissing(requested, previous.requestedScopes());
    merged.setRequestedScopes(requested);
    QStringList granted = merged.grantedScopes();
    addMissing(granted, previous.grantedScopes());
    merged.setGrantedScopes(granted);
    m_results.insert(id, merged);
}

void DemoSession::refreshCurrentResult()
{
    if (!m_current.isValid())
        return;
    const QString id = m_current.id();
    whenFinished(m_client->acquireTokenSilent(m_current, m_configuration.baseApiScopes()), this,
                 [this, id](SignInReply *reply) {
        if (reply->error().isError()) {
            emit warning(reply->error().message());
            return;
        }
        rememberResult(reply->result());
        if (m_current.id() == id)
            emit currentAccountChanged();
        fetchUserInfo(reply->result().account());
    });
}

void DemoSession::fetchUserInfo(const Account &account)
{
    const QString id = account.id();
    whenFinished(m_client->fetchUserInfo(account), this, [this, id](SignInReply *reply) {
        // The ID token's claims still make a profile: no banner for this.
        if (reply->error().isError() || !m_results.contains(id))
            return;
        SignInResult &stored = m_results[id];
        stored.setUserInfo(reply->result().userInfo());
        // The provider's grant of the OpenID scopes, from the token it
        // issued for userinfo (an API's token names only the API's scopes).
        QStringList granted = stored.grantedScopes();
        addMissing(granted, reply->result().grantedScopes());
        stored.setGrantedScopes(granted);
        if (m_current.id() == id)
            emit profileUpdated();
    });
}

void DemoSession::callApi(const QString &endpointId)
{
    callEndpoint(endpointId, false);
}

void DemoSession::callEndpoint(const QString &endpointId, bool afterClaimsChallenge)
{
    const ApiEndpoint *endpoint = m_configuration.endpoint(endpointId);
    if (!endpoint)
        return;
    emit apiCallStarted(endpointId);
    const QStringList needed = m_configuration.scopesFor(*endpoint);
    // A permission not yet given is not asked for in advance: the call goes
    // out with the token the app has, and the API's 403 names what is
    // missing (RFC 6750 §3.1), which is then asked for.
    const bool granted = containsAll(m_results.value(m_current.id()).grantedScopes(), needed);
    sendWithToken(*endpoint, granted ? needed : m_configuration.baseApiScopes(), false, {}, afterClaimsChallenge);
}

void DemoSession::sendWithToken(const ApiEndpoint &endpoint, const QStringList &scopes, bool forceRefresh,
                                const QJsonObject &claims, bool afterClaimsChallenge)
{
    ApiResponse response;
    response.endpointId = endpoint.id;
    response.tokenScopes = scopes;
    response.afterClaimsChallenge = afterClaimsChallenge || !claims.isEmpty();
    if (!m_current.isValid()) {
        response.tokenError = SignInError(SignInError::InteractionRequired, QStringLiteral("nobody is signed in"));
        emit apiResponse(response);
        return;
    }
    QElapsedTimer timer;
    timer.start();
    SilentOptions options;
    options.setForceRefresh(forceRefresh);
    // With claims the library skips the cache and refreshes with them.
    options.setClaims(claims);
    const ApiEndpoint copy = endpoint;
    whenFinished(m_client->acquireTokenSilent(m_current, scopes, options), this,
                 [this, copy, response, timer, claims](SignInReply *reply) mutable {
        response.tokenMilliseconds = timer.nsecsElapsed() / 1e6;
        if (reply->error().reason() == SignInError::Reason::ClaimsNeedInteraction) {
            emit claimsNeedSignIn(copy.id, claims);
            return;
        }
        if (reply->error().isError()) {
            response.tokenError = reply->error();
            emit apiResponse(response);
            return;
        }
        const SignInResult result = reply->result();
        rememberResult(result);
        response.tokenSource = tokenSourceName(result.source());
        m_api->send(copy, credentialsFor(result), response);
    });
}

ApiCredentials DemoSession::credentialsFor(const SignInResult &result) const
{
    ApiCredentials credentials;
    credentials.authorization = result.authorizationHeaderValue();
    // RFC 9449 §7.1: a DPoP-bound token goes with a proof of the account's
    // key for each request; the client makes it, the key never leaves it.
    if (result.tokenType().compare(QLatin1String("DPoP"), Qt::CaseInsensitive) == 0) {
        const QPointer<SignInClient> client = m_client;
        credentials.dpopProof = [client, result](const QByteArray &method, const QUrl &url, const QByteArray &nonce) {
            return client ? client->dpopProof(result, method, url, nonce) : QByteArray();
        };
    }
    return credentials;
}

void DemoSession::handleApiResponse(const ApiResponse &response)
{
    const ApiEndpoint *endpoint = m_configuration.endpoint(response.endpointId);
    // RFC 6750 §3.1: invalid_token means "get a new one". Once, and only
    // for a token from the cache (a fresh one being refused again is the
    // API's problem, not something another refresh fixes).
    if (endpoint && response.status == 401 && response.challenge.isInvalidToken()
        && response.tokenSource == QLatin1String("cache")) {
        sendWithToken(*endpoint, response.tokenScopes, true);
        return;
    }
    // A claims challenge (Microsoft Entra ID's Conditional Access): a token
    // with these claims, from a refresh when the provider can issue it so,
    // and the call made once more. The 401 shows meanwhile.
    emit apiResponse(response);
    if (endpoint && response.isClaimsChallengeToAnswer()) {
        sendWithToken(*endpoint, response.tokenScopes, false, response.challenge.claims());
        return;
    }
    if (!endpoint || response.status != 403)
        return;
    // RFC 6750 §3.1: the API names the scope it needs. An API that says
    // less (Microsoft Graph answers 403 with a JSON body only) still gets the
    // endpoint's declared scopes asked for, when the token lacked them.
    QStringList scopes;
    if (response.challenge.isInsufficientScope() && !response.challenge.scopes().isEmpty()) {
        scopes = response.challenge.scopes();
    } else if (response.challenge.isInsufficientScope() || !response.challenge.isValid()) {
        for (const QString &scope : m_configuration.scopesFor(*endpoint)) {
            if (!response.tokenScopes.contains(scope))
                scopes << scope;
        }
    }
    if (!scopes.isEmpty())
        emit permissionNeeded(response.endpointId, scopes);
}

void DemoSession::requestPermission(const QString &endpointId, const QStringList &scopes, Mode mode)
{
    if (!m_current.isValid() || m_signInReply)
        return;
    const Account account = m_current;
    // The provider may already hold this consent (given in an earlier run):
    // then the refresh token gets the scope without bothering the person.
    whenFinished(m_client->acquireTokenSilent(account, scopes), this,
                 [this, endpointId, scopes, mode, account](SignInReply *reply) {
        if (!reply->error().isError() && containsAll(reply->result().grantedScopes(), scopes)) {
            rememberResult(reply->result());
            callApi(endpointId);
            return;
        }
        m_endpointAfterSignIn = endpointId;
        signIn(mode, scopes, account.username());
    });
}

void DemoSession::signInForClaims(const QString &endpointId, const QJsonObject &claims, Mode mode)
{
    const ApiEndpoint *endpoint = m_configuration.endpoint(endpointId);
    if (!endpoint || !m_current.isValid() || m_signInReply)
        return;
    m_endpointAfterSignIn = endpointId;
    m_afterSignInForClaims = true;
    signIn(mode, m_configuration.scopesFor(*endpoint), m_current.username(), {}, claims);
}

bool DemoSession::canEndProviderSession() const
{
    if (m_configuration.client.protocol() != ClientConfiguration::Protocol::OAuth2)
        return true;
    return m_providerSessionIn == Mode::Embedded && m_embedded;
}

void DemoSession::signOut(bool endProviderSession)
{
    if (!m_current.isValid())
        return;
    SignOutOptions options;
    options.setEndProviderSession(endProviderSession);
    // The provider's session lives where the person last signed in. The
    // client's agent (the browser) ends the browser's; the embedded one lives
    // in the embedded agent's profile, which forgets it (the end-session page
    // itself is not needed there).
    if (endProviderSession && m_providerSessionIn == Mode::Embedded && m_embedded) {
        options.setEndProviderSession(false);
        SignInError error;
        if (!m_embedded->endSession(QUrl(), &error))
            emit warning(error.message());
    }
    const QString id = m_current.id();
    whenFinished(m_client->signOut(m_current, options), this, [this, id](SignInReply *reply) {
        if (reply->error().isError())
            emit warning(reply->error().message());
        else if (reply->revocationError().isError())
            emit warning(reply->revocationError().message());
        m_results.remove(id);
        pickCurrentAccount();
        emit signedOut();
    });
}

void DemoSession::signOutAll()
{
    whenFinished(m_client->signOutAll(), this, [this](SignInReply *reply) {
        if (reply->error().isError())
            emit warning(reply->error().message());
        else if (reply->revocationError().isError())
            emit warning(reply->revocationError().message());
        m_results.clear();
        pickCurrentAccount();
        emit signedOut();
    });
}
