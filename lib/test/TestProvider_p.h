// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/TestProvider.h>

#include "HttpAnswer.h"
#include "SigningKey.h"

#include <QtCore/QHash>
#include <QtCore/QStringList>
#include <QtCore/QUrlQuery>

#include <optional>

namespace QtSignIn {

/// What a sign-in has been granted: kept with the authorization code, then
/// with each refresh token that carries the session on.
struct TestGrant
{
    QString subject;
    QStringList scopes;
    QString acr;      ///< asked for in a claims request; empty when none was
    qint64 authTime = 0;
    qint64 expiresAt = 0;
};

struct TestAuthorizationCode
{
    TestGrant grant;
    QString redirectUri; ///< as the authorization request spelt it: the token request must repeat it exactly
    QString codeChallenge;
    QString nonce;
};

/// A device authorization request (RFC 8628 §3.2) and what the person did.
struct TestDeviceAuthorization
{
    enum class State { Pending, Approved, Denied };
    QString userCode;
    QStringList scopes;
    State state = State::Pending;
    QString subject;  ///< who approved
    qint64 expiresAt = 0;
};

class TestProviderPrivate
{
public:
    explicit TestProviderPrivate(TestProvider *q);

    TestProvider *const q;
    SigningKey signingKey{QStringLiteral("qtsignin-test-key-1")};
    TestHttpServer *server = nullptr;
    quint16 port = 0;
    QString clientId = QStringLiteral("qtsignin-test-client");
    QList<TestUser> users;
    QString signInSubject;
    TestProvider::Consent consent = TestProvider::Consent::Granted;
    struct PlannedError
    {
        QString error;
        QString description;
        int httpStatus = 400;
    };
    std::optional<PlannedError> nextTokenError;
    TestProvider::IdTokenDefect nextIdTokenDefect = TestProvider::IdTokenDefect::None;
    std::chrono::seconds accessTokenLifetime{3600};
    std::chrono::seconds refreshTokenLifetime{30 * 24 * 3600};
    std::optional<QDateTime> stoppedTime;
    qint64 clockOffset = 0;

    QHash<QString, TestAuthorizationCode> codes;
    QHash<QString, TestGrant> refreshTokens;
    QHash<QString, TestGrant> accessTokens;
    QHash<QString, TestDeviceAuthorization> deviceCodes; ///< by device_code
    std::chrono::seconds devicePollingInterval{1};
    int tokenRequestCount = 0;
    QUrl lastAuthorizationRequest;

    /// The provider's clock, in seconds since the epoch (a NumericDate).
    qint64 now() const;
    QUrl endpoint(const QString &path) const;
    std::optional<TestUser> user(const QString &subject) const;
    bool isAllowedRedirectUri(const QUrl &uri) const;

    HttpAnswer answer(const QHttpServerRequest &request);
    HttpAnswer discovery() const;
    HttpAnswer jwks() const;
    HttpAnswer userInfo(const QHttpServerRequest &request) const;
    HttpAnswer revoke(const QUrlQuery &form);
    HttpAnswer endSession(const QUrlQuery &query) const;

    // TestProviderTokens.cpp
    HttpAnswer authorize(const QUrlQuery &query);
    HttpAnswer token(const QUrlQuery &form);
    HttpAnswer redeemCode(const QUrlQuery &form);
    HttpAnswer redeemRefreshToken(const QUrlQuery &form);
    HttpAnswer issueTokens(const TestGrant &grant, const QString &nonce, const QString &audience,
                           const QStringList &accessScopes = {});
    QByteArray idToken(const TestGrant &grant, const QString &nonce);
    QByteArray accessToken(const TestGrant &grant, const QString &audience);

    // TestProviderDevice.cpp
    HttpAnswer authorizeDevice(const QUrlQuery &form);
    HttpAnswer redeemDeviceCode(const QUrlQuery &form);
    bool settleDevice(const QString &userCode, TestDeviceAuthorization::State state);
};

/// A form body or query (application/x-www-form-urlencoded), '+' as space.
QUrlQuery formParameters(const QByteArray &encoded);
/// The value of `name`, fully decoded.
QString parameter(const QUrlQuery &parameters, const char *name);
/// A new random value for codes and tokens, base64url of 32 bytes from the
/// system's CSPRNG.
QString randomToken();
/// The `acr` a claims request (OpenID Connect Core §5.5) asks for, in any of
/// its members; empty when none.
QString requestedAcr(const QString &claimsParameter);

} // namespace QtSignIn
