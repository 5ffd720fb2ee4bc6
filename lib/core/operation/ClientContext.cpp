// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ClientContext.h"

#include "ClientConfiguration_p.h"
#include "Logging_p.h"
#include "Operation.h"
#include "cache/PersistedTokenCache.h"
#include "dpop/DPoPProof.h"
#include "oidc/ProviderDocuments.h"
#include "protocol/ClaimsRequest.h"
#include "protocol/TokenRequest.h"

#include <QtSignIn/KeychainTokenStore.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>

namespace QtSignIn {

ClientContext::ClientContext(const ClientConfiguration &configuration)
    : m_configuration(configuration),
      m_authority(configuration.authority().toString()),
      m_provider(std::make_shared<ProviderDocuments>(configuration)),
      m_tokens(new PersistedTokenCache(nullptr, this)),
      m_dpopNonces(std::make_shared<DPoPNonces>())
{
    connect(m_tokens, &PersistedTokenCache::accountsChanged, this, &ClientContext::accountsChanged);
    connect(m_tokens, &PersistedTokenCache::warning, this, &ClientContext::tokenCacheWarning);
}

ClientContext::~ClientContext()
{
    // Operations reach back here as they end (the single-flight registry,
    // the pending writes, the cache's sections): they go while all of this
    // is still whole, then the cache.
    qDeleteAll(findChildren<Operation *>(QString(), Qt::FindDirectChildrenOnly));
    delete std::exchange(m_tokens, nullptr);
}

TokenCache::Owner ClientContext::ownerOf(const Account &account) const
{
    return TokenCache::ownerOf(m_authority, m_configuration.clientId(), account);
}

QNetworkAccessManager *ClientContext::network()
{
    if (m_network)
        return m_network;
    if (!m_ownNetwork)
        m_ownNetwork = new QNetworkAccessManager(this);
    return m_ownNetwork;
}

HttpExchange ClientContext::http()
{
    return HttpExchange(network(), m_configuration.networkTimeout(), m_configuration.caCertificates());
}

SignInError ClientContext::retryGate() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_retryNotBefore.isValid() || m_retryNotBefore <= now)
        return SignInError();
    SignInError busy(SignInError::NetworkError, QStringLiteral("the provider asked us to wait"));
    busy.setRetryAfter(std::chrono::seconds(now.secsTo(m_retryNotBefore)));
    return busy;
}

void ClientContext::noteRetryAfter(const SignInError &error)
{
    if (error.retryAfter().count() > 0)
        m_retryNotBefore = QDateTime::currentDateTimeUtc().addSecs(error.retryAfter().count());
}

void ClientContext::run(Operation *operation)
{
    // Not if it ended before it began (cancelled, or the client went away
    // while other operations still store tokens: nothing new may start).
    QMetaObject::invokeMethod(operation, [operation] {
        if (!operation->isFinished())
            operation->start();
    }, Qt::QueuedConnection);
}

std::chrono::milliseconds ClientContext::closingDeadline() const
{
    // The refresh's answer, maybe the provider's keys, and the store's write.
    const auto store = qobject_cast<const KeychainTokenStore *>(m_tokens->store());
    return 2 * m_configuration.networkTimeout() + (store ? store->timeout() : std::chrono::milliseconds(10000));
}

void ClientContext::releaseFromClient()
{
    // The application's own network access manager may go with the client's
    // owner: what goes on uses ours from now on.
    m_network.clear();
    disconnect(this, &ClientContext::accountsChanged, nullptr, nullptr);
    disconnect(this, &ClientContext::tokenCacheWarning, nullptr, nullptr);
    bool goesOn = false;
    for (Operation *operation : findChildren<Operation *>(QString(), Qt::FindDirectChildrenOnly))
        goesOn = operation->abandon() || goesOn;
    if (!goesOn && m_pendingWrites->isEmpty()) {
        delete this;
        return;
    }
    qCInfo(lcToken) << "the client is going away with tokens not yet stored; they are stored without it";
    m_pendingWrites->close(); // nothing new that would use up a refresh token
    const std::shared_ptr<PendingWrites> writes = m_pendingWrites;
    const QDeadlineTimer deadline(closingDeadline());
    auto *check = new QTimer(this);
    connect(check, &QTimer::timeout, this, [this, writes, deadline] {
        if (writes->isEmpty() || deadline.hasExpired())
            deleteLater();
    });
    check->start(50);
    if (QCoreApplication *application = QCoreApplication::instance()) {
        connect(application, &QCoreApplication::aboutToQuit, this,
                [writes, deadline] { writes->waitUntilDone(deadline); });
    }
}

QString ClientContext::signInConfigurationProblem() const
{
    QString reason;
    if (!m_configuration.validate(&reason))
        return reason;
    return ClientConfigurationPrivate::quirks(m_configuration).missingClientSecret(!m_configuration.clientSecret().isEmpty());
}

QByteArray ClientContext::claimsParameter(const QJsonObject &claims) const
{
    return ClaimsRequest{m_configuration.clientCapabilities(), claims}.toParameter();
}

Account::IdentityVerification ClientContext::identityVerification() const
{
    return m_configuration.protocol() == ClientConfiguration::Protocol::OAuth2
            ? Account::IdentityVerification::ProfileEndpoint
            : Account::IdentityVerification::SignedIdToken;
}

IdTokenVerifier::Expectations ClientContext::idTokenExpectations(const ProviderMetadata &metadata,
                                                                const Secret &accessToken) const
{
    IdTokenVerifier::Expectations expected;
    expected.metadata = metadata;
    expected.clientId = m_configuration.clientId();
    expected.clockSkew = m_configuration.clockSkew();
    expected.accessToken = accessToken;
    const ProviderQuirks &quirks = ClientConfigurationPrivate::quirks(m_configuration);
    expected.alternativeIssuer = quirks.alternativeIssuerOf(metadata.issuer);
    expected.hostedDomain = quirks.hostedDomain;
    return expected;
}

void ClientContext::addDPoP(TokenRequest *request, const DPoPKey &key) const
{
    request->dpopKey = key;
    request->dpopRequired = requiresDPoP();
    request->dpopNonces = m_dpopNonces;
}

SignInError ClientContext::newDPoPKey(const ProviderMetadata &metadata, DPoPKey *key) const
{
    *key = DPoPKey();
    if (m_configuration.proofOfPossession() == ClientConfiguration::ProofOfPossession::None)
        return SignInError();
    // RFC 9449 §5.1: the provider lists the algorithms it accepts; ES256 is
    // the one we sign with. Without it the provider would refuse the proof
    // (or ignore it), so none is sent.
    if (!metadata.dpopSigningAlgValuesSupported.contains(QLatin1String("ES256"))) {
        if (!requiresDPoP())
            return SignInError();
        return SignInError(SignInError::InvalidConfiguration,
                           QStringLiteral("DPoP is required, and the provider does not offer it with ES256 "
                                          "(dpop_signing_alg_values_supported)"),
                           SignInError::Reason::DpopUnsupported);
    }
    *key = DPoPKey::generate();
    if (key->isNull())
        return SignInError(SignInError::InvalidConfiguration, QStringLiteral("no DPoP key could be generated"),
                           SignInError::Reason::DpopKeyUnusable);
    qCDebug(lcToken) << "binding the tokens to a new DPoP key";
    return SignInError();
}

} // namespace QtSignIn
