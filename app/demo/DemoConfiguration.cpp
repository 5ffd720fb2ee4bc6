// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "DemoConfiguration.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>


namespace {

const QStringList openIdScopes{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                               QStringLiteral("offline_access")};

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString() && !item.toString().isEmpty())
            list << item.toString();
    }
    return list;
}

// As the command line takes it: never from the file, which may be shared.
bool clientSecretFromEnvironment(const QString &path, const QString &providerName, QtSignIn::Secret *secret,
                                 QString *error)
{
    const QByteArray value = qgetenv("QTSIGNIN_CLIENT_SECRET");
    if (value.isEmpty()) {
        *error = DemoConfiguration::tr("%1: %2 needs the app's client secret; set the environment variable "
                                       "QTSIGNIN_CLIENT_SECRET").arg(path, providerName);
        return false;
    }
    *secret = QtSignIn::Secret(value);
    return true;
}

} // namespace

DemoConfiguration DemoConfiguration::localDemo(const QUrl &authority, const QUrl &apiBaseUrl)
{
    DemoConfiguration c;
    c.client.setAuthority(authority);
    c.client.setClientId(QStringLiteral("qtsignin-demo"));
    c.client.setRedirectUri(QUrl(QStringLiteral("http://127.0.0.1/callback")));
    // The local provider binds tokens to the app's key (RFC 9449) and the
    // demo API checks each call's proof: the demo shows DPoP at work.
    c.client.setProofOfPossession(QtSignIn::ClientConfiguration::ProofOfPossession::DPoPWhenSupported);
    c.signInScopes = QStringList{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                                 QStringLiteral("offline_access"), QStringLiteral("api.read")};
    c.providerName = tr("Demo Sign-in");
    c.apiName = tr("Demo API");
    c.apiBaseUrl = apiBaseUrl;
    c.endpoints = {
        {QStringLiteral("me"), tr("Who am I?"), QStringLiteral("GET"), QStringLiteral("/me"),
         {QStringLiteral("api.read")}, {}},
        {QStringLiteral("items"), tr("Show my items"), QStringLiteral("GET"), QStringLiteral("/items"),
         {QStringLiteral("api.read")}, {}},
        {QStringLiteral("add-item"), tr("Add an item"), QStringLiteral("POST"), QStringLiteral("/items"),
         {QStringLiteral("api.write")}, QByteArrayLiteral("{\"title\":\"Added from QtSignIn Demo\"}")},
        // Behind a claims challenge (Conditional Access): the first needs a
        // second factor, the person signs in again; the second a compliant
        // device, which a refresh gets (tests/provider/provider.mjs).
        {QStringLiteral("secure-items"), tr("Show my items (second factor)"), QStringLiteral("GET"),
         QStringLiteral("/secure-items"), {QStringLiteral("api.read")}, {}},
        {QStringLiteral("device-items"), tr("Show my items (managed device)"), QStringLiteral("GET"),
         QStringLiteral("/device-items"), {QStringLiteral("api.read")}, {}},
    };
    return c;
}

