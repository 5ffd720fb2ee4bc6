// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "BrandingFile.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>

namespace {

// "tagline" is either one string or one per language, {"en": ..., "de": ...}:
// the default locale's languages in order of preference, then English, then
// whichever comes first, so a brand never shows an empty tagline.
QString localised(const QJsonValue &value)
{
    if (!value.isObject())
        return value.toString();
    const QJsonObject perLanguage = value.toObject();
    QStringList wanted;
    for (const QString &language : QLocale().uiLanguages()) {
        wanted << language << language.section(QLatin1Char('-'), 0, 0);
    }
    wanted << QStringLiteral("en");
    for (const QString &language : std::as_const(wanted)) {
        if (const QString text = perLanguage.value(language).toString(); !text.isEmpty())
            return text;
    }
    return perLanguage.isEmpty() ? QString() : perLanguage.begin()->toString();
}

} // namespace

bool BrandingFile::load(const QString &path, QtSignIn::Branding *branding, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the branding file %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(256 * 1024), &parseError);
    if (!document.isObject()) {
        *error = tr("The branding file %1 is not a JSON object (%2)").arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject o = document.object();
    QtSignIn::Branding b;
    b.setName(o.value(QLatin1String("name")).toString());
    b.setTagline(localised(o.value(QLatin1String("tagline"))));
    b.setAccentColor(o.value(QLatin1String("accentColor")).toString());
    b.setPrivacyUrl(QUrl(o.value(QLatin1String("privacyUrl")).toString()));
    b.setTermsUrl(QUrl(o.value(QLatin1String("termsUrl")).toString()));
    if (const QString logo = o.value(QLatin1String("logo")).toString(); !logo.isEmpty())
        b.setLogoPath(QFileInfo(logo).isAbsolute() || logo.startsWith(QLatin1Char(':'))
                              ? logo
                              : QFileInfo(path).dir().filePath(logo));
    if (b.name().isEmpty()) {
        *error = tr("The branding file %1 has no \u201cname\u201d").arg(path);
        return false;
    }
    if (!b.accentColor().isEmpty() && !b.hasValidAccentColor()) {
        *error = tr("In %1, the accent colour must look like #2b6cb0").arg(path);
        return false;
    }
    if ((!b.privacyUrl().isEmpty() && !b.hasValidPrivacyUrl()) || (!b.termsUrl().isEmpty() && !b.hasValidTermsUrl())) {
        *error = tr("In %1, the privacy and terms links must be https URLs").arg(path);
        return false;
    }
    if (!b.logoPath().isEmpty() && !QFileInfo::exists(b.logoPath())) {
        *error = tr("The logo %1 named in %2 does not exist").arg(b.logoPath(), path);
        return false;
    }
    *branding = b;
    return true;
}
