// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "CliProfile.h"

#include "ProviderOptions.h"
#include "TokenStoreOption.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QJsonArray>

namespace {

const QString authorityKey = QStringLiteral("authority");
const QString clientIdKey = QStringLiteral("client-id");
const QString appNameKey = QStringLiteral("app-name");
const QString cacheKey = QStringLiteral("cache");
const QString scopeKey = QStringLiteral("scope");
const QString redirectUriKey = QStringLiteral("redirect-uri");

// The rule ClientOptions::readScopes applies to --scope, so that whatever
// login accepted reads back.
bool isAcceptedScope(const QString &scope)
{
    return !scope.isEmpty() && !scope.contains(QLatin1Char(' ')) && !scope.contains(QLatin1Char('"'))
            && !scope.contains(QLatin1Char('\\'));
}

// Someone who puts a secret into a profile by hand is told why it does not
// belong there, not only that the key is unknown.
bool looksLikeASecret(const QString &key)
{
    return key.contains(QLatin1String("secret"), Qt::CaseInsensitive)
            || key.contains(QLatin1String("token"), Qt::CaseInsensitive)
            || key.contains(QLatin1String("password"), Qt::CaseInsensitive);
}

} // namespace

QStringList CliProfile::keys()
{
    return QStringList{authorityKey, clientIdKey, appNameKey, cacheKey, scopeKey, redirectUriKey}
            + ProviderOptions::optionNames();
}

QJsonObject CliProfile::toJson() const
{
    QJsonObject object{{clientIdKey, clientId}};
    if (!authority.isEmpty())
        object.insert(authorityKey, authority.toString(QUrl::FullyEncoded));
    if (!appName.isEmpty())
        object.insert(appNameKey, appName);
    if (!cache.isEmpty())
        object.insert(cacheKey, cache);
    if (!scopes.isEmpty())
        object.insert(scopeKey, QJsonArray::fromStringList(scopes));
    if (!redirectUri.isEmpty())
        object.insert(redirectUriKey, redirectUri.toString(QUrl::FullyEncoded));
    for (auto it = provider.constBegin(); it != provider.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

bool CliProfile::fromJson(const QJsonObject &object, CliProfile *profile, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    const QStringList known = keys();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (known.contains(it.key()))
            continue;
        if (looksLikeASecret(it.key()))
            return fail(tr("\"%1\" does not belong in a profile: a profile never holds secrets or tokens")
                                .arg(it.key().left(64)));
        return fail(tr("unknown key \"%1\" (a profile has only %2)")
                            .arg(it.key().left(64), known.join(QLatin1String(", "))));
    }
    const auto text = [&object](const QString &key, QString *value) {
        const QJsonValue json = object.value(key);
        if (json.isUndefined())
            return true;
        *value = json.toString();
        return json.isString() && !value->isEmpty();
    };
    const auto notText = [&fail](const QString &key) {
        return fail(tr("\"%1\" must be a string that is not empty").arg(key));
    };

    CliProfile read;
    for (const QString &key : ProviderOptions::optionNames()) {
        QString value;
        if (!text(key, &value))
            return notText(key);
        if (object.contains(key))
            read.provider.insert(key, value);
    }
    const QString providerKey = ProviderOptions::optionNames().constFirst();
    if (read.provider.contains(providerKey)
        && !ProviderOptions::providerNames().contains(read.provider.value(providerKey)))
        return fail(tr("\"provider\" must be one of %1").arg(ProviderOptions::providerNames().join(QLatin1String(", "))));
    QString authority;
    // A provider preset names the authority itself.
    if (!object.contains(authorityKey) && !read.provider.contains(providerKey))
        return fail(tr("\"%1\" is missing").arg(authorityKey));
    if (!text(authorityKey, &authority))
        return notText(authorityKey);
    if (object.contains(authorityKey)) {
        read.authority = QUrl(authority, QUrl::StrictMode);
        if (!read.authority.isValid() || read.authority.host().isEmpty()
            || !QtSignIn::isAllowedEndpoint(read.authority))
            return fail(tr("\"authority\" must be an https URL (http only on 127.0.0.1, [::1] or localhost)"));
    }

    if (!object.contains(clientIdKey))
        return fail(tr("\"%1\" is missing").arg(clientIdKey));
    if (!text(clientIdKey, &read.clientId))
        return notText(clientIdKey);
    if (!text(appNameKey, &read.appName))
        return notText(appNameKey);

    if (!text(cacheKey, &read.cache))
        return notText(cacheKey);
    if (!read.cache.isEmpty()) {
        TokenStoreOption store;
        QString reason;
        if (!TokenStoreOption::parse(read.cache, QStringLiteral("30"), &store, &reason)
            || (store.kind == TokenStoreOption::Kind::File && !QDir::isAbsolutePath(read.cache.mid(5))))
            return fail(tr("\"cache\" must be keychain, memory or file: with an absolute path"));
    }

    const QJsonValue scopes = object.value(scopeKey);
    if (!scopes.isUndefined()) {
        if (!scopes.isArray())
            return fail(tr("\"scope\" must be a list of scopes, such as [\"profile\", \"offline_access\"]"));
        for (const QJsonValue &scope : scopes.toArray()) {
            if (!scope.isString() || !isAcceptedScope(scope.toString()))
                return fail(tr("\"scope\" has an entry that is not a valid scope"));
            read.scopes.append(scope.toString());
        }
    }

    QString redirectUri;
    if (!text(redirectUriKey, &redirectUri))
        return notText(redirectUriKey);
    if (!redirectUri.isEmpty()) {
        read.redirectUri = QUrl(redirectUri, QUrl::StrictMode);
        if (!QtSignIn::isValidLoopbackRedirectUri(read.redirectUri))
            return fail(tr("\"redirect-uri\" must be http on 127.0.0.1, [::1] or localhost, without query or fragment"));
    }
    *profile = read;
    return true;
}

QStringList CliProfile::argumentsMissingFrom(const QCommandLineParser &given, Use use) const
{
    // "--name=value": a value that begins with "-" stays a value.
    QStringList arguments;
    const auto supply = [&](const QString &key, const QString &value) {
        if (!value.isEmpty() && !given.isSet(key))
            arguments.append(QStringLiteral("--%1=%2").arg(key, value));
    };
    supply(authorityKey, authority.toString(QUrl::FullyEncoded));
    supply(clientIdKey, clientId);
    for (auto it = provider.constBegin(); it != provider.constEnd(); ++it)
        supply(it.key(), it.value());
    supply(appNameKey, appName);
    supply(cacheKey, cache);
    if (use == Use::Login) {
        // The scopes as a whole: a --scope on the command line replaces them all.
        if (!given.isSet(scopeKey)) {
            for (const QString &scope : scopes)
                arguments.append(QStringLiteral("--%1=%2").arg(scopeKey, scope));
        }
        if (!redirectUri.isEmpty())
            supply(redirectUriKey, redirectUri.toString(QUrl::FullyEncoded));
    }
    return arguments;
}

bool CliProfile::operator==(const CliProfile &other) const
{
    return authority == other.authority && clientId == other.clientId && appName == other.appName
            && cache == other.cache && scopes == other.scopes && redirectUri == other.redirectUri
            && provider == other.provider;
}
