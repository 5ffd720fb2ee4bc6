// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SignInWindowController.h"

#include "ColorContrast.h"
#include "Logging_p.h"
#include "PageAddress.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtGui/QGuiApplication>
#include <QtGui/QPalette>
#include <QtWebEngineCore/QWebEngineNavigationRequest>

namespace QtSignIn {

// The words are the widget dialog's, under its translation contexts
// (SignInDialog, BrandingHeader, AddressLine, EmbeddedUserAgent): the two
// sign-in windows say the same things, translated once.

SignInWindowController::SignInWindowController(QQuickWebEngineProfile *profile, const RedirectMatcher &redirect,
                                               const Branding &branding, QObject *parent)
    : QObject(parent), m_profile(profile), m_redirect(redirect), m_branding(branding)
{
    const QPalette palette = QGuiApplication::palette();
    m_windowColor = palette.color(QPalette::Window);
    m_headerColor = m_branding.hasValidAccentColor() ? QColor(m_branding.accentColor())
                                                     : palette.color(QPalette::Highlight);
}

QString SignInWindowController::windowTitle() const
{
    return QCoreApplication::translate("QtSignIn::SignInDialog", "Sign in to %1").arg(applicationName());
}

QUrl SignInWindowController::logo() const
{
    const QString path = m_branding.logoPath();
    if (path.isEmpty())
        return {};
    if (path.startsWith(QLatin1String(":/")))
        return QUrl(QStringLiteral("qrc") + path);
    const QUrl url(path);
    if (url.scheme() == QLatin1String("qrc") || url.scheme() == QLatin1String("file"))
        return url;
    // Only local files: a logo is never fetched from the network.
    return QFileInfo(path).isAbsolute() ? QUrl::fromLocalFile(path) : QUrl();
}

QString SignInWindowController::initial() const
{
    const QString name = applicationName();
    return name.isEmpty() ? QStringLiteral("?") : name.left(1).toUpper();
}

QColor SignInWindowController::headerTextColor() const
{
    return ColorContrast::readableOn(m_headerColor);
}

QString SignInWindowController::headerAccessibleName() const
{
    return QCoreApplication::translate("QtSignIn::BrandingHeader", "Signing in to %1").arg(applicationName());
}

QString SignInWindowController::logoAccessibleName() const
{
    return QCoreApplication::translate("QtSignIn::BrandingHeader", "%1 logo").arg(applicationName());
}

QString SignInWindowController::host() const
{
    return PageAddress(m_pageUrl).hostText();
}

bool SignInWindowController::isEncrypted() const
{
    // Nothing loaded yet draws the closed lock, as the widget dialog's.
    const PageAddress address(m_pageUrl);
    return address.isEmpty() || address.isEncrypted();
}

QString SignInWindowController::securityText() const
{
    return PageAddress(m_pageUrl).securityText();
}

QString SignInWindowController::note() const
{
    return PageAddress(m_pageUrl).note();
}

QColor SignInWindowController::noteColor() const
{
    return PageAddress(m_pageUrl).noteColor(m_windowColor);
}

QColor SignInWindowController::problemColor() const
{
    return ColorContrast::legibleOn(QColor(0xc5, 0x30, 0x30), m_windowColor);
}

void SignInWindowController::showProblem(const QString &message)
{
    m_problem = message;
    emit problemChanged();
}

void SignInWindowController::showFinishing(const QString &message)
{
    m_finishing = message;
    m_problem.clear();
    emit finishingChanged();
    emit problemChanged();
}

void SignInWindowController::judgeNavigation(QWebEngineNavigationRequest *request)
{
    if (!request)
        return;
    const QUrl url = request->url();
    // Qt WebEngine hands a scheme it does not load itself (mailto:, x-foo:)
    // to QDesktopServices, which starts whatever program claims it: the
    // provider's page must not be able to start programs on this computer.
    if (!isWebScheme(url)) {
        qCWarning(lcEmbedded) << "refused a navigation to scheme" << url.scheme()
                              << (request->isMainFrame() ? "in the page" : "in a frame");
        request->reject();
        return;
    }
    if (!m_redirect.matches(url))
        return; // accepted: the request's default
    request->reject();
    if (request->isMainFrame()) {
        qCInfo(lcEmbedded) << "caught the redirect before it was loaded, navigation type"
                           << request->navigationType();
        emit redirectCaught(url);
    } else {
        qCWarning(lcEmbedded) << "refused a frame's navigation to the redirect URI";
    }
}

void SignInWindowController::setPageUrl(const QUrl &url)
{
    // Never the redirect URI: the view's URL briefly names a navigation it
    // was refused, and the address line shows where the person is.
    if (url == m_pageUrl || m_redirect.matches(url))
        return;
    m_pageUrl = url;
    emit pageUrlChanged();
}

void SignInWindowController::reportLoaded(const QUrl &url, bool ok)
{
    qCInfo(lcEmbedded) << "loaded" << url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo) << ok;
    emit pageLoaded(url, ok);
}

void SignInWindowController::reportCertificateRefused(const QUrl &url, const QString &description)
{
    qCWarning(lcEmbedded) << "refused a TLS error on" << url.host();
    showProblem(QCoreApplication::translate("QtSignIn::EmbeddedUserAgent",
                           "The connection to %1 is not secure (%2); the page was not shown.")
                        .arg(url.host(), description));
}

void SignInWindowController::reportRenderProcessTerminated()
{
    showProblem(QCoreApplication::translate("QtSignIn::EmbeddedUserAgent", "The sign-in page stopped working. Cancel and try again."));
}

void SignInWindowController::logRefusal(const QString &what, const QUrl &url)
{
    qCWarning(lcEmbedded).noquote() << "refused" << what << "from" << url.host();
}

void SignInWindowController::cancel()
{
    if (m_ended)
        return;
    m_ended = true;
    qCInfo(lcEmbedded) << "the person closed the sign-in window";
    emit cancelled();
}

} // namespace QtSignIn
