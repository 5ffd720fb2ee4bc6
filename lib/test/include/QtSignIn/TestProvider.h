// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/TestUser.h>
#include <QtSignIn/qtsignin_test_global.h>

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <chrono>
#include <memory>

namespace QtSignIn {

class TestProviderPrivate;

/// An OpenID Connect provider inside the test process, for an application's
/// own QTest suite: it signs people in without a real provider or a browser
/// (with HeadlessUserAgent), and the application's real SignInClient talks
/// to it over HTTP on 127.0.0.1, so every check QtSignIn makes (state, PKCE,
/// RFC 9207's iss, nonce, the ID token's signature and claims) runs as it
/// would against a real provider.
///
///     QtSignIn::TestProvider provider;
///     QVERIFY(provider.listen());
///     provider.setUsers({QtSignIn::TestUser("alice-1", "alice", "Alice", "alice@example.test")});
///
///     QtSignIn::SignInClient client(provider.clientConfiguration());
///     client.setTokenStore(new QtSignIn::MemoryTokenStore);
///     client.setUserAgent(new QtSignIn::HeadlessUserAgent(&provider));
///     QtSignIn::SignInReply *reply = client.signIn({"profile", "email"});
///
/// What it serves: discovery, the key set of an ES256 key it makes when
/// constructed, the authorization endpoint (PKCE S256 required, loopback
/// redirect URIs on any port, RFC 8252 §7.3), the token endpoint
/// (authorization_code, refresh_token with rotation), userinfo, revocation
/// (RFC 7009), end_session and the device authorization grant (RFC 8628).
/// ID tokens and JWT access tokens (RFC 9068)
/// are signed for real. Everything issued is dated by the provider's own
/// clock (currentTime()), which a test sets or advances.
///
/// Only for tests: never link QtSignIn::Test into an application.
class QTSIGNIN_TEST_EXPORT TestProvider : public QObject
{
    Q_OBJECT
public:
    /// Whether the person agrees to the sign-in on the provider's page.
    enum class Consent { Granted, Denied };
    Q_ENUM(Consent)

    /// A defect the next ID token is given on purpose, to prove that the
    /// application's sign-in refuses it (the kit bypasses no check).
    enum class IdTokenDefect {
        None,
        WrongIssuer,   ///< `iss` names another provider
        WrongAudience, ///< `aud` names another client
        WrongNonce,    ///< `nonce` is not the one the request sent
        Expired,       ///< `exp` has passed (by the provider's clock)
        BadSignature,  ///< the signature does not verify
    };
    Q_ENUM(IdTokenDefect)

    explicit TestProvider(QObject *parent = nullptr);
    ~TestProvider() override;

    /// Starts serving on 127.0.0.1 at `port` (0: one the operating system
    /// chooses). Returns false when it cannot listen.
    bool listen(quint16 port = 0);
    bool isListening() const;

    /// `http://127.0.0.1:PORT`, the authority and the `iss` of its tokens.
    /// Empty until listen().
    QUrl issuer() const;
    QUrl authorizationEndpoint() const;
    QUrl tokenEndpoint() const;
    QUrl userInfoEndpoint() const;
    QUrl jwksUri() const;
    QUrl revocationEndpoint() const;
    QUrl endSessionEndpoint() const;
    QUrl deviceAuthorizationEndpoint() const;

    /// The public client the provider knows; "qtsignin-test-client" by default.
    QString clientId() const;
    void setClientId(const QString &clientId);

    /// A configuration for SignInClient that signs in here: this provider as
    /// authority, its client id, the default loopback redirect URI, and the
    /// provider documents kept in memory only (nothing written to disk).
    ClientConfiguration clientConfiguration() const;

    /// Who can sign in. By default one user, "test-user-1" (username
    /// "test.user", "Test User", "test.user@example.test").
    QList<TestUser> users() const;
    void setUsers(const QList<TestUser> &users);
    void addUser(const TestUser &user);

    /// Who signs in at the authorization endpoint from now on, by subject;
    /// the first of users() until set. An unknown subject makes the sign-in
    /// fail with access_denied.
    QString signInSubject() const;
    void setSignInSubject(const QString &subject);

    /// Granted by default; Denied answers every authorization request with
    /// error=access_denied.
    Consent consent() const;
    void setConsent(Consent consent);

    /// The next token request (code or refresh) is answered with HTTP
    /// `httpStatus` and this OAuth error (e.g. "invalid_grant",
    /// "interaction_required"), once; a refresh token it names stays valid.
    void failNextTokenRequest(const QString &error, const QString &description = QString(),
                              int httpStatus = 400);

    /// The next ID token issued has `defect`, once.
    void setNextIdTokenDefect(IdTokenDefect defect);

    /// Lifetimes of what it issues: access tokens (and ID tokens) one hour,
    /// refresh tokens thirty days by default.
    std::chrono::seconds accessTokenLifetime() const;
    void setAccessTokenLifetime(std::chrono::seconds lifetime);
    std::chrono::seconds refreshTokenLifetime() const;
    void setRefreshTokenLifetime(std::chrono::seconds lifetime);

    /// The provider's clock: `iat`, `exp`, `auth_time` and when codes and
    /// refresh tokens expire. It follows the system clock until
    /// setCurrentTime(), which stops it at `time`; advanceTime() moves it on
    /// either way.
    QDateTime currentTime() const;
    void setCurrentTime(const QDateTime &time);
    void advanceTime(std::chrono::seconds seconds);

    /// A resource server's answer to an access token that lacks `claims`:
    /// the WWW-Authenticate value `Bearer error="insufficient_claims",
    /// claims="<base64url of claims>"` that QtSignIn::BearerChallenge reads.
    /// A claims request with an `acr` (`{"access_token":{"acr":{"value":
    /// "..."}}}`) sent back by the app puts that `acr` into the tokens.
    static QByteArray insufficientClaimsChallenge(const QJsonObject &claims);

    /// The device authorization grant (RFC 8628,
    /// SignInClient::signInWithDeviceCode()): the person on "the other
    /// device" approves or declines the request with this user code, as
    /// signInSubject(). Returns false for a code the provider does not know
    /// or has already settled. deviceAuthorizationRequested() says when a
    /// code was handed out; until it is settled, polls are answered with
    /// authorization_pending.
    bool approveDevice(const QString &userCode);
    bool denyDevice(const QString &userCode);
    /// How often the client is asked to poll: one second (the least
    /// QtSignIn accepts) by default, so that tests stay short.
    std::chrono::seconds devicePollingInterval() const;
    void setDevicePollingInterval(std::chrono::seconds interval);

    /// What it has done, for tests that check the application's behaviour:
    /// the number of answered token requests (successful or not) and the
    /// last authorization request's parameters.
    int tokenRequestCount() const;
    QUrl lastAuthorizationRequest() const;
    /// Whether `token` (a refresh or access token this provider issued) is
    /// still accepted: not rotated away, revoked or expired.
    bool isTokenActive(const QString &token) const;

Q_SIGNALS:
    /// A refresh token was redeemed and replaced by a new one (rotation).
    void refreshTokenRotated();
    /// The revocation endpoint revoked a token.
    void tokenRevoked();
    /// The device authorization endpoint handed out `userCode`.
    void deviceAuthorizationRequested(const QString &userCode);

private:
    friend class TestProviderPrivate;
    std::unique_ptr<TestProviderPrivate> d;
};

} // namespace QtSignIn
