// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "CannedProvider.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>

namespace QtSignInTest {

CannedProvider::CannedProvider(CannedNetworkAccessManager *network, const QUrl &issuer, const QString &clientId)
    : m_network(network), m_issuer(issuer), m_clientId(clientId), m_foreignSigner(m_signer.keyId())
{
    discovery = QJsonObject{
        {QStringLiteral("issuer"), m_issuer.toString()},
        {QStringLiteral("authorization_endpoint"), authorizationEndpoint().toString()},
        {QStringLiteral("token_endpoint"), tokenEndpoint().toString()},
        {QStringLiteral("jwks_uri"), jwksUri().toString()},
        {QStringLiteral("userinfo_endpoint"), userinfoEndpoint().toString()},
        {QStringLiteral("end_session_endpoint"), endSessionEndpoint().toString()},
        {QStringLiteral("device_authorization_endpoint"), deviceAuthorizationEndpoint().toString()},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("ES256")}},
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
    };
    deviceAuthorization = QJsonObject{
        {QStringLiteral("device_code"), QStringLiteral("device-code-1")},
        {QStringLiteral("user_code"), QStringLiteral("WDJB-MJHT")},
        {QStringLiteral("verification_uri"), endpoint(QStringLiteral("/device")).toString()},
        {QStringLiteral("verification_uri_complete"), endpoint(QStringLiteral("/device")).toString()
                 + QStringLiteral("?user_code=WDJB-MJHT")},
        {QStringLiteral("expires_in"), 600},
        {QStringLiteral("interval"), 5},
    };
    publish();
    m_network->answer("POST", deviceAuthorizationEndpoint(), [this](const RecordedRequest &request) {
        return deviceAuthorizationResponse(request);
    });
    m_network->answer("GET", jwksUri(), CannedResponse::json(m_signer.jwks()));
    m_network->answer("POST", tokenEndpoint(), [this](const RecordedRequest &request) { return tokenResponse(request); });
    m_network->answer("GET", userinfoEndpoint(), [this](const RecordedRequest &request) {
        return userInfoResponse(request);
    });
    // The reachability probe of a sign-in on cached metadata: any answer will do.
    m_network->answer("HEAD", authorizationEndpoint(), CannedResponse::text(200));
}

QUrl CannedProvider::endpoint(const QString &path) const
{
    QUrl url = m_issuer;
    url.setPath(url.path() + path);
    return url;
}

void CannedProvider::publish()
{
    m_network->answer("GET", discoveryUrl(), CannedResponse::json(discovery));
}

QByteArray CannedProvider::signWithForeignKey(const QJsonObject &claims) const
{
    return m_foreignSigner.sign(claims);
}

QJsonObject CannedProvider::baseIdTokenClaims() const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QJsonObject{
        {QStringLiteral("iss"), m_issuer.toString()},
        {QStringLiteral("sub"), subject},
        {QStringLiteral("aud"), m_clientId},
        {QStringLiteral("iat"), double(now)},
        {QStringLiteral("exp"), double(now + 3600)},
        {QStringLiteral("preferred_username"), subject + QStringLiteral("@example.test")},
        {QStringLiteral("name"), QStringLiteral("Test Person")},
    };
}

