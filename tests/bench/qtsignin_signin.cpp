// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// QtSignIn's side of scripts/bench.sh, against the local provider, with the
// headless-Chromium driver as the person's browser. Prints one JSON line per
// measurement:
//
//   signin      interactive sign-ins (SignInClient + SystemBrowserUserAgent):
//               call -> browser launch, redirect -> result, the whole, the
//               provider's own time and the client's HTTP requests; in pairs:
//               "cold" with an empty provider cache (a first run), then
//               "warm" by a new client on the provider cache the first left
//               (a second run)
//   cache_hit   acquireTokenSilent() answered from memory, on the cache the
//               last sign-in left
//   refresh     acquireTokenSilent() with forceRefresh, in process
//   cache_hit_gbench
//               the cache hit again, measured by Google Benchmark
//               (--gbench-repetitions N: its median over N repetitions)
//
//   bench_qtsignin_signin --issuer URL --browser CMD --timing-log FILE --scratch DIR
//                         [--pairs N] [--hit-calls N] [--refreshes N] [--gbench-repetitions N]
//
// With --first-silent it instead measures what a new process does first:
// read the keychain (the CLI's entry for --app-name bench) and answer a
// silent call from it, and prints a first_silent line.

#include "BenchSupport.h"

#include <QtSignIn/KeychainTokenStore.h>
#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/SystemBrowserUserAgent.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QLoggingCategory>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace QtSignIn;
using Bench::nowNs;

namespace {

Q_LOGGING_CATEGORY(lcBench, "bench", QtWarningMsg)

const QStringList signInScopes{QStringLiteral("profile"), QStringLiteral("offline_access"), QStringLiteral("api.read")};
const QStringList silentScopes{QStringLiteral("api.read")};

// The system browser agent, unchanged, with the launch instant taken (just
// before the browser process is started) and written to `times` until
// stopTiming(). The arrival of this sign-in's redirect is taken from the
// reply: the flow stops waiting for the person the moment the session
// accepts the redirect the loopback listener handed over.
class TimedBrowserAgent : public SystemBrowserUserAgent
{
public:
    TimedBrowserAgent(Bench::Browser *browser, Bench::SignInTimes *times) : m_times(times)
    {
        setLauncher([this, browser](const QUrl &url) {
            if (m_times)
                m_times->launchNs = nowNs();
            qCDebug(lcBench) << "launching the browser";
            return browser->launch(url);
        });
    }

    void stopTiming() { m_times = nullptr; }

private:
    Bench::SignInTimes *m_times;
};

ClientConfiguration configurationFor(const QUrl &issuer, const QString &providerCache)
{
    ClientConfiguration configuration;
    configuration.setAuthority(issuer);
    configuration.setClientId(QStringLiteral("qtsignin-demo"));
    configuration.setApplicationName(QStringLiteral("bench"));
    configuration.setProviderCaching(ClientConfiguration::ProviderCaching::MemoryAndDisk);
    configuration.setProviderCacheDirectory(providerCache);
    return configuration;
}

bool waitForReply(SignInReply *reply, const char *what)
{
    if (!Bench::waitFor([reply] { return reply->isFinished(); })) {
        std::fprintf(stderr, "%s: no answer\n", what);
        return false;
    }
    if (reply->error().isError()) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(reply->error().detail()));
        return false;
    }
    return true;
}

// One interactive sign-in by a new client (so nothing but the provider cache
// on disk carries over from an earlier one, as in a new run of the app).
// The client is kept for the silent measurements.
std::unique_ptr<SignInClient> signIn(Bench::Provider &provider, Bench::Browser &browser,
                                     const QString &providerCache, const char *metadata)
{
    Bench::SignInTimes times;
    auto client = std::make_unique<SignInClient>(configurationFor(provider.issuer(), providerCache));
    client->setTokenStore(new MemoryTokenStore);
    auto *agent = new TimedBrowserAgent(&browser, &times);
    client->setUserAgent(agent);
    provider.resetStats();
    provider.served();

    times.callNs = nowNs();
    // With QT_LOGGING_RULES="qtsignin.*=true;bench=true" the instants line up with the library's log.
    qCDebug(lcBench) << "signIn() called," << metadata << "provider documents";
    SignInReply *reply = client->signIn(signInScopes);
    QObject::connect(reply, &SignInReply::waitingForUserChanged, [&times, reply](bool waiting) {
        if (!waiting && !reply->isFinished() && !times.redirectNs) {
            times.redirectNs = nowNs();
            qCDebug(lcBench) << "redirect received";
        }
    });
    QObject::connect(reply, &SignInReply::finished, [&times] {
        times.resultNs = nowNs();
        qCDebug(lcBench) << "result";
    });
    const bool ok = waitForReply(reply, "sign-in");
    delete reply;
    agent->stopTiming(); // `times` ends here; the client lives on
    browser.waitUntilGone();
    if (!ok || !times.redirectNs)
        return nullptr;
    times.attribute(provider);
    QJsonObject line = times.toJson();
    line.insert(QStringLiteral("kind"), QStringLiteral("signin"));
    line.insert(QStringLiteral("client"), QStringLiteral("qtsignin"));
    line.insert(QStringLiteral("metadata"), QLatin1String(metadata));
    Bench::printJson(line);
    return client;
}

