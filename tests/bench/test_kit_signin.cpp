// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// A complete sign-in through QtSignIn::Test, in process, as an
// application's test suite runs one: a new SignInClient (memory token
// store, HeadlessUserAgent) signs in at a TestProvider: discovery, the key
// set, the authorization request, the token request, ID-token validation
// and the token cache. One JSON line per sign-in, for scripts/bench.sh:
//
//   {"kind":"test_kit_signin","total_ms":...}
//
//   bench_test_kit_signin [--runs N]     (default 50, after 3 not measured)

#include "BenchSupport.h"

#include <QtSignIn/HeadlessUserAgent.h>
#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/TestProvider.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QEventLoop>

#include <cstdio>
#include <memory>

using namespace QtSignIn;

namespace {

/// One sign-in, call to result, in milliseconds; negative when it failed.
double signInOnce(TestProvider &provider)
{
    const qint64 start = Bench::nowNs();
    SignInClient client(provider.clientConfiguration());
    client.setTokenStore(new MemoryTokenStore);
    client.setUserAgent(new HeadlessUserAgent(&provider));
    // The caller owns replies.
    const std::unique_ptr<SignInReply> reply(client.signIn({QStringLiteral("profile"), QStringLiteral("offline_access")}));
    QEventLoop loop;
    QObject::connect(reply.get(), &SignInReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const qint64 end = Bench::nowNs();
    if (reply->error().isError()) {
        std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(reply->error().detail()));
        return -1;
    }
    return Bench::ms(end - start);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Sign-ins to measure."),
                                        QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(runsOption);
    parser.addHelpOption();
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();

    TestProvider provider;
    if (!provider.listen()) {
        std::fprintf(stderr, "the test provider cannot listen\n");
        return 1;
    }
    // Not measured: the first sign-ins load Qt Network's and OpenSSL's parts.
    for (int i = 0; i < 3; ++i) {
        if (signInOnce(provider) < 0)
            return 1;
    }
    for (int i = 0; i < runs; ++i) {
        const double total = signInOnce(provider);
        if (total < 0)
            return 1;
        std::printf("{\"kind\":\"test_kit_signin\",\"total_ms\":%.3f}\n", total);
    }
    return 0;
}
