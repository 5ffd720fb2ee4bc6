// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/SignInError.h>

#include "JsonWebKeySet.h"
#include "Jwt.h"
#include "ProviderDocumentCache.h"
#include "protocol/ProviderMetadata.h"

#include <QtCore/QDateTime>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkReply;
class QObject;
QT_END_NAMESPACE

namespace QtSignIn {

class HttpExchange;
struct HttpResponse;

// The provider's metadata and signing keys for one client: from memory, else
// from the disk cache, else from the network. Both the interactive and the
// silent flow go through it, so a process fetches each document once while it
// is fresh, and an ID token is verified the same way whichever flow got it.
class ProviderDocuments
{
public:
    explicit ProviderDocuments(const ClientConfiguration &configuration);

    using MetadataCallback = std::function<void(const ProviderMetadata &, const SignInError &)>;
    using VerifyCallback = std::function<void(const SignInError &)>;

    // Calls `done` at once when the metadata is known and fresh, otherwise
    // after discovery; then returns nullptr, or the pending request.
    QNetworkReply *metadata(const HttpExchange &http, QObject *context, const MetadataCallback &done);

    // Verifies the signature of `compactIdToken` with the provider's keys.
    // An unknown kid may mean the provider rotated its keys: `mayRefetchKeys`
    // (one refetch per flow, set to false when used) and at most one refetch
    // a minute per client, so forged tokens cannot make us hammer the provider.
    QNetworkReply *verifySignature(const HttpExchange &http, QObject *context,
                                   const ProviderMetadata &metadata, const QByteArray &compactIdToken,
                                   const Jwt &idToken, bool *mayRefetchKeys, const VerifyCallback &done);

    // The error for a failed request to the provider; 429/503 carry Retry-After.
    static SignInError httpFailure(const QString &stage, const HttpResponse &response);

private:
    bool useCachedMetadata(ProviderMetadata *metadata);
    bool useCachedKeys();
    QNetworkReply *fetchKeys(const HttpExchange &http, QObject *context, const QUrl &jwksUri,
                             const std::function<void(const SignInError &)> &done);

    ClientConfiguration m_configuration;
    ProviderDocumentCache m_disk;
    std::optional<ProviderMetadata> m_metadata;
    QDateTime m_metadataFreshUntil;
    std::optional<JsonWebKeySet> m_keys;
    QDateTime m_keysFreshUntil;
    QDateTime m_keysRefetchedAt;
};

} // namespace QtSignIn
