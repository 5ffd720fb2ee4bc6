// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "IdTokenVerifier.h"

#include "IdTokenValidator.h"
#include "ProviderDocuments.h"

#include <QtCore/QDateTime>

namespace QtSignIn {

IdTokenVerifier::IdTokenVerifier(std::shared_ptr<ProviderDocuments> provider, const HttpExchange &http)
    : m_provider(std::move(provider)), m_http(http)
{
}

QNetworkReply *IdTokenVerifier::verify(const Secret &compactIdToken, const Expectations &expected,
                                       QObject *context, const Callback &done)
{
    Jwt token;
    SignInError error;
    if (!Jwt::parse(compactIdToken.reveal(), &token, &error)) {
        done(Jwt(), error);
        return nullptr;
    }
    // Before the signature: an algorithm we refuse is not worth a key lookup.
    if (!IdTokenValidator::validateHeader(token, expected.metadata.idTokenSigningAlgValuesSupported, &error)) {
        done(Jwt(), error);
        return nullptr;
    }
    return m_provider->verifySignature(
            m_http, context, expected.metadata, compactIdToken.reveal(), token, &m_mayRefetchKeys,
            [token, expected, done](const SignInError &signatureError) mutable {
                if (signatureError.isError())
                    return done(Jwt(), signatureError);
                IdTokenValidator::Expectations claims;
                claims.issuer = expected.metadata.issuer;
                claims.authorizationResponseIssuer = expected.authorizationResponseIssuer;
                claims.alternativeIssuer = expected.alternativeIssuer;
                claims.hostedDomain = expected.hostedDomain;
                claims.clientId = expected.clientId;
                claims.accessToken = expected.accessToken.reveal();
                claims.authorizationCode = expected.authorizationCode.reveal();
                claims.clockSkew = expected.clockSkew;
                claims.now = QDateTime::currentDateTimeUtc();
                if (expected.originalClaims) {
                    // §12.2: it SHOULD NOT have a nonce; if it has, it is the original one.
                    claims.nonce = expected.originalClaims->value(QLatin1String("nonce")).toString().toUtf8();
                    claims.nonceOptional = true;
                } else if (expected.requestHadNoNonce) {
                    // Core §3.1.3.7 (11) checks a nonce that was sent; none
                    // was, so one in the token is not ours (any but "").
                    claims.nonce = QByteArray();
                    claims.nonceOptional = true;
                } else {
                    claims.nonce = expected.nonce;
                }
                SignInError claimsError;
                if (!IdTokenValidator::validateClaims(token, claims, &claimsError))
                    return done(Jwt(), claimsError);
                if (!expected.alternativeIssuer.isEmpty()
                    && token.claims.value(QLatin1String("iss")).toString() == expected.alternativeIssuer)
                    token.claims.insert(QStringLiteral("iss"), expected.metadata.issuer);
                if (expected.originalClaims
                    && !IdTokenValidator::validateRefreshed(token, *expected.originalClaims, &claimsError))
                    return done(Jwt(), claimsError);
                done(token, SignInError());
            });
}

} // namespace QtSignIn
