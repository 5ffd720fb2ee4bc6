// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SignInProfile.h"

#include "Logging_p.h"
#include "RedirectInterceptor.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSaveFile>
#include <QtWebEngineCore/QWebEngineCookieStore>
#include <QtWebEngineCore/QWebEngineDownloadRequest>
#include <QtWebEngineCore/QWebEngineProfile>
#include <QtWebEngineCore/QWebEngineSettings>

namespace QtSignIn {

namespace {

// `directory` holds "generation" (a number) and the folder "generation-N" of
// the live profile; older generations are removed when possible.
const QString generationFile = QStringLiteral("generation");

int currentGeneration(const QString &directory)
{
    QFile file(QDir(directory).filePath(generationFile));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const int generation = file.readAll().trimmed().toInt();
    return generation > 0 ? generation : 1;
}

QString generationPath(const QString &directory, int generation)
{
    return QDir(directory).filePath(QStringLiteral("generation-%1").arg(generation));
}

void removeOldGenerations(const QString &directory, int current)
{
    const QDir dir(directory);
    const QStringList folders = dir.entryList({QStringLiteral("generation-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &folder : folders) {
        if (folder != QStringLiteral("generation-%1").arg(current))
            QDir(dir.filePath(folder)).removeRecursively(); // best effort; retried next time
    }
}

} // namespace

SignInProfile::SignInProfile(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory)
{
    if (directory.isEmpty()) {
        m_profile = new QWebEngineProfile(this);
    } else {
        // A storage name of our own keeps this profile apart from any other
        // profile of the app; the path puts it where the app wants it.
        m_profile = new QWebEngineProfile(QStringLiteral("QtSignIn"), this);
        const int generation = currentGeneration(directory);
        removeOldGenerations(directory, generation);
        const QString storage = generationPath(directory, generation);
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
    if (directory.isEmpty())
        return true;
    const int next = currentGeneration(directory) + 1;
    QDir().mkpath(directory);
    QSaveFile file(QDir(directory).filePath(generationFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(next)) < 0 || !file.commit()) {
        qCWarning(lcEmbedded) << "could not start a new sign-in profile in" << directory << file.errorString();
        return false;
    }
    removeOldGenerations(directory, next);
    return true;
}

} // namespace QtSignIn
