// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Account.h>
#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/SignInOptions.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QObject>
#include <QtCore/QStringList>

#include <chrono>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace QtSignIn {

class TokenStore;
class UserAgent;
class SignInClientPrivate;

/// Signs people in to one provider as one client application.
///
///     auto *client = new QtSignIn::SignInClient(config, this);
///     auto *reply = client->signIn({"profile", "offline_access"});
///     connect(reply, &QtSignIn::SignInReply::finished, this, [reply] {
///         reply->deleteLater();
///         if (reply->error().isError()) ... else use(reply->result());
///     });
///
/// Then, before every call to an API, for the account that signed in:
///
///     auto *reply = client->acquireTokenSilent(account, {"items.read"});
///     // finished() follows from the event loop, from memory too: one slot.
///     // InteractionRequired: call signIn() again, with the account's
///     // username as SignInOptions::setLoginHint().
///
/// Tokens are cached in memory and in a TokenStore (the OS keychain by
/// default), read once per process.
class QTSIGNIN_CORE_EXPORT SignInClient : public QObject
{
    Q_OBJECT
public:
    explicit SignInClient(const ClientConfiguration &configuration, QObject *parent = nullptr);
    ~SignInClient() override;

    ClientConfiguration configuration() const;

    /// The user agent for interactive sign-in; the client takes ownership.
    /// Defaults to a SystemBrowserUserAgent. Replacing it deletes the old one
    /// and cancels a sign-in that agent shows; to use another agent for one
    /// sign-in, pass it to signIn() instead.
    void setUserAgent(UserAgent *userAgent);
    UserAgent *userAgent() const;

    /// Shares the application's network access manager (proxy, CA settings).
    /// Not owned. TLS errors are never ignored, whatever the manager says.
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    QNetworkAccessManager *networkAccessManager() const;

    /// Starts an interactive sign-in. "openid" is always requested (except
    /// with ClientConfiguration::Protocol::OAuth2). One
    /// interactive sign-in runs at a time; a second one finishes, from the
    /// event loop, with SignInError::Busy.
    SignInReply *signIn(const QStringList &scopes, const SignInOptions &options = {});

    /// The same, shown by `userAgent` for this sign-in only (as AppAuth and
    /// MSAL choose the agent per request): the embedded dialog after the
    /// browser could not start, say, without replacing the client's agent.
    /// Not owned; deleting it while the sign-in runs ends the sign-in with
    /// SignInError::UserAgentUnavailable.
    SignInReply *signIn(const QStringList &scopes, const SignInOptions &options, UserAgent *userAgent);

    /// Starts a sign-in on another device, with the device authorization
    /// grant (RFC 8628): for an app without a browser at hand (an SSH
    /// session, a kiosk, a TV, a CI job someone approves from a phone).
    /// The reply's deviceAuthorizationReceived() gives what to show the
    /// person: a URI to open elsewhere and a code to enter there. Then the
    /// client polls the provider, at the interval it asks for, until the
    /// person approves (finished() with the same validated result as
    /// signIn(), userAgent() UserAgentKind::Device), declines
    /// (AuthorizationFailed, Reason::DeviceAuthorizationDenied) or the code
    /// expires (TimedOut, Reason::DeviceCodeExpired). cancel() on the reply
    /// stops polling at once. A provider without a
    /// device_authorization_endpoint fails with InvalidConfiguration,
    /// Reason::DeviceAuthorizationUnsupported.
    ///
    /// Named after the grant, as MSAL's AcquireTokenWithDeviceCode is, so
    /// that it is found by the name providers' documentation uses. Needs no
    /// user agent and no redirect URI, and runs beside an interactive
    /// sign-in. Of `options`, fetchUserInfo() applies; the others shape a
    /// browser's page and have no meaning here. No claims request goes with
    /// it (neither SignInOptions::claims() nor
    /// ClientConfiguration::clientCapabilities(): RFC 8628 defines none); a
    /// claims challenge is answered by acquireTokenSilent() or signIn().
    SignInReply *signInWithDeviceCode(const QStringList &scopes, const SignInOptions &options = {});

