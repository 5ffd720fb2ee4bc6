// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Branding.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtQml/qqmlregistration.h>

// SignInClient's grouped property `branding`:
//
//     SignInClient { branding.name: "Contoso Notes"; branding.accentColor: "#0b6e4f" }
//
// What the page after the redirect shows (QtSignIn::Branding).
class QmlBranding : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY changed)
    Q_PROPERTY(QString tagline READ tagline WRITE setTagline NOTIFY changed)
    /// "#rrggbb" or "#rgb"; anything else counts as unset.
    Q_PROPERTY(QString accentColor READ accentColor WRITE setAccentColor NOTIFY changed)
    /// A file or qrc URL (PNG, JPEG or SVG), resolved against the QML file.
    Q_PROPERTY(QUrl logo READ logo WRITE setLogo NOTIFY changed)
    Q_PROPERTY(QUrl privacyUrl READ privacyUrl WRITE setPrivacyUrl NOTIFY changed)
    Q_PROPERTY(QUrl termsUrl READ termsUrl WRITE setTermsUrl NOTIFY changed)
public:
    explicit QmlBranding(QObject *parent = nullptr);

    QString name() const { return m_branding.name(); }
    void setName(const QString &name);
    QString tagline() const { return m_branding.tagline(); }
    void setTagline(const QString &tagline);
    QString accentColor() const { return m_branding.accentColor(); }
    void setAccentColor(const QString &color);
    QUrl logo() const { return m_logo; }
    void setLogo(const QUrl &logo);
    QUrl privacyUrl() const { return m_branding.privacyUrl(); }
    void setPrivacyUrl(const QUrl &url);
    QUrl termsUrl() const { return m_branding.termsUrl(); }
    void setTermsUrl(const QUrl &url);

    QtSignIn::Branding branding() const { return m_branding; }

Q_SIGNALS:
    void changed();

private:
    QtSignIn::Branding m_branding;
    QUrl m_logo;
};
