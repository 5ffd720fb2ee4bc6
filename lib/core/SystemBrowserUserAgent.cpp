// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/SystemBrowserUserAgent.h>

#include "Logging_p.h"
#include "loopback/LoopbackReceiver.h"

#include <QtCore/QProcess>

#if defined(Q_OS_WIN)
#  include <qt_windows.h>
#  include <shellapi.h>
#endif

namespace QtSignIn {

SystemBrowserUserAgent::SystemBrowserUserAgent(QObject *parent)
    : UserAgent(parent), m_launcher(platformLauncher())
{
}

SystemBrowserUserAgent::~SystemBrowserUserAgent()
{
    stop();
}

void SystemBrowserUserAgent::setLauncher(const BrowserLauncher &launcher)
{
    m_launcher = launcher ? launcher : platformLauncher();
}

BrowserLauncher SystemBrowserUserAgent::platformLauncher()
{
    // The same programs QDesktopServices::openUrl uses, without needing
    // QtGui or a display connection in the library.
    return [](const QUrl &url) {
        const QString encoded = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
        const auto result = reinterpret_cast<quintptr>(
                ShellExecuteW(nullptr, L"open", reinterpret_cast<LPCWSTR>(encoded.utf16()),
                              nullptr, nullptr, SW_SHOWNORMAL));
        return result > 32;
#elif defined(Q_OS_MACOS)
        return QProcess::startDetached(QStringLiteral("/usr/bin/open"), {encoded});
#else
        return QProcess::startDetached(QStringLiteral("xdg-open"), {encoded});
#endif
    };
}

BrowserLauncher SystemBrowserUserAgent::commandLauncher(const QString &commandLine)
{
    const QStringList words = QProcess::splitCommand(commandLine);
    if (words.isEmpty())
        return {};
    return [words](const QUrl &url) {
        QStringList arguments = words.mid(1);
        arguments.append(url.toString(QUrl::FullyEncoded));
        return QProcess::startDetached(words.first(), arguments);
    };
}

QString SystemBrowserUserAgent::name() const
{
    return QStringLiteral("browser");
}

QUrl SystemBrowserUserAgent::prepare(const QUrl &redirectUri, SignInError *error)
{
    stop();
    m_receiver = new LoopbackReceiver(this);
    m_receiver->setBranding(branding());
    connect(m_receiver, &LoopbackReceiver::redirectReceived, this, &UserAgent::redirectReceived);
    QString reason;
    if (!m_receiver->listen(redirectUri, &reason)) {
        *error = SignInError(SignInError::RedirectListenerUnavailable, reason);
        stop();
        return {};
    }
    return m_receiver->redirectUri();
}

bool SystemBrowserUserAgent::present(const QUrl &authorizationUrl, SignInError *error)
{
    qCInfo(lcBrowser) << "opening the system browser on" << authorizationUrl.host();
    if (!m_launcher || !m_launcher(authorizationUrl)) {
        *error = SignInError(SignInError::UserAgentUnavailable,
                             QStringLiteral("the browser could not be launched"));
        return false;
    }
    return true;
}

bool SystemBrowserUserAgent::endSession(const QUrl &endSessionUrl, SignInError *error)
{
    if (endSessionUrl.isEmpty())
        return true;
    qCInfo(lcBrowser) << "opening the system browser to end the session at" << endSessionUrl.host();
    if (!m_launcher || !m_launcher(endSessionUrl)) {
        *error = SignInError(SignInError::UserAgentUnavailable,
                             QStringLiteral("the browser could not be launched"));
        return false;
    }
    return true;
}

void SystemBrowserUserAgent::respond(const RedirectVerdict &verdict)
{
    if (m_receiver)
        m_receiver->respond(verdict);
}

void SystemBrowserUserAgent::stop()
{
    if (!m_receiver)
        return;
    // The receiver may still be sending the result page; it closes itself
    // once that is written, so only stop it listening here.
    LoopbackReceiver *receiver = m_receiver;
    m_receiver = nullptr;
    disconnect(receiver, nullptr, this, nullptr);
    connect(receiver, &LoopbackReceiver::drained, receiver, &QObject::deleteLater);
    receiver->close();
}

} // namespace QtSignIn
