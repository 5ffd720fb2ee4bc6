// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// A minimal application against the installed QtSignIn::Core: the endpoint
// rules, a client with a memory token store, a Secret that stays secret, and
// an option class copied and changed.

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/Secret.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInOptions.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDebug>
#include <QtCore/QTimer>

#include <cstdio>

static int fail(const char *what)
{
    std::fprintf(stderr, "consumer FAILED: %s\n", what);
    return 1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    // https anywhere, plain http only on loopback hosts (RFC 8252 §8.3).
    if (!QtSignIn::isAllowedEndpoint(QUrl(QStringLiteral("https://login.example.com/token")))
        || !QtSignIn::isAllowedEndpoint(QUrl(QStringLiteral("http://127.0.0.1:8080/token")))
        || QtSignIn::isAllowedEndpoint(QUrl(QStringLiteral("http://login.example.com/token")))
        || !QtSignIn::isLoopbackHost(QStringLiteral("localhost"))
        || QtSignIn::isLoopbackHost(QStringLiteral("example.com")))
        return fail("endpoint rules");

    QtSignIn::ClientConfiguration config;
    config.setAuthority(QUrl(QStringLiteral("https://login.example.com/realms/demo")));
    config.setClientId(QStringLiteral("consumer"));
    config.setProviderCaching(QtSignIn::ClientConfiguration::ProviderCaching::MemoryOnly);
    QString reason;
    if (!config.validate(&reason))
        return fail(qPrintable(reason));

    QtSignIn::SignInClient client(config);
    client.setTokenStore(new QtSignIn::MemoryTokenStore);
    QtSignIn::SignInReply *reply = client.loadTokenCache();
    QObject::connect(reply, &QtSignIn::SignInReply::finished, &app, &QCoreApplication::quit);
    QTimer::singleShot(10000, &app, [] { QCoreApplication::exit(2); });
    if (app.exec() != 0 || !reply->isFinished())
        return fail("loadTokenCache() did not finish");
    if (reply->error().isError())
        return fail(qPrintable(reply->error().detail()));
    delete reply;

    QString printed;
    QDebug(&printed) << QtSignIn::Secret(QByteArray("s3cret"));
    if (printed.contains(QLatin1String("s3cret")))
        return fail("a Secret printed its value");

    // The options are value classes with out-of-line accessors: a copy set
    // apart from its original, defaults from the installed library.
    QtSignIn::SilentOptions silent;
    QtSignIn::SilentOptions forced = silent;
    forced.setForceRefresh(true);
    if (silent.minimumValidity() != std::chrono::seconds(300) || silent.forceRefresh() || forced == silent)
        return fail("SilentOptions lost its defaults or shared a change");

    std::printf("consumer ok: %lld accounts in the %s store, secret prints as %s\n",
                static_cast<long long>(client.accounts().size()),
                qPrintable(QtSignIn::TokenStore::kindName(client.tokenStore()->kind())), qPrintable(printed.trimmed()));
    return 0;
}
