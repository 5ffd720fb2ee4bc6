// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Account.h>
#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/SignInError.h>

#include "PendingWrites_p.h"
#include "cache/TokenCache.h"
#include "dpop/DPoPKey.h"
#include "network/HttpExchange.h"
#include "oidc/IdTokenVerifier.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtNetwork/QNetworkAccessManager>

#include <memory>


namespace QtSignIn {

class InteractiveSignIn;
class Operation;
class PersistedTokenCache;
class DPoPNonces;
class ProviderDocuments;
struct TokenRequest;
class SilentTokenRequest;

// What every operation of one client shares: the configuration, the network,
// the provider's documents, the token cache, the retry gate and the registry
// of operations under way. The client owns it; operations are its children
// and see only it, never the client, so they work the same whether the
// client is there or gone (a refresh whose answer must still be stored).
class ClientContext : public QObject
{
    Q_OBJECT
public:
    explicit ClientContext(const ClientConfiguration &configuration);
    ~ClientContext() override;

    const ClientConfiguration &configuration() const { return m_configuration; }
    QString authority() const { return m_authority; }
    // The cache key of `account`'s entries at this provider, for this client.
    TokenCache::Owner ownerOf(const Account &account) const;
    // What this configuration's accounts' identity rests on: a signed ID
    // token, or a plain OAuth 2.0 provider's profile endpoint.
    Account::IdentityVerification identityVerification() const;
    // What every ID token from `metadata`'s provider must meet for this
    // client, the provider preset's rules included; an operation adds what
    // its own grant carried (nonce, code, the session's original claims).
    IdTokenVerifier::Expectations idTokenExpectations(const ProviderMetadata &metadata,
                                                      const Secret &accessToken) const;

    // Why a sign-in (any grant) cannot start with this configuration, before
    // anything is sent: validate()'s reason, or a client secret the provider
    // preset needs and the configuration lacks. Empty when it can.
    QString signInConfigurationProblem() const;

    // The claims parameter for a request on behalf of a call that asked for
    // `claims`: those merged with the client's capabilities (compact JSON),
    // empty when there is nothing to ask.
    QByteArray claimsParameter(const QJsonObject &claims) const;

    // DPoP (RFC 9449) for a new grant at `metadata`'s provider, as the
    // configuration's proofOfPossession() says: a fresh key when its tokens
    // are to be bound, a null one for Bearer; an error, before anything is
    // sent, when DPoP is required and the provider does not offer ES256.
    SignInError newDPoPKey(const ProviderMetadata &metadata, DPoPKey *key) const;
    bool requiresDPoP() const
    {
        return m_configuration.proofOfPossession() == ClientConfiguration::ProofOfPossession::DPoPRequired;
    }
    // Makes `request` carry a proof from `key` (none for a null key), with
    // the provider's latest nonce and the configuration's demand.
    void addDPoP(TokenRequest *request, const DPoPKey &key) const;
    // The latest DPoP nonce of each server (RFC 9449 §8), for every token request.
    const std::shared_ptr<DPoPNonces> &dpopNonces() const { return m_dpopNonces; }

    // The application's network access manager when it gave one, else our own.
    QNetworkAccessManager *network();
    void setNetwork(QNetworkAccessManager *manager) { m_network = manager; }
    // The rules every request to the provider follows (deadline, size, TLS).
    HttpExchange http();

    const std::shared_ptr<ProviderDocuments> &provider() const { return m_provider; }
    PersistedTokenCache *tokens() const { return m_tokens; }
    const std::shared_ptr<PendingWrites> &pendingWrites() const { return m_pendingWrites; }

    // The provider answered 429 or 503 with Retry-After: nothing is sent
    // before then. An error saying so while it lasts, else none.
    SignInError retryGate() const;
    void noteRetryAfter(const SignInError &error);

    // Operations under way, by kind: one interactive sign-in at a time, one
    // silent request per account and scope set (single flight).
    QPointer<InteractiveSignIn> activeSignIn;
    QHash<QString, QPointer<SilentTokenRequest>> silentRequests;

    // Starts `operation` (a child of this context) from the event loop.
    void run(Operation *operation);

    // The client is going away. Operations that still hold tokens the
    // provider issued finish storing them; every other one ends. Their
    // replies are cancelled (see Operation::abandon()). The context deletes
    // itself once nothing is pending, or at the closing deadline.
    void releaseFromClient();

    // How long quitting waits for pending writes: the provider's answer and
    // the ID token's keys, then the store's write.
    std::chrono::milliseconds closingDeadline() const;

Q_SIGNALS:
    // The accounts in the token cache may have changed (loaded, signed in,
    // refreshed, signed out): said once per change, by the cache alone.
    void accountsChanged();
    void tokenCacheWarning(const QString &message);

private:
    ClientConfiguration m_configuration;
    QString m_authority;
    QPointer<QNetworkAccessManager> m_network;
    QNetworkAccessManager *m_ownNetwork = nullptr;
    std::shared_ptr<ProviderDocuments> m_provider;
    PersistedTokenCache *m_tokens = nullptr;
    std::shared_ptr<PendingWrites> m_pendingWrites = std::make_shared<PendingWrites>();
    QDateTime m_retryNotBefore;
    std::shared_ptr<DPoPNonces> m_dpopNonces;
};

} // namespace QtSignIn
