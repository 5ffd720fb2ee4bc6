// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "Pkce.h"

#include "RandomValue.h"

#include <QtCore/QCryptographicHash>

namespace QtSignIn {

Pkce Pkce::generate()
{
    Pkce pkce;
    const QByteArray verifier = randomUrlSafeValue(32);
    pkce.codeVerifier = Secret(verifier);
    pkce.codeChallenge = challengeFor(verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray &codeVerifier)
{
    return QCryptographicHash::hash(codeVerifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace QtSignIn
