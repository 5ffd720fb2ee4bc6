// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "QmlBranding.h"

#include <QtQml/QQmlFile>

QmlBranding::QmlBranding(QObject *parent)
    : QObject(parent)
{
}

void QmlBranding::setName(const QString &name)
{
    if (name == m_branding.name())
        return;
    m_branding.setName(name);
    Q_EMIT changed();
}

void QmlBranding::setTagline(const QString &tagline)
{
    if (tagline == m_branding.tagline())
        return;
    m_branding.setTagline(tagline);
    Q_EMIT changed();
}

void QmlBranding::setAccentColor(const QString &color)
{
    if (color == m_branding.accentColor())
        return;
    m_branding.setAccentColor(color);
    Q_EMIT changed();
}

void QmlBranding::setLogo(const QUrl &logo)
{
    if (logo == m_logo)
        return;
    m_logo = logo;
    // Branding takes a path, as QFile reads it: ":/..." for a resource.
    m_branding.setLogoPath(QQmlFile::urlToLocalFileOrQrc(logo));
    Q_EMIT changed();
}

void QmlBranding::setPrivacyUrl(const QUrl &url)
{
    if (url == m_branding.privacyUrl())
        return;
    m_branding.setPrivacyUrl(url);
    Q_EMIT changed();
}

void QmlBranding::setTermsUrl(const QUrl &url)
{
    if (url == m_branding.termsUrl())
        return;
    m_branding.setTermsUrl(url);
    Q_EMIT changed();
}
