// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "QmlValues.h"

#include <QtSignIn/Account.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInResult.h>

#include <QtQml/QJSValue>

namespace QmlValues {

QVariantMap fromAccount(const QtSignIn::Account &account)
{
    if (!account.isValid())
        return {};
    return {
        {QStringLiteral("id"), account.id()},
        {QStringLiteral("username"), account.username()},
        {QStringLiteral("displayName"), account.displayName()},
        {QStringLiteral("subject"), account.subject()},
        {QStringLiteral("tenantId"), account.tenantId()},
        {QStringLiteral("issuer"), account.issuer()},
    };
}

QVariantMap fromResult(const QtSignIn::SignInResult &result)
{
    return {
        {QStringLiteral("account"), fromAccount(result.account())},
        // QML has no Secret type: the app needs the token to call its API.
        // It is not logged here, and the README asks apps not to either.
        {QStringLiteral("accessToken"), result.accessToken().revealString()},
        {QStringLiteral("tokenType"), result.tokenType()},
        {QStringLiteral("expiresOn"), result.expiresOn()},
        {QStringLiteral("grantedScopes"), result.grantedScopes()},
        {QStringLiteral("idTokenClaims"), result.idTokenClaims().toVariantMap()},
        {QStringLiteral("userInfo"), result.userInfo().toVariantMap()},
        {QStringLiteral("source"), QtSignIn::tokenSourceName(result.source())},
    };
}

QVariantMap fromError(const QtSignIn::SignInError &error)
{
    if (!error.isError())
        return {};
    return {
        {QStringLiteral("code"), int(error.code())},
        {QStringLiteral("name"), error.errorCode()},
        {QStringLiteral("message"), error.message()},
        {QStringLiteral("providerError"), error.providerError()},
        {QStringLiteral("providerErrorDescription"), error.providerErrorDescription()},
        {QStringLiteral("reason"), QtSignIn::SignInError::reasonName(error.reason())},
        {QStringLiteral("detail"), error.detail()},
    };
}

QString accountId(const QVariant &account)
{
    QVariant value = account;
    if (value.metaType() == QMetaType::fromType<QJSValue>())
        value = value.value<QJSValue>().toVariant();
    if (value.metaType() == QMetaType::fromType<QString>())
        return value.toString();
    return value.toMap().value(QStringLiteral("id")).toString();
}

} // namespace QmlValues
