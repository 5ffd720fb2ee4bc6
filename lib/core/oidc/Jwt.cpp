// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "Jwt.h"

#include "Base64Url.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QList>

namespace QtSignIn {

namespace {

bool decodeObject(const QByteArray &part, QJsonObject *object)
{
    QByteArray json;
    if (!decodeBase64Url(part, &json))
        return false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

} // namespace

bool Jwt::parse(const QByteArray &compact, Jwt *jwt, SignInError *error)
{
    const auto fail = [error](SignInError::Reason reason, const QString &detail) {
        *error = SignInError(SignInError::InvalidIdToken, detail, reason);
        return false;
    };
    // Filled only when every part is valid: a caller never sees half a token.
    *jwt = Jwt();
    if (compact.size() > maximumSize)
        return fail(SignInError::Reason::IdTokenTooLarge, QStringLiteral("the token is too large"));
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3) {
        // Five parts would be an encrypted token (JWE), which we never ask for.
        return fail(SignInError::Reason::IdTokenNotCompactJws, QStringLiteral("not a signed JWT in compact form"));
    }
    Jwt parsed;
    if (!decodeObject(parts.at(0), &parsed.header))
        return fail(SignInError::Reason::IdTokenHeaderMalformed,
                    QStringLiteral("the token's header is not base64url JSON"));
    if (!decodeObject(parts.at(1), &parsed.claims))
        return fail(SignInError::Reason::IdTokenClaimsMalformed,
                    QStringLiteral("the token's claims are not base64url JSON"));
    if (!decodeBase64Url(parts.at(2), &parsed.signature))
        return fail(SignInError::Reason::IdTokenSignatureMalformed,
                    QStringLiteral("the token's signature is not base64url"));
    parsed.signingInput = parts.at(0) + '.' + parts.at(1);
    *jwt = parsed;
    return true;
}

} // namespace QtSignIn
