// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "QmlSignInClient.h"

#include "QmlValues.h"

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/DesktopServicesLauncher.h>
#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInOptions.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/SystemBrowserUserAgent.h>
#include <QtSignIn/UserAgent.h>

#include <QtQml/QQmlEngine>
#include <QtQml/QQmlInfo>

QmlSignInClient::QmlSignInClient(QObject *parent)
    : QObject(parent)
    , m_branding(new QmlBranding(this))
    , m_accounts(new QmlAccountListModel(this))
{
}

QmlSignInClient::~QmlSignInClient() = default;

void QmlSignInClient::classBegin() {}

void QmlSignInClient::componentComplete()
{
    m_complete = true;
    // Lists the accounts a keychain holds from earlier runs at start-up.
    if (!m_clientId.isEmpty())
        client();
}

template<typename T>
void QmlSignInClient::setConfigurationValue(T &member, const T &value)
{
    if (member == value)
        return;
    member = value;
    m_configurationDirty = true;
    Q_EMIT configurationChanged();
    // A client id given after start-up (from settings, say) lists its accounts.
    if (m_complete && !m_clientId.isEmpty() && !isBusy())
        client();
}

void QmlSignInClient::setProtocol(Protocol protocol) { setConfigurationValue(m_protocol, protocol); }
void QmlSignInClient::setAuthority(const QUrl &url) { setConfigurationValue(m_authority, url); }
void QmlSignInClient::setAuthorizationEndpoint(const QUrl &url) { setConfigurationValue(m_authorizationEndpoint, url); }
void QmlSignInClient::setTokenEndpoint(const QUrl &url) { setConfigurationValue(m_tokenEndpoint, url); }
void QmlSignInClient::setJwksUri(const QUrl &url) { setConfigurationValue(m_jwksUri, url); }
void QmlSignInClient::setUserInfoEndpoint(const QUrl &url) { setConfigurationValue(m_userInfoEndpoint, url); }
void QmlSignInClient::setClientId(const QString &clientId) { setConfigurationValue(m_clientId, clientId); }
void QmlSignInClient::setRedirectUri(const QUrl &url) { setConfigurationValue(m_redirectUri, url); }
void QmlSignInClient::setScopes(const QStringList &scopes)
{
    // What signIn() asks for, not part of the client's configuration: a new
    // client for it would start with an empty memory store.
    if (scopes == m_scopes)
        return;
    m_scopes = scopes;
    Q_EMIT configurationChanged();
}
void QmlSignInClient::setStorageNamespace(const QString &name) { setConfigurationValue(m_storageNamespace, name); }
void QmlSignInClient::setTokenStore(TokenStore store) { setConfigurationValue(m_tokenStore, store); }

void QmlSignInClient::setBrowserCommand(const QString &command)
{
    // Not part of the client's configuration: the next sign-in uses it.
    if (command == m_browserCommand)
        return;
    m_browserCommand = command;
    Q_EMIT configurationChanged();
}

QtSignIn::ClientConfiguration QmlSignInClient::configuration() const
{
    QtSignIn::ClientConfiguration c;
    c.setProtocol(m_protocol == Protocol::OAuth2 ? QtSignIn::ClientConfiguration::Protocol::OAuth2
                                                 : QtSignIn::ClientConfiguration::Protocol::OpenIdConnect);
    c.setAuthority(m_authority);
    c.setAuthorizationEndpoint(m_authorizationEndpoint);
    c.setTokenEndpoint(m_tokenEndpoint);
    c.setJwksUri(m_jwksUri);
    c.setUserInfoEndpoint(m_userInfoEndpoint);
    c.setClientId(m_clientId);
    if (!m_redirectUri.isEmpty())
        c.setRedirectUri(m_redirectUri);
    if (!m_storageNamespace.isEmpty())
        c.setStorageNamespace(m_storageNamespace);
    return c;
}

QtSignIn::SignInClient *QmlSignInClient::client()
{
    // A running request keeps the client it started with; the new
    // configuration applies once nothing runs.
    if (!m_client || (m_configurationDirty && !isBusy()))
        createClient();
    return m_client;
}

