// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "DPoPKey.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QUrl>

namespace QtSignIn {

struct HttpResponse;

// A DPoP proof (RFC 9449 §4): a JWT signed with the DPoP key, sent in the
// `DPoP` header of one request and bound to its method and URL.
struct DPoPProof
{
    // RFC 9449 §4.2; `nonce` when the server gave one (§8, §9), `ath`
    // when `accessToken` is not empty (a request to a resource server, §7).
    // Empty when the key is null or signing failed.
    static QByteArray create(const DPoPKey &key, const QByteArray &method, const QUrl &url,
                             const QByteArray &nonce = QByteArray(), const Secret &accessToken = Secret(),
                             const QDateTime &now = QDateTime::currentDateTimeUtc());

    // `htu`: the URL without query and fragment (§4.2, §4.3).
    static QString targetUri(const QUrl &url);
    // `ath`: base64url(SHA-256(ASCII access token)) (§4.2).
    static QByteArray accessTokenHash(const Secret &accessToken);

    // A DPoP-Nonce value is 1*NQCHAR (§8.1); longer than any server needs
    // (512) it is refused: it is repeated in every proof that follows.
    static constexpr qsizetype maximumNonceLength = 512;
    static bool isValidNonce(const QByteArray &nonce);
};

// The latest nonce each server gave (RFC 9449 §8): any response's
// DPoP-Nonce header replaces it, the next proof to that server carries it.
// One per origin: a nonce is the server's, not one endpoint's.
class DPoPNonces
{
public:
    QByteArray nonceFor(const QUrl &url) const { return m_nonces.value(originOf(url)); }
    // Takes `response`'s DPoP-Nonce when it is a valid one; returns it, or
    // empty when there was none or it was refused.
    QByteArray remember(const QUrl &url, const HttpResponse &response);

private:
    static QString originOf(const QUrl &url);
    QHash<QString, QByteArray> m_nonces;
};

} // namespace QtSignIn
