// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "DeviceAuthorizationRequest.h"

#include "FormBody.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <cmath>

namespace QtSignIn {

QByteArray DeviceAuthorizationRequest::toFormBody() const
{
    FormBody body;
    body.addClient(clientAuthentication, clientId);
    if (!scopes.isEmpty())
        body.add("scope", scopes.join(QLatin1Char(' ')).toUtf8());
    return body.toByteArray();
}

QByteArray DeviceAuthorizationRequest::authorizationHeader() const
{
    return clientAuthentication.authorizationHeader(clientId);
}

namespace {

using ParseFailure = DeviceAuthorizationResponse::ParseFailure;

// A whole number of seconds in [minimum, maximum]; absent leaves `value`.
bool readSeconds(const QJsonObject &object, const char *name, bool required, std::chrono::seconds minimum,
                 std::chrono::seconds maximum, std::chrono::seconds *value, QString *reason)
{
    const QJsonValue member = object.value(QLatin1String(name));
    if (member.isUndefined() || member.isNull()) {
        if (required)
            *reason = QStringLiteral("\"%1\" is missing").arg(QLatin1String(name));
        return !required;
    }
    const double seconds = member.toDouble(-1);
    if (!member.isDouble() || !std::isfinite(seconds) || seconds != std::floor(seconds)
        || seconds < double(minimum.count()) || seconds > double(maximum.count())) {
        *reason = QStringLiteral("\"%1\" is not a number of seconds from %2 to %3")
                          .arg(QLatin1String(name))
                          .arg(minimum.count())
                          .arg(maximum.count());
        return false;
    }
    *value = std::chrono::seconds(qint64(seconds));
    return true;
}

bool readString(const QJsonObject &object, const char *name, bool required, qsizetype maximumLength,
                QString *value, QString *reason)
{
    const QJsonValue member = object.value(QLatin1String(name));
    if (member.isUndefined() || member.isNull()) {
        if (required)
            *reason = QStringLiteral("\"%1\" is missing").arg(QLatin1String(name));
        return !required;
    }
    if (!member.isString() || member.toString().isEmpty() || member.toString().size() > maximumLength) {
        *reason = QStringLiteral("\"%1\" is not a string of 1 to %2 characters")
                          .arg(QLatin1String(name))
                          .arg(maximumLength);
        return false;
    }
    *value = member.toString();
    return true;
}

ParseFailure readVerificationUri(const QJsonObject &object, const char *name, bool required,
                                 const QUrl &authority, QUrl *url, QString *reason)
{
    QString text;
    // A URI a person reads or a browser opens; 2000 is what browsers and
    // proxies reliably take.
    if (!readString(object, name, required, 2000, &text, reason))
        return ParseFailure::Malformed;
    if (text.isEmpty())
        return ParseFailure::None;
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() || !parsed.userInfo().isEmpty()) {
        *reason = QStringLiteral("\"%1\" is not a URL").arg(QLatin1String(name));
        return ParseFailure::Malformed;
    }
    if (!isAllowedEndpointFor(parsed, authority)) {
        *reason = QStringLiteral("\"%1\" is not https").arg(QLatin1String(name));
        return ParseFailure::InsecureVerificationUri;
    }
    *url = parsed;
    return ParseFailure::None;
}

bool isDisplayable(const QString &text)
{
    for (const QChar c : text) {
        // Not Other_*: no control, format (bidi overrides), surrogate or unassigned.
        if (!c.isPrint())
            return false;
    }
    return true;
}

} // namespace

DeviceAuthorizationResponse::ParseFailure DeviceAuthorizationResponse::parse(const QByteArray &body,
                                                                             const QUrl &authority,
                                                                             DeviceAuthorizationResponse *response,
                                                                             QString *reason)
{
    *response = DeviceAuthorizationResponse();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *reason = QStringLiteral("the device authorization response is not a JSON object");
        return ParseFailure::Malformed;
    }
    const QJsonObject object = document.object();
    QString deviceCode;
    if (!readString(object, "device_code", true, maximumDeviceCodeLength, &deviceCode, reason)
        || !readString(object, "user_code", true, maximumUserCodeLength, &response->userCode, reason)
        || !readSeconds(object, "expires_in", true, std::chrono::seconds(1), maximumExpiresIn, &response->expiresIn,
                        reason)
        || !readSeconds(object, "interval", false, std::chrono::seconds(1), maximumInterval, &response->interval,
                        reason)) {
        return ParseFailure::Malformed;
    }
    if (!isDisplayable(response->userCode)) {
        *reason = QStringLiteral("\"user_code\" holds characters that cannot be shown");
        return ParseFailure::Malformed;
    }
    response->deviceCode = Secret(deviceCode);
    ParseFailure failure = readVerificationUri(object, "verification_uri", true, authority,
                                               &response->verificationUri, reason);
    if (failure == ParseFailure::None)
        failure = readVerificationUri(object, "verification_uri_complete", false, authority,
                                      &response->verificationUriComplete, reason);
    if (failure != ParseFailure::None) {
        *response = DeviceAuthorizationResponse();
        return failure;
    }
    return ParseFailure::None;
}

} // namespace QtSignIn