void QmlSignInClient::createClient()
{
    delete m_client;
    m_configurationDirty = false;
    auto *client = new QtSignIn::SignInClient(configuration(), this);
    if (m_tokenStore == TokenStore::Memory)
        client->setTokenStore(new QtSignIn::MemoryTokenStore);
    client->setUserAgent(new QtSignIn::SystemBrowserUserAgent);
    connect(client, &QtSignIn::SignInClient::accountsChanged, this,
            [this, client] { m_accounts->setAccounts(client->accounts()); });
    connect(client, &QtSignIn::SignInClient::tokenCacheWarning, this, &QmlSignInClient::tokenCacheWarning);
    m_client = client;
    // The first call starts reading the store; accountsChanged() follows.
    m_accounts->setAccounts(client->accounts());
}

QmlSignInOperation *QmlSignInClient::track(QtSignIn::SignInReply *reply)
{
    auto *operation = new QmlSignInOperation(reply, qmlEngine(this), this);
    // Ours while it runs, whether or not JavaScript keeps a reference
    // (`client.signIn().then(...)` keeps none); JavaScript's once finished.
    QQmlEngine::setObjectOwnership(operation, QQmlEngine::CppOwnership);
    ++m_running;
    if (m_running == 1)
        Q_EMIT busyChanged();
    connect(operation, &QmlSignInOperation::finished, this, [this] {
        --m_running;
        if (m_running != 0)
            return;
        Q_EMIT busyChanged();
        // A configuration changed while requests ran applies now that none
        // does (its accounts listed); from the event loop, not inside the
        // old client's reply.
        if (m_configurationDirty)
            QMetaObject::invokeMethod(this, [this] {
                if (m_configurationDirty && m_complete && !m_clientId.isEmpty() && !isBusy())
                    client();
            }, Qt::QueuedConnection);
    });
    return operation;
}

void QmlSignInClient::setUserAgent(QObject *agent)
{
    if (agent == m_userAgent)
        return;
    // Anything else would reach the sign-in as "no user agent" and fail far
    // from the mistake.
    if (agent && !qobject_cast<QtSignIn::UserAgent *>(agent)) {
        qmlWarning(this) << "userAgent must be a QtSignIn user agent (such as EmbeddedSignIn of QtSignIn.WebEngine)";
        return;
    }
    m_userAgent = agent;
    Q_EMIT userAgentChanged();
}

QmlSignInOperation *QmlSignInClient::signIn(const QVariantMap &options)
{
    QtSignIn::SignInClient *signInClient = client();
    QtSignIn::SignInOptions signInOptions;
    signInOptions.setLoginHint(options.value(QStringLiteral("loginHint")).toString());
    signInOptions.setPrompt(options.value(QStringLiteral("prompt")).toString());
    const QStringList scopes = options.contains(QStringLiteral("scopes"))
            ? options.value(QStringLiteral("scopes")).toStringList()
            : m_scopes;
    if (auto *agent = qobject_cast<QtSignIn::UserAgent *>(m_userAgent.data())) {
        // The agent may carry its own (EmbeddedSignIn's applicationName,
        // logo, ...): the client's replaces it only when the app gave one.
        if (m_branding->branding() != QtSignIn::Branding())
            agent->setBranding(m_branding->branding());
        return track(signInClient->signIn(scopes, signInOptions, agent));
    }

    auto *browser = static_cast<QtSignIn::SystemBrowserUserAgent *>(signInClient->userAgent());
    browser->setLauncher(m_browserCommand.isEmpty()
                                 ? QtSignIn::desktopServicesLauncher()
                                 : QtSignIn::SystemBrowserUserAgent::commandLauncher(m_browserCommand));
    browser->setBranding(m_branding->branding());
    return track(signInClient->signIn(scopes, signInOptions));
}

QmlSignInOperation *QmlSignInClient::acquireTokenSilent(const QVariant &account, const QStringList &scopes)
{
    // An account the cache does not hold goes on as an invalid one: the
    // client fails it with its own error, as for a C++ caller.
    const QtSignIn::Account cached = m_accounts->account(QmlValues::accountId(account));
    return track(client()->acquireTokenSilent(cached, scopes.isEmpty() ? m_scopes : scopes));
}

QmlSignInOperation *QmlSignInClient::signOut(const QVariant &account)
{
    // Nothing given, or an id the cache does not hold, goes on as an invalid
    // account, which the client refuses with its own error.
    return track(client()->signOut(m_accounts->account(QmlValues::accountId(account))));
}

QmlSignInOperation *QmlSignInClient::signOutAll()
{
    return track(client()->signOutAll());
}
