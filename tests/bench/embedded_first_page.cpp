// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// An app that loads the embedded agent: starts a sign-in with
// EmbeddedUserAgent against ISSUER and exits once the provider's first page
// has loaded, printing the time that took and the memory (PSS) of this
// process and of WebEngine's renderer. For scripts/bench.sh; with
// --screenshot FILE it also saves the dialog as a PNG. Not a test.
//
//   bench_embedded_first_page ISSUER [--screenshot FILE] [--linked|--loaded]

#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/EmbeddedUserAgent.h>
#include "EmbeddedUserAgent_p.h"
#include <QtSignIn/SignInClient.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QScreen>
#include <QtWebEngineCore/QWebEnginePage>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialog>

#include <chrono>
#include <cstdio>

namespace {

// Proportional set size in kB, from /proc/PID/smaps_rollup (Linux 4.14+).
long pssKb(qint64 pid)
{
    QFile file(pid ? QStringLiteral("/proc/%1/smaps_rollup").arg(pid) : QStringLiteral("/proc/self/smaps_rollup"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("qtsignin-bench"));
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: %s ISSUER [--screenshot FILE]\n", argv[0]);
        return 64;
    }
    const int shotAt = arguments.indexOf(QStringLiteral("--screenshot"));
    const QString screenshot = shotAt > 0 && shotAt + 1 < arguments.size() ? arguments.at(shotAt + 1) : QString();

    QTemporaryDir profile;
    QtSignIn::ClientConfiguration config;
    config.setAuthority(QUrl(arguments.at(1)));
    config.setClientId(QStringLiteral("qtsignin-demo"));
    config.setProviderCaching(QtSignIn::ClientConfiguration::ProviderCaching::MemoryOnly);

    auto *agent = new QtSignIn::EmbeddedUserAgent;
    agent->setProfileDirectory(profile.path());
    QtSignIn::Branding branding;
    branding.setName(QStringLiteral("Contoso Notes"));
    branding.setTagline(QStringLiteral("Sign in to sync your notes on all your devices"));
    branding.setAccentColor(QStringLiteral("#0f6cbd"));
    branding.setLogoPath(QStringLiteral(QTSIGNIN_SOURCE_DIR "/resources/branding/logo.svg"));
    agent->setBranding(branding);
    QtSignIn::SignInClient client(config);
    client.setTokenStore(new QtSignIn::MemoryTokenStore);
    client.setUserAgent(agent);
    QtSignIn::SignInReply *reply = client.signIn({QStringLiteral("profile")});

    QObject::connect(agent, &QtSignIn::EmbeddedUserAgent::pageLoaded, &app, [&](const QUrl &, bool ok) {
        const qint64 elapsed = clock.elapsed();
        // CLOCK_MONOTONIC, as bench_stamp writes it: scripts/bench.sh counts from the process start.
        const long long loadedAt = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                           std::chrono::steady_clock::now().time_since_epoch())
                                           .count();
        const qint64 renderer = embeddedUserAgentPage(agent) ? embeddedUserAgentPage(agent)->renderProcessPid() : 0;
        const auto finish = [&, elapsed, loadedAt, renderer, ok] {
            std::printf("first_page_ms=%lld first_page_monotonic_ns=%lld ok=%d pss_main_kb=%ld pss_renderer_kb=%ld\n",
                        elapsed, loadedAt, ok ? 1 : 0, pssKb(0), renderer > 0 ? pssKb(renderer) : -1);
            std::fflush(stdout);
            if (!screenshot.isEmpty()) {
                for (QWidget *window : QApplication::topLevelWidgets()) {
                    if (!qobject_cast<QDialog *>(window) || !window->isVisible())
                        continue;
                    // The web view draws through the scene graph: take the
                    // window as the screen shows it, with grab() as fallback.
                    QPixmap shot = window->screen()->grabWindow(window->winId());
                    if (shot.isNull())
                        shot = window->grab();
                    shot.save(screenshot);
                }
            }
            reply->cancel();
            app.quit();
        };
        // A screenshot waits for the page to be painted.
        QTimer::singleShot(screenshot.isEmpty() ? 0 : 1500, &app, finish);
    });
    QObject::connect(reply, &QtSignIn::SignInReply::finished, &app, [&] {
        if (reply->error().isError() && reply->error().code() != QtSignIn::SignInError::Cancelled) {
            std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(reply->error().detail()));
            app.exit(1);
        }
    });
    return app.exec();
}
