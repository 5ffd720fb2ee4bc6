// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// What the demo's widget tests and its screenshot tool share: the local
// provider's and demo API's addresses (from their fixtures' state files),
// and a session that signs in through headless Chromium (tests/browser).

#include "BrandingFile.h"
#include "DemoConfiguration.h"
#include "DemoSession.h"

#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SystemBrowserUserAgent.h>

#include <QtCore/QFile>
#include <QtCore/QString>

namespace DemoFixture {

inline QUrl readUrl(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QUrl(QString::fromUtf8(f.readAll().trimmed())) : QUrl();
}

inline QUrl issuer() { return readUrl(qEnvironmentVariable("QTSIGNIN_PROVIDER_STATE") + QStringLiteral("/issuer")); }
inline QUrl apiUrl() { return readUrl(qEnvironmentVariable("QTSIGNIN_API_STATE") + QStringLiteral("/api-url")); }

inline QtSignIn::Branding branding(const QString &file = QString::fromLatin1(BrandingFile::defaultPath))
{
    QtSignIn::Branding b;
    QString error;
    if (!BrandingFile::load(file, &b, &error))
        qFatal("%s", qPrintable(error));
    return b;
}

// A session with `configuration`, tokens in memory, the browser played by
// headless Chromium as `user`.
inline DemoSession *createSession(const DemoConfiguration &configuration, const QtSignIn::Branding &branding,
                                  QObject *parent, const QString &user = QStringLiteral("alice"))
{
    auto *session = new DemoSession(configuration, branding, new QtSignIn::MemoryTokenStore, parent);
    session->setBrowserLauncher(QtSignIn::SystemBrowserUserAgent::commandLauncher(
            QStringLiteral("node " QTSIGNIN_SOURCE_DIR "/tests/browser/signin.mjs --user ") + user));
    return session;
}

// A session against the local provider and API.
inline DemoSession *createSession(const QtSignIn::Branding &branding, QObject *parent,
                                  const QString &user = QStringLiteral("alice"))
{
    return createSession(DemoConfiguration::localDemo(issuer(), apiUrl()), branding, parent, user);
}

} // namespace DemoFixture
