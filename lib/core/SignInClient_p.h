// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/ClientConfiguration.h>

#include "oidc/JsonWebKeySet.h"
#include "protocol/ProviderMetadata.h"

#include <QtCore/QDateTime>

#include <QtCore/QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace QtSignIn {

class SignInFlow;
class UserAgent;

class SignInClientPrivate
{
public:
    ClientConfiguration configuration;
    QPointer<UserAgent> userAgent;
    QNetworkAccessManager *ownNetwork = nullptr;
    QPointer<QNetworkAccessManager> network;
    // Provider metadata is public and stable: fetched once per client.
    std::optional<ProviderMetadata> metadata;
    std::optional<JsonWebKeySet> keys;
    // When the keys were last fetched: an unknown kid triggers a refetch
    // (key rotation), at most once a minute, so a flood of forged tokens
    // cannot make us hammer the provider.
    QDateTime keysFetchedAt;
    QPointer<SignInFlow> activeFlow;
};

} // namespace QtSignIn
