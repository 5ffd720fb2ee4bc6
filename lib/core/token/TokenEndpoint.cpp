// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenEndpoint.h"

#include "Logging_p.h"
#include "network/HttpExchange.h"
#include "oidc/ProviderDocuments.h"
#include "protocol/ProviderText.h"

namespace QtSignIn {

namespace {

// Token-endpoint errors after which only the person can help (RFC 6749 §5.2,
// OpenID Connect Core §3.1.2.6): the grant is dead, or does not cover what
// was asked.
bool needsInteraction(const QString &error)
{
    return error == QLatin1String("invalid_grant") || error == QLatin1String("interaction_required")
            || error == QLatin1String("consent_required") || error == QLatin1String("login_required")
            || error == QLatin1String("invalid_scope")
            // GitHub's answer to an expired, revoked or unknown refresh
            // token ("Refreshing user access tokens").
            || error == QLatin1String("bad_refresh_token");
}

TokenEndpoint::Result providerError(const TokenErrorResponse &errorResponse, bool silent)
{
    const QString error = providerText(errorResponse.error, TokenEndpoint::maximumErrorLength);
    const QString description = providerText(errorResponse.errorDescription, TokenEndpoint::maximumDescriptionLength);
    const auto code = silent && needsInteraction(error) ? SignInError::InteractionRequired
                                                        : SignInError::TokenRequestFailed;
    TokenEndpoint::Result result;
    result.error = SignInError::fromProvider(code, error, description);
    return result;
}

} // namespace

QString TokenEndpoint::stageName(TokenRequest::GrantType grant)
{
    switch (grant) {
    case TokenRequest::GrantType::AuthorizationCode:
        return QStringLiteral("token request");
    case TokenRequest::GrantType::RefreshToken:
        return QStringLiteral("refresh");
    case TokenRequest::GrantType::DeviceCode:
        return QStringLiteral("device code poll");
    }
    return QStringLiteral("token request");
}

QNetworkReply *TokenEndpoint::redeem(const HttpExchange &http, const TokenRequest &request, QObject *context,
                                     const Callback &done)
{
    const TokenRequest::GrantType grant = request.grantType;
    return http.postForm(request.tokenEndpoint, request.toFormBody(), context,
                         [grant, done](const HttpResponse &response) { done(classify(grant, response)); },
                         request.authorizationHeader());
}

SignInError TokenEndpoint::chooseClientAuthentication(const ClientConfiguration &configuration,
                                                      const ProviderMetadata &metadata,
                                                      ClientAuthentication *chosen)
{
    QString reason;
    if (!ClientAuthentication::choose(configuration, metadata.tokenEndpointAuthMethodsSupported, chosen, &reason))
        return SignInError(SignInError::InvalidConfiguration, reason,
                           SignInError::Reason::ClientAuthenticationMethodUnsupported);
    if (chosen->method != ClientAuthentication::Method::None)
        qCDebug(lcToken).noquote() << "client authentication:" << ClientAuthentication::methodName(chosen->method);
    return SignInError();
}

TokenEndpoint::Result TokenEndpoint::classify(TokenRequest::GrantType grant, const HttpResponse &response)
{
    Result result;
    const QString stage = stageName(grant);
    // A silent grant that the provider refuses leaves only the person to ask;
    // an interactive one has just asked them, so it simply failed.
    const bool silent = grant == TokenRequest::GrantType::RefreshToken;
    if (response.transportFailed) {
        result.error = ProviderDocuments::httpFailure(stage, response);
        return result;
    }
    TokenErrorResponse errorResponse;
    if (response.status != 200) {
        if ((response.status == 400 || response.status == 401)
            && TokenErrorResponse::parse(response.body, response.contentType, &errorResponse))
            return providerError(errorResponse, silent);
        // Some providers answer a dead refresh token with a bare 400: a
        // refusal, not a network fault; only a new sign-in helps.
        if (response.status == 400 && silent) {
            result.error = SignInError(SignInError::InteractionRequired,
                                       QStringLiteral("%1: HTTP 400 without an OAuth error").arg(stage));
            return result;
        }
        result.error = ProviderDocuments::httpFailure(stage, response);
        return result;
    }
    // An error member is an error whatever the status: GitHub answers
    // bad_verification_code, incorrect_client_credentials and
    // redirect_uri_mismatch with 200 ("Authorizing OAuth apps", error codes).
    if (TokenErrorResponse::parse(response.body, response.contentType, &errorResponse))
        return providerError(errorResponse, silent);
    QString reason;
    if (!TokenResponse::parse(response.body, response.contentType, &result.tokens, &reason)) {
        result.tokens = TokenResponse();
        result.error = SignInError(SignInError::InvalidTokenResponse, reason);
    }
    return result;
}

} // namespace QtSignIn
