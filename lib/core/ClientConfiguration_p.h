// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/ClientConfiguration.h>

#include "ProviderQuirks_p.h"

#include <QtCore/QSharedData>

namespace QtSignIn {

// ClientConfiguration's fields, behind its d-pointer so that a setting can be
// added without changing the exported class's layout.
class ClientConfigurationData : public QSharedData
{
public:
    QUrl authority;
    QString clientId;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QUrl userInfoEndpoint;
    QUrl revocationEndpoint;
    ClientConfiguration::Protocol protocol = ClientConfiguration::Protocol::OpenIdConnect;
    QStringList profileIdFields{QStringLiteral("sub"), QStringLiteral("id")};
    QStringList profileUsernameFields{QStringLiteral("preferred_username"), QStringLiteral("login"),
                                      QStringLiteral("username"), QStringLiteral("email")};
    QStringList profileDisplayNameFields{QStringLiteral("name")};
    QUrl redirectUri{QStringLiteral("http://127.0.0.1/")};
    std::chrono::seconds interactiveTimeout{300};
    std::chrono::seconds networkTimeout{30};
    std::chrono::seconds clockSkew{300};
    QString applicationName;
    QString storageNamespace;
    QList<QSslCertificate> caCertificates;
    ClientConfiguration::ProviderCaching providerCaching = ClientConfiguration::ProviderCaching::MemoryAndDisk;
    QString providerCacheDirectory;
    Secret clientSecret;
    ClientConfiguration::ClientAuthenticationMethod clientAuthenticationMethod =
            ClientConfiguration::ClientAuthenticationMethod::Automatic;
    QStringList defaultScopes;
    QStringList clientCapabilities;
    ClientConfiguration::ProofOfPossession proofOfPossession = ClientConfiguration::ProofOfPossession::None;
    ProviderQuirks quirks;
};

// For the library's own use: the quirks a preset put in a configuration.
class ClientConfigurationPrivate
{
public:
    static const ProviderQuirks &quirks(const ClientConfiguration &configuration)
    {
        return configuration.d->quirks;
    }
    static ProviderQuirks &quirks(ClientConfiguration &configuration) { return configuration.d->quirks; }
    // authority() is the token endpoint's URL, not an issuer anyone named.
    static bool derivesAuthority(const ClientConfiguration &configuration)
    {
        return configuration.d->authority.isEmpty() && configuration.authority() != configuration.d->authority;
    }
};

} // namespace QtSignIn
