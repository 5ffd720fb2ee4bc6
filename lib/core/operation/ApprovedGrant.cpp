// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ApprovedGrant.h"

#include "ClientConfiguration_p.h"
#include "ClientContext.h"
#include "SignInResult_p.h"
#include "UserInfoRequest.h"

#include <QtNetwork/QNetworkReply>

namespace QtSignIn {

void ApprovedGrant::complete(ClientContext *context, const HttpExchange &http, IdTokenVerifier *verifier,
                             const TokenResponse &tokens, QObject *caller, QPointer<QNetworkReply> *pending,
                             const Callback &done) const
{
    const ApprovedGrant grant = *this;
    // Plain OAuth 2.0: an ID token, if one came, was not asked for and
    // nothing would check it; the profile endpoint says who signed in.
    if (context->configuration().protocol() == ClientConfiguration::Protocol::OAuth2) {
        *pending = UserInfoRequest::fetchProfile(
                http, context->configuration(), tokens.accessToken, dpopKey, caller,
                [grant, context, tokens, done](const Account &account, const QJsonObject &profile,
                                               const SignInError &error) {
                    if (error.isError())
                        return done(SignInResult(), error);
                    SignInResult result = grant.resultOf(context, tokens);
                    result.setAccount(account);
                    result.setUserInfo(profile);
                    done(result, SignInError());
                });
        return;
    }
    // openid is always requested, so an ID token must come back (Core §3.1.3.3).
    if (tokens.idToken.isEmpty())
        return done(SignInResult(), SignInError(SignInError::InvalidTokenResponse, QStringLiteral("id_token missing"),
                                                SignInError::Reason::IdTokenMissing));
    IdTokenVerifier::Expectations expected = context->idTokenExpectations(metadata, tokens.accessToken);
    if (addExpectations)
        addExpectations(expected);
    QNetworkReply *keys = verifier->verify(
            tokens.idToken, expected, caller,
            [grant, context, &http, tokens, caller, pending, done](const Jwt &idToken, const SignInError &error) {
                if (error.isError())
                    return done(SignInResult(), error);
                SignInResult result = grant.resultOf(context, tokens);
                result.setIdToken(tokens.idToken);
                result.setIdTokenClaims(idToken.claims);
                result.setAccount(Account::fromIdTokenClaims(idToken.claims));
                if (grant.fetchUserInfo && !grant.metadata.userinfoEndpoint.isEmpty())
                    return grant.addUserInfo(http, result, caller, pending, done);
                done(result, SignInError());
            });
    if (keys)
        *pending = keys;
}

SignInResult ApprovedGrant::resultOf(ClientContext *context, const TokenResponse &tokens) const
{
    SignInResult result;
    result.setAccessToken(tokens.accessToken);
    result.setTokenType(tokens.tokenType);
    if (tokens.expiresIn)
        result.setExpiresOn(QDateTime::currentDateTimeUtc().addSecs(*tokens.expiresIn));
    result.setRefreshToken(tokens.refreshToken);
    result.setRequestedScopes(requestedScopes);
    result.setGrantedScopes(ClientConfigurationPrivate::quirks(context->configuration())
                                    .grantedScopes(requestedScopes, tokens.scopes, !tokens.refreshToken.isEmpty()));
    result.setUserAgent(userAgent);
    result.setSource(TokenSource::Interactive);
    SignInResultPrivate::setDPoPKey(result, dpopKey);
    SignInResultPrivate::setRefreshTokenDPoPKey(result, refreshTokenDPoPKey);
    return result;
}

void ApprovedGrant::addUserInfo(const HttpExchange &http, const SignInResult &result, QObject *caller,
                                QPointer<QNetworkReply> *pending, const Callback &done) const
{
    *pending = UserInfoRequest::send(http, metadata.userinfoEndpoint, result, caller,
                                     [result, done](const QJsonObject &claims, const SignInError &error) {
                                         if (error.isError())
                                             return done(SignInResult(), error);
                                         SignInResult withUserInfo = result;
                                         withUserInfo.setUserInfo(claims);
                                         done(withUserInfo, SignInError());
                                     });
}

} // namespace QtSignIn
