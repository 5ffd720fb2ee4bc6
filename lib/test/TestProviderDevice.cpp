// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The test provider's device authorization grant (RFC 8628): the device
// authorization endpoint, and the token endpoint's answers to polls.
#include "TestProvider_p.h"

#include <QtCore/QRandomGenerator>

namespace QtSignIn {

namespace {

constexpr qint64 deviceCodeLifetime = 600; // seconds

/// Eight letters without vowels or look-alikes, as "BCDF-GHJK" (RFC 8628 §6.1).
QString newUserCode()
{
    static const char alphabet[] = "BCDFGHJKLMNPQRSTVWXZ";
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]));
    }
    return code;
}

} // namespace

HttpAnswer TestProviderPrivate::authorizeDevice(const QUrlQuery &form)
{
    if (parameter(form, "client_id") != clientId)
        return HttpAnswer::oauthError(QStringLiteral("invalid_client"), QStringLiteral("unknown client"), 401);
    TestDeviceAuthorization authorization;
    authorization.userCode = newUserCode();
    authorization.scopes = parameter(form, "scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    authorization.expiresAt = now() + deviceCodeLifetime;
    const QString deviceCode = randomToken();
    deviceCodes.insert(deviceCode, authorization);

    QUrl complete = endpoint(QStringLiteral("/device"));
    complete.setQuery(QUrlQuery{{QStringLiteral("user_code"), authorization.userCode}});
    HttpAnswer answer = HttpAnswer::json(QJsonObject{
            {QStringLiteral("device_code"), deviceCode},
            {QStringLiteral("user_code"), authorization.userCode},
            {QStringLiteral("verification_uri"), endpoint(QStringLiteral("/device")).toString()},
            {QStringLiteral("verification_uri_complete"), complete.toString()},
            {QStringLiteral("expires_in"), deviceCodeLifetime},
            {QStringLiteral("interval"), qint64(devicePollingInterval.count())},
    });
    answer.headers.emplaceBack("Cache-Control", "no-store");
    Q_EMIT q->deviceAuthorizationRequested(authorization.userCode);
    return answer;
}

HttpAnswer TestProviderPrivate::redeemDeviceCode(const QUrlQuery &form)
{
    using State = TestDeviceAuthorization::State;
    const auto found = deviceCodes.find(parameter(form, "device_code"));
    if (found == deviceCodes.end())
        return HttpAnswer::oauthError(QStringLiteral("invalid_grant"), QStringLiteral("unknown or used device code"));
    // RFC 8628 §3.5.
    if (found->expiresAt <= now()) {
        deviceCodes.erase(found);
        return HttpAnswer::oauthError(QStringLiteral("expired_token"), QStringLiteral("the device code has expired"));
    }
    if (found->state == State::Pending)
        return HttpAnswer::oauthError(QStringLiteral("authorization_pending"), QString());
    const TestDeviceAuthorization authorization = *found;
    deviceCodes.erase(found);
    if (authorization.state == State::Denied)
        return HttpAnswer::oauthError(QStringLiteral("access_denied"), QStringLiteral("The user denied the request."));
    TestGrant grant;
    grant.subject = authorization.subject;
    grant.scopes = authorization.scopes;
    grant.authTime = now();
    return issueTokens(grant, QString(), QString());
}

bool TestProviderPrivate::settleDevice(const QString &userCode, TestDeviceAuthorization::State state)
{
    for (TestDeviceAuthorization &authorization : deviceCodes) {
        if (authorization.userCode != userCode || authorization.state != TestDeviceAuthorization::State::Pending)
            continue;
        if (state == TestDeviceAuthorization::State::Approved) {
            const QString subject = q->signInSubject();
            if (!user(subject))
                return false;
            authorization.subject = subject;
        }
        authorization.state = state;
        return true;
    }
    return false;
}

} // namespace QtSignIn
