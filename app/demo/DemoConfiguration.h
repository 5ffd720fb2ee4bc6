// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/ClientConfiguration.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

// One call the demo can make to the protected API.
struct ApiEndpoint
{
    QString id;          // stable, for tests and scripts ("me", "items", "add-item")
    QString title;       // for the person ("Show my items")
    QString method = QStringLiteral("GET");
    QString path;        // appended to the API's base URL
    QStringList scopes;  // what the API requires for it
    QByteArray body;     // sent with POST, as JSON
};

// What the demo signs in to and calls: the provider and client (the app
// registration), the scopes asked for at sign-in, and the protected API.
// Either the local demo (the provider and API from tests/, started by
// scripts/demo.sh) or a JSON file such as examples/entra-graph.json.
class DemoConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(DemoConfiguration)
public:
    QtSignIn::ClientConfiguration client;
    // Asked for at the first sign-in. Scopes only some features need are
    // asked for when such a feature is first used (incremental consent).
    QStringList signInScopes;
    // How the person knows the provider ("Microsoft"); empty: its host.
    QString providerName;
    // What "Use another account" asks the provider for (OpenID Connect
    // Core §3.1.2.1): "select_account" where it offers an account picker
    // (Microsoft, Google), "login" where it does not (the local provider).
    QString anotherAccountPrompt = QStringLiteral("login");
    QString apiName;
    QUrl apiBaseUrl;
    QList<ApiEndpoint> endpoints;
    // Plain words for scopes the built-in catalogue does not know.
    QHash<QString, QString> scopeDescriptions;

    // The local provider and demo API: client "qtsignin-demo".
    static DemoConfiguration localDemo(const QUrl &authority, const QUrl &apiBaseUrl);

    // Reads a configuration file (format: examples/entra-graph.json). On
    // failure returns false and says why in `error`.
    static bool fromFile(const QString &path, DemoConfiguration *configuration, QString *error);

    QString providerDisplayName() const;

    // Empty when the configuration can work; otherwise what is wrong.
    QString problem() const;

    // The scopes an access token for `endpoint` needs; the API's base scopes
    // when the endpoint names none.
    QStringList scopesFor(const ApiEndpoint &endpoint) const;
    // The API scopes asked for at sign-in (signInScopes minus the OpenID ones).
    QStringList baseApiScopes() const;

    const ApiEndpoint *endpoint(const QString &id) const;
};