    /// Where tokens are kept between runs; the client takes ownership. The
    /// default is a KeychainTokenStore named after the storage namespace, the
    /// client id and the authority (KeychainTokenStore::serviceNameFor()); a
    /// keychain store of that name also takes this provider's tokens over
    /// from the items earlier versions used: 0.2's, named after
    /// ClientConfiguration::applicationName(), and 0.1's, shared by every
    /// provider. Set it before the first sign-in or silent call: while
    /// the token cache is in use, a new store is refused (and deleted).
    void setTokenStore(TokenStore *store);
    TokenStore *tokenStore() const;

    /// Reads the token store, if this process has not yet. acquireTokenSilent()
    /// does this itself; call it to list accounts() at start-up.
    SignInReply *loadTokenCache();
    bool isTokenCacheLoaded() const;

    /// This provider's accounts in the token cache. The first call starts
    /// reading the store when nothing has yet (isTokenCacheLoaded()): empty
    /// until then, and accountsChanged() says when it has.
    QList<Account> accounts() const;

    /// An access token for `account` covering `scopes`, without the person:
    /// from the cache when one stays valid long enough (no network, no
    /// keychain), else by redeeming the refresh token. Fails with
    /// InteractionRequired when only the person can help (no refresh token,
    /// or the provider refused it). Concurrent calls for the same account and
    /// scopes share one refresh, and processes sharing the store take turns,
    /// so a refresh token is never redeemed twice.
    SignInReply *acquireTokenSilent(const Account &account, const QStringList &scopes,
                                    const SilentOptions &options = {});

    /// What the provider's userinfo endpoint says about `account` (OpenID
    /// Connect Core §5.3), in the result's userInfo; its `sub` must be the
    /// account's. The access token it sends is acquired silently for the
    /// OpenID scopes (openid profile email), never one meant for an API, which
    /// userinfo may refuse and should not see.
    SignInReply *fetchUserInfo(const Account &account);

    /// Forgets the account: its tokens leave memory and the token store.
    /// An invalid Account (no id) is refused with SignInError::InvalidConfiguration
    /// and forgets nothing; an account this client does not hold is already
    /// signed out.
    SignInReply *signOut(const Account &account, const SignOutOptions &options = {});
    /// Forgets every account of this client (and provider).
    SignInReply *signOutAll(const SignOutOptions &options = {});

    /// True while tokens the provider has issued are not yet in the token
    /// store: a refresh has been sent (the provider may rotate the refresh
    /// token, and the old one then stops working) or its answer is being
    /// written. An application that ends now may lose the session.
    bool hasPendingWrites() const;

    /// Waits, processing events, until hasPendingWrites() is false or
    /// `timeout` has passed; returns whether nothing is pending. Nothing that
    /// would use up a refresh token starts while it waits. The client does
    /// this itself, bounded by the network and keychain deadlines, when the
    /// application is about to quit (QCoreApplication::aboutToQuit); call it
    /// before ending the process in any other way (exit() after a signal, for
    /// example). A client destroyed with writes pending does not wait: what
    /// they need lives on without it until they finish (or the application
    /// quits, which then waits for them).
    bool waitForPendingWrites(std::chrono::milliseconds timeout = std::chrono::seconds(30));

    /// The `DPoP` header's value for one request to a resource server
    /// with `result`'s DPoP-bound access token (RFC 9449 §7): a proof signed
    /// with the account's key for `method` ("GET", "POST", ...) and `url`
    /// (its query and fragment are left out, §4.3), carrying the token's
    /// hash (`ath`), and `nonce` when the resource server asked for one
    /// (a 401 with a DPoP challenge, error="use_dpop_nonce", and a
    /// DPoP-Nonce header, §9: BearerChallenge reads it). Each request needs
    /// a proof of its own. Empty for a Bearer token (SignInResult::tokenType()),
    /// which is sent without one, and for a nonce that is not 1*NQCHAR or is
    /// longer than 512 characters.
    /// The Authorization header is SignInResult::authorizationHeaderValue().
    QByteArray dpopProof(const SignInResult &result, const QByteArray &method, const QUrl &url,
                         const QByteArray &nonce = QByteArray()) const;

Q_SIGNALS:
    /// The token cache's accounts changed (loaded, signed in, signed out).
    void accountsChanged();
    /// Something in the token store was unusable and was skipped, not erased.
    void tokenCacheWarning(const QString &message);

private:
    std::unique_ptr<SignInClientPrivate> d;
};

} // namespace QtSignIn
