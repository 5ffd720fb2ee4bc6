// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The test provider's authorization and token endpoints: what it checks of
// each request, and the tokens it issues.
#include "TestProvider_p.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QRegularExpression>
#include <QtCore/QJsonArray>

#include <optional>
#include <utility>

namespace QtSignIn {

namespace {

constexpr qint64 codeLifetime = 60; // seconds; RFC 6749 §4.1.2 recommends at most 10 minutes

QUrl withParameters(QUrl url, const QList<QPair<QString, QString>> &parameters)
{
    QUrlQuery query(url);
    for (const auto &parameter : parameters)
        query.addQueryItem(parameter.first, QString::fromLatin1(QUrl::toPercentEncoding(parameter.second)));
    url.setQuery(query);
    return url;
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

HttpAnswer TestProviderPrivate::authorize(const QUrlQuery &query)
{
    lastAuthorizationRequest = endpoint(QStringLiteral("/authorize"));
    lastAuthorizationRequest.setQuery(query);

    // RFC 6749 §4.1.2.1: an unknown client or redirect URI gets a page,
    // never a redirect.
    if (parameter(query, "client_id") != clientId)
        return HttpAnswer::page(QStringLiteral("Unknown client_id."), 400);
    const QUrl redirectUri(parameter(query, "redirect_uri"), QUrl::StrictMode);
    if (!isAllowedRedirectUri(redirectUri))
        return HttpAnswer::page(QStringLiteral("redirect_uri must be http on a loopback host (RFC 8252 §7.3)."), 400);

    const QString state = parameter(query, "state");
    const QString issuer = q->issuer().toString();
    const auto fail = [&](const char *error, const QString &description) {
        QList<QPair<QString, QString>> parameters{{QStringLiteral("error"), QString::fromLatin1(error)},
                                                  {QStringLiteral("error_description"), description}};
        if (!state.isEmpty())
            parameters.append({QStringLiteral("state"), state});
        parameters.append({QStringLiteral("iss"), issuer});
        return HttpAnswer::redirect(withParameters(redirectUri, parameters));
    };
    if (parameter(query, "response_type") != QLatin1String("code"))
        return fail("unsupported_response_type", QStringLiteral("only response_type=code"));
    if (state.isEmpty())
        return fail("invalid_request", QStringLiteral("state is required"));
    const QString codeChallenge = parameter(query, "code_challenge");
    if (codeChallenge.isEmpty() || parameter(query, "code_challenge_method") != QLatin1String("S256"))
        return fail("invalid_request", QStringLiteral("PKCE with code_challenge_method=S256 is required"));
    const QStringList scopes = parameter(query, "scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString nonce = parameter(query, "nonce");
    if (scopes.contains(QLatin1String("openid")) && nonce.isEmpty())
        return fail("invalid_request", QStringLiteral("nonce is required"));
    if (consent == TestProvider::Consent::Denied)
        return fail("access_denied", QStringLiteral("The user denied the request."));
    const std::optional<TestUser> person = user(q->signInSubject());
    if (!person)
        return fail("access_denied", QStringLiteral("No such user."));

    TestAuthorizationCode code;
    code.grant.subject = person->subject();
    code.grant.scopes = scopes;
    code.grant.acr = requestedAcr(parameter(query, "claims"));
    code.grant.authTime = now();
    code.grant.expiresAt = now() + codeLifetime;
    code.redirectUri = parameter(query, "redirect_uri");
    code.codeChallenge = codeChallenge;
    code.nonce = nonce;
    const QString value = randomToken();
    codes.insert(value, code);
    return HttpAnswer::redirect(withParameters(
            redirectUri, {{QStringLiteral("code"), value}, {QStringLiteral("state"), state}, {QStringLiteral("iss"), issuer}}));
}

HttpAnswer TestProviderPrivate::token(const QUrlQuery &form)
{
    ++tokenRequestCount;
    if (nextTokenError) {
        const PlannedError planned = *std::exchange(nextTokenError, std::nullopt);
        return HttpAnswer::oauthError(planned.error, planned.description, planned.httpStatus);
    }
    // A public client names itself (RFC 6749 §3.2.1).
    if (parameter(form, "client_id") != clientId)
        return HttpAnswer::oauthError(QStringLiteral("invalid_client"), QStringLiteral("unknown client"), 401);
    const QString grantType = parameter(form, "grant_type");
    if (grantType == QLatin1String("authorization_code"))
        return redeemCode(form);
    if (grantType == QLatin1String("refresh_token"))
        return redeemRefreshToken(form);
    if (grantType == QLatin1String("urn:ietf:params:oauth:grant-type:device_code"))
        return redeemDeviceCode(form);
    return HttpAnswer::oauthError(QStringLiteral("unsupported_grant_type"), grantType);
}

HttpAnswer TestProviderPrivate::redeemCode(const QUrlQuery &form)
{
    const auto invalidGrant = [](const QString &why) {
        return HttpAnswer::oauthError(QStringLiteral("invalid_grant"), why);
    };
    // A code is redeemed once (RFC 6749 §4.1.2), used or not.
    const std::optional<TestAuthorizationCode> code = [&]() -> std::optional<TestAuthorizationCode> {
        const auto found = codes.constFind(parameter(form, "code"));
        if (found == codes.constEnd())
            return std::nullopt;
        const TestAuthorizationCode value = *found;
        codes.erase(found);
        return value;
    }();
    if (!code)
        return invalidGrant(QStringLiteral("unknown or used authorization code"));
    if (code->grant.expiresAt <= now())
        return invalidGrant(QStringLiteral("the authorization code has expired"));
    // RFC 6749 §4.1.3: "identical" to the authorization request's, so the
    // strings are compared, not URLs that may normalise alike.
    if (parameter(form, "redirect_uri") != code->redirectUri)
        return invalidGrant(QStringLiteral("redirect_uri does not match the authorization request"));
    // RFC 7636 §4.1: 43 to 128 unreserved characters; §4.6: its S256 is the challenge.
    static const QRegularExpression verifierSyntax(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    const QString verifier = parameter(form, "code_verifier");
    if (!verifierSyntax.match(verifier).hasMatch())
        return invalidGrant(QStringLiteral("code_verifier is not 43 to 128 unreserved characters"));
    if (s256(verifier) != code->codeChallenge)
        return invalidGrant(QStringLiteral("PKCE verification failed"));

    return issueTokens(code->grant, code->nonce, parameter(form, "resource"));
}

HttpAnswer TestProviderPrivate::redeemRefreshToken(const QUrlQuery &form)
{
    const QString presented = parameter(form, "refresh_token");
    const auto found = refreshTokens.constFind(presented);
    if (found == refreshTokens.constEnd())
        return HttpAnswer::oauthError(QStringLiteral("invalid_grant"), QStringLiteral("unknown, rotated or revoked refresh token"));
    TestGrant grant = *found;
    // Rotation (OAuth 2.0 Security BCP, RFC 9700 §4.14.2): the token is used up.
    refreshTokens.erase(found);
    if (grant.expiresAt <= now())
        return HttpAnswer::oauthError(QStringLiteral("invalid_grant"), QStringLiteral("the refresh token has expired"));
    const QStringList scopes = parameter(form, "scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &scope : scopes) {
        if (!grant.scopes.contains(scope))
            return HttpAnswer::oauthError(QStringLiteral("invalid_scope"), scope);
    }
    const QString acr = requestedAcr(parameter(form, "claims"));
    if (!acr.isEmpty())
        grant.acr = acr;
    HttpAnswer answer = issueTokens(grant, QString(), parameter(form, "resource"), scopes);
    Q_EMIT q->refreshTokenRotated();
    return answer;
}

HttpAnswer TestProviderPrivate::issueTokens(const TestGrant &grant, const QString &nonce, const QString &audience,
                                            const QStringList &accessScopes)
{
    // RFC 6749 §6: a refresh may ask for less than the grant; the access
    // token gets that, the new refresh token keeps the whole grant.
    TestGrant accessGrant = grant;
    if (!accessScopes.isEmpty())
        accessGrant.scopes = accessScopes;
    const QString accessTokenValue = QString::fromLatin1(accessToken(accessGrant, audience));
    accessGrant.expiresAt = now() + accessTokenLifetime.count();
    accessTokens.insert(accessTokenValue, accessGrant);
    const QString refreshTokenValue = randomToken();
    TestGrant refreshGrant = grant;
    refreshGrant.expiresAt = now() + refreshTokenLifetime.count();
    refreshTokens.insert(refreshTokenValue, refreshGrant);

    QJsonObject response{
            {QStringLiteral("access_token"), accessTokenValue},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), qint64(accessTokenLifetime.count())},
            {QStringLiteral("refresh_token"), refreshTokenValue},
            {QStringLiteral("scope"), accessGrant.scopes.join(QLatin1Char(' '))},
    };
    if (grant.scopes.contains(QLatin1String("openid")))
        response.insert(QStringLiteral("id_token"), QString::fromLatin1(idToken(grant, nonce)));
    HttpAnswer answer = HttpAnswer::json(response);
    // RFC 6749 §5.1.
    answer.headers.emplaceBack("Cache-Control", "no-store");
    answer.headers.emplaceBack("Pragma", "no-cache");
    return answer;
}

QByteArray TestProviderPrivate::idToken(const TestGrant &grant, const QString &nonce)
{
    using Defect = TestProvider::IdTokenDefect;
    const Defect defect = std::exchange(nextIdTokenDefect, Defect::None);
    const std::optional<TestUser> person = user(grant.subject);
    const qint64 issuedAt = defect == Defect::Expired ? now() - 2 * 3600 : now();
    QJsonObject claims{
            {QStringLiteral("iss"), defect == Defect::WrongIssuer ? q->issuer().toString() + QStringLiteral("/other")
                                                                  : q->issuer().toString()},
            {QStringLiteral("sub"), grant.subject},
            {QStringLiteral("aud"), defect == Defect::WrongAudience ? QStringLiteral("another-client") : clientId},
            {QStringLiteral("iat"), issuedAt},
            {QStringLiteral("exp"), defect == Defect::Expired ? now() - 3600 : issuedAt + accessTokenLifetime.count()},
            {QStringLiteral("auth_time"), grant.authTime},
    };
    // On refresh no nonce was sent, and none is returned (OpenID Connect Core §12.2).
    if (!nonce.isEmpty() || defect == Defect::WrongNonce)
        claims.insert(QStringLiteral("nonce"), defect == Defect::WrongNonce ? QStringLiteral("forged-nonce") : nonce);
    if (!grant.acr.isEmpty())
        claims.insert(QStringLiteral("acr"), grant.acr);
    if (person) {
        claims.insert(QStringLiteral("preferred_username"), person->username());
        claims.insert(QStringLiteral("name"), person->name());
        claims.insert(QStringLiteral("email"), person->email());
    }
    QByteArray token = signingKey.sign(claims, QStringLiteral("JWT"));
    if (defect == Defect::BadSignature) {
        // Another byte early in the signature; the last character may only
        // carry padding bits.
        const qsizetype at = token.lastIndexOf('.') + 2;
        token[at] = token.at(at) == 'A' ? 'B' : 'A';
    }
    return token;
}

QByteArray TestProviderPrivate::accessToken(const TestGrant &grant, const QString &audience)
{
    // RFC 9068 §2.2.
    QJsonObject claims{
            {QStringLiteral("iss"), q->issuer().toString()},
            {QStringLiteral("sub"), grant.subject},
            {QStringLiteral("aud"), audience.isEmpty() ? clientId : audience},
            {QStringLiteral("client_id"), clientId},
            {QStringLiteral("iat"), now()},
            {QStringLiteral("exp"), now() + accessTokenLifetime.count()},
            {QStringLiteral("auth_time"), grant.authTime},
            {QStringLiteral("jti"), randomToken()},
            {QStringLiteral("scope"), grant.scopes.join(QLatin1Char(' '))},
    };
    if (!grant.acr.isEmpty())
        claims.insert(QStringLiteral("acr"), grant.acr);
    return signingKey.sign(claims, QStringLiteral("at+jwt"));
}

} // namespace QtSignIn
