// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// ID tokens and key sets: JWT parsing, header and claim checks, key selection
// and signature verification through cjose. The input is "<jwks>\n<jwt>".
#include "oidc/IdTokenValidator.h"
#include "oidc/JsonWebKeySet.h"
#include "oidc/Jwt.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace QtSignIn;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\n');
    const QByteArray jwksJson = split < 0 ? QByteArray() : input.left(split);
    const QByteArray compact = split < 0 ? input : input.mid(split + 1);

    SignInError error;
    JsonWebKeySet keys;
    JsonWebKeySet::parse(jwksJson, &keys, &error);
    Jwt token;
    if (!Jwt::parse(compact, &token, &error))
        return 0;
    if (IdTokenValidator::validateHeader(token, {QStringLiteral("RS256"), QStringLiteral("ES256")}, &error)) {
        const QString alg = token.header.value(QLatin1String("alg")).toString();
        JsonWebKeySet::Key key;
        if (keys.select(token.header.value(QLatin1String("kid")).toString(), alg, &key)
            == JsonWebKeySet::Selection::Found) {
            verifyJwsSignature(compact, alg, key, &error);
        }
    }
    IdTokenValidator::Expectations expected;
    expected.issuer = QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0");
    expected.clientId = QStringLiteral("client");
    expected.nonce = "nonce";
    expected.accessToken = "access-token";
    expected.now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    IdTokenValidator::validateClaims(token, expected, &error);
    expected.issuer = QStringLiteral("https://issuer.example");
    IdTokenValidator::validateClaims(token, expected, &error);
    IdTokenValidator::validateRefreshed(token, QJsonObject{{QStringLiteral("sub"), QStringLiteral("s")},
                                                           {QStringLiteral("iss"), QStringLiteral("https://issuer.example")}},
                                        &error);
    return 0;
}
