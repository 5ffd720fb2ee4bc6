// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "network/HttpExchange.h"

#include <QtSignIn/Account.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/SignInResult.h>

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <memory>

namespace QtSignIn {

class ProviderDocuments;
class SignInClient;
class SignInReply;
struct ProviderMetadata;

// SignInClient::fetchUserInfo(): an access token for the OpenID scopes,
// acquired silently (never a token meant for an API, which userinfo may
// refuse and should not see), then the provider's userinfo endpoint, whose
// answer must be about the same person (OpenID Connect Core §5.3.2). Owned
// by its reply.
class UserInfoFetch : public QObject
{
    Q_OBJECT
public:
    UserInfoFetch(SignInClient *client, std::shared_ptr<ProviderDocuments> provider, const Account &account,
                  SignInReply *reply);

    void start();

private:
    void fetch(const SignInResult &tokens, const ProviderMetadata &metadata);
    void conclude(const SignInResult &result, const SignInError &error);

    SignInClient *m_client;
    std::shared_ptr<ProviderDocuments> m_provider;
    Account m_account;
    SignInReply *m_reply;
    HttpExchange m_http;
    QPointer<QObject> m_pending;
};

} // namespace QtSignIn
