// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "QmlAccountListModel.h"
#include "QmlBranding.h"
#include "QmlSignInOperation.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtQml/QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

namespace QtSignIn {
class ClientConfiguration;
class SignInClient;
}

// `SignInClient` in QML: QtSignIn::SignInClient with its configuration as
// properties.
//
//     SignInClient {
//         id: signIn
//         authority: "https://login.example.com"
//         clientId: "notes-desktop"
//         scopes: ["profile", "offline_access", "notes.read"]
//         branding.name: "Contoso Notes"
//     }
//     Button { text: qsTr("Sign in"); enabled: !signIn.busy
//              onClicked: signIn.signIn().then(r => ..., e => ...) }
//
// The configuration is read when the first request starts (or, with a
// client id, when the component is complete, to list the accounts); a
// change afterwards applies from the next request on, with a new client:
// the cache is read again from the token store (a Memory store starts empty).
class QmlSignInClient : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_NAMED_ELEMENT(SignInClient)

    Q_PROPERTY(Protocol protocol READ protocol WRITE setProtocol NOTIFY configurationChanged)
    /// The provider's issuer (OpenID Connect discovery), or for OAuth2 the
    /// authorization server's name (optional).
    Q_PROPERTY(QUrl authority READ authority WRITE setAuthority NOTIFY configurationChanged)
    Q_PROPERTY(QUrl authorizationEndpoint READ authorizationEndpoint WRITE setAuthorizationEndpoint NOTIFY configurationChanged)
    Q_PROPERTY(QUrl tokenEndpoint READ tokenEndpoint WRITE setTokenEndpoint NOTIFY configurationChanged)
    Q_PROPERTY(QUrl jwksUri READ jwksUri WRITE setJwksUri NOTIFY configurationChanged)
    /// Required for OAuth2: who signed in.
    Q_PROPERTY(QUrl userInfoEndpoint READ userInfoEndpoint WRITE setUserInfoEndpoint NOTIFY configurationChanged)
    Q_PROPERTY(QString clientId READ clientId WRITE setClientId NOTIFY configurationChanged)
    /// The loopback redirect URI; default http://127.0.0.1/ with any port.
    Q_PROPERTY(QUrl redirectUri READ redirectUri WRITE setRedirectUri NOTIFY configurationChanged)
    /// What signIn() asks for, and acquireTokenSilent() without scopes.
    Q_PROPERTY(QStringList scopes READ scopes WRITE setScopes NOTIFY configurationChanged)
    /// The stable name the tokens are stored under (default: the application's name).
    Q_PROPERTY(QString storageNamespace READ storageNamespace WRITE setStorageNamespace NOTIFY configurationChanged)
    Q_PROPERTY(TokenStore tokenStore READ tokenStore WRITE setTokenStore NOTIFY configurationChanged)
    /// A command that opens the sign-in page (the URL is appended as its last
    /// argument), as `qtsignin login --browser-command`; empty: the desktop's
    /// default browser.
    Q_PROPERTY(QString browserCommand READ browserCommand WRITE setBrowserCommand NOTIFY configurationChanged)
    /// Where interactive sign-ins show the provider's pages instead of the
    /// system browser: a QtSignIn user agent, such as `EmbeddedSignIn` of the
    /// module QtSignIn.WebEngine (in-app sign-in). Not owned; null (the
    /// default): the system browser, opened with browserCommand.
    Q_PROPERTY(QObject *userAgent READ userAgent WRITE setUserAgent NOTIFY userAgentChanged)
    Q_PROPERTY(QmlBranding *branding READ branding CONSTANT)
    Q_PROPERTY(QmlAccountListModel *accounts READ accounts CONSTANT)
    /// True while a request started here is running.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    enum class Protocol { OpenIdConnect, OAuth2 };
    Q_ENUM(Protocol)
    /// Where tokens are kept between runs: the OS keychain (the default, as
    /// the demo and `qtsignin` do), or memory for this client only (tests).
    enum class TokenStore { Keychain, Memory };
    Q_ENUM(TokenStore)

    explicit QmlSignInClient(QObject *parent = nullptr);
    ~QmlSignInClient() override;

    void classBegin() override;
    void componentComplete() override;

    Protocol protocol() const { return m_protocol; }
    void setProtocol(Protocol protocol);
    QUrl authority() const { return m_authority; }
    void setAuthority(const QUrl &url);
    QUrl authorizationEndpoint() const { return m_authorizationEndpoint; }
    void setAuthorizationEndpoint(const QUrl &url);
    QUrl tokenEndpoint() const { return m_tokenEndpoint; }
    void setTokenEndpoint(const QUrl &url);
    QUrl jwksUri() const { return m_jwksUri; }
    void setJwksUri(const QUrl &url);
    QUrl userInfoEndpoint() const { return m_userInfoEndpoint; }
    void setUserInfoEndpoint(const QUrl &url);
    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId);
    QUrl redirectUri() const { return m_redirectUri; }
    void setRedirectUri(const QUrl &url);
    QStringList scopes() const { return m_scopes; }
    void setScopes(const QStringList &scopes);
    QString storageNamespace() const { return m_storageNamespace; }
    void setStorageNamespace(const QString &storageNamespace);
    TokenStore tokenStore() const { return m_tokenStore; }
    void setTokenStore(TokenStore store);
    QString browserCommand() const { return m_browserCommand; }
    void setBrowserCommand(const QString &command);
    QObject *userAgent() const { return m_userAgent; }
    void setUserAgent(QObject *agent);
    QmlBranding *branding() const { return m_branding; }
    QmlAccountListModel *accounts() const { return m_accounts; }
    bool isBusy() const { return m_running > 0; }

    /// An interactive sign-in in the browser. `options` (all optional):
    /// scopes (instead of the `scopes` property), loginHint, prompt.
    Q_INVOKABLE QmlSignInOperation *signIn(const QVariantMap &options = {});
    /// An access token for `account` (an account object, a model row's
    /// `account`, or an account id) without the person; `scopes` default to
    /// the `scopes` property. Fails with SignInError.InteractionRequired when
    /// only signIn() can help.
    Q_INVOKABLE QmlSignInOperation *acquireTokenSilent(const QVariant &account, const QStringList &scopes = {});
    /// Forgets `account` here (and revokes its tokens where the provider
    /// offers revocation). No account, or one this client does not hold,
    /// fails with SignInError.InvalidConfiguration and forgets nobody: a
    /// stale id must not sign everyone out. signOutAll() does that.
    Q_INVOKABLE QmlSignInOperation *signOut(const QVariant &account);
    /// Forgets every account of this client.
    Q_INVOKABLE QmlSignInOperation *signOutAll();

Q_SIGNALS:
    void configurationChanged();
    void busyChanged();
    void userAgentChanged();
    /// Something in the token store was unusable and was skipped, not erased.
    void tokenCacheWarning(const QString &message);

private:
    QtSignIn::ClientConfiguration configuration() const;
    QtSignIn::SignInClient *client();
    void createClient();
    template<typename T>
    void setConfigurationValue(T &member, const T &value);
    QmlSignInOperation *track(QtSignIn::SignInReply *reply);

    Protocol m_protocol = Protocol::OpenIdConnect;
    QUrl m_authority;
    QUrl m_authorizationEndpoint;
    QUrl m_tokenEndpoint;
    QUrl m_jwksUri;
    QUrl m_userInfoEndpoint;
    QString m_clientId;
    QUrl m_redirectUri;
    QStringList m_scopes;
    QString m_storageNamespace;
    TokenStore m_tokenStore = TokenStore::Keychain;
    QString m_browserCommand;
    QPointer<QObject> m_userAgent;
    QmlBranding *m_branding;
    QmlAccountListModel *m_accounts;
    QPointer<QtSignIn::SignInClient> m_client;
    bool m_complete = false;
    bool m_configurationDirty = true;
    int m_running = 0;
};
