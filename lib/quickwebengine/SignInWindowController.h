// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "RedirectMatcher.h"

#include <QtSignIn/Branding.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtGui/QColor>
#include <QtQml/qqmlregistration.h>
#include <QtWebEngineCore/QWebEngineNavigationRequest>
#include <QtWebEngineQuick/QQuickWebEngineProfile>

namespace QtSignIn {

// What SignInWindow.qml shows and the judgements it asks for, one per
// sign-in: the branding's colours and words, the address line, a problem or
// "finishing" message; and, as SignInPage does for the widget dialog, the
// page kept to signing in: navigations to the redirect URI refused and
// reported (redirectCaught()), schemes other than the web's refused. The
// window only wires Qt WebEngine's signals to it; EmbeddedSignIn decides.
class SignInWindowController : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QQuickWebEngineProfile *profile READ profile CONSTANT)
    Q_PROPERTY(QUrl authorizationUrl READ authorizationUrl CONSTANT)
    Q_PROPERTY(QString windowTitle READ windowTitle CONSTANT)
    Q_PROPERTY(QString applicationName READ applicationName CONSTANT)
    Q_PROPERTY(QString tagline READ tagline CONSTANT)
    Q_PROPERTY(QUrl logo READ logo CONSTANT)          // empty: draw the initial
    Q_PROPERTY(QString initial READ initial CONSTANT)
    Q_PROPERTY(QColor headerColor READ headerColor CONSTANT)
    Q_PROPERTY(QColor headerTextColor READ headerTextColor CONSTANT)
    Q_PROPERTY(QString headerAccessibleName READ headerAccessibleName CONSTANT)
    Q_PROPERTY(QString logoAccessibleName READ logoAccessibleName CONSTANT)
    // The address line: the page's host (ASCII form) with its port, whether
    // the connection is encrypted, and a note when it is not.
    Q_PROPERTY(QString host READ host NOTIFY pageUrlChanged)
    Q_PROPERTY(bool encrypted READ isEncrypted NOTIFY pageUrlChanged)
    Q_PROPERTY(QString securityText READ securityText NOTIFY pageUrlChanged)
    Q_PROPERTY(QString note READ note NOTIFY pageUrlChanged)
    Q_PROPERTY(QColor noteColor READ noteColor NOTIFY pageUrlChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QColor problemColor READ problemColor CONSTANT)
    Q_PROPERTY(QString finishing READ finishing NOTIFY finishingChanged)
public:
    SignInWindowController(QQuickWebEngineProfile *profile, const RedirectMatcher &redirect,
                           const Branding &branding, QObject *parent = nullptr);

    void setAuthorizationUrl(const QUrl &url) { m_authorizationUrl = url; }
    // The window's background, which the warning colours must read on.
    void setWindowColor(const QColor &color) { m_windowColor = color; }

    QQuickWebEngineProfile *profile() const { return m_profile; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QString windowTitle() const;
    QString applicationName() const { return m_branding.displayName(); }
    QString tagline() const { return m_branding.tagline(); }
    QUrl logo() const;
    QString initial() const;
    QColor headerColor() const { return m_headerColor; }
    QColor headerTextColor() const;
    QString headerAccessibleName() const;
    QString logoAccessibleName() const;

    QString host() const;
    bool isEncrypted() const;
    QString securityText() const;
    QString note() const;
    QColor noteColor() const;

    QString problem() const { return m_problem; }
    QColor problemColor() const;
    void showProblem(const QString &message);
    QString finishing() const { return m_finishing; }
    void showFinishing(const QString &message);

    // From the window.
    Q_INVOKABLE void judgeNavigation(QWebEngineNavigationRequest *request);
    Q_INVOKABLE void setPageUrl(const QUrl &url);
    Q_INVOKABLE void reportLoaded(const QUrl &url, bool ok);
    Q_INVOKABLE void reportCertificateRefused(const QUrl &url, const QString &description);
    Q_INVOKABLE void reportRenderProcessTerminated();
    Q_INVOKABLE void logRefusal(const QString &what, const QUrl &url);
    // Cancel, Escape or the window's close button: cancelled(), once, unless
    // the sign-in already ended (the agent closing the window says end()).
    Q_INVOKABLE void cancel();
    void end() { m_ended = true; }

Q_SIGNALS:
    void redirectCaught(const QUrl &url);
    void pageLoaded(const QUrl &url, bool ok);
    void cancelled();
    void pageUrlChanged();
    void problemChanged();
    void finishingChanged();

private:
    QQuickWebEngineProfile *m_profile;
    RedirectMatcher m_redirect;
    Branding m_branding;
    QColor m_headerColor;
    QColor m_windowColor = Qt::white;
    QUrl m_authorizationUrl;
    QUrl m_pageUrl;
    QString m_problem;
    QString m_finishing;
    bool m_ended = false;
};

} // namespace QtSignIn
