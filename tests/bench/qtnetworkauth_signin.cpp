// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// The comparator for scripts/bench.sh: the same interactive sign-in against
// the same local provider, done the way a Qt developer would without
// QtSignIn, with Qt 6.4's QtNetworkAuth as its documentation shows it:
// QOAuth2AuthorizationCodeFlow with a QOAuthHttpServerReplyHandler, the
// endpoints from the provider's discovery document, and the browser opened
// from authorizeWithBrowser. Timed exactly as bench_qtsignin_signin times
// QtSignIn (see Bench::SignInTimes) and printed as the same JSON lines.
//
// What the developer must add, because the local provider requires PKCE and
// Qt 6.4 has none: code_challenge and code_verifier through
// setModifyParametersFunction(). What it does not do that QtSignIn does: no
// ID-token validation (no JWKS, no signature, no nonce, no iss), no
// RFC 9207 iss check, no token cache, no metadata cache (discovery is fetched
// at every sign-in), and the listener is bound to 127.0.0.1 only because we
// asked (its default is every interface).
//
//   bench_qtnetworkauth_signin --issuer URL --browser CMD --timing-log FILE [--runs N]

#include "BenchSupport.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCryptographicHash>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QHostAddress>
#include <QtNetworkAuth/QOAuth2AuthorizationCodeFlow>
#include <QtNetworkAuth/QOAuthHttpServerReplyHandler>

#include <cstdio>

using Bench::nowNs;

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool signIn(Bench::Provider &provider, Bench::Browser &browser)
{
    Bench::SignInTimes times;
    QNetworkAccessManager network;
    provider.resetStats();
    provider.served();

    times.callNs = nowNs();
    // The endpoints, from the discovery document.
    QNetworkReply *discoveryReply = network.get(QNetworkRequest(
            provider.url(QStringLiteral("/.well-known/openid-configuration"))));
    Bench::waitFor([discoveryReply] { return discoveryReply->isFinished(); });
    const QJsonObject discovery = QJsonDocument::fromJson(discoveryReply->readAll()).object();
    delete discoveryReply;

    QOAuth2AuthorizationCodeFlow flow;
    flow.setNetworkAccessManager(&network);
    flow.setClientIdentifier(QStringLiteral("qtsignin-demo"));
    flow.setAuthorizationUrl(QUrl(discovery.value(QStringLiteral("authorization_endpoint")).toString()));
    flow.setAccessTokenUrl(QUrl(discovery.value(QStringLiteral("token_endpoint")).toString()));
    flow.setScope(QStringLiteral("openid profile offline_access api.read"));

    // PKCE (RFC 7636, S256), which Qt 6.4 lacks.
    const QByteArray verifier = [] {
        QByteArray random(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        return base64Url(random);
    }();
    const QByteArray challenge = base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
    flow.setModifyParametersFunction([&](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->insert(QStringLiteral("code_challenge"), challenge);
            parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            parameters->insert(QStringLiteral("code_verifier"), verifier);
        }
    });

    // Explicit address and port: the one-argument constructor binds every interface.
    auto *replyHandler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, &flow);
    QObject::connect(replyHandler, &QAbstractOAuthReplyHandler::callbackReceived, [&times](const QVariantMap &values) {
        if (!times.redirectNs && values.contains(QStringLiteral("code")))
            times.redirectNs = nowNs();
    });
    flow.setReplyHandler(replyHandler);

    qint64 grantNs = 0;
    QObject::connect(&flow, &QAbstractOAuth::authorizeWithBrowser, [&](const QUrl &url) {
        times.launchNs = nowNs();
        browser.launch(url);
    });
    bool failed = false;
    QObject::connect(&flow, &QAbstractOAuth::granted, [&times] { times.resultNs = nowNs(); });
    QObject::connect(&flow, &QAbstractOAuth::requestFailed, [&failed](QAbstractOAuth::Error error) {
        std::fprintf(stderr, "QtNetworkAuth: request failed (%d)\n", int(error));
        failed = true;
    });
    QObject::connect(&flow, &QAbstractOAuth2::error,
                     [&failed](const QString &error, const QString &description, const QUrl &) {
                         std::fprintf(stderr, "QtNetworkAuth: %s: %s\n", qPrintable(error), qPrintable(description));
                         failed = true;
                     });
    grantNs = nowNs();
    flow.grant();
    // Qt 6.4 can leave the flow waiting on some provider errors: the deadline
    // is ours.
    const bool finished = Bench::waitFor([&] { return times.resultNs || failed; });
    browser.waitUntilGone();
    if (!finished || failed || flow.token().isEmpty() || !times.redirectNs) {
        std::fputs("QtNetworkAuth: no token\n", stderr);
        return false;
    }
    times.attribute(provider);
    QJsonObject line = times.toJson();
    line.insert(QStringLiteral("kind"), QStringLiteral("signin"));
    line.insert(QStringLiteral("client"), QStringLiteral("qtnetworkauth"));
    line.insert(QStringLiteral("metadata"), QStringLiteral("none"));
    line.insert(QStringLiteral("grant_to_launch_ms"), Bench::ms(times.launchNs - grantNs));
    line.insert(QStringLiteral("refresh_token"), !flow.refreshToken().isEmpty());
    line.insert(QStringLiteral("id_token"), flow.extraTokens().contains(QStringLiteral("id_token")));
    Bench::printJson(line);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
            {QStringLiteral("issuer"), QStringLiteral("The local provider's issuer."), QStringLiteral("URL")},
            {QStringLiteral("browser"), QStringLiteral("The browser command (URL appended)."), QStringLiteral("CMD")},
            {QStringLiteral("timing-log"), QStringLiteral("provider-timing.mjs's log."), QStringLiteral("FILE")},
            {QStringLiteral("runs"), QStringLiteral("Sign-ins."), QStringLiteral("N"), QStringLiteral("3")},
    });
    parser.process(app);
    const QUrl issuer(parser.value(QStringLiteral("issuer")));
    if (!issuer.isValid()) {
        std::fputs("--issuer is required\n", stderr);
        return 64;
    }
    Bench::Provider provider(issuer, parser.value(QStringLiteral("timing-log")));
    Bench::Browser browser(parser.value(QStringLiteral("browser")));
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    for (int i = 0; i < runs; ++i) {
        if (!signIn(provider, browser))
            return 1;
    }
    return 0;
}
