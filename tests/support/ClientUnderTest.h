// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// A SignInClient wired to a canned provider and a fake user agent, through
// the public API only: ClientConfiguration on a loopback http authority,
// provider documents kept in memory, a MemoryTokenStore,
// setNetworkAccessManager() and setUserAgent().

#include "CannedNetworkAccessManager.h"
#include "CannedProvider.h"
#include "FakeUserAgent.h"

#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>

#include <QtCore/QPointer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <functional>
#include <memory>

namespace QtSignInTest {

class ClientUnderTest
{
public:
    using Configure = std::function<void(QtSignIn::ClientConfiguration &)>;

    explicit ClientUnderTest(const Configure &configure = {},
                             const QString &clientId = QStringLiteral("pin-client"))
        : provider(&network, QUrl(QStringLiteral("http://127.0.0.1:47100")), clientId)
    {
        QtSignIn::ClientConfiguration configuration;
        configuration.setAuthority(provider.issuer());
        configuration.setClientId(provider.clientId());
        configuration.setApplicationName(QStringLiteral("QtSignIn orchestration test"));
        configuration.setProviderCaching(QtSignIn::ClientConfiguration::ProviderCaching::MemoryOnly);
        configuration.setNetworkTimeout(std::chrono::seconds(5));
        if (configure)
            configure(configuration);
        client = std::make_unique<QtSignIn::SignInClient>(configuration);
        client->setTokenStore(new QtSignIn::MemoryTokenStore);
        client->setNetworkAccessManager(&network);
        agent = new FakeUserAgent;
        client->setUserAgent(agent);
    }

    ~ClientUnderTest()
    {
        client.reset(); // before the network it uses
    }

    /// Waits (event loop) until the reply has finished; false after `timeout` ms.
    static bool waitForFinished(QtSignIn::SignInReply *reply, int timeout = 5000)
    {
        return QTest::qWaitFor([reply] { return reply->isFinished(); }, timeout);
    }

    /// Waits until the sign-in has presented its authorization URL.
    bool waitForPresented(int count = 1, int timeout = 5000)
    {
        return QTest::qWaitFor([this, count] { return agent->presentedUrls().size() >= count; }, timeout);
    }

    /// The person signs in at the provider: the provider's redirect is delivered.
    FakeUserAgent::Verdict completeAuthorization(const QUrlQuery &parameters = {})
    {
        return agent->deliver(provider.authorizationResponse(agent->authorizationUrl(), parameters));
    }

    /// A whole successful interactive sign-in; the reply, finished, is the caller's.
    QtSignIn::SignInReply *signIn(const QStringList &scopes = {QStringLiteral("profile"),
                                                               QStringLiteral("offline_access")},
                                  const QtSignIn::SignInOptions &options = {})
    {
        const int presented = agent->presentedUrls().size();
        QtSignIn::SignInReply *reply = client->signIn(scopes, options);
        if (!waitForPresented(presented + 1))
            return reply;
        completeAuthorization();
        waitForFinished(reply);
        return reply;
    }

    CannedNetworkAccessManager network;
    CannedProvider provider;
    std::unique_ptr<QtSignIn::SignInClient> client;
    QPointer<FakeUserAgent> agent; // owned by the client
};

} // namespace QtSignInTest
