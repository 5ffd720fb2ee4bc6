// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/ClientConfiguration.h>

#include "oidc/JsonWebKeySet.h"
#include "oidc/ProviderDocumentCache.h"
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
    // The provider's public documents, parsed, with how long they stay
    // fresh; behind them the disk cache for the next run.
    ProviderDocumentCache documents;
    std::optional<ProviderMetadata> metadata;
    QDateTime metadataFreshUntil;
    std::optional<JsonWebKeySet> keys;
    QDateTime keysFreshUntil;
    // When an unknown kid last made us refetch the keys (key rotation): at
    // most once a minute, so a flood of forged tokens cannot make us hammer
    // the provider.
    QDateTime keysRefetchedAt;
    QPointer<SignInFlow> activeFlow;
};

} // namespace QtSignIn