bool DemoConfiguration::fromFile(const QString &path, DemoConfiguration *configuration, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (!document.isObject()) {
        *error = tr("%1 is not a JSON object (%2)").arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    DemoConfiguration c;
    const QString clientId = root.value(QLatin1String("clientId")).toString();
    // A provider preset fills in the authority, redirect URI and the
    // provider's quirks; "authority" and "redirectUri" still win.
    const QString provider = root.value(QLatin1String("provider")).toString();
    if (provider == QLatin1String("microsoft")) {
        c.client = QtSignIn::ClientConfiguration::microsoft(
                clientId, root.value(QLatin1String("tenant")).toString(QStringLiteral("common")));
    } else if (provider == QLatin1String("google")) {
        QtSignIn::Secret secret;
        if (!clientSecretFromEnvironment(path, QStringLiteral("Google"), &secret, error))
            return false;
        c.client = QtSignIn::ClientConfiguration::google(clientId, secret,
                                                         root.value(QLatin1String("hostedDomain")).toString());
    } else if (provider == QLatin1String("github")) {
        QtSignIn::Secret secret;
        if (!clientSecretFromEnvironment(path, QStringLiteral("GitHub"), &secret, error))
            return false;
        c.client = QtSignIn::ClientConfiguration::github(clientId, secret);
    } else if (!provider.isEmpty()) {
        *error = tr("%1: \"provider\" must be microsoft, google or github").arg(path);
        return false;
    } else {
        c.client.setRedirectUri(QUrl(QStringLiteral("http://127.0.0.1/")));
    }
    c.client.setClientId(clientId);
    if (root.contains(QLatin1String("authority")))
        c.client.setAuthority(QUrl(root.value(QLatin1String("authority")).toString()));
    if (root.contains(QLatin1String("redirectUri")))
        c.client.setRedirectUri(QUrl(root.value(QLatin1String("redirectUri")).toString()));
    // A plain OAuth 2.0 provider elsewhere than the preset says (GitHub
    // Enterprise Server, a local test provider): its endpoints. An OpenID
    // Connect provider's come from its discovery document; given here they
    // would skip it, and the sign-in would fail far from the cause.
    for (const char *key : {"authorizationEndpoint", "tokenEndpoint", "userInfoEndpoint"}) {
        if (root.contains(QLatin1String(key)) && c.client.protocol() != QtSignIn::ClientConfiguration::Protocol::OAuth2) {
            *error = tr("%1: \"%2\" is for a plain OAuth 2.0 provider (\"provider\": \"github\"); an OpenID "
                        "Connect provider's endpoints come from its discovery document")
                             .arg(path, QLatin1String(key));
            return false;
        }
    }
    if (root.contains(QLatin1String("authorizationEndpoint")))
        c.client.setAuthorizationEndpoint(QUrl(root.value(QLatin1String("authorizationEndpoint")).toString()));
    if (root.contains(QLatin1String("tokenEndpoint")))
        c.client.setTokenEndpoint(QUrl(root.value(QLatin1String("tokenEndpoint")).toString()));
    if (root.contains(QLatin1String("userInfoEndpoint")))
        c.client.setUserInfoEndpoint(QUrl(root.value(QLatin1String("userInfoEndpoint")).toString()));
    // Absent: the library's default. "dpop" only where the API accepts
    // DPoP-bound tokens (the examples' APIs take Bearer tokens).
    if (root.contains(QLatin1String("proofOfPossession"))) {
        const QString proof = root.value(QLatin1String("proofOfPossession")).toString();
        using ProofOfPossession = QtSignIn::ClientConfiguration::ProofOfPossession;
        if (proof == QLatin1String("none")) {
            c.client.setProofOfPossession(ProofOfPossession::None);
        } else if (proof == QLatin1String("dpop")) {
            c.client.setProofOfPossession(ProofOfPossession::DPoPWhenSupported);
        } else if (proof == QLatin1String("dpop-required")) {
            c.client.setProofOfPossession(ProofOfPossession::DPoPRequired);
        } else {
            *error = tr("%1: \"proofOfPossession\" must be none, dpop or dpop-required").arg(path);
            return false;
        }
    }
    c.signInScopes = stringList(root.value(QLatin1String("scopes")));
    c.providerName = root.value(QLatin1String("providerName")).toString();
    c.anotherAccountPrompt = root.value(QLatin1String("anotherAccountPrompt")).toString(c.anotherAccountPrompt);
    const QJsonObject api = root.value(QLatin1String("api")).toObject();
    c.apiName = api.value(QLatin1String("name")).toString(tr("API"));
    c.apiBaseUrl = QUrl(api.value(QLatin1String("baseUrl")).toString());
    const QJsonArray endpoints = api.value(QLatin1String("endpoints")).toArray();
    for (const QJsonValue &value : endpoints) {
        const QJsonObject o = value.toObject();
        ApiEndpoint e;
        e.id = o.value(QLatin1String("id")).toString();
        e.title = o.value(QLatin1String("title")).toString(e.id);
        e.method = o.value(QLatin1String("method")).toString(QStringLiteral("GET")).toUpper();
        e.path = o.value(QLatin1String("path")).toString();
        e.scopes = stringList(o.value(QLatin1String("scopes")));
        if (o.contains(QLatin1String("body")))
            e.body = QJsonDocument(o.value(QLatin1String("body")).toObject()).toJson(QJsonDocument::Compact);
        if (!e.id.isEmpty() && e.path.startsWith(QLatin1Char('/')))
            c.endpoints << e;
    }
    const QJsonObject words = root.value(QLatin1String("scopeDescriptions")).toObject();
    for (auto it = words.begin(); it != words.end(); ++it)
        c.scopeDescriptions.insert(it.key(), it.value().toString());
    if (const QString why = c.problem(); !why.isEmpty()) {
        *error = tr("%1: %2").arg(path, why);
        return false;
    }
    *configuration = c;
    return true;
}

QString DemoConfiguration::providerDisplayName() const
{
    if (!providerName.isEmpty())
        return providerName;
    // Plain OAuth 2.0 names no issuer (its authority() is the token
    // endpoint, for filing the tokens): where the person signs in.
    const bool plainOAuth2 = client.protocol() == QtSignIn::ClientConfiguration::Protocol::OAuth2;
    return (plainOAuth2 ? client.authorizationEndpoint() : client.authority()).host();
}

QString DemoConfiguration::problem() const
{
    if (client.protocol() == QtSignIn::ClientConfiguration::Protocol::OAuth2) {
        // Nothing is discovered: the endpoints say where to go, and the
        // profile endpoint says who signed in.
        for (const QUrl &endpoint : {client.authorizationEndpoint(), client.tokenEndpoint(), client.userInfoEndpoint()}) {
            if (!endpoint.isValid() || endpoint.isEmpty())
                return tr("plain OAuth 2.0 needs the authorization, token and profile endpoints");
            if (!QtSignIn::isAllowedEndpoint(endpoint))
                return tr("the provider's endpoints must use https (http only for this machine's loopback addresses)");
        }
    } else {
        if (!client.authority().isValid() || client.authority().isEmpty())
            return tr("no authority (the provider's URL) is set");
        if (!QtSignIn::isAllowedEndpoint(client.authority()))
            return tr("the authority must use https (http only for this machine's loopback addresses)");
    }
    if (client.clientId().isEmpty())
        return tr("no client ID is set");
    if (!apiBaseUrl.isValid() || apiBaseUrl.isEmpty())
        return tr("no API base URL is set");
    // Bearer tokens travel only where nobody can read them on the way.
    if (!QtSignIn::isAllowedEndpoint(apiBaseUrl))
        return tr("the API must use https (http only for this machine's loopback addresses)");
    if (endpoints.isEmpty())
        return tr("the API has no endpoints");
    return {};
}

QStringList DemoConfiguration::baseApiScopes() const
{
    QStringList scopes;
    for (const QString &scope : signInScopes) {
        if (!openIdScopes.contains(scope))
            scopes << scope;
    }
    return scopes;
}

QStringList DemoConfiguration::scopesFor(const ApiEndpoint &endpoint) const
{
    return endpoint.scopes.isEmpty() ? baseApiScopes() : endpoint.scopes;
}

const ApiEndpoint *DemoConfiguration::endpoint(const QString &id) const
{
    for (const ApiEndpoint &e : endpoints) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}
