// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/UserAgent.h>

#include <QtCore/QUrl>
#include <QtGui/QWindow>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace QtSignIn {

class EmbeddedSignInPrivate;

// The embedded user agent for Qt Quick: the provider's pages in a window of
// the app (SignInWindow.qml, a Qt WebEngine WebEngineView under the app's
// branding), the redirect caught in-process as EmbeddedUserAgent catches it
// (the page's navigation request first, the profile's request interceptor
// second), so nothing listens on a port and the code never goes out on the
// wire. A UserAgent, so the QML SignInClient and C++'s SignInClient::signIn()
// both take it:
//
//     import QtSignIn.WebEngine
//     EmbeddedSignIn { id: inApp; applicationName: "Contoso Notes"; accentColor: "#0b6e4f" }
//
// Needs a QGuiApplication, with QtWebEngineQuick::initialize() called before
// it (as every Qt Quick app using WebEngineView).
class EmbeddedSignIn : public UserAgent
{
    Q_OBJECT
    QML_ELEMENT
    // The branding (UserAgent::branding()), settable from QML one part at a time.
    Q_PROPERTY(QString applicationName READ applicationName WRITE setApplicationName NOTIFY brandingChanged)
    Q_PROPERTY(QString tagline READ tagline WRITE setTagline NOTIFY brandingChanged)
    Q_PROPERTY(QString logo READ logo WRITE setLogo NOTIFY brandingChanged)
    Q_PROPERTY(QString accentColor READ accentColor WRITE setAccentColor NOTIFY brandingChanged)
    Q_PROPERTY(Persistence persistence READ persistence WRITE setPersistence NOTIFY persistenceChanged)
    Q_PROPERTY(QString profileDirectory READ profileDirectory WRITE setProfileDirectory NOTIFY persistenceChanged)
    // The window the sign-in window stays above and is modal to; not owned.
    Q_PROPERTY(QWindow *transientParent READ transientParent WRITE setTransientParent NOTIFY transientParentChanged)
    // Whether the sign-in window is open.
    Q_PROPERTY(bool presenting READ isPresenting NOTIFY presentingChanged)
public:
    // As EmbeddedUserAgent::Persistence: Persistent keeps the provider's
    // persistent cookies in a profile of the app (single sign-on next time);
    // Private is off the record and forgets everything with the agent.
    enum class Persistence { Persistent, Private };
    Q_ENUM(Persistence)

    explicit EmbeddedSignIn(QObject *parent = nullptr);
    ~EmbeddedSignIn() override;

    QString applicationName() const;
    void setApplicationName(const QString &name);
    QString tagline() const;
    void setTagline(const QString &tagline);
    // A file path, a ":/resource" path or a URL (file: or qrc:).
    QString logo() const;
    void setLogo(const QString &logo);
    QString accentColor() const;
    void setAccentColor(const QString &color);

    Persistence persistence() const;
    void setPersistence(Persistence persistence);
    // Defaults to the widget dialog's folder (EmbeddedUserAgentLoader::
    // defaultProfileDirectory()), so `qtsignin logout` and forgetSession()
    // forget this one too. Takes effect at the next sign-in.
    QString profileDirectory() const;
    void setProfileDirectory(const QString &directory);

    QWindow *transientParent() const;
    void setTransientParent(QWindow *window);

    bool isPresenting() const;

    // Forgets the provider's session: cookies and HTTP cache now, the whole
    // profile folder when no sign-in is showing.
    Q_INVOKABLE void clearSession();

    UserAgentKind kind() const override;
    QUrl prepare(const QUrl &redirectUri, SignInError *error) override;
    bool present(const QUrl &authorizationUrl, UserAgentSession *session, SignInError *error) override;
    void dismiss() override;
    bool endSession(const QUrl &endSessionUrl, SignInError *error) override;

Q_SIGNALS:
    void brandingChanged();
    void persistenceChanged();
    void transientParentChanged();
    void presentingChanged();
    // Every page the window finished loading (for tests and busy indicators).
    void pageLoaded(const QUrl &url, bool ok);

private:
    friend class EmbeddedSignInPrivate;
    std::unique_ptr<EmbeddedSignInPrivate> d;
};

} // namespace QtSignIn
