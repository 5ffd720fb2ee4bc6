// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// An OpenID provider made of canned answers on a CannedNetworkAccessManager:
// discovery, JWKS, a token endpoint that redeems the codes it issued (the
// nonce of the authorization request goes into the ID token) and refresh
// tokens (rotating them), and userinfo for the access tokens it issued.
// Every answer can be changed by a test before the request is sent.

#include "CannedNetworkAccessManager.h"
#include "TestIdTokenSigner.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

#include <functional>

namespace QtSignInTest {

class CannedProvider
{
public:
    explicit CannedProvider(CannedNetworkAccessManager *network,
                            const QUrl &issuer = QUrl(QStringLiteral("http://127.0.0.1:47100")),
                            const QString &clientId = QStringLiteral("pin-client"));

    QUrl issuer() const { return m_issuer; }
    QString clientId() const { return m_clientId; }
    QUrl discoveryUrl() const { return endpoint(QStringLiteral("/.well-known/openid-configuration")); }
    QUrl authorizationEndpoint() const { return endpoint(QStringLiteral("/authorize")); }
    QUrl tokenEndpoint() const { return endpoint(QStringLiteral("/token")); }
    QUrl jwksUri() const { return endpoint(QStringLiteral("/jwks")); }
    QUrl userinfoEndpoint() const { return endpoint(QStringLiteral("/userinfo")); }
    QUrl endSessionEndpoint() const { return endpoint(QStringLiteral("/logout")); }
    QUrl deviceAuthorizationEndpoint() const { return endpoint(QStringLiteral("/device/authorize")); }
    QUrl endpoint(const QString &path) const;

    /// The discovery document; after changing it, publish() again.
    QJsonObject discovery;
    void publish();

    TestIdTokenSigner &signer() { return m_signer; }
    /// Signs `claims` with a key the JWKS does not hold, under the same kid.
    QByteArray signWithForeignKey(const QJsonObject &claims) const;

    /// What the provider's page sends back once the person has signed in:
    /// the request's redirect_uri with a fresh code, its state and `iss`.
    /// `parameters` are added (or, for state/iss/code, replace ours; an empty
    /// value for "iss" leaves it out).
    QUrl authorizationResponse(const QUrl &authorizationUrl, const QUrlQuery &parameters = {});

    // ---- The token endpoint's behaviour ---------------------------------
    QString subject = QStringLiteral("alice");
    /// The scope the token endpoint says it granted; empty: what was asked.
    QStringList grantedScopes;
    bool rotateRefreshTokens = true;
    bool issueRefreshTokens = true;
    /// Applied to each ID token's claims before signing.
    std::function<void(QJsonObject &claims)> adjustIdTokenClaims;
    /// Applied to each successful token response body.
    std::function<void(QJsonObject &body)> adjustTokenResponse;
    /// Served, first in first out, before the computed answers.
    QList<CannedResponse> nextTokenResponses;
    /// When set, the token endpoint takes this client only with this secret,
    /// by HTTP Basic (id and secret each form-urlencoded, RFC 6749 §2.3.1) or
    /// as client_secret in the body, never both (§2.3); else invalid_client.
    QByteArray clientSecret;
    /// The claims userinfo returns (sub is the subject unless set here).
    QJsonObject userInfo;

    // ---- The device authorization grant (RFC 8628) ----------------------
    /// The device authorization endpoint's answer (client authenticated as
    /// at the token endpoint): device_code "device-code-1", a user code,
    /// verification URIs on the issuer, expires_in 600, interval 5. Change
    /// it before the request is sent.
    QJsonObject deviceAuthorization;
    /// What each poll of the token endpoint with the device code gets, first
    /// in first out: "authorization_pending", "slow_down", "access_denied",
    /// "expired_token", or "approve" (tokens, with an ID token without
    /// nonce). authorization_pending once the list is empty.
    QStringList devicePollAnswers;
    /// When each poll came, in ms after the device authorization request.
    QList<qint64> devicePollTimes() const { return m_devicePollTimes; }
    /// When the device authorization request was answered (ms, same clock).
    qint64 deviceAuthorizationTime() const { return m_deviceAuthorizationTime; }

    QJsonObject baseIdTokenClaims() const;
    int issuedAccessTokens() const { return m_accessTokenCount; }
    QStringList issuedRefreshTokens() const { return m_issuedRefreshTokens; }

private:
    CannedResponse tokenResponse(const RecordedRequest &request);
    bool authenticatesClient(const RecordedRequest &request, QString *oauthError) const;
    CannedResponse userInfoResponse(const RecordedRequest &request) const;
    CannedResponse deviceAuthorizationResponse(const RecordedRequest &request);
    CannedResponse devicePollResponse(const RecordedRequest &request);
    CannedResponse issueTokens(const QStringList &scopes, const QJsonObject &idTokenExtraClaims,
                               const QStringList &grant = {});

    CannedNetworkAccessManager *m_network;
    QUrl m_issuer;
    QString m_clientId;
    TestIdTokenSigner m_signer;
    TestIdTokenSigner m_foreignSigner;
    struct Grant
    {
        QByteArray nonce;
        QStringList scopes;
    };
    QHash<QString, Grant> m_codes;
    QHash<QString, QStringList> m_refreshTokens; // valid ones, with their scopes
    QStringList m_issuedRefreshTokens;
    QStringList m_accessTokens;
    int m_codeCount = 0;
    QStringList m_deviceScopes;
    QElapsedTimer m_deviceClock;
    qint64 m_deviceAuthorizationTime = -1;
    QList<qint64> m_devicePollTimes;
    int m_accessTokenCount = 0;
};

} // namespace QtSignInTest
