// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ProviderQuirks_p.h"

#include "protocol/AuthorizationRequest.h"

#include <algorithm>

namespace QtSignIn {

namespace {

const QString offlineAccess = QStringLiteral("offline_access");

bool hasParameter(const QList<QPair<QString, QString>> &parameters, const QString &name)
{
    return std::any_of(parameters.cbegin(), parameters.cend(),
                       [&name](const QPair<QString, QString> &parameter) { return parameter.first == name; });
}

} // namespace

QStringList ProviderQuirks::signInScopes(const QStringList &defaultScopes, const QStringList &scopes)
{
    QStringList all = defaultScopes;
    for (const QString &scope : scopes) {
        if (!all.contains(scope))
            all.append(scope);
    }
    return all;
}

void ProviderQuirks::shape(AuthorizationRequest *request) const
{
    // The configuration's parameters win over the sign-in's: access tokens
    // are cached by scope, not by audience, so a sign-in for another API
    // (Auth0's audience) would file its token where this API's is looked up,
    // and the app would send it to the wrong resource server. One
    // configuration, one API; another API needs a configuration of its own.
    for (const auto &parameter : authorizationParameters) {
        request->extraParameters.removeIf([&parameter](const QPair<QString, QString> &given) {
            return given.first == parameter.first;
        });
        request->extraParameters.append(parameter);
    }
    if (!offlineAccessAsAccessType || request->scopes.removeAll(offlineAccess) == 0)
        return;
    // Google, "Using OAuth 2.0 for Web Server Applications", "Refresh the
    // access token (offline access)": access_type=offline, and a refresh
    // token only on the first authorization unless prompt=consent asks again.
    if (!hasParameter(request->extraParameters, QStringLiteral("access_type")))
        request->extraParameters.append({QStringLiteral("access_type"), QStringLiteral("offline")});
    QStringList prompts = request->prompt.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // prompt=none shows nothing, so it cannot ask for consent either.
    if (!prompts.contains(QLatin1String("none")) && !prompts.contains(QLatin1String("consent"))) {
        prompts.append(QStringLiteral("consent"));
        request->prompt = prompts.join(QLatin1Char(' '));
    }
}

QStringList ProviderQuirks::scopesToSend(QStringList scopes) const
{
    // The refresh token carries the offline grant already.
    if (offlineAccessAsAccessType)
        scopes.removeAll(offlineAccess);
    return scopes;
}

QStringList ProviderQuirks::grantedScopes(const QStringList &requested, const std::optional<QStringList> &echoed,
                                          bool refreshTokenAtHand) const
{
    if (!echoed)
        return requested;
    QStringList granted;
    for (const QString &scope : *echoed) {
        granted.append(scope);
        const QString requestedName = requestedScopeOfEchoedScope.value(scope);
        if (!requestedName.isEmpty())
            granted.append(requestedName);
    }
    if (resourceDefaultScopeIsGrantedAsItsScopes) {
        for (const QString &scope : requested) {
            if (scope.endsWith(QLatin1String("/.default")))
                granted.append(scope);
        }
    }
    // The token response's scope describes the access token (RFC 6749 §5.1),
    // and Microsoft Entra ID, for one, leaves offline_access out of it
    // ("Microsoft identity platform and OAuth 2.0 authorization code flow",
    // "Successful response": "The scopes that the access_token is valid
    // for"). The refresh token is what offline_access grants, and says it was.
    if (refreshTokenAtHand && requested.contains(offlineAccess))
        granted.append(offlineAccess);
    granted.removeDuplicates();
    return granted;
}

QString ProviderQuirks::missingClientSecret(bool hasClientSecret) const
{
    if (hasClientSecret || !clientSecretRequired)
        return QString();
    return QStringLiteral("%1 needs the client secret of the app's OAuth client").arg(providerName);
}

QString ProviderQuirks::alternativeIssuerOf(const QString &discoveredIssuer) const
{
    return !issuer.isEmpty() && discoveredIssuer == issuer ? alternativeIssuer : QString();
}

} // namespace QtSignIn
