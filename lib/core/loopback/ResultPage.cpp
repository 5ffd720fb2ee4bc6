// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ResultPage.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QLocale>
#include <QtCore/QMap>

namespace QtSignIn {

namespace {

QByteArray fill(const QMap<QString, QString> &values)
{
    QFile file(QStringLiteral(":/qtsignin/loopback/result.html"));
    QString html;
    if (file.open(QIODevice::ReadOnly))
        html = QString::fromUtf8(file.readAll());
    // One pass over the template, so a value that itself contains
    // "{{message}}" (an application name, say) stays text.
    QString page;
    qsizetype from = 0;
    for (qsizetype open = html.indexOf(QLatin1String("{{")); open >= 0;
         open = html.indexOf(QLatin1String("{{"), from)) {
        const qsizetype close = html.indexOf(QLatin1String("}}"), open);
        if (close < 0)
            break;
        page += QStringView(html).mid(from, open - from);
        page += values.value(html.mid(open + 2, close - open - 2)).toHtmlEscaped();
        from = close + 2;
    }
    page += QStringView(html).mid(from);
    return page.toUtf8();
}

// The logo goes into the page itself as a data: URL: the page may load
// nothing from anywhere (its Content-Security-Policy says so), and the
// listener serves nothing but the redirect path.
QString logoDataUrl(const QString &path)
{
    constexpr qint64 maximumLogoSize = 256 * 1024;
    if (path.isEmpty())
        return {};
    const QString lower = path.toLower();
    QString type;
    if (lower.endsWith(QLatin1String(".svg")))
        type = QStringLiteral("image/svg+xml");
    else if (lower.endsWith(QLatin1String(".png")))
        type = QStringLiteral("image/png");
    else if (lower.endsWith(QLatin1String(".jpg")) || lower.endsWith(QLatin1String(".jpeg")))
        type = QStringLiteral("image/jpeg");
    else
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maximumLogoSize)
        return {};
    return QStringLiteral("data:%1;base64,%2").arg(type, QString::fromLatin1(file.readAll().toBase64()));
}

} // namespace

ResultPage::ResultPage(const Branding &branding)
    : m_branding(branding), m_logoDataUrl(logoDataUrl(branding.logoPath))
{
}

QByteArray ResultPage::render(const RedirectVerdict &verdict) const
{
    const Branding &branding = m_branding;
    QString app = branding.name;
    if (app.isEmpty())
        app = verdict.applicationName;
    if (app.isEmpty())
        app = QCoreApplication::applicationName();
    QMap<QString, QString> values;
    values[QStringLiteral("lang")] = QLocale().bcp47Name();
    values[QStringLiteral("accent")] = branding.hasValidAccentColor() ? branding.accentColor
                                                                      : QStringLiteral("#2b6cb0");
    values[QStringLiteral("app")] = app;
    values[QStringLiteral("tagline")] = branding.tagline;
    values[QStringLiteral("logo")] = m_logoDataUrl;
    if (branding.hasValidPrivacyUrl()) {
        values[QStringLiteral("privacyUrl")] = branding.privacyUrl.toString(QUrl::FullyEncoded);
        values[QStringLiteral("privacy")] = tr("Privacy");
    }
    if (branding.hasValidTermsUrl()) {
        values[QStringLiteral("termsUrl")] = branding.termsUrl.toString(QUrl::FullyEncoded);
        values[QStringLiteral("terms")] = tr("Terms of use");
    }
    switch (verdict.outcome) {
    case RedirectVerdict::Received: // not shown: the receiver holds its answer until the outcome
    case RedirectVerdict::Succeeded:
        values[QStringLiteral("title")] = tr("Signed in");
        values[QStringLiteral("heading")] = tr("You're signed in");
        values[QStringLiteral("message")] = verdict.message.isEmpty()
                ? tr("%1 has received your sign-in.").arg(app) : verdict.message;
        values[QStringLiteral("hint")] = tr("You can close this tab and return to %1.").arg(app);
        values[QStringLiteral("mark")] = QStringLiteral("\u2713");
        values[QStringLiteral("markColour")] = QStringLiteral("#2f855a");
        break;
    case RedirectVerdict::Failed:
        values[QStringLiteral("title")] = tr("Sign-in failed");
        values[QStringLiteral("heading")] = tr("Sign-in didn't complete");
        values[QStringLiteral("message")] = verdict.message;
        values[QStringLiteral("hint")] = tr("Close this tab and return to %1 to try again.").arg(app);
        values[QStringLiteral("mark")] = QStringLiteral("!");
        values[QStringLiteral("markColour")] = QStringLiteral("#c53030");
        break;
    case RedirectVerdict::NotForThisFlow:
        values[QStringLiteral("title")] = tr("Unexpected sign-in response");
        values[QStringLiteral("heading")] = tr("This isn't the sign-in %1 is waiting for").arg(app);
        values[QStringLiteral("message")] = verdict.message.isEmpty()
                ? tr("The page you came from may be old or not from %1.").arg(app) : verdict.message;
        values[QStringLiteral("hint")] = tr("Return to %1 and use the page it opened.").arg(app);
        values[QStringLiteral("mark")] = QStringLiteral("?");
        values[QStringLiteral("markColour")] = QStringLiteral("#b7791f");
        break;
    }
    return fill(values);
}

QByteArray ResultPage::renderNotFound()
{
    return QByteArrayLiteral("<!DOCTYPE html><title>Not found</title><p>Not found.</p>");
}

} // namespace QtSignIn
