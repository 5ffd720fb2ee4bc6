// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

// What `qtsignin login` remembers so that the later commands need no
// options, as `gh`, `az` and `gcloud` do: which provider and client, where
// their tokens are kept, and how login signed in. Settings only, never a
// secret: no token and no client secret has a key here, and a file naming
// one is refused (ProfileStore).
//
// Its keys are the long names of the options they stand for, its values
// what those options take: a profile is a command line written down.
struct CliProfile
{
    Q_DECLARE_TR_FUNCTIONS(CliProfile)
public:
    // Which command the settings are for: `login` uses them all, the
    // commands that work on the token cache only those that find it.
    enum class Use { Login, Session };

    QUrl authority;       // empty only with a provider preset, which names it
    QString clientId;
    QString appName;      // empty: --app-name's default
    QString cache;        // as --cache takes it, a file's path absolute; empty: the keychain
    QStringList scopes;   // login's --scope; `token` asks for what was granted
    QUrl redirectUri;     // empty: 127.0.0.1 on any port
    // --provider and the options of its preset (ProviderOptions), by name.
    QMap<QString, QString> provider;
    QString clientAuthMethod; // as --client-auth-method takes it; empty: auto
    // --oauth2 and its endpoints: a plain OAuth 2.0 provider's.
    bool oauth2 = false;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl userEndpoint;
    QUrl revocationEndpoint;

    // The keys a profile may have, in the order they are written.
    static QStringList keys();

    QJsonObject toJson() const;
    // False, with `error` naming the key and what is wrong with it, for
    // anything the options themselves would refuse.
    static bool fromJson(const QJsonObject &object, CliProfile *profile, QString *error);

    // The options this profile supplies for `use` that `given` does not
    // set, as arguments to put in front of the command line's own: what
    // the person types always wins.
    QStringList argumentsMissingFrom(const QCommandLineParser &given, Use use) const;

    bool operator==(const CliProfile &other) const;
    bool operator!=(const CliProfile &other) const { return !(*this == other); }
};
