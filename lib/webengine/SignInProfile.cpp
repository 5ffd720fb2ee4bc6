// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SignInProfile.h"

#include "EmbeddedProfileFolder_p.h"
#include "Logging_p.h"
#include "RedirectInterceptor.h"

#include <QtCore/QDir>
#include <QtWebEngineCore/QWebEngineCookieStore>
#include <QtWebEngineCore/QWebEngineDownloadRequest>
#include <QtWebEngineCore/QWebEngineProfile>
#include <QtWebEngineCore/QWebEngineSettings>

namespace QtSignIn {

SignInProfile::SignInProfile(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory)
{
    if (directory.isEmpty()) {
        m_profile = new QWebEngineProfile(this);
    } else {
        // A storage name of our own keeps this profile apart from any other
        // profile of the app; the path puts it where the app wants it.
        m_profile = new QWebEngineProfile(QStringLiteral("QtSignIn"), this);
        const QString storage = EmbeddedProfileFolder::liveProfilePath(directory);
        m_profile->setPersistentStoragePath(storage);
        m_profile->setCachePath(storage + QStringLiteral("/cache"));
        // Cookies are kept as the provider sets them: one with an expiry
        // ("keep me signed in") on disk, one without (the person unticked
        // it) for this process only. Forcing session cookies to disk would
        // sign in, silently, someone who asked not to stay signed in.
        m_profile->setPersistentCookiesPolicy(QWebEngineProfile::AllowPersistentCookies);
    }
    // Belt and braces with SignInPage::acceptNavigationRequest: a scheme
    // Chromium does not load is never handed to the desktop.
    m_profile->settings()->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setSpellCheckEnabled(false);

    m_interceptor = new RedirectInterceptor(this);
    m_profile->setUrlRequestInterceptor(m_interceptor);

    connect(m_profile, &QWebEngineProfile::downloadRequested, this, [](QWebEngineDownloadRequest *download) {
        qCWarning(lcEmbedded) << "cancelled a download from" << download->url().host();
        download->cancel();
    });
}

SignInProfile::~SignInProfile()
{
    m_profile->setUrlRequestInterceptor(nullptr);
}

void SignInProfile::clearSession()
{
    m_profile->cookieStore()->deleteAllCookies();
    m_profile->clearHttpCache();
    m_profile->clearAllVisitedLinks();
}

bool SignInProfile::forget(const QString &directory)
{
    if (EmbeddedProfileFolder::startNewGeneration(directory))
        return true;
    qCWarning(lcEmbedded) << "could not start a new sign-in profile in" << directory;
    return false;
}

} // namespace QtSignIn
