// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "HeadlessRun.h"

#include "DemoSession.h"
#include "ScopeCatalogue.h"

#include <QtSignIn/SignInClient.h>

#include <QtCore/QCoreApplication>

#include <cstdio>

namespace {

void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

HeadlessRun::HeadlessRun(DemoSession *session, const QStringList &endpointIds, QObject *parent)
    : QObject(parent), m_session(session), m_pending(endpointIds)
{
    connect(session, &DemoSession::signedIn, this, [this](const QtSignIn::SignInResult &result) {
        out(tr("Signed in as %1 (%2).").arg(result.account().displayName(), result.account().username()));
        const ScopeCatalogue catalogue(m_session->configuration().scopeDescriptions);
        for (const QString &scope : ScopeCatalogue::shown(result.grantedScopes()))
            out(tr("  allowed: %1 (%2)").arg(catalogue.describe(scope), scope));
        if (!std::exchange(m_signingInForClaims, false))
            callNext();
    });
    connect(session, &DemoSession::signInFailed, this, [](const QtSignIn::SignInError &error) {
        out(tr("Sign-in failed: %1 [%2]").arg(error.message(), error.errorCode()));
        QCoreApplication::exit(1);
    });
    connect(session, &DemoSession::apiResponse, this, [this](const ApiResponse &response) {
        // A claims challenge the session answers: the call comes again.
        if (response.isClaimsChallengeToAnswer()) {
            out(tr("%1 asks for a stronger sign-in: getting a token that has it\u2026")
                        .arg(m_session->configuration().apiName));
            return;
        }
        print(response);
        callNext();
    });
    connect(session, &DemoSession::claimsNeedSignIn, this, [this](const QString &endpointId, const QJsonObject &claims) {
        out(tr("Signing in again through the browser\u2026"));
        m_signingInForClaims = true;
        m_session->signInForClaims(endpointId, claims, DemoSession::Mode::Browser);
    });
}

void HeadlessRun::start()
{
    out(tr("Signing in to %1 through the browser\u2026").arg(m_session->configuration().providerDisplayName()));
    m_session->signIn(DemoSession::Mode::Browser);
}

void HeadlessRun::callNext()
{
    if (m_pending.isEmpty()) {
        out(m_failures ? tr("%n API call(s) failed.", nullptr, m_failures) : tr("Done: every API call succeeded."));
        QCoreApplication::exit(m_failures ? 1 : 0);
        return;
    }
    m_session->callApi(m_pending.takeFirst());
}

void HeadlessRun::print(const ApiResponse &response)
{
    const ApiEndpoint *endpoint = m_session->configuration().endpoint(response.endpointId);
    const QString title = endpoint ? QStringLiteral("%1 %2").arg(endpoint->method, endpoint->path) : response.endpointId;
    if (response.tokenError.isError()) {
        ++m_failures;
        out(tr("%1: no token: %2").arg(title, response.tokenError.message()));
        return;
    }
    if (!response.succeeded())
        ++m_failures;
    QString token = (response.tokenSource == QLatin1String("cache") ? tr("token from memory in %1 ms")
                                                                    : tr("token refreshed in %1 ms"))
                            .arg(QString::number(response.tokenMilliseconds, 'f', 1));
    if (response.dpop)
        token += QStringLiteral(", ") + (response.dpopNonce ? tr("DPoP proof, with the API's nonce") : tr("DPoP proof"));
    out(tr("%1 \u2192 %2 %3 in %4 ms (%5)")
                .arg(title, QString::number(response.status), response.reason,
                     QString::number(response.milliseconds, 'f', 1), token));
    out(response.prettyBody());
}
