// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenEndpoint.h"

#include "Logging_p.h"
#include "dpop/DPoPProof.h"
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

} // namespace

TokenEndpoint::Result TokenEndpoint::providerError(const TokenErrorResponse &errorResponse, bool silent)
{
    const QString error = providerText(errorResponse.error, TokenEndpoint::maximumErrorLength);
    const QString description = providerText(errorResponse.errorDescription, TokenEndpoint::maximumDescriptionLength);
    const auto code = silent && needsInteraction(error) ? SignInError::InteractionRequired
                                                        : SignInError::TokenRequestFailed;
    TokenEndpoint::Result result;
    result.error = SignInError::fromProvider(code, error, description);
    return result;
}

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
                                     const Callback &done, QPointer<QNetworkReply> *pending)
{
    if (request.dpopKey.isNull()) {
        return http.postForm(request.tokenEndpoint, request.toFormBody(), context,
                             [request, done](const HttpResponse &response) {
                                 Result result = classify(request.grantType, response);
                                 checkBinding(request, &result);
                                 done(result);
                             },
                             request.authorizationHeader());
    }
    return redeemWithProof(http, request, context, done, pending, NonceRetry::Allowed);
}

// RFC 9449 §4, §8: the request with a proof, carrying the provider's
// latest nonce. A use_dpop_nonce answer is sent again once, with the nonce
// it brought; a provider that asks again gets no third request.
QNetworkReply *TokenEndpoint::redeemWithProof(const HttpExchange &http, const TokenRequest &request,
                                              QObject *context, const Callback &done,
                                              QPointer<QNetworkReply> *pending, NonceRetry retry)
{
    const QByteArray nonce = request.dpopNonces ? request.dpopNonces->nonceFor(request.tokenEndpoint) : QByteArray();
    const QByteArray proof = DPoPProof::create(request.dpopKey, QByteArrayLiteral("POST"), request.tokenEndpoint, nonce);
    if (proof.isEmpty()) {
        // Nothing is sent: a bound refresh token must never go without its proof.
        QMetaObject::invokeMethod(context, [done, stage = stageName(request.grantType)] {
            Result result;
            result.error = SignInError(SignInError::InteractionRequired,
                                       QStringLiteral("%1: no DPoP proof could be made with the key").arg(stage),
                                       SignInError::Reason::DpopKeyUnusable);
            done(result);
        }, Qt::QueuedConnection);
        return nullptr;
    }
    const HttpExchange exchange = http;
    return exchange.postForm(
            request.tokenEndpoint, request.toFormBody(), context,
            [exchange, request, context, done, pending, retry](const HttpResponse &response) {
                const QByteArray newNonce = request.dpopNonces
                        ? request.dpopNonces->remember(request.tokenEndpoint, response)
                        : QByteArray();
                TokenErrorResponse errorResponse;
                if (response.status == 400 && TokenErrorResponse::parse(response.body, response.contentType, &errorResponse)
                    && errorResponse.error == QLatin1String("use_dpop_nonce")) {
                    Result result = providerError(errorResponse, false);
                    if (newNonce.isEmpty()) {
                        qCWarning(lcToken) << "the token endpoint asked for a DPoP nonce without giving a usable one";
                        result.error.setReason(SignInError::Reason::DpopNonceMalformed);
                        return done(result);
                    }
                    if (retry == NonceRetry::Done) {
                        qCWarning(lcToken) << "the token endpoint asked for another DPoP nonce after the retry";
                        result.error.setReason(SignInError::Reason::DpopNonceLoop);
                        return done(result);
                    }
                    qCDebug(lcToken) << "sending the token request again with the provider's DPoP nonce";
                    QNetworkReply *again = redeemWithProof(exchange, request, context, done, pending, NonceRetry::Done);
                    if (pending)
                        *pending = again;
                    return;
                }
                Result result = classify(request.grantType, response);
                checkBinding(request, &result);
                done(result);
            },
            request.authorizationHeader(), proof);
}

void TokenEndpoint::checkBinding(const TokenRequest &request, Result *result)
{
    if (result->error.isError())
        return;
    const bool bound = result->tokens.tokenType.compare(QLatin1String("DPoP"), Qt::CaseInsensitive) == 0;
    if (request.dpopKey.isNull()) {
        // Bound to a key we do not hold: it could never be presented.
        if (bound) {
            result->tokens = TokenResponse();
            result->error = SignInError(SignInError::InvalidTokenResponse,
                                        QStringLiteral("\"token_type\" is \"DPoP\", not Bearer: no DPoP proof was sent"));
        }
        return;
    }
    result->proofKey = request.dpopKey;
    if (bound) {
        result->boundKey = request.dpopKey;
        return;
    }
    // RFC 9449 §5: a Bearer answer to a proof means the provider did not
    // bind the tokens (it may not support DPoP for this client). Taken as
    // Bearer unless the configuration demands DPoP.
    if (request.dpopRequired) {
        result->tokens = TokenResponse();
        result->error = SignInError(SignInError::InvalidTokenResponse,
                                    QStringLiteral("the provider answered a DPoP proof with a token that is not "
                                                   "DPoP-bound, and DPoP is required"),
                                    SignInError::Reason::DpopNotBound);
        return;
    }
    qCInfo(lcToken) << "the provider did not bind the tokens to the DPoP key; they are Bearer tokens";
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
