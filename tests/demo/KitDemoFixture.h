// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// What the demo's widget tests on QtSignIn::Test share: a TestProvider that
// knows the demo's client and the local provider's people (alice and bob),
// and demo sessions that sign in through it with HeadlessUserAgent, no
// browser and no Node process.

#include "DemoConfiguration.h"
#include "DemoSession.h"

#include <QtSignIn/HeadlessUserAgent.h>
#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/TestProvider.h>
#include <QtSignIn/TestUser.h>

namespace KitDemoFixture {

inline const QString aliceSubject = QStringLiteral("a1b2c3d4-alice");
inline const QString bobSubject = QStringLiteral("e5f6a7b8-bob");

// As tests/provider/accounts.mjs has them.
inline bool start(QtSignIn::TestProvider *provider)
{
    provider->setClientId(QStringLiteral("qtsignin-demo"));
    provider->setUsers({QtSignIn::TestUser(aliceSubject, QStringLiteral("alice@contoso.example"),
                                           QStringLiteral("Alice Example"), QStringLiteral("alice@contoso.example")),
                        QtSignIn::TestUser(bobSubject, QStringLiteral("bob@contoso.example"),
                                           QStringLiteral("Bob Example"), QStringLiteral("bob@contoso.example"))});
    return provider->listen();
}

// Port 9 (discard): nothing answers there; for tests that call no API.
inline QUrl noApi() { return QUrl(QStringLiteral("http://127.0.0.1:9")); }

// The demo's own configuration with `provider` as the authority. Its
// documents are kept in memory, as TestProvider::clientConfiguration()'s:
// each provider makes its own key, and one stored on disk for a port an
// earlier test's provider had would not verify this one's ID tokens.
inline DemoConfiguration configuration(QtSignIn::TestProvider *provider, const QUrl &apiUrl = noApi())
{
    DemoConfiguration configuration = DemoConfiguration::localDemo(provider->issuer(), apiUrl);
    configuration.client.setProviderCaching(QtSignIn::ClientConfiguration::ProviderCaching::MemoryOnly);
    return configuration;
}

// A session with configuration(), tokens in memory, the system browser as
// the demo opens it, through `launcher`.
inline DemoSession *createSessionWithBrowser(QtSignIn::TestProvider *provider, const QtSignIn::Branding &branding,
                                             QObject *parent, const QtSignIn::BrowserLauncher &launcher,
                                             const QUrl &apiUrl = noApi())
{
    const DemoConfiguration configuration = KitDemoFixture::configuration(provider, apiUrl);
    auto *session = new DemoSession(configuration, branding, new QtSignIn::MemoryTokenStore, parent);
    session->setBrowserLauncher(launcher);
    return session;
}

// The same, with the browser played by HeadlessUserAgent: a sign-in
// finishes as whoever provider->signInSubject() is.
inline DemoSession *createSession(QtSignIn::TestProvider *provider, const QtSignIn::Branding &branding,
                                  QObject *parent, const QUrl &apiUrl = noApi())
{
    // A browser that never opens: the headless agent replaces it.
    DemoSession *session = createSessionWithBrowser(provider, branding, parent, [](const QUrl &) { return false; },
                                                    apiUrl);
    session->setBrowserUserAgent(new QtSignIn::HeadlessUserAgent(provider));
    return session;
}

} // namespace KitDemoFixture
