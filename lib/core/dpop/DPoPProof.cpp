// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "DPoPProof.h"

#include "network/HttpExchange.h"
#include "protocol/RandomValue.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonObject>

namespace QtSignIn {

QByteArray DPoPProof::create(const DPoPKey &key, const QByteArray &method, const QUrl &url, const QByteArray &nonce,
                             const Secret &accessToken, const QDateTime &now)
{
    if (key.isNull())
        return QByteArray();
    const QJsonObject header{
        {QStringLiteral("typ"), QStringLiteral("dpop+jwt")},
        {QStringLiteral("alg"), QStringLiteral("ES256")},
        {QStringLiteral("jwk"), key.publicJwk()},
    };
    QJsonObject claims{
        // 128 bits from the system CSPRNG: unique per proof (§4.2, §11.1).
        {QStringLiteral("jti"), QString::fromLatin1(randomUrlSafeValue(16))},
        {QStringLiteral("htm"), QString::fromLatin1(method)},
        {QStringLiteral("htu"), targetUri(url)},
        {QStringLiteral("iat"), double(now.toSecsSinceEpoch())},
    };
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), QString::fromLatin1(nonce));
    if (!accessToken.isEmpty())
        claims.insert(QStringLiteral("ath"), QString::fromLatin1(accessTokenHash(accessToken)));
    return key.sign(header, claims);
}

QString DPoPProof::targetUri(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
            .toString(QUrl::FullyEncoded);
}

QByteArray DPoPProof::accessTokenHash(const Secret &accessToken)
{
    return QCryptographicHash::hash(accessToken.reveal(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool DPoPProof::isValidNonce(const QByteArray &nonce)
{
    if (nonce.isEmpty() || nonce.size() > maximumNonceLength)
        return false;
    // NQCHAR = %x21 / %x23-5B / %x5D-7E: visible ASCII but '"' and '\'.
    for (const char c : nonce) {
        if (c < 0x21 || c > 0x7e || c == '"' || c == '\\')
            return false;
    }
    return true;
}

QByteArray DPoPNonces::remember(const QUrl &url, const HttpResponse &response)
{
    const QByteArray nonce = response.header("DPoP-Nonce");
    if (!DPoPProof::isValidNonce(nonce))
        return QByteArray();
    m_nonces.insert(originOf(url), nonce);
    return nonce;
}

QString DPoPNonces::originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
            .toString(QUrl::FullyEncoded);
}

} // namespace QtSignIn
