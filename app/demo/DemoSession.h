// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "ApiResponse.h"
#include "DemoConfiguration.h"

#include <QtSignIn/Account.h>
#include <QtSignIn/Branding.h>
#include <QtSignIn/DeviceAuthorization.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/SignInResult.h>
#include <QtSignIn/SystemBrowserUserAgent.h>

#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QPointer>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace QtSignIn {
class SignInClient;
class TokenStore;
}
class ProtectedApiClient;
struct ApiCredentials;

// Everything the demo does, without any window: sign in (browser or
// embedded), keep several accounts and know which one is current, call the
// API with a token acquired silently before each call, ask for a missing
// permission when the API says so, sign out. The main window and the
// headless run both drive it; tests drive it too.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    // Device: on another device (RFC 8628), deviceAuthorizationReceived()
    // says what to show; no browser or window is opened here.
    enum class Mode { Browser, Embedded, Device };
    Q_ENUM(Mode)

    // Takes ownership of `store` (nullptr: the keychain).
    DemoSession(const DemoConfiguration &configuration, const QtSignIn::Branding &branding,
                QtSignIn::TokenStore *store = nullptr, QObject *parent = nullptr);
    ~DemoSession() override;

    const DemoConfiguration &configuration() const { return m_configuration; }
    QtSignIn::Branding branding() const { return m_branding; }
    QtSignIn::SignInClient *client() const { return m_client; }

    // How the system browser is opened (default: the platform's); not
    // used once setBrowserUserAgent() has put another agent in its place.
    void setBrowserLauncher(const QtSignIn::BrowserLauncher &launcher) { m_launcher = launcher; }
    // The agent for Mode::Browser instead of the system browser: an app's
    // own (a kiosk's browser, say), or a test's QtSignIn::HeadlessUserAgent.
    // The session takes ownership, gives it the branding and makes it the
    // client's agent, which also ends the provider's session at sign-out.
    // Before the first sign-in: the agent it replaces is deleted.
    void setBrowserUserAgent(QtSignIn::UserAgent *agent);
    // Reads the token cache; accountsChanged() follows.
    void start();

    // Interactive sign-in with the configured scopes plus `extraScopes`.
    // For a new permission of the current account pass its username as
    // `loginHint`, so the provider does not ask who it is.
    // `prompt`: "login" lets the person sign in as someone else (adding an
    // account) although the provider remembers them.
    void signIn(Mode mode, const QStringList &extraScopes = {}, const QString &loginHint = {},
                const QString &prompt = {}, const QJsonObject &claims = {});
    void cancelSignIn();
    bool isSigningIn() const { return m_signInReply != nullptr; }
    // Opens the authorization page again (the person closed the tab).
    bool reopenSignInPage();

    QList<QtSignIn::Account> accounts() const;
    QtSignIn::Account currentAccount() const { return m_current; }
    void setCurrentAccount(const QString &accountId);
    // The latest result for the current account: claims and tokens, with the
    // scopes asked for and given over this run (what callApi() goes by).
    QtSignIn::SignInResult currentResult() const { return m_results.value(m_current.id()); }
    // Refreshes currentResult() silently (for the profile after a restart).
    void refreshCurrentResult();

    // Gets a token silently, then calls the endpoint; apiResponse() follows.
    void callApi(const QString &endpointId);
    // Incremental consent: gets `scopes` for the current account, silently
    // when the provider allows it, else through an interactive sign-in for
    // just that permission, then calls the endpoint again.
    void requestPermission(const QString &endpointId, const QStringList &scopes, Mode mode);
    // A claims challenge the refresh token could not meet: the current
    // account signs in again with `claims` (a second factor, say), then the
    // endpoint is called again.
    void signInForClaims(const QString &endpointId, const QJsonObject &claims, Mode mode);

    // Whether signOut(true) can end the person's session at the provider:
    // OpenID Connect's end-session page, or the embedded agent forgetting
    // it. A plain OAuth 2.0 provider has no end-session page, so after a
    // sign-in in the system browser only the local sign-out is left.
    bool canEndProviderSession() const;
    // `endProviderSession` where it cannot be done: the library finds no
    // end-session page and signs out locally alone.
    void signOut(bool endProviderSession = false);
    void signOutAll();

    // Loads the embedded agent now (for start-up measurements); false and
    // `error` when Qt WebEngine is not available.
    bool preloadEmbeddedAgent(QtSignIn::SignInError *error);

Q_SIGNALS:
    void accountsChanged();
    void currentAccountChanged();
    void signInStarted(Mode mode);
    // A Mode::Device sign-in's code and where to enter it.
    void deviceAuthorizationReceived(const QtSignIn::DeviceAuthorization &authorization);
    void signedIn(const QtSignIn::SignInResult &result);
    void signInFailed(const QtSignIn::SignInError &error);
    void apiCallStarted(const QString &endpointId);
    void apiResponse(const ApiResponse &response);
    // The API needs a permission the person has not given (403
    // insufficient_scope, or the provider wants consent for the scope).
    void permissionNeeded(const QString &endpointId, const QStringList &scopes);
    // The API's claims challenge (401 insufficient_claims) needs the person:
    // the provider would not meet it on a refresh. signInForClaims() does.
    void claimsNeedSignIn(const QString &endpointId, const QJsonObject &claims);
    void signedOut();
    // The current account's profile gained the provider's userinfo.
    void profileUpdated();
    void warning(const QString &message);

private:
    QtSignIn::UserAgent *userAgentFor(Mode mode, QtSignIn::SignInError *error);
    void finishSignIn();
    void callEndpoint(const QString &endpointId, bool afterClaimsChallenge);
    void sendWithToken(const ApiEndpoint &endpoint, const QStringList &scopes, bool forceRefresh,
                       const QJsonObject &claims = {}, bool afterClaimsChallenge = false);
    void handleApiResponse(const ApiResponse &response);
    ApiCredentials credentialsFor(const QtSignIn::SignInResult &result) const;
    void rememberResult(const QtSignIn::SignInResult &result);
    void pickCurrentAccount();
    void fetchUserInfo(const QtSignIn::Account &account);

    DemoConfiguration m_configuration;
    QtSignIn::Branding m_branding;
    QNetworkAccessManager *m_network;
    QtSignIn::SignInClient *m_client;
    ProtectedApiClient *m_api;
    QtSignIn::BrowserLauncher m_launcher;
    QPointer<QtSignIn::SignInReply> m_signInReply;
    QUrl m_lastAuthorizationUrl;
    QtSignIn::Account m_current;
    QHash<QString, QtSignIn::SignInResult> m_results;
    QString m_endpointAfterSignIn; // called again once a permission was granted
    bool m_afterSignInForClaims = false; // ... or once a claims challenge was met
    QtSignIn::UserAgent *m_browser; // the client's agent, owned by it
    QtSignIn::UserAgent *m_embedded = nullptr; // loaded when first asked for
    Mode m_signInMode = Mode::Browser;         // of the sign-in under way
    Mode m_providerSessionIn = Mode::Browser;  // where the last sign-in left the provider's session
};
