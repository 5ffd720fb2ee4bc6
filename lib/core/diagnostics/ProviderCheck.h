// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "../network/HttpExchange.h"

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/SetupDiagnostics.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QStringList>

#include <chrono>
#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace QtSignIn {

// What fetching the discovery document brought back, with what the
// diagnosis needs beyond the response: the TLS errors by name (HttpExchange
// only logs them) and when the request went and the answer came (for the
// clock).
struct DiscoveryFetch
{
    QUrl url;
    HttpResponse response;
    QStringList tlsErrors;
    QDateTime sentAt;     // UTC
    QDateTime receivedAt; // UTC
};

// The provider's half of SetupDiagnostics: Discovery, Issuer,
// HttpsEndpoints, Pkce and Clock, one finding each.
class ProviderCheck
{
    Q_DECLARE_TR_FUNCTIONS(QtSignIn::SetupDiagnostics)
public:
    // Without a provider: each of them skipped, saying so.
    static QList<SetupFinding> withoutProvider();

    // Endpoints given instead of discovery: only their schemes can be checked.
    static QList<SetupFinding> explicitEndpoints(const ClientConfiguration &configuration);

    // Fetches the discovery document of `configuration`'s authority (a GET,
    // within its network timeout, trusting its extra CAs), then `done`.
    static void fetch(QNetworkAccessManager *network, const ClientConfiguration &configuration,
                      QObject *context, std::function<void(const DiscoveryFetch &)> done);

    // The findings for what came back: no I/O, so tests feed it responses.
    static QList<SetupFinding> evaluate(const DiscoveryFetch &fetch, const ClientConfiguration &configuration);

    // The provider's clock minus ours, from an HTTP Date header (RFC 9110
    // §6.6.1) sent between `sentAt` and `receivedAt`; false when the header
    // is absent or unreadable.
    static bool clockOffset(const QByteArray &dateHeader, const QDateTime &sentAt, const QDateTime &receivedAt,
                            std::chrono::seconds *offset);
};

} // namespace QtSignIn
