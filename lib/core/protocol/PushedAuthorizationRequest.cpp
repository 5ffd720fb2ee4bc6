// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "PushedAuthorizationRequest.h"

#include "FormBody.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QUrlQuery>

#include <cmath>

namespace QtSignIn {

QByteArray PushedAuthorizationRequest::toFormBody() const
{
    FormBody body;
    // Names are the application's too (extra parameters): encoded like values.
    const auto add = [&body](const QString &name, const QString &value) {
        body.add(name.toUtf8().toPercentEncoding(), value.toUtf8());
    };
    const QList<QPair<QString, QString>> parameters = authorization.parameters();
    for (const auto &[name, value] : parameters)
        add(name, value);
    for (const auto &[name, value] : additionalParameters) {
        if (!name.isEmpty() && !AuthorizationRequest::isReservedParameter(name))
            add(name, value);
    }
    const auto credentials = clientAuthentication.formFields(authorization.clientId);
    for (const auto &[name, value] : credentials) {
        if (name != "client_id") // already there, as an authorization parameter
            body.add(name, value);
    }
    return body.toByteArray();
}

QByteArray PushedAuthorizationRequest::authorizationHeader() const
{
    return clientAuthentication.authorizationHeader(authorization.clientId);
}

QUrl PushedAuthorizationRequest::authorizationUrl(const QUrl &authorizationEndpoint, const QString &clientId,
                                                  const QString &requestUri)
{
    QUrlQuery query = AuthorizationRequest::endpointQuery(authorizationEndpoint);
    AuthorizationRequest::addQueryItem(&query, QStringLiteral("client_id"), clientId);
    AuthorizationRequest::addQueryItem(&query, QStringLiteral("request_uri"), requestUri);
    QUrl url = authorizationEndpoint;
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

namespace {

bool isVisibleAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

} // namespace

bool PushedAuthorizationResponse::parse(const QByteArray &body, PushedAuthorizationResponse *response,
                                        QString *reason)
{
    *response = PushedAuthorizationResponse();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *reason = QStringLiteral("the pushed authorization response is not a JSON object");
        return false;
    }
    const QJsonObject object = document.object();

    const QJsonValue requestUri = object.value(QLatin1String("request_uri"));
    const QString uri = requestUri.toString();
    if (!requestUri.isString() || uri.isEmpty() || uri.size() > maximumRequestUriLength) {
        *reason = QStringLiteral("\"request_uri\" is not a string of 1 to %1 characters").arg(maximumRequestUriLength);
        return false;
    }
    if (!isVisibleAscii(uri)) {
        *reason = QStringLiteral("\"request_uri\" holds characters a URI cannot hold");
        return false;
    }

    const QJsonValue expiresIn = object.value(QLatin1String("expires_in"));
    const double seconds = expiresIn.toDouble(-1);
    if (!expiresIn.isDouble() || !std::isfinite(seconds) || seconds != std::floor(seconds) || seconds < 1
        || seconds > double(maximumExpiresIn.count())) {
        *reason = QStringLiteral("\"expires_in\" is not a number of seconds from 1 to %1")
                          .arg(maximumExpiresIn.count());
        return false;
    }
    response->requestUri = uri;
    response->expiresIn = std::chrono::seconds(qint64(seconds));
    return true;
}

} // namespace QtSignIn
