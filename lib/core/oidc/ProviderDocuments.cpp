// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ProviderDocuments.h"

#include "ClientConfiguration_p.h"
#include "IdTokenValidator.h"
#include "Logging_p.h"
#include "network/HttpExchange.h"

#include <QtNetwork/QNetworkReply>

namespace QtSignIn {

namespace {

// The error code for a discovery document that ProviderMetadata::parse()
// refused; no default, so a new kind of failure has to be placed here.
SignInError::Code errorCodeFor(ProviderMetadata::ParseFailure failure)
{
    switch (failure) {
    case ProviderMetadata::ParseFailure::InsecureEndpoint:
        return SignInError::InsecureEndpoint;
    case ProviderMetadata::ParseFailure::None:
    case ProviderMetadata::ParseFailure::Malformed:
    case ProviderMetadata::ParseFailure::IssuerMismatch:
    case ProviderMetadata::ParseFailure::PkceS256Unsupported:
        break;
    }
    return SignInError::InvalidProviderMetadata;
}

} // namespace

ProviderDocuments::ProviderDocuments(const ClientConfiguration &configuration)
    : m_configuration(configuration)
{
    if (configuration.providerCaching() == ClientConfiguration::ProviderCaching::MemoryAndDisk) {
        const QString directory = configuration.providerCacheDirectory();
        m_disk = ProviderDocumentCache(directory.isEmpty() ? ProviderDocumentCache::defaultDirectory()
                                                           : directory);
    }
}

SignInError ProviderDocuments::httpFailure(const QString &stage, const HttpResponse &response)
{
    if (response.transportFailed)
        return SignInError(SignInError::NetworkError, QStringLiteral("%1: %2").arg(stage, response.transportError));
    // RFC 6585 §4, RFC 9110 §15.6.4: a busy provider may say when to come back.
    const std::chrono::seconds retryAfter = response.status == 429 || response.status == 503
            ? response.retryAfter(QDateTime::currentDateTimeUtc())
            : std::chrono::seconds(0);
    QString detail = QStringLiteral("%1: HTTP %2").arg(stage).arg(response.status);
    if (retryAfter.count() > 0)
        detail += QStringLiteral(", retry after %1 s").arg(retryAfter.count());
    SignInError error(SignInError::NetworkError, detail);
    error.setRetryAfter(retryAfter);
    return error;
}

bool ProviderDocuments::useCachedMetadata(ProviderMetadata *metadata)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_metadata && m_metadataFreshUntil > now) {
        *metadata = *m_metadata;
        return true;
    }
    const QString authority = m_configuration.authority().toString();
    const auto stored = m_disk.lookup(authority, ProviderDocumentCache::Document::Discovery, now);
    QString reason;
    if (!stored || !ProviderMetadata::parse(stored->body, authority, metadata, &reason))
        return false;
    m_metadata = *metadata;
    m_metadataFreshUntil = stored->freshUntil;
    return true;
}

QNetworkReply *ProviderDocuments::metadata(const HttpExchange &http, QObject *context,
                                           const MetadataCallback &done)
{
    ProviderMetadata metadata;
    if (m_configuration.hasExplicitEndpoints()) {
        metadata.issuer = m_configuration.authority().toString();
        metadata.authorizationEndpoint = m_configuration.authorizationEndpoint();
        metadata.tokenEndpoint = m_configuration.tokenEndpoint();
        metadata.jwksUri = m_configuration.jwksUri();
        metadata.userinfoEndpoint = m_configuration.userInfoEndpoint();
        // A preset's word on client authentication, where discovery would say it.
        metadata.tokenEndpointAuthMethodsSupported =
                ClientConfigurationPrivate::quirks(m_configuration).tokenEndpointAuthMethods;
        done(metadata, SignInError());
        return nullptr;
    }
    if (useCachedMetadata(&metadata)) {
        done(metadata, SignInError());
        return nullptr;
    }
    const QUrl url = ProviderMetadata::discoveryUrl(m_configuration.authority());
    qCInfo(lcDiscovery) << "fetching" << loggableUrl(url);
    return http.get(url, context, [this, done](const HttpResponse &response) {
        if (response.transportFailed || response.status != 200)
            return done(ProviderMetadata(), httpFailure(QStringLiteral("discovery"), response));
        QString reason;
        ProviderMetadata::ParseFailure failure;
        ProviderMetadata metadata;
        const QString authority = m_configuration.authority().toString();
        if (!ProviderMetadata::parse(response.body, authority, &metadata, &reason, &failure)) {
            return done(ProviderMetadata(), SignInError(errorCodeFor(failure),
                                                        QStringLiteral("discovery: %1").arg(reason)));
        }
        m_metadata = metadata;
        m_metadataFreshUntil = ProviderDocumentCache::freshUntil(response, QDateTime::currentDateTimeUtc());
        m_disk.store(authority, ProviderDocumentCache::Document::Discovery, response.body, m_metadataFreshUntil);
        done(metadata, SignInError());
    });
}