QUrl CannedProvider::authorizationResponse(const QUrl &authorizationUrl, const QUrlQuery &parameters)
{
    const QUrlQuery request(authorizationUrl);
    const QString code = QStringLiteral("code-%1").arg(++m_codeCount);
    Grant grant;
    grant.nonce = request.queryItemValue(QStringLiteral("nonce"), QUrl::FullyDecoded).toUtf8();
    grant.scopes = request.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).split(QLatin1Char(' '),
                                                                                             Qt::SkipEmptyParts);
    m_codes.insert(code, grant);

    QUrlQuery response;
    const auto add = [&](const QString &name, const QString &value) {
        if (parameters.hasQueryItem(name)) {
            const QString replacement = parameters.queryItemValue(name, QUrl::FullyDecoded);
            if (!replacement.isEmpty())
                response.addQueryItem(name, replacement);
        } else {
            response.addQueryItem(name, value);
        }
    };
    add(QStringLiteral("code"), code);
    add(QStringLiteral("state"), request.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
    add(QStringLiteral("iss"), m_issuer.toString());
    for (const auto &[name, value] : parameters.queryItems(QUrl::FullyDecoded)) {
        if (name != QLatin1String("code") && name != QLatin1String("state") && name != QLatin1String("iss"))
            response.addQueryItem(name, value);
    }
    QUrl redirect(request.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    redirect.setQuery(response);
    return redirect;
}

CannedResponse CannedProvider::issueTokens(const QStringList &scopes, const QJsonObject &idTokenExtraClaims,
                                           const QStringList &grant)
{
    const QString accessToken = QStringLiteral("access-token-%1").arg(++m_accessTokenCount);
    m_accessTokens.append(accessToken);
    QJsonObject claims = baseIdTokenClaims();
    for (auto it = idTokenExtraClaims.constBegin(); it != idTokenExtraClaims.constEnd(); ++it)
        claims.insert(it.key(), it.value());
    if (adjustIdTokenClaims)
        adjustIdTokenClaims(claims);
    const QStringList granted = grantedScopes.isEmpty() ? scopes : grantedScopes;
    QJsonObject body{
        {QStringLiteral("access_token"), accessToken},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), 3600},
        {QStringLiteral("id_token"), QString::fromLatin1(m_signer.sign(claims))},
        {QStringLiteral("scope"), granted.join(QLatin1Char(' '))},
    };
    if (issueRefreshTokens) {
        const QString refreshToken = QStringLiteral("refresh-token-%1").arg(m_issuedRefreshTokens.size() + 1);
        m_issuedRefreshTokens.append(refreshToken);
        m_refreshTokens.insert(refreshToken, grant.isEmpty() ? granted : grant);
        body.insert(QStringLiteral("refresh_token"), refreshToken);
    }
    if (adjustTokenResponse)
        adjustTokenResponse(body);
    return CannedResponse::json(body);
}

bool CannedProvider::authenticatesClient(const RecordedRequest &request, QString *oauthError) const
{
    *oauthError = QStringLiteral("invalid_client");
    const QUrlQuery form = request.form();
    const QByteArray authorization = request.header("Authorization");
    const bool basic = authorization.startsWith("Basic ");
    if (basic && form.hasQueryItem(QStringLiteral("client_secret"))) {
        *oauthError = QStringLiteral("invalid_request"); // §2.3: one method per request
        return false;
    }
    QString clientId = request.formValue(QStringLiteral("client_id"));
    QByteArray secret = request.formValue(QStringLiteral("client_secret")).toUtf8();
    if (basic) {
        // Appendix B: form-urlencoded, so '+' is a space.
        const auto formDecoded = [](QByteArray part) {
            return QByteArray::fromPercentEncoding(part.replace('+', ' '));
        };
        const QByteArray credentials = QByteArray::fromBase64(authorization.mid(6));
        const qsizetype colon = credentials.indexOf(':');
        if (colon < 0)
            return false;
        const QString headerId = QString::fromUtf8(formDecoded(credentials.left(colon)));
        if (!clientId.isEmpty() && clientId != headerId)
            return false;
        clientId = headerId;
        secret = formDecoded(credentials.mid(colon + 1));
    }
    if (clientId != m_clientId)
        return false;
    return clientSecret.isEmpty() ? !basic && secret.isEmpty() : secret == clientSecret;
}

