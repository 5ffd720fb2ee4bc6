// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// What e2e.quick_embedded_signin plays with: the sign-in window of the QML
// module QtSignIn.WebEngine found among the application's windows, scripts
// run in its page, the person at it, and a listener on the redirect URI.

#include <QtCore/QList>
#include <QtCore/QUrl>
#include <QtGui/QGuiApplication>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtQml/QJSEngine>
#include <QtQml/QQmlEngine>
#include <QtQuick/QQuickItem>
#include <QtQuick/QQuickWindow>

namespace QuickSignInWindow {

inline QQuickWindow *signInWindow()
{
    for (QWindow *window : QGuiApplication::topLevelWindows()) {
        if (window->objectName() == QLatin1String("qtsigninSignInWindow") && window->isVisible())
            return qobject_cast<QQuickWindow *>(window);
    }
    return nullptr;
}

inline QObject *windowPart(const char *objectName)
{
    QQuickWindow *window = signInWindow();
    if (!window)
        return nullptr;
    // A QML Window's items are its QObject children, their visual parent
    // its content item: either way, one of the two holds them.
    if (QObject *part = window->findChild<QObject *>(QLatin1String(objectName)))
        return part;
    return window->contentItem()->findChild<QObject *>(QLatin1String(objectName));
}

// Runs `script` in the sign-in window's page; its result, as a string, goes
// to `recorder`'s record(QString).
inline bool runInPage(QObject *recorder, const QString &script)
{
    QObject *view = windowPart("signInPage");
    QJSEngine *engine = view ? qjsEngine(view) : nullptr;
    if (!engine) {
        qWarning("no sign-in window to run a script in");
        return false;
    }
    QQmlEngine::setObjectOwnership(recorder, QQmlEngine::CppOwnership);
    const QJSValue callback = engine->evaluate(QStringLiteral(
            "(function (recorder) { return function (result) { recorder.record(String(result)); }; })"))
                                      .call({engine->newQObject(recorder)});
    return QMetaObject::invokeMethod(view, "runJavaScript", Q_ARG(QString, script), Q_ARG(QJSValue, callback));
}

// What the scripts a test runs in the page answered.
class PageAnswers : public QObject
{
    Q_OBJECT
public:
    QStringList answers;
    Q_INVOKABLE void record(const QString &answer) { answers << answer; }
};

// Where QDesktopServices would have started a program.
class Desktop : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

// The person at the window: on every page the provider shows, fills the
// login form or allows the consent, and remembers what it saw. Told to
// forge first, it sends the window to the redirect URI with a made-up code
// and state before anything else, as a hostile page could.
class Person : public QObject
{
    Q_OBJECT
public:
    enum class AtLogin { SignIn, Wait, ForgeARedirect };

    Person(QObject *agent, AtLogin atLogin, const QUrl &redirectUri = {})
        : m_atLogin(atLogin), m_redirectUri(redirectUri)
    {
        QQmlEngine::setObjectOwnership(this, QQmlEngine::CppOwnership);
        connect(agent, SIGNAL(pageLoaded(QUrl,bool)), this, SLOT(answer(QUrl,bool)));
    }

    QStringList seen; // "login", "consent", "forged" or "other", one per page

    void signInNow()
    {
        m_atLogin = AtLogin::SignIn;
        run(script(false));
    }

    Q_INVOKABLE void record(const QString &what) { seen << what; }

private Q_SLOTS:
    void answer(const QUrl &, bool ok)
    {
        if (!ok)
            return;
        if (m_atLogin == AtLogin::ForgeARedirect) {
            m_atLogin = AtLogin::Wait;
            QUrl forged = m_redirectUri;
            forged.setQuery(QStringLiteral("code=forged-code&state=forged-state"));
            run(QStringLiteral("location.href = '%1'; 'forged'").arg(forged.toString(QUrl::FullyEncoded)));
            return;
        }
        run(script(m_atLogin != AtLogin::SignIn));
    }

private:
    static QString script(bool onlyLook)
    {
        return QStringLiteral(R"JS(
            (function () {
                const user = document.querySelector('#username');
                const password = document.querySelector('#password');
                if (user && password) {
                    if (!%1) {
                        user.value = 'alice';
                        password.value = 'alice-password';
                        document.querySelector('#sign-in').click();
                    }
                    return 'login';
                }
                const button = document.querySelector('#allow');
                if (button) {
                    button.click();
                    return 'consent';
                }
                return 'other';
            })())JS").arg(onlyLook ? QStringLiteral("true") : QStringLiteral("false"));
    }

    void run(const QString &script) { runInPage(this, script); }

    AtLogin m_atLogin;
    QUrl m_redirectUri;
};

// Where the redirect URI points: a real listener, so that a redirect that
// went out on the wire would arrive here, rather than fail unseen. It counts
// connections (a preconnect included) and keeps what was sent on them.
class Wire : public QTcpServer
{
public:
    Wire()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { received += socket->readAll(); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl redirectUri() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(serverPort())); }
    void reset()
    {
        connections = 0;
        received.clear();
    }
    int connections = 0;
    QByteArray received;
};

} // namespace QuickSignInWindow