bool measureCacheHit(SignInClient &client, int calls)
{
    const Account account = client.accounts().value(0);
    std::vector<double> microseconds;
    microseconds.reserve(size_t(calls));
    for (int i = 0; i < calls; ++i) {
        const qint64 start = nowNs();
        SignInReply *reply = client.acquireTokenSilent(account, silentScopes);
        const bool fromMemory = reply->isFinished() && !reply->result().accessToken().isEmpty();
        delete reply;
        microseconds.push_back((nowNs() - start) / 1000.0);
        if (!fromMemory) {
            std::fputs("cache hit: not served from memory\n", stderr);
            return false;
        }
        if (i % 1000 == 0)
            QCoreApplication::processEvents(); // what an app's event loop would do meanwhile
    }
    Bench::printJson({{QStringLiteral("kind"), QStringLiteral("cache_hit")},
                      {QStringLiteral("client"), QStringLiteral("qtsignin")},
                      {QStringLiteral("calls"), calls},
                      {QStringLiteral("median_us"), Bench::median(microseconds)},
                      {QStringLiteral("p90_us"), Bench::percentile(microseconds, 0.9)},
                      {QStringLiteral("p99_us"), Bench::percentile(microseconds, 0.99)}});
    return true;
}

// Google Benchmark's reading of the same cache hit: it picks the iteration
// count itself and reports, over the repetitions, the median of each
// repetition's mean. A cross-check of the per-call median above, by a tool
// nobody here wrote.
class MedianReporter : public benchmark::BenchmarkReporter
{
public:
    bool ReportContext(const Context &) override { return true; }
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            if (run.run_type == Run::RT_Aggregate && run.aggregate_name == "median")
                medianNs = run.GetAdjustedCPUTime(); // ns; CPU time: preemption on a shared machine is not ours
            else if (run.run_type == Run::RT_Iteration) {
                iterations = run.iterations;
                // One repetition has no aggregates: its own mean is the answer.
                if (medianNs < 0)
                    singleNs = run.GetAdjustedCPUTime();
            }
        }
    }
    double result() const { return medianNs >= 0 ? medianNs : singleNs; }
    double medianNs = -1;
    double singleNs = -1;
    benchmark::IterationCount iterations = 0;
};

bool measureCacheHitWithGoogleBenchmark(SignInClient &client, int repetitions)
{
    const Account account = client.accounts().value(0);
    bool fromMemory = true;
    benchmark::RegisterBenchmark("silent_cache_hit", [&](benchmark::State &state) {
        int sinceEvents = 0;
        for (auto _ : state) {
            SignInReply *reply = client.acquireTokenSilent(account, silentScopes);
            fromMemory = fromMemory && reply->isFinished();
            delete reply;
            // As in measureCacheHit: an app's event loop runs meanwhile, and
            // without it Qt's list of posted (here: withdrawn) events grows.
            if (++sinceEvents == 1000) {
                sinceEvents = 0;
                QCoreApplication::processEvents();
            }
        }
    })->Repetitions(repetitions)->ReportAggregatesOnly(false)->Unit(benchmark::kNanosecond);
    int argc = 1;
    char name[] = "bench_qtsignin_signin";
    char *argv[] = {name, nullptr};
    benchmark::Initialize(&argc, argv);
    MedianReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::ClearRegisteredBenchmarks();
    if (!fromMemory || reporter.result() < 0) {
        std::fputs(fromMemory ? "google benchmark: no result\n"
                              : "google benchmark: the cache hit was not served from memory\n", stderr);
        return false;
    }
    Bench::printJson({{QStringLiteral("kind"), QStringLiteral("cache_hit_gbench")},
                      {QStringLiteral("client"), QStringLiteral("qtsignin")},
                      {QStringLiteral("repetitions"), repetitions},
                      {QStringLiteral("iterations"), double(reporter.iterations)},
                      {QStringLiteral("median_us"), reporter.result() / 1000.0}});
    return true;
}

