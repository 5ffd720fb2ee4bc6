// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SignInPage.h"

#include "Logging_p.h"

#include <QtGui/QDesktopServices>
#include <QtWebEngineCore/QWebEngineCertificateError>
#include <QtWebEngineCore/QWebEngineFileSystemAccessRequest>
#include <QtWebEngineCore/QWebEngineFullScreenRequest>
#include <QtWebEngineCore/QWebEngineNewWindowRequest>
#include <QtWebEngineCore/QWebEngineRegisterProtocolHandlerRequest>

namespace QtSignIn {

SignInPage::SignInPage(QWebEngineProfile *profile, const RedirectMatcher &redirect, QObject *parent)
    : QWebEnginePage(profile, parent), m_redirect(redirect)
{
    // The person types a password here: a certificate the platform does not
    // trust ends the page, and nobody gets a button to accept it anyway.
    connect(this, &QWebEnginePage::certificateError, this, [this](QWebEngineCertificateError error) {
        qCWarning(lcEmbedded) << "refused a TLS error on" << error.url().host() << error.type();
        error.rejectCertificate();
        emit certificateRefused(error.url().host(), error.description());
    });
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, Feature feature) {
                qCInfo(lcEmbedded) << "denied permission" << feature << "to" << origin.host();
                setFeaturePermission(origin, feature, PermissionDeniedByUser);
            });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [](QWebEngineFullScreenRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
    // A provider's "help" or "terms" link in a new window belongs in the
    // person's browser, where they can see and keep it; a hidden second web
    // view would be a window nobody can find or close. Not calling openIn()
    // leaves the request to createWindow(), which opens nothing. Only a
    // window the person asked for (a click): a script must not be able to
    // launch their browser, again and again, on its own.
    connect(this, &QWebEnginePage::newWindowRequested, this, [this](QWebEngineNewWindowRequest &request) {
        if (!request.isUserInitiated()) {
            qCWarning(lcEmbedded) << "refused a pop-up the page opened without a click";
            return;
        }
        openInSystemBrowser(request.requestedUrl());
    });
}

bool SignInPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Qt WebEngine hands a scheme it does not load itself (mailto:, ms-word:,
    // x-foo:) to QDesktopServices, which starts whatever program claims it,
    // without asking. The provider's page, or anything injected into it, must
    // not be able to start programs on this computer.
    if (!isWebScheme(url)) {
        qCWarning(lcEmbedded) << "refused a navigation to scheme" << url.scheme()
                              << (isMainFrame ? "in the page" : "in a frame");
        return false;
    }
    if (!m_redirect.matches(url))
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
    if (isMainFrame) {
        qCInfo(lcEmbedded) << "caught the redirect before it was loaded, navigation type" << type;
        emit redirectCaught(url);
    } else {
        qCWarning(lcEmbedded) << "refused a frame's navigation to the redirect URI";
    }
    return false;
}

QWebEnginePage *SignInPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type);
    return nullptr;
}

QStringList SignInPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    // Signing in never needs a file from this computer.
    return {};
}

void SignInPage::openInSystemBrowser(const QUrl &url)
{
    // Only web pages: not file:, javascript:, or a custom scheme that would
    // start some other program, and never the redirect URI (that would hand
    // the code to whatever listens there).
    const QString scheme = url.scheme().toLower();
    if ((scheme != QLatin1String("https") && scheme != QLatin1String("http")) || m_redirect.matches(url)) {
        qCWarning(lcEmbedded) << "refused to open a pop-up with scheme" << scheme;
        return;
    }
    qCInfo(lcEmbedded) << "opening a pop-up in the system browser:" << url.host();
    QDesktopServices::openUrl(url);
}

} // namespace QtSignIn
