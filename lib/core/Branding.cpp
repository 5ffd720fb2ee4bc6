// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/Branding.h>

#include "Branding_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QVariant>

namespace QtSignIn {

// Most applications never brand: every client, dialog and result page starts
// from a default Branding, which shares one empty data instead of allocating.
static const QSharedDataPointer<BrandingData> &emptyBrandingData()
{
    static const QSharedDataPointer<BrandingData> empty(new BrandingData);
    return empty;
}

Branding::Branding() : d(emptyBrandingData()) {}
Branding::Branding(const Branding &other) = default;
Branding::Branding(Branding &&other) noexcept = default;
Branding &Branding::operator=(const Branding &other) = default;
Branding &Branding::operator=(Branding &&other) noexcept = default;
Branding::~Branding() = default;

QString Branding::name() const { return d->name; }
void Branding::setName(const QString &name) { d->name = name; }
QString Branding::tagline() const { return d->tagline; }
void Branding::setTagline(const QString &tagline) { d->tagline = tagline; }
QString Branding::logoPath() const { return d->logoPath; }
void Branding::setLogoPath(const QString &path) { d->logoPath = path; }
QString Branding::accentColor() const { return d->accentColor; }
void Branding::setAccentColor(const QString &color) { d->accentColor = color; }
QUrl Branding::privacyUrl() const { return d->privacyUrl; }
void Branding::setPrivacyUrl(const QUrl &url) { d->privacyUrl = url; }
QUrl Branding::termsUrl() const { return d->termsUrl; }
void Branding::setTermsUrl(const QUrl &url) { d->termsUrl = url; }

QString Branding::displayName() const
{
    if (!d->name.isEmpty())
        return d->name;
    // Core does not link QtGui: QGuiApplication's property is read by name.
    // A QCoreApplication (a command-line program) has none, and shows its name.
    if (const QCoreApplication *application = QCoreApplication::instance()) {
        const QString displayName = application->property("applicationDisplayName").toString();
        if (!displayName.isEmpty())
            return displayName;
    }
    return QCoreApplication::applicationName();
}

bool Branding::hasValidAccentColor() const
{
    const QString &accentColor = d->accentColor;
    if (accentColor.size() != 4 && accentColor.size() != 7)
        return false;
    if (accentColor.front() != QLatin1Char('#'))
        return false;
    for (qsizetype i = 1; i < accentColor.size(); ++i) {
        const QChar c = accentColor.at(i);
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hex)
            return false;
    }
    return true;
}

bool Branding::hasValidPrivacyUrl() const { return isShowableLink(d->privacyUrl); }
bool Branding::hasValidTermsUrl() const { return isShowableLink(d->termsUrl); }

bool Branding::isShowableLink(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

bool operator==(const Branding &a, const Branding &b)
{
    return a.d->name == b.d->name && a.d->tagline == b.d->tagline
            && a.d->logoPath == b.d->logoPath && a.d->accentColor == b.d->accentColor
            && a.d->privacyUrl == b.d->privacyUrl && a.d->termsUrl == b.d->termsUrl;
}

} // namespace QtSignIn
