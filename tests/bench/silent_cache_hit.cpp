// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The call an app makes before every API request, answered from memory:
// SignInClient::acquireTokenSilent() on a loaded cache holding a valid access
// token, until the result is in hand and the reply is gone. Prints the median
// and percentiles over many calls, in microseconds, as one JSON line for
// scripts/bench-session.sh.

#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace QtSignIn;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString authority = QStringLiteral("https://login.example.com/contoso/v2.0");
    const qint64 expiresOn = QDateTime::currentSecsSinceEpoch() + 3600;
    // A cache as a sign-in leaves it: one account, its access token, its refresh token.
    const QJsonObject claims{{QStringLiteral("sub"), QStringLiteral("alice")},
                             {QStringLiteral("iss"), authority},
                             {QStringLiteral("preferred_username"), QStringLiteral("alice@contoso.example")}};
    const QJsonObject document{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("accounts"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("alice")},
                                                            {QStringLiteral("authority"), authority},
                                                            {QStringLiteral("id_token"), QStringLiteral("h.p.s")},
                                                            {QStringLiteral("id_token_claims"), claims}}}},
        {QStringLiteral("access_tokens"),
         QJsonArray{QJsonObject{{QStringLiteral("account_id"), QStringLiteral("alice")},
                                {QStringLiteral("authority"), authority},
                                {QStringLiteral("scopes"), QJsonArray{QStringLiteral("api.read"), QStringLiteral("profile")}},
                                {QStringLiteral("token"), QString(QLatin1Char('a')).repeated(900)},
                                {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                {QStringLiteral("expires_on"), double(expiresOn)}}}},
        {QStringLiteral("refresh_tokens"), QJsonArray{QJsonObject{{QStringLiteral("account_id"), QStringLiteral("alice")},
                                                                  {QStringLiteral("client_id"), QStringLiteral("app")},
                                                                  {QStringLiteral("token"), QStringLiteral("rt")}}}},
    };
    ClientConfiguration configuration;
    configuration.setAuthority(QUrl(authority));
    configuration.setClientId(QStringLiteral("app"));
    SignInClient client(configuration);
    auto *store = new MemoryTokenStore;
    client.setTokenStore(store);
    store->write(QJsonDocument(document).toJson(QJsonDocument::Compact));
    QCoreApplication::processEvents();
    SignInReply *load = client.loadTokenCache();
    const QDeadlineTimer deadline(10000);
    while (!load->isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents();
    delete load;
    if (client.accounts().isEmpty()) {
        std::fputs("no account in the cache\n", stderr);
        return 1;
    }
    const Account account = client.accounts().constFirst();
    const QStringList scopes{QStringLiteral("api.read")};

    constexpr int calls = 20000;
    std::vector<double> microseconds;
    microseconds.reserve(calls);
    QElapsedTimer timer;
    for (int i = 0; i < calls; ++i) {
        timer.start();
        SignInReply *reply = client.acquireTokenSilent(account, scopes);
        if (!reply->isFinished() || reply->result().accessToken.isEmpty()) {
            std::fputs("not served from memory\n", stderr);
            return 1;
        }
        delete reply;
        microseconds.push_back(timer.nsecsElapsed() / 1000.0);
        if (i % 1000 == 0)
            QCoreApplication::processEvents(); // what an app's event loop would do meanwhile
    }
    std::sort(microseconds.begin(), microseconds.end());
    const auto at = [&](double fraction) { return microseconds[size_t(fraction * (calls - 1))]; };
    std::printf("{\"calls\":%d,\"median_us\":%.2f,\"p90_us\":%.2f,\"p99_us\":%.2f}\n", calls, at(0.5), at(0.9), at(0.99));
    return 0;
}
