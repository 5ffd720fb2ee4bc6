// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "CommandOutput.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>

#include <cstdio>

using namespace QtSignIn;

namespace CommandOutput {

void writeStdout(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeStderr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QString terminalSafe(const QString &text)
{
    QString safe = text;
    for (QChar &c : safe) {
        if (!c.isPrint() || (c.isSpace() && c != QLatin1Char(' ')))
            c = QChar::ReplacementCharacter;
    }
    return safe;
}

QJsonObject accountJson(const Account &account)
{
    QJsonObject object{{QStringLiteral("id"), account.id()},
                       {QStringLiteral("username"), account.username()},
                       {QStringLiteral("name"), account.displayName()}};
    if (!account.tenantId().isEmpty())
        object.insert(QStringLiteral("tenant_id"), account.tenantId());
    // Said plainly: a plain OAuth 2.0 provider's profile proves nothing.
    object.insert(QStringLiteral("identity"),
                  account.identityVerification() == Account::IdentityVerification::SignedIdToken
                          ? QStringLiteral("signed_id_token")
                          : QStringLiteral("profile_endpoint"));
    return object;
}

QJsonObject resultJson(const SignInResult &result)
{
    QJsonObject object{
        {QStringLiteral("access_token"), result.accessToken().revealString()},
        {QStringLiteral("token_type"), result.tokenType()},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(result.grantedScopes())},
        {QStringLiteral("requested_scopes"), QJsonArray::fromStringList(result.requestedScopes())},
        {QStringLiteral("id_token_claims"), result.idTokenClaims()},
        {QStringLiteral("account"), accountJson(result.account())},
        {QStringLiteral("has_refresh_token"), !result.refreshToken().isEmpty()},
        {QStringLiteral("source"), tokenSourceName(result.source())},
    };
    if (result.userAgent() != UserAgentKind::None)
        object.insert(QStringLiteral("user_agent"), userAgentKindName(result.userAgent()));
    if (result.expiresOn().isValid())
        object.insert(QStringLiteral("expires_on"), result.expiresOn().toSecsSinceEpoch());
    if (!result.userInfo().isEmpty())
        object.insert(QStringLiteral("userinfo"), result.userInfo());
    return object;
}

QByteArray authorizationHeader(const SignInResult &result)
{
    QString type = result.tokenType();
    // A cache written before the type was kept has none; every token then was a bearer token.
    if (type.isEmpty() || type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0)
        type = QStringLiteral("Bearer");
    // RFC 9110 §5.6.2: the scheme is a token (tchar); RFC 6750 §2.1: the
    // credentials are a b64token.
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    static const QRegularExpression b64token(QStringLiteral("^[A-Za-z0-9._~+/-]+=*$"));
    const QString token = result.accessToken().revealString();
    if (!scheme.match(type).hasMatch() || !b64token.match(token).hasMatch())
        return QByteArray();
    return "Authorization: " + type.toLatin1() + ' ' + token.toLatin1();
}

namespace {

QString descriptionOf(const SignInError &error)
{
    const QString description = error.providerErrorDescription();
    return description.isEmpty() ? error.detail() : description;
}

} // namespace

QJsonObject errorJson(const SignInError &error)
{
    QJsonObject object{
        {QStringLiteral("error"), error.errorCode()},
        {QStringLiteral("error_description"), descriptionOf(error)},
    };
    // Which check failed, for scripts that tell them apart.
    if (error.reason() != SignInError::Reason::None)
        object.insert(QStringLiteral("reason"), SignInError::reasonName(error.reason()));
    return object;
}

void printFailure(const QString &heading, const SignInError &error, bool json)
{
    const QString description = descriptionOf(error);
    if (json)
        writeStdout(QJsonDocument(errorJson(error)).toJson(QJsonDocument::Compact) + '\n');
    QString message = QStringLiteral("%1: %2").arg(heading, error.message());
    if (!description.isEmpty())
        message += QStringLiteral(" (%1: %2)").arg(error.errorCode(), description);
    else
        message += QStringLiteral(" (%1)").arg(error.errorCode());
    writeStderr(terminalSafe(message) + QLatin1Char('\n'));
}

} // namespace CommandOutput
