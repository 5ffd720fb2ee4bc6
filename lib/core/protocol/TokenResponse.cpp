// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenResponse.h"

#include "ProviderText.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QUrlQuery>

#include <cmath>

namespace QtSignIn {

namespace {

// A ten-year lifetime is already absurd; beyond that the value is an attack
// on date arithmetic, not a token lifetime.
constexpr qint64 maximumExpiresIn = 10LL * 365 * 24 * 3600;

bool readOptionalString(const QJsonObject &object, const char *name, QString *value,
                        QString *reason)
{
    const QJsonValue member = object.value(QLatin1String(name));
    if (member.isUndefined() || member.isNull())
        return true;
    if (!member.isString()) {
        *reason = QStringLiteral("\"%1\" is not a string").arg(QLatin1String(name));
        return false;
    }
    *value = member.toString();
    return true;
}

bool readExpiresIn(const QJsonValue &member, std::optional<qint64> *expiresIn, QString *reason)
{
    if (member.isUndefined() || member.isNull())
        return true;
    double seconds = -1;
    if (member.isDouble()) {
        seconds = member.toDouble();
    } else if (member.isString()) {
        // RFC 6749 says number; a few deployed providers send digits in a
        // string. Digits only: no signs, exponents or fractions.
        const QString text = member.toString();
        bool ok = !text.isEmpty() && text.size() <= 12;
        for (QChar c : text)
            ok = ok && c.isDigit() && c.unicode() < 128;
        if (!ok) {
            *reason = QStringLiteral("\"expires_in\" is not a number");
            return false;
        }
        seconds = text.toDouble();
    } else {
        *reason = QStringLiteral("\"expires_in\" is not a number");
        return false;
    }
    if (!std::isfinite(seconds) || seconds < 0 || seconds != std::floor(seconds)
        || seconds > double(maximumExpiresIn)) {
        *reason = QStringLiteral("\"expires_in\" is not a plausible number of seconds");
        return false;
    }
    *expiresIn = qint64(seconds);
    return true;
}

bool parseObject(const QByteArray &json, QJsonObject *object, QString *reason)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *reason = QStringLiteral("not JSON (%1 at offset %2)")
                          .arg(parseError.errorString())
                          .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *reason = QStringLiteral("not a JSON object");
        return false;
    }
    *object = document.object();
    return true;
}

// A form-encoded body as the object it stands for, every value a string.
// A name given twice is ambiguous, so refused: which one would count?
bool parseForm(const QByteArray &body, QJsonObject *object, QString *reason)
{
    // A token response has a handful of members (RFC 6749 §5.1, §5.2); a
    // provider sending thousands is hostile, and inserting them one by one
    // into a sorted QJsonObject would hold the event loop for seconds.
    constexpr qsizetype maximumMembers = 64;
    if (body.count('&') >= maximumMembers) {
        *reason = QStringLiteral("the form-encoded response has more than %1 members").arg(maximumMembers);
        return false;
    }
    const QUrlQuery form(QString::fromUtf8(body).replace(QLatin1Char('+'), QLatin1Char(' ')));
    for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (object->contains(name)) {
            *reason = QStringLiteral("a member appears twice in the form-encoded response");
            return false;
        }
        object->insert(name, value);
    }
    if (object->isEmpty()) {
        *reason = QStringLiteral("an empty form-encoded response");
        return false;
    }
    return true;
}

bool parseBody(const QByteArray &body, const QByteArray &contentType, QJsonObject *object, QString *reason)
{
    return TokenResponse::isFormEncoded(contentType) ? parseForm(body, object, reason)
                                                     : parseObject(body, object, reason);
}

} // namespace

bool TokenResponse::isFormEncoded(const QByteArray &contentType)
{
    return contentType.split(';').constFirst().trimmed().toLower() == "application/x-www-form-urlencoded";
}

bool TokenResponse::parse(const QByteArray &json, TokenResponse *response, QString *reason)
{
    return parse(json, QByteArrayLiteral("application/json"), response, reason);
}

bool TokenResponse::parse(const QByteArray &body, const QByteArray &contentType, TokenResponse *response,
                          QString *reason)
{
    *response = TokenResponse();
    QJsonObject object;
    if (!parseBody(body, contentType, &object, reason))
        return false;

    QString accessToken, refreshToken, idToken, scope;
    if (!readOptionalString(object, "access_token", &accessToken, reason)
        || !readOptionalString(object, "token_type", &response->tokenType, reason)
        || !readOptionalString(object, "refresh_token", &refreshToken, reason)
        || !readOptionalString(object, "id_token", &idToken, reason)
        || !readOptionalString(object, "scope", &scope, reason)
        || !readExpiresIn(object.value(QLatin1String("expires_in")), &response->expiresIn,
                          reason)) {
        return false;
    }
    if (accessToken.isEmpty()) {
        *reason = QStringLiteral("\"access_token\" is missing");
        return false;
    }
    if (response->tokenType.isEmpty()) {
        *reason = QStringLiteral("\"token_type\" is missing");
        return false;
    }
    // We know how to present Bearer tokens (RFC 6750) and DPoP-bound ones
    // (RFC 9449; whether a DPoP one fits the request is TokenEndpoint's
    // check); the comparison is case-insensitive (RFC 6749 §5.1, §7.1).
    if (response->tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0
        && response->tokenType.compare(QLatin1String("DPoP"), Qt::CaseInsensitive) != 0) {
        *reason = QStringLiteral("\"token_type\" is \"%1\", not Bearer or DPoP")
                          .arg(providerText(response->tokenType, 32));
        return false;
    }
    response->accessToken = Secret(accessToken);
    response->refreshToken = Secret(refreshToken);
    response->idToken = Secret(idToken);
    if (object.contains(QLatin1String("scope")) && !object.value(QLatin1String("scope")).isNull()) {
        // RFC 6749 §3.3 separates scopes with spaces; GitHub with commas
        // ("scope=repo,gist", "Authorizing OAuth apps"). A list without a
        // space is read as comma-separated: a real scope with a comma in it
        // is unheard of, and a token filed under "repo,gist" as one scope
        // would never be found again for "repo".
        const QLatin1Char separator(scope.contains(QLatin1Char(' ')) ? ' ' : ',');
        response->scopes = scope.split(separator, Qt::SkipEmptyParts);
    }
    return true;
}

bool TokenErrorResponse::parse(const QByteArray &json, TokenErrorResponse *response)
{
    return parse(json, QByteArrayLiteral("application/json"), response);
}

bool TokenErrorResponse::parse(const QByteArray &body, const QByteArray &contentType, TokenErrorResponse *response)
{
    *response = TokenErrorResponse();
    QJsonObject object;
    QString reason;
    if (!parseBody(body, contentType, &object, &reason))
        return false;
    const QJsonValue error = object.value(QLatin1String("error"));
    if (!error.isString() || error.toString().isEmpty())
        return false;
    response->error = error.toString();
    response->errorDescription = object.value(QLatin1String("error_description")).toString();
    response->errorUri = object.value(QLatin1String("error_uri")).toString();
    return true;
}

} // namespace QtSignIn
