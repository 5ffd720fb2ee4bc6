// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/SignInResult.h>

#include "SignInResult_p.h"

namespace QtSignIn {

// Every failed reply carries an empty result, so those share one empty data
// instead of allocating.
static const QSharedDataPointer<SignInResultData> &emptyResultData()
{
    static const QSharedDataPointer<SignInResultData> empty(new SignInResultData);
    return empty;
}

SignInResult::SignInResult() : d(emptyResultData()) {}
SignInResult::SignInResult(const SignInResult &other) = default;
SignInResult::SignInResult(SignInResult &&other) noexcept = default;
SignInResult &SignInResult::operator=(const SignInResult &other) = default;
SignInResult &SignInResult::operator=(SignInResult &&other) noexcept = default;
SignInResult::~SignInResult() = default;

Secret SignInResult::accessToken() const { return d->accessToken; }
void SignInResult::setAccessToken(const Secret &token) { d->accessToken = token; }
QString SignInResult::tokenType() const { return d->tokenType; }
void SignInResult::setTokenType(const QString &type) { d->tokenType = type; }
QDateTime SignInResult::expiresOn() const { return d->expiresOn; }
void SignInResult::setExpiresOn(const QDateTime &expiresOn) { d->expiresOn = expiresOn; }
Secret SignInResult::refreshToken() const { return d->refreshToken; }
void SignInResult::setRefreshToken(const Secret &token) { d->refreshToken = token; }
Secret SignInResult::idToken() const { return d->idToken; }
void SignInResult::setIdToken(const Secret &token) { d->idToken = token; }
QJsonObject SignInResult::idTokenClaims() const { return d->idTokenClaims; }
void SignInResult::setIdTokenClaims(const QJsonObject &claims) { d->idTokenClaims = claims; }
QJsonObject SignInResult::userInfo() const { return d->userInfo; }
void SignInResult::setUserInfo(const QJsonObject &userInfo) { d->userInfo = userInfo; }
QStringList SignInResult::requestedScopes() const { return d->requestedScopes; }
void SignInResult::setRequestedScopes(const QStringList &scopes) { d->requestedScopes = scopes; }
QStringList SignInResult::grantedScopes() const { return d->grantedScopes; }
void SignInResult::setGrantedScopes(const QStringList &scopes) { d->grantedScopes = scopes; }
Account SignInResult::account() const { return d->account; }
void SignInResult::setAccount(const Account &account) { d->account = account; }
UserAgentKind SignInResult::userAgent() const { return d->userAgent; }
void SignInResult::setUserAgent(UserAgentKind kind) { d->userAgent = kind; }
TokenSource SignInResult::source() const { return d->source; }
void SignInResult::setSource(TokenSource source) { d->source = source; }

Secret SignInResult::authorizationHeaderValue() const
{
    if (d->accessToken.isEmpty())
        return Secret();
    // RFC 9449 §7.1: a bound token under the DPoP scheme; sent as Bearer
    // a resource server that knows DPoP refuses it (§7.2).
    const bool dpop = SignInResultPrivate::isDPoP(*this);
    return Secret((dpop ? QByteArrayLiteral("DPoP ") : QByteArrayLiteral("Bearer ")) + d->accessToken.reveal());
}

QString userAgentKindName(UserAgentKind kind)
{
    switch (kind) {
    case UserAgentKind::None:
        return QString();
    case UserAgentKind::SystemBrowser:
        return QStringLiteral("browser");
    case UserAgentKind::Embedded:
        return QStringLiteral("embedded");
    case UserAgentKind::Custom:
        return QStringLiteral("custom");
    case UserAgentKind::Device:
        return QStringLiteral("device");
    }
    return QString();
}

QString tokenSourceName(TokenSource source)
{
    switch (source) {
    case TokenSource::None:
        return QString();
    case TokenSource::Interactive:
        return QStringLiteral("interactive");
    case TokenSource::Cache:
        return QStringLiteral("cache");
    case TokenSource::Refresh:
        return QStringLiteral("refresh");
    }
    return QString();
}

} // namespace QtSignIn
