// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>
#include <QtCore/QUrl>

namespace QtSignIn {

class BrandingData;

/// How the application presents itself wherever QtSignIn shows something on
/// its behalf: the header of the embedded sign-in dialog and the page the
/// browser shows after the redirect. The person should always see which app
/// asks them to sign in. Everything is optional: an empty name falls back to
/// the application's name (displayName()).
class QTSIGNIN_CORE_EXPORT Branding
{
public:
    Branding();
    Branding(const Branding &other);
    Branding(Branding &&other) noexcept;
    Branding &operator=(const Branding &other);
    Branding &operator=(Branding &&other) noexcept;
    ~Branding();

    void swap(Branding &other) noexcept { d.swap(other.d); }

    /// E.g. "Contoso Notes".
    QString name() const;
    void setName(const QString &name);

    /// A short line under the name, e.g. "Sign in to sync your notes".
    QString tagline() const;
    void setTagline(const QString &tagline);

    /// PNG, JPEG or SVG; a resource path works.
    QString logoPath() const;
    void setLogoPath(const QString &path);

    /// "#rrggbb" or "#rgb". Anything else counts as unset: the value goes into
    /// a web page's style sheet, so it is never taken as free text.
    QString accentColor() const;
    void setAccentColor(const QString &color);

    /// The app's privacy statement (https only).
    QUrl privacyUrl() const;
    void setPrivacyUrl(const QUrl &url);

    /// The app's terms of use (https only).
    QUrl termsUrl() const;
    void setTermsUrl(const QUrl &url);

    /// The one name QtSignIn shows for the app: name(), or else
    /// QGuiApplication::applicationDisplayName() (which itself falls back to
    /// QCoreApplication::applicationName()).
    QString displayName() const;

    bool hasValidAccentColor() const;
    bool hasValidPrivacyUrl() const;
    bool hasValidTermsUrl() const;

    /// An https link, the only kind offered to the person as the app's own.
    static bool isShowableLink(const QUrl &url);

    friend QTSIGNIN_CORE_EXPORT bool operator==(const Branding &a, const Branding &b);
    friend bool operator!=(const Branding &a, const Branding &b) { return !(a == b); }

private:
    QSharedDataPointer<BrandingData> d;
};

} // namespace QtSignIn

Q_DECLARE_SHARED(QtSignIn::Branding)