bool ProviderDocuments::useCachedKeys()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_keys && m_keysFreshUntil > now)
        return true;
    const auto stored = m_disk.lookup(m_configuration.authority().toString(),
                                      ProviderDocumentCache::Document::Keys, now);
    JsonWebKeySet keys;
    SignInError unusable;
    if (!stored || !JsonWebKeySet::parse(stored->body, &keys, &unusable))
        return false;
    m_keys = keys;
    m_keysFreshUntil = stored->freshUntil;
    return true;
}

QNetworkReply *ProviderDocuments::fetchKeys(const HttpExchange &http, QObject *context, const QUrl &jwksUri,
                                            const std::function<void(const SignInError &)> &done)
{
    qCInfo(lcDiscovery) << "fetching the provider's keys from" << loggableUrl(jwksUri);
    return http.get(jwksUri, context, [this, done](const HttpResponse &response) {
        if (response.transportFailed || response.status != 200) {
            SignInError error = httpFailure(QStringLiteral("jwks"), response);
            error.setReason(SignInError::Reason::SigningKeysUnavailable);
            return done(error);
        }
        JsonWebKeySet keys;
        SignInError error;
        if (!JsonWebKeySet::parse(response.body, &keys, &error))
            return done(error);
        m_keys = keys;
        m_keysFreshUntil = ProviderDocumentCache::freshUntil(response, QDateTime::currentDateTimeUtc());
        m_disk.store(m_configuration.authority().toString(), ProviderDocumentCache::Document::Keys,
                     response.body, m_keysFreshUntil);
        done(SignInError());
    });
}

QNetworkReply *ProviderDocuments::verifySignature(const HttpExchange &http, QObject *context,
                                                  const ProviderMetadata &metadata,
                                                  const QByteArray &compactIdToken, const Jwt &idToken,
                                                  bool *mayRefetchKeys, const VerifyCallback &done)
{
    if (metadata.jwksUri.isEmpty()) {
        done(SignInError(SignInError::InvalidConfiguration, QStringLiteral("no jwks_uri to verify the ID token with"),
                         SignInError::Reason::SigningKeysUnavailable));
        return nullptr;
    }
    // Verification with the keys at hand; on an unknown kid, says so instead.
    const auto verifyWithKnownKeys = [this, compactIdToken, idToken](bool *unknownKid) {
        *unknownKid = false;
        const QString alg = idToken.header.value(QLatin1String("alg")).toString();
        const QString kid = idToken.header.value(QLatin1String("kid")).toString();
        JsonWebKeySet::Key key;
        switch (m_keys->select(kid, alg, &key)) {
        case JsonWebKeySet::Selection::Found:
            break;
        case JsonWebKeySet::Selection::UnknownKid:
            *unknownKid = true;
            return SignInError(SignInError::InvalidIdToken, QStringLiteral("unknown kid"),
                               SignInError::Reason::SigningKeyUnknown);
        case JsonWebKeySet::Selection::AmbiguousKey:
            return SignInError(SignInError::InvalidIdToken,
                               kid.isEmpty() ? QStringLiteral("no kid, and several keys could have signed")
                                             : QStringLiteral("several keys share the token's kid"),
                               SignInError::Reason::SigningKeyAmbiguous);
        case JsonWebKeySet::Selection::NoSuitableKey:
            return SignInError(SignInError::InvalidIdToken, QStringLiteral("no key for the signing algorithm"),
                               SignInError::Reason::NoSigningKeyForAlgorithm);
        }
        SignInError error;
        if (!verifyJwsSignature(compactIdToken, alg, key, &error))
            return error;
        return SignInError();
    };
    const QUrl jwksUri = metadata.jwksUri;
    const auto afterKeys = [this, verifyWithKnownKeys, mayRefetchKeys, &http, context, jwksUri, done](const SignInError &keysError) -> QNetworkReply * {
        if (keysError.isError()) {
            done(keysError);
            return nullptr;
        }
        bool unknownKid = false;
        const SignInError error = verifyWithKnownKeys(&unknownKid);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (unknownKid && *mayRefetchKeys
            && (!m_keysRefetchedAt.isValid() || m_keysRefetchedAt.secsTo(now) >= 60)) {
            *mayRefetchKeys = false;
            m_keysRefetchedAt = now;
            return fetchKeys(http, context, jwksUri, [verifyWithKnownKeys, done](const SignInError &refetchError) {
                if (refetchError.isError())
                    return done(refetchError);
                bool stillUnknown = false;
                done(verifyWithKnownKeys(&stillUnknown));
            });
        }
        done(error);
        return nullptr;
    };
    if (useCachedKeys())
        return afterKeys(SignInError());
    return fetchKeys(http, context, jwksUri, [afterKeys](const SignInError &error) { afterKeys(error); });
}

} // namespace QtSignIn
