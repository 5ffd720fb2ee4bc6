// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "UserInfoFetch_p.h"

#include "oidc/ProviderDocuments.h"
#include "oidc/TenantIssuer.h"
#include "protocol/UserInfoResponse.h"

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>

#include <QtNetwork/QNetworkReply>

namespace QtSignIn {

UserInfoFetch::UserInfoFetch(SignInClient *client, std::shared_ptr<ProviderDocuments> provider,
                             const Account &account, SignInReply *reply)
    : QObject(reply),
      m_client(client),
      m_provider(std::move(provider)),
      m_account(account),
      m_reply(reply),
      m_http(client->networkAccessManager(), client->configuration().networkTimeout(),
             client->configuration().caCertificates())
{
    reply->m_cancel = [this] {
        if (auto *network = qobject_cast<QNetworkReply *>(m_pending.data()))
            network->abort();
        else if (auto *silent = qobject_cast<SignInReply *>(m_pending.data()))
            silent->cancel();
        conclude(SignInResult(), SignInError(SignInError::Cancelled, QStringLiteral("cancelled")));
    };
}

void UserInfoFetch::start()
{
    // The scopes userinfo answers for; openid is implied. A token for them
    // is the provider's own (its userinfo), not an API's.
    SignInReply *silent = m_client->acquireTokenSilent(
            m_account, {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")});
    silent->setParent(this); // goes with this fetch, finished or not
    m_pending = silent;
    const auto tokensReady = [this, silent] {
        silent->deleteLater();
        // Cancelled meanwhile: the token goes nowhere.
        if (m_reply->isFinished())
            return;
        if (silent->error().isError())
            return conclude(SignInResult(), silent->error());
        const SignInResult tokens = silent->result();
        m_pending = m_provider->metadata(m_http, this,
                                         [this, tokens](const ProviderMetadata &metadata, const SignInError &error) {
            if (error.isError())
                return conclude(SignInResult(), error);
            fetch(tokens, metadata);
        });
    };
    if (silent->isFinished())
        QMetaObject::invokeMethod(this, tokensReady, Qt::QueuedConnection);
    else
        connect(silent, &SignInReply::finished, this, tokensReady);
}

void UserInfoFetch::fetch(const SignInResult &tokens, const ProviderMetadata &metadata)
{
    // ProviderMetadata::parse() already refused a userinfo_endpoint that is
    // not https (or loopback); none at all is this request's own failure.
    // As a refresh token is (SilentFlow): the access token goes only to the
    // provider that issued it, by the discovery document it is about to use.
    if (!TenantIssuer::belongsTo(metadata.issuer, tokens.account.issuer()))
        return conclude(SignInResult(), SignInError(SignInError::InteractionRequired,
                                                    QStringLiteral("the account was signed in at another issuer than "
                                                                   "this authority's; its token was not sent")));
    if (metadata.userinfoEndpoint.isEmpty())
        return conclude(SignInResult(), SignInError(SignInError::InvalidProviderMetadata,
                                                    QStringLiteral("the provider has no userinfo_endpoint")));
    m_pending = m_http.getWithBearer(
            metadata.userinfoEndpoint, tokens.accessToken.reveal(), this,
            [this, tokens](const HttpResponse &response) {
                if (response.transportFailed || response.status != 200)
                    return conclude(SignInResult(), ProviderDocuments::httpFailure(QStringLiteral("userinfo"), response));
                UserInfoResponse userInfo;
                QString reason;
                if (!UserInfoResponse::parse(response.body, m_account.subject(), &userInfo, &reason))
                    return conclude(SignInResult(), SignInError(SignInError::InvalidUserInfo, reason));
                SignInResult result = tokens;
                result.userInfo = userInfo.claims;
                conclude(result, SignInError());
            });
}

void UserInfoFetch::conclude(const SignInResult &result, const SignInError &error)
{
    m_pending.clear();
    m_reply->finish(result, error);
}

} // namespace QtSignIn
