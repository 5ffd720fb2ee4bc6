// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// What the sign-in bench programs share: one clock, medians, waiting on the
// event loop, the browser process, and what the local provider saw (its
// request counters and, through tests/bench/provider-timing.mjs, its own time
// per request). Header-only; for tests/bench only.
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

namespace Bench {

// CLOCK_MONOTONIC in nanoseconds: the clock node's process.hrtime reads, so
// times from the provider's process and from ours can be compared.
inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

inline double ms(qint64 ns)
{
    return ns / 1e6;
}

inline double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[size_t(fraction * double(values.size() - 1) + 0.5)];
}

inline double median(const std::vector<double> &values)
{
    return percentile(values, 0.5);
}

// Runs the event loop until `done` holds or `timeoutMs` passed; false on
// timeout. Blocks between events (a busy loop would take the CPU from the
// very processes being measured); a 50 ms tick bounds every wait.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 90000)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer tick;
    tick.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The browser driver (`node tests/browser/signin.mjs`, or any command that
// takes the URL as its last argument), started detached as
// QtSignIn's command launcher does.
class Browser
{
public:
    explicit Browser(const QString &commandLine) : m_words(QProcess::splitCommand(commandLine)) {}

    bool launch(const QUrl &url)
    {
        QStringList arguments = m_words.mid(1);
        arguments.append(url.toString(QUrl::FullyEncoded));
        m_pid = 0;
        return QProcess::startDetached(m_words.value(0), arguments, QString(), &m_pid);
    }

    // Waits until the last browser started has exited, so that a Chromium
    // still shutting down does not share the CPU with the next measurement.
    void waitUntilGone(int timeoutMs = 20000) const
    {
        if (m_pid <= 0)
            return;
        const QDeadlineTimer deadline(timeoutMs);
        while (::kill(pid_t(m_pid), 0) == 0 && !deadline.hasExpired())
            QThread::msleep(20);
    }

private:
    QStringList m_words;
    qint64 m_pid = 0;
};

// One request the provider served, as provider-timing.mjs logged it.
struct Served
{
    qint64 startNs = 0;
    qint64 endNs = 0;
    QString method;
    QString path;
    double milliseconds() const { return ms(endNs - startNs); }
};

// The local provider seen from outside: its per-path request counters
// (GET /test/stats, POST /test/stats/reset) and its timing log.
class Provider
{
public:
    Provider(const QUrl &issuer, const QString &timingLog) : m_issuer(issuer), m_timingLog(timingLog)
    {
        served(); // skip what came before
    }

    QUrl issuer() const { return m_issuer; }

    QUrl url(const QString &path) const
    {
        QUrl result = m_issuer;
        result.setPath(m_issuer.path() + path);
        return result;
    }

    QJsonObject discovery() { return QJsonDocument::fromJson(get(url(QStringLiteral("/.well-known/openid-configuration")))).object(); }

    void resetStats() { post(url(QStringLiteral("/test/stats/reset"))); }

    // Requests per path since the last reset, without those of the browser
    // (the authorization endpoint, the login and consent pages) and of this
    // harness (/test/...): what the client itself sent.
    QJsonObject clientRequests()
    {
        const QJsonObject all = QJsonDocument::fromJson(get(url(QStringLiteral("/test/stats")))).object()
                                        .value(QStringLiteral("requests")).toObject();
        QJsonObject client;
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (isClientPath(it.key()))
                client.insert(it.key(), it.value());
        }
        return client;
    }

    static int total(const QJsonObject &requests)
    {
        int sum = 0;
        for (const QJsonValue &count : requests)
            sum += count.toInt();
        return sum;
    }

    // The requests served since the previous call.
    std::vector<Served> served()
    {
        std::vector<Served> result;
        QFile file(m_timingLog);
        if (!file.open(QIODevice::ReadOnly))
            return result;
        file.seek(m_offset);
        const QByteArray text = file.readAll();
        const qsizetype end = text.lastIndexOf('\n') + 1; // whole lines only
        m_offset += end;
        for (const QByteArray &line : text.left(end).split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() < 4)
                continue;
            result.push_back({fields[0].toLongLong(), fields[1].toLongLong(), QString::fromLatin1(fields[2]),
                              QString::fromLatin1(fields[3])});
        }
        return result;
    }

    // The provider's time for the client's requests that began between two
    // instants. (Not "ended": the provider logs its end once the answer is
    // handed to the kernel, which can be after the client has read it.)
    static double clientMilliseconds(const std::vector<Served> &served, qint64 fromNs, qint64 toNs)
    {
        double sum = 0;
        for (const Served &request : served) {
            if (isClientPath(request.path) && request.startNs >= fromNs && request.startNs <= toNs)
                sum += request.milliseconds();
        }
        return sum;
    }

    static bool isClientPath(QString path)
    {
        if (path.startsWith(QLatin1String("grant:")))
            return false; // a counter, not a request
        for (const char *browser : {"/auth", "/interaction/", "/static/", "/session/", "/test/", "/favicon"}) {
            if (path.startsWith(QLatin1String(browser)))
                return false;
        }
        return true;
    }

private:
    QByteArray get(const QUrl &url) { return send(url, false); }
    QByteArray post(const QUrl &url) { return send(url, true); }

    QByteArray send(const QUrl &url, bool post)
    {
        QNetworkRequest request(url);
        QNetworkReply *reply = post ? m_network.post(request, QByteArray()) : m_network.get(request);
        waitFor([reply] { return reply->isFinished(); }, 10000);
        const QByteArray body = reply->readAll();
        delete reply;
        return body;
    }

    QUrl m_issuer;
    QString m_timingLog;
    qint64 m_offset = 0;
    QNetworkAccessManager m_network;
};

// One interactive sign-in, timed the same way for every client: the call,
// the browser launch (just before the browser process is started), the
// redirect handed over by the loopback listener, and the result.
struct SignInTimes
{
    qint64 callNs = 0;
    qint64 launchNs = 0;
    qint64 redirectNs = 0;
    qint64 resultNs = 0;
    double providerBeforeLaunchMs = 0; // the provider's own time for the client's requests
    double providerAfterRedirectMs = 0;
    QJsonObject requests;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("call_to_launch_ms"), ms(launchNs - callNs)},
                {QStringLiteral("redirect_to_result_ms"), ms(resultNs - redirectNs)},
                {QStringLiteral("total_ms"), ms(resultNs - callNs)},
                {QStringLiteral("provider_before_launch_ms"), providerBeforeLaunchMs},
                {QStringLiteral("provider_after_redirect_ms"), providerAfterRedirectMs},
                {QStringLiteral("requests"), requests},
                {QStringLiteral("request_count"), Provider::total(requests)}};
    }

    void attribute(Provider &provider)
    {
        const std::vector<Served> served = provider.served();
        providerBeforeLaunchMs = Provider::clientMilliseconds(served, callNs, launchNs);
        providerAfterRedirectMs = Provider::clientMilliseconds(served, redirectNs, resultNs);
        requests = provider.clientRequests();
    }
};

inline void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace Bench