bool measureRefresh(SignInClient &client, Bench::Provider &provider, int refreshes)
{
    const Account account = client.accounts().value(0);
    SilentOptions options;
    options.setForceRefresh(true);
    std::vector<double> total;
    std::vector<std::pair<qint64, qint64>> intervals;
    provider.served();
    for (int i = 0; i < refreshes; ++i) {
        const qint64 start = nowNs();
        SignInReply *reply = client.acquireTokenSilent(account, silentScopes, options);
        const bool ok = waitForReply(reply, "refresh");
        const qint64 end = nowNs();
        const QString source = tokenSourceName(reply->result().source());
        delete reply;
        if (!ok || source != QLatin1String("refresh")) {
            std::fprintf(stderr, "refresh: the token came from \"%s\"\n", qPrintable(source));
            return false;
        }
        total.push_back(Bench::ms(end - start));
        intervals.emplace_back(start, end);
    }
    // The provider logs a request once its answer is out, which can be just
    // after we read it: give the log a moment before reading it.
    QThread::msleep(300);
    const std::vector<Bench::Served> served = provider.served();
    std::vector<double> providerTime;
    for (const auto &[start, end] : intervals)
        providerTime.push_back(Bench::Provider::clientMilliseconds(served, start, end));
    Bench::printJson({{QStringLiteral("kind"), QStringLiteral("refresh")},
                      {QStringLiteral("client"), QStringLiteral("qtsignin")},
                      {QStringLiteral("runs"), refreshes},
                      {QStringLiteral("median_ms"), Bench::median(total)},
                      {QStringLiteral("provider_median_ms"), Bench::median(providerTime)}});
    return true;
}

// A new process's first silent call: load the keychain, then the token.
int firstSilent(const QUrl &issuer, const QString &providerCache)
{
    const qint64 start = nowNs();
    SignInClient client(configurationFor(issuer, providerCache));
    client.setTokenStore(new KeychainTokenStore(
            KeychainTokenStore::serviceNameFor(QStringLiteral("bench"), QStringLiteral("qtsignin-demo"), issuer)));
    SignInReply *load = client.loadTokenCache();
    const bool loaded = waitForReply(load, "keychain read");
    delete load;
    const qint64 loadedAt = nowNs();
    if (!loaded || client.accounts().isEmpty()) {
        std::fputs("first silent call: no account in the keychain\n", stderr);
        return 1;
    }
    SignInReply *reply = client.acquireTokenSilent(client.accounts().constFirst(), silentScopes);
    const bool ok = waitForReply(reply, "silent call");
    const QString source = tokenSourceName(reply->result().source());
    delete reply;
    if (!ok)
        return 1;
    Bench::printJson({{QStringLiteral("kind"), QStringLiteral("first_silent")},
                      {QStringLiteral("client"), QStringLiteral("qtsignin")},
                      {QStringLiteral("keychain_read_ms"), Bench::ms(loadedAt - start)},
                      {QStringLiteral("total_ms"), Bench::ms(nowNs() - start)},
                      {QStringLiteral("source"), source}});
    return 0;
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
            {QStringLiteral("scratch"), QStringLiteral("A folder for provider caches."), QStringLiteral("DIR")},
            {QStringLiteral("pairs"), QStringLiteral("Pairs of sign-ins: a first run, then a second (warm provider cache)."), QStringLiteral("N"), QStringLiteral("1")},
            {QStringLiteral("hit-calls"), QStringLiteral("Silent calls from memory."), QStringLiteral("N"), QStringLiteral("20000")},
            {QStringLiteral("refreshes"), QStringLiteral("Silent refreshes."), QStringLiteral("N"), QStringLiteral("20")},
            {QStringLiteral("first-silent"), QStringLiteral("Only the first silent call of a new process, from the keychain.")},
            {QStringLiteral("gbench-repetitions"), QStringLiteral("Google Benchmark repetitions of the cache hit (0: none)."), QStringLiteral("N"), QStringLiteral("0")},
    });
    parser.process(app);
    const QUrl issuer(parser.value(QStringLiteral("issuer")));
    const QString scratch = parser.value(QStringLiteral("scratch"));
    if (!issuer.isValid() || scratch.isEmpty()) {
        std::fputs("--issuer and --scratch are required\n", stderr);
        return 64;
    }
    if (parser.isSet(QStringLiteral("first-silent")))
        return firstSilent(issuer, QDir(scratch).filePath(QStringLiteral("first-silent")));

    Bench::Provider provider(issuer, parser.value(QStringLiteral("timing-log")));
    Bench::Browser browser(parser.value(QStringLiteral("browser")));
    std::unique_ptr<SignInClient> last;
    // A first run (no provider documents on disk), then a second one by a new
    // client on what the first left.
    const int pairs = parser.value(QStringLiteral("pairs")).toInt();
    for (int i = 0; i < pairs; ++i) {
        const QString cache = QDir(scratch).filePath(
                QStringLiteral("provider-cache-%1-%2").arg(QCoreApplication::applicationPid()).arg(i));
        if (!signIn(provider, browser, cache, "cold") || !(last = signIn(provider, browser, cache, "warm")))
            return 1;
    }
    if (!last)
        return 0;
    const int hitCalls = parser.value(QStringLiteral("hit-calls")).toInt();
    if (hitCalls > 0 && !measureCacheHit(*last, hitCalls))
        return 1;
    const int repetitions = parser.value(QStringLiteral("gbench-repetitions")).toInt();
    if (repetitions > 0 && !measureCacheHitWithGoogleBenchmark(*last, repetitions))
        return 1;
    const int refreshes = parser.value(QStringLiteral("refreshes")).toInt();
    if (refreshes > 0 && !measureRefresh(*last, provider, refreshes))
        return 1;
    return 0;
}
