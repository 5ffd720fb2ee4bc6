// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/ClientConfiguration.h>

namespace QtSignIn::ProviderPresets {

// The presets of ClientConfiguration, with the provider's address as a
// parameter: the public factories pass the real one, the tests a local
// fixture's (tests/fixtures/provider-presets). A new provider is one function
// here and one factory on ClientConfiguration.

// Entra ID's authority for `tenant` at `instance` (the global cloud, a
// national cloud, or a fixture): INSTANCE/TENANT/v2.0.
ClientConfiguration microsoft(const QString &clientId, const QString &tenant, const QUrl &instance);
ClientConfiguration google(const QString &clientId, const Secret &clientSecret, const QString &hostedDomain,
                           const QUrl &issuer);
ClientConfiguration okta(const QString &clientId, const QUrl &organization, const QString &authorizationServer);
ClientConfiguration auth0(const QString &clientId, const QUrl &tenant, const QString &audience);
// GitHub's OAuth apps: `web` is where people sign in (https://github.com),
// `api` the REST API's root (https://api.github.com).
ClientConfiguration github(const QString &clientId, const Secret &clientSecret, const QUrl &web, const QUrl &api);

// https://DOMAIN for a bare host name ("dev-123.okta.com"); an https URL
// without path ("https://dev-123.okta.com/") is taken as it is. Anything
// else gives an invalid URL, which ClientConfiguration::validate() refuses.
QUrl httpsUrlOfDomain(const QString &domain);

inline constexpr QLatin1String microsoftInstance{"https://login.microsoftonline.com"};
inline constexpr QLatin1String googleIssuer{"https://accounts.google.com"};
inline constexpr QLatin1String githubWeb{"https://github.com"};
inline constexpr QLatin1String githubApi{"https://api.github.com"};

} // namespace QtSignIn::ProviderPresets
