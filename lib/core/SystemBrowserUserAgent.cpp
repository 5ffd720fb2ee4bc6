// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/SystemBrowserUserAgent.h>

#include "SystemBrowserUserAgent_p.h"

#include "Logging_p.h"
#include "UserAgentSession_p.h"
#include "loopback/LoopbackReceiver.h"

#include <QtCore/QProcess>
#include <QtCore/QTimer>

#include <chrono>

#if defined(Q_OS_WIN)
#  include <qt_windows.h>
#  include <shellapi.h>
#endif

namespace QtSignIn {

namespace {

// A launcher that is a program: present() runs it and watches how it ends,
// for a launcher that starts and then fails (xdg-open exits 3 or 4 when no
// browser could be opened) must not leave the flow waiting for a page that
// never showed. Called as a plain BrowserLauncher (endSession(), or by an
// app), it starts the program detached, as before.
struct ProcessLauncher
{
    QString program;
    QStringList arguments;
    // Shows the URL another way when the program fails (withFallback()).
    BrowserLauncher fallback;

    QStringList argumentsFor(const QUrl &url) const
    {
        return arguments + QStringList{url.toString(QUrl::FullyEncoded)};
    }
    bool operator()(const QUrl &url) const
    {
        return QProcess::startDetached(program, argumentsFor(url)) || (fallback && fallback(url));
    }
};

// How long a launcher has to fail. xdg-open, open and browsers already
// running hand the URL over and exit within a second; a launcher still
// running after this is showing the page (some run the browser itself in
// the foreground) and counts as success.
constexpr std::chrono::seconds launcherGracePeriod(5);

// The launcher keeps running on its own: never killed (that could take a
// browser started in its foreground with it), deleted once it exits.
// Deleting a QProcess kills its process, so one still running when the
// application ends is never deleted: it stays in this list (reachable, not
// leaked), and its program goes on, as a detached one would.
QList<QProcess *> &runningLaunchers()
{
    static auto *launchers = new QList<QProcess *>;
    return *launchers;
}

void letRun(QProcess *process)
{
    QObject::disconnect(process, nullptr, nullptr, nullptr);
    process->setParent(nullptr);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    runningLaunchers().append(process);
    QObject::connect(process, &QProcess::finished, process, [process] {
        runningLaunchers().removeAll(process);
        process->deleteLater();
    });
}

} // namespace

SystemBrowserUserAgent::SystemBrowserUserAgent(QObject *parent)
    : UserAgent(parent), d(std::make_unique<SystemBrowserUserAgentPrivate>(this))
{
}

SystemBrowserUserAgent::~SystemBrowserUserAgent()
{
    dismiss();
}

void SystemBrowserUserAgent::setLauncher(const BrowserLauncher &launcher)
{
    d->launcher = launcher ? launcher : platformLauncher();
}

BrowserLauncher SystemBrowserUserAgent::platformLauncher()
{
    // The same programs QDesktopServices::openUrl uses, without needing
    // QtGui or a display connection in the library.
#if defined(Q_OS_WIN)
    return [](const QUrl &url) {
        const QString encoded = url.toString(QUrl::FullyEncoded);
        const auto result = reinterpret_cast<quintptr>(
                ShellExecuteW(nullptr, L"open", reinterpret_cast<LPCWSTR>(encoded.utf16()),
                              nullptr, nullptr, SW_SHOWNORMAL));
        return result > 32;
    };
#elif defined(Q_OS_MACOS)
    return ProcessLauncher{QStringLiteral("/usr/bin/open"), {}, {}};
#else
    return ProcessLauncher{QStringLiteral("xdg-open"), {}, {}};
#endif
}

BrowserLauncher SystemBrowserUserAgent::withFallback(const BrowserLauncher &launcher,
                                                     const BrowserLauncher &fallback)
{
    if (!fallback)
        return launcher;
    // A program stays a ProcessLauncher, so that present() still watches it.
    if (const auto *process = launcher.target<ProcessLauncher>()) {
        ProcessLauncher watched = *process;
        watched.fallback = withFallback(process->fallback, fallback);
        return watched;
    }
    return [launcher, fallback](const QUrl &url) { return (launcher && launcher(url)) || fallback(url); };
}

BrowserLauncher SystemBrowserUserAgent::commandLauncher(const QString &commandLine)
{
    const QStringList words = QProcess::splitCommand(commandLine);
    if (words.isEmpty())
        return {};
    return ProcessLauncher{words.first(), words.mid(1), {}};
}

UserAgentKind SystemBrowserUserAgent::kind() const
{
    return UserAgentKind::SystemBrowser;
}

QUrl SystemBrowserUserAgent::prepare(const QUrl &redirectUri, SignInError *error)
{
    dismiss();
    d->receiver = new LoopbackReceiver(this);
    d->receiver->setBranding(branding());
    connect(d->receiver, &LoopbackReceiver::redirectReceived, this,
            [this](const QUrl &redirect) { d->resume(redirect); });
    connect(d->receiver, &LoopbackReceiver::tlsHandshakeReceived, this, [this] { d->redirectUpgradedToHttps(); });
    QString reason;
    if (!d->receiver->listen(redirectUri, &reason)) {
        *error = SignInError(SignInError::RedirectListenerUnavailable, reason);
        dismiss();
        return {};
    }
    return d->receiver->redirectUri();
}

void SystemBrowserUserAgentPrivate::resume(const QUrl &redirect)
{
    // Without a session (present() not yet called) the receiver answers it
    // as not ours.
    if (!session || holding)
        return;
    // Set first: the outcome may be known before resume() returns.
    holding = true;
    if (!session->resume(redirect)) {
        holding = false;
        receiver->respond(RedirectAnswer{});
        return;
    }
    if (holding) {
        RedirectAnswer received;
        received.outcome = RedirectAnswer::Received;
        receiver->respond(received);
    }
}

// A browser that turned http://localhost:PORT into https (an HSTS entry
// for localhost, an "always use https" setting) sends its ClientHello here
// and shows the person a TLS error; its redirect will never come as http.
// Waiting for the interactive deadline would only hide why, so the sign-in
// ends now, saying what happened and what to do.
//
// Anyone who can reach the port can send a ClientHello: another local
// process, or a web page in the browser (fetch("https://localhost:PORT/")),
// so this is the one request that ends a sign-in without its state. Why
// that is acceptable: it can only end the sign-in, never deliver a response
// or learn anything (nothing is answered, the port is closed at once);
// ending it is no more than such a peer could do to the person's browser
// tab, the result is a clear error and a sign-in the person can start again
// (on a fresh random port); a ClientHello must be a well-formed one
// (LoopbackRequestParser::isTlsClientHello()), so junk and port scans
// sending bytes do not trip it; it counts only while the browser is showing
// the sign-in (a session, no response yet), never after the response came.
// The alternative, ignoring it, turns every real upgrade into a five-minute
// wait that explains nothing, which is what people hit today.
void SystemBrowserUserAgentPrivate::redirectUpgradedToHttps()
{
    if (!session || holding || !receiver)
        return;
    session->fail(SignInError(SignInError::RedirectListenerUnavailable,
                              QStringLiteral("the browser opened https to the plain http redirect URI %1")
                                      .arg(receiver->redirectUri().toString()),
                              SignInError::Reason::RedirectUpgradedToHttps));
}

void SystemBrowserUserAgentPrivate::answerHeld()
{
    if (!std::exchange(holding, false) || !receiver)
        return;
    RedirectAnswer answer;
    answer.outcome = session->error().isError() ? RedirectAnswer::Failed : RedirectAnswer::Succeeded;
    answer.message = session->message();
    receiver->respond(answer);
}

bool SystemBrowserUserAgent::present(const QUrl &authorizationUrl, UserAgentSession *session, SignInError *error)
{
    d->session = session;
    d->holding = false;
    if (d->receiver) {
        const bool formPost = session && UserAgentSessionPrivate::get(session)->responseByFormPost;
        d->receiver->setResponseMethod(formPost ? LoopbackReceiver::ResponseMethod::FormPost
                                                : LoopbackReceiver::ResponseMethod::Query);
    }
    if (session)
        connect(session, &UserAgentSession::completed, this, [this] { d->answerHeld(); });
    qCInfo(lcBrowser) << "opening the system browser on" << authorizationUrl.host();
    if (const auto *launcher = d->launcher.target<ProcessLauncher>()) {
        std::function<bool()> showElsewhere;
        if (launcher->fallback)
            showElsewhere = [fallback = launcher->fallback, authorizationUrl] { return fallback(authorizationUrl); };
        return d->launchWatched(launcher->program, launcher->argumentsFor(authorizationUrl), showElsewhere, error);
    }
    if (!d->launcher || !d->launcher(authorizationUrl)) {
        *error = SignInError(SignInError::UserAgentUnavailable,
                             QStringLiteral("the browser could not be launched"));
        return false;
    }
    return true;
}

// Children of the agent, so that dismiss() finds them by name.
bool SystemBrowserUserAgentPrivate::launchWatched(const QString &program, const QStringList &arguments,
                                                  const std::function<bool()> &showElsewhere,
                                                  SignInError *error)
{
    auto *process = new QProcess(q);
    process->setObjectName(QStringLiteral("qtsignin_browser_launcher"));
    // Its messages to our stderr, as a detached launcher's went; never to
    // our stdout, which may be a program's JSON.
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardOutputFile(QProcess::nullDevice());
    process->start(program, arguments);
    if (!process->waitForStarted(5000)) {
        const QString detail = QStringLiteral("the browser could not be launched: %1").arg(process->errorString());
        letRun(process);
        if (showElsewhere) {
            qCWarning(lcBrowser).noquote() << detail << "- showing the address another way";
            return showElsewhere();
        }
        *error = SignInError(SignInError::UserAgentUnavailable, detail);
        return false;
    }
    auto *grace = new QTimer(process);
    grace->setSingleShot(true);
    QObject::connect(grace, &QTimer::timeout, q, [process] {
        qCDebug(lcBrowser) << "the browser launcher is still running; taking it as opened";
        letRun(process);
    });
    QObject::connect(process, &QProcess::finished, q, [this, process, showElsewhere](int exitCode,
                                                                                   QProcess::ExitStatus status) {
        letRun(process);
        if (status == QProcess::NormalExit && exitCode == 0)
            return;
        const QString detail = status == QProcess::NormalExit
                ? QStringLiteral("the browser launcher exited with status %1").arg(exitCode)
                : QStringLiteral("the browser launcher crashed");
        qCWarning(lcBrowser).noquote() << detail;
        // The listener keeps waiting for the same sign-in when the address
        // could be shown another way.
        if ((!showElsewhere || !showElsewhere()) && session)
            session->fail(SignInError(SignInError::UserAgentUnavailable, detail));
    });
    grace->start(launcherGracePeriod);
    return true;
}

bool SystemBrowserUserAgent::endSession(const QUrl &endSessionUrl, SignInError *error)
{
    if (endSessionUrl.isEmpty())
        return true;
    qCInfo(lcBrowser) << "opening the system browser to end the session at" << endSessionUrl.host();
    if (!d->launcher || !d->launcher(endSessionUrl)) {
        *error = SignInError(SignInError::UserAgentUnavailable,
                             QStringLiteral("the browser could not be launched"));
        return false;
    }
    return true;
}

void SystemBrowserUserAgent::dismiss()
{
    if (d->session) {
        disconnect(d->session, nullptr, this, nullptr);
        d->session.clear();
    }
    d->holding = false;
    const auto launchers = findChildren<QProcess *>(QStringLiteral("qtsignin_browser_launcher"),
                                                    Qt::FindDirectChildrenOnly);
    for (QProcess *launcher : launchers)
        letRun(launcher);
    if (!d->receiver)
        return;
    // The receiver may still be sending the result page; it closes itself
    // once that is written, so only stop it listening here.
    LoopbackReceiver *receiver = d->receiver;
    d->receiver = nullptr;
    disconnect(receiver, nullptr, this, nullptr);
    connect(receiver, &LoopbackReceiver::drained, receiver, &QObject::deleteLater);
    receiver->close();
}

} // namespace QtSignIn