CannedResponse CannedProvider::tokenResponse(const RecordedRequest &request)
{
    if (!nextTokenResponses.isEmpty())
        return nextTokenResponses.takeFirst();
    const auto oauthError = [](const QString &error) {
        return CannedResponse::json(QJsonObject{{QStringLiteral("error"), error}}, 400);
    };
    const QString grantType = request.formValue(QStringLiteral("grant_type"));
    QString clientError;
    if (!authenticatesClient(request, &clientError))
        return CannedResponse::json(QJsonObject{{QStringLiteral("error"), clientError}},
                                    clientError == QLatin1String("invalid_client") ? 401 : 400);
    if (grantType == QLatin1String("authorization_code")) {
        const QString code = request.formValue(QStringLiteral("code"));
        if (!m_codes.contains(code))
            return oauthError(QStringLiteral("invalid_grant"));
        const Grant grant = m_codes.take(code); // one use only
        return issueTokens(grant.scopes, QJsonObject{{QStringLiteral("nonce"), QString::fromUtf8(grant.nonce)}});
    }
    if (grantType == QLatin1String("urn:ietf:params:oauth:grant-type:device_code"))
        return devicePollResponse(request);
    if (grantType == QLatin1String("refresh_token")) {
        const QString refreshToken = request.formValue(QStringLiteral("refresh_token"));
        if (!m_refreshTokens.contains(refreshToken))
            return oauthError(QStringLiteral("invalid_grant"));
        const QStringList original = m_refreshTokens.value(refreshToken);
        const QString scope = request.formValue(QStringLiteral("scope"));
        const QStringList scopes = scope.isEmpty() ? original : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // RFC 6749 §6: no scope beyond the original grant (openid aside).
        for (const QString &wanted : scopes) {
            if (wanted != QLatin1String("openid") && !original.contains(wanted))
                return oauthError(QStringLiteral("invalid_scope"));
        }
        const bool rotate = rotateRefreshTokens && issueRefreshTokens;
        if (rotate)
            m_refreshTokens.remove(refreshToken);
        const bool issued = issueRefreshTokens;
        issueRefreshTokens = rotate;
        CannedResponse response = issueTokens(scopes, {}, original);
        issueRefreshTokens = issued;
        return response;
    }
    return oauthError(QStringLiteral("unsupported_grant_type"));
}

CannedResponse CannedProvider::deviceAuthorizationResponse(const RecordedRequest &request)
{
    QString clientError;
    if (!authenticatesClient(request, &clientError))
        return CannedResponse::json(QJsonObject{{QStringLiteral("error"), clientError}},
                                    clientError == QLatin1String("invalid_client") ? 401 : 400);
    m_deviceScopes = request.formValue(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_deviceClock.start();
    m_deviceAuthorizationTime = 0;
    m_devicePollTimes.clear();
    return CannedResponse::json(deviceAuthorization);
}

CannedResponse CannedProvider::devicePollResponse(const RecordedRequest &request)
{
    m_devicePollTimes.append(m_deviceClock.isValid() ? m_deviceClock.elapsed() : -1);
    const auto oauthError = [](const QString &error) {
        return CannedResponse::json(QJsonObject{{QStringLiteral("error"), error}}, 400);
    };
    if (request.formValue(QStringLiteral("device_code")) != deviceAuthorization.value(QStringLiteral("device_code")).toString())
        return oauthError(QStringLiteral("invalid_grant"));
    const QString answer = devicePollAnswers.isEmpty() ? QStringLiteral("authorization_pending")
                                                       : devicePollAnswers.takeFirst();
    if (answer != QLatin1String("approve"))
        return oauthError(answer);
    // RFC 8628 has no nonce: the ID token carries none.
    return issueTokens(m_deviceScopes, {});
}

CannedResponse CannedProvider::userInfoResponse(const RecordedRequest &request) const
{
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer ")
        || !m_accessTokens.contains(QString::fromLatin1(authorization.mid(7))))
        return CannedResponse::text(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    QJsonObject claims{{QStringLiteral("sub"), subject},
                       {QStringLiteral("email"), subject + QStringLiteral("@example.test")}};
    for (auto it = userInfo.constBegin(); it != userInfo.constEnd(); ++it)
        claims.insert(it.key(), it.value());
    return CannedResponse::json(claims);
}

} // namespace QtSignInTest
