// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "CliProfile.h"

#include "ProviderOptions.h"
#include "TokenStoreOption.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QPair>

#include <algorithm>

namespace {

const QString authorityKey = QStringLiteral("authority");
const QString clientIdKey = QStringLiteral("client-id");
const QString appNameKey = QStringLiteral("app-name");
const QString cacheKey = QStringLiteral("cache");
const QString scopeKey = QStringLiteral("scope");
const QString redirectUriKey = QStringLiteral("redirect-uri");
const QString clientAuthMethodKey = QStringLiteral("client-auth-method");
const QString oauth2Key = QStringLiteral("oauth2");
const QString authorizationEndpointKey = QStringLiteral("authorization-endpoint");
const QString tokenEndpointKey = QStringLiteral("token-endpoint");
const QString userEndpointKey = QStringLiteral("user-endpoint");
const QString revocationEndpointKey = QStringLiteral("revocation-endpoint");

// The plain OAuth 2.0 endpoints, by key, in the order they are written.
QList<QPair<QString, QUrl CliProfile::*>> endpointMembers()
{
    return {{authorizationEndpointKey, &CliProfile::authorizationEndpoint},
            {tokenEndpointKey, &CliProfile::tokenEndpoint},
            {userEndpointKey, &CliProfile::userEndpoint},
            {revocationEndpointKey, &CliProfile::revocationEndpoint}};
}

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
    return QStringList{authorityKey, clientIdKey, appNameKey, cacheKey, scopeKey, redirectUriKey, clientAuthMethodKey,
                       oauth2Key, authorizationEndpointKey, tokenEndpointKey, userEndpointKey, revocationEndpointKey}
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
    if (!clientAuthMethod.isEmpty())
        object.insert(clientAuthMethodKey, clientAuthMethod);
    if (oauth2) {
        object.insert(oauth2Key, true);
        for (const auto &[key, member] : endpointMembers()) {
            if (!(this->*member).isEmpty())
                object.insert(key, (this->*member).toString(QUrl::FullyEncoded));
        }
    }
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
        // Empty has a meaning here: Okta's org authorization server.
        const bool mayBeEmpty = key == QLatin1String("authorization-server") && object.value(key).isString();
        if (!text(key, &value) && !mayBeEmpty)
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
    // How the secret is sent, never the secret: a plain OAuth 2.0 provider
    // has no discovery document to say it (GitHub takes it as post).
    if (!text(clientAuthMethodKey, &read.clientAuthMethod))
        return notText(clientAuthMethodKey);
    if (!read.clientAuthMethod.isEmpty()
        && !QStringList{QStringLiteral("basic"), QStringLiteral("post"), QStringLiteral("auto")}.contains(read.clientAuthMethod))
        return fail(tr("\"%1\" must be basic, post or auto").arg(clientAuthMethodKey));
    const QJsonValue oauth2 = object.value(oauth2Key);
    if (!oauth2.isUndefined() && !oauth2.isBool())
        return fail(tr("\"%1\" must be true or false").arg(oauth2Key));
    read.oauth2 = oauth2.toBool(false);
    for (const auto &[key, member] : endpointMembers()) {
        QString url;
        if (!text(key, &url))
            return notText(key);
        if (url.isEmpty())
            continue;
        if (!read.oauth2)
            return fail(tr("\"%1\" needs \"%2\": true").arg(key, oauth2Key));
        read.*member = QUrl(url, QUrl::StrictMode);
        if (!(read.*member).isValid() || (read.*member).host().isEmpty()
            || !QtSignIn::isAllowedEndpoint(read.*member))
            return fail(tr("\"%1\" must be an https URL (http only on 127.0.0.1, [::1] or localhost)").arg(key));
    }
    if (read.oauth2 && (read.authorizationEndpoint.isEmpty() || read.tokenEndpoint.isEmpty()))
        return fail(tr("a plain OAuth 2.0 profile needs \"%1\" and \"%2\"").arg(authorizationEndpointKey, tokenEndpointKey));
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
    // A preset's option may be empty on purpose (--authorization-server=).
    for (auto it = provider.constBegin(); it != provider.constEnd(); ++it) {
        if (!given.isSet(it.key()))
            arguments.append(QStringLiteral("--%1=%2").arg(it.key(), it.value()));
    }
    supply(appNameKey, appName);
    supply(cacheKey, cache);
    // Only with a secret to send: without one the method means nothing, and
    // --client-auth-method alone is a usage error (`accounts` needs no secret).
    if (given.isSet(QStringLiteral("client-secret-file")) || !qEnvironmentVariableIsEmpty("QTSIGNIN_CLIENT_SECRET"))
        supply(clientAuthMethodKey, clientAuthMethod);
    // The provider's endpoints are a whole: a command line that gives any
    // of them (or --oauth2) describes its provider itself.
    const auto endpoints = endpointMembers();
    const bool providerGiven = given.isSet(oauth2Key)
            || std::any_of(endpoints.cbegin(), endpoints.cend(),
                           [&given](const auto &endpoint) { return given.isSet(endpoint.first); });
    if (oauth2 && !providerGiven) {
        arguments.append(QStringLiteral("--%1").arg(oauth2Key));
        for (const auto &[key, member] : endpoints)
            supply(key, (this->*member).toString(QUrl::FullyEncoded));
    }
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
            && provider == other.provider && clientAuthMethod == other.clientAuthMethod && oauth2 == other.oauth2
            && authorizationEndpoint == other.authorizationEndpoint && tokenEndpoint == other.tokenEndpoint
            && userEndpoint == other.userEndpoint && revocationEndpoint == other.revocationEndpoint;
}
