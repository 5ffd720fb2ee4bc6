// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ResultPage.h"

#include "../WcagContrast_p.h"

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

// The page's own colours, light and dark (prefers-color-scheme), every text
// colour at least 4.5:1 on its page (WCAG 1.4.3; unit.tst_resultpage checks).
struct Rgb
{
    double red = 0, green = 0, blue = 0;
    double luminance() const { return Wcag::relativeLuminance(red, green, blue); }
};

const Rgb lightPage{1.0, 1.0, 1.0};                           // #ffffff
const Rgb darkPage{0x1a / 255.0, 0x20 / 255.0, 0x2c / 255.0}; // #1a202c

Rgb parseHexColour(const QString &hex) // "#rgb" or "#rrggbb", already checked
{
    QString digits = hex.mid(1);
    if (digits.size() == 3)
        digits = QString(2, digits[0]) + QString(2, digits[1]) + QString(2, digits[2]);
    const uint value = digits.toUInt(nullptr, 16);
    return {((value >> 16) & 0xff) / 255.0, ((value >> 8) & 0xff) / 255.0, (value & 0xff) / 255.0};
}

QString hexColour(const Rgb &colour)
{
    const auto byte = [](double c) { return qBound(0, qRound(c * 255), 255); };
    return QStringLiteral("#%1%2%3")
            .arg(byte(colour.red), 2, 16, QLatin1Char('0'))
            .arg(byte(colour.green), 2, 16, QLatin1Char('0'))
            .arg(byte(colour.blue), 2, 16, QLatin1Char('0'));
}

// The brand's accent for links, mixed towards black on a light page or
// towards white on a dark one until it reads as text there.
QString linkColourOn(const Rgb &accent, const Rgb &page)
{
    const double towards = page.luminance() > Wcag::darkBelow ? 0.0 : 1.0;
    Rgb colour = accent;
    for (int step = 1; step <= 20 && Wcag::contrastRatio(colour.luminance(), page.luminance()) < Wcag::minimumForText; ++step) {
        const double t = step / 20.0;
        colour = {accent.red + (towards - accent.red) * t, accent.green + (towards - accent.green) * t,
                  accent.blue + (towards - accent.blue) * t};
    }
    return hexColour(colour);
}

// The header's text on the accent: black or white, whichever reads better;
// one of them always reaches 4.5:1 (a mid grey is the worst case, 4.6:1).
QString inkOn(const Rgb &accent)
{
    const double onBlack = Wcag::contrastRatio(accent.luminance(), 0.0);
    const double onWhite = Wcag::contrastRatio(accent.luminance(), 1.0);
    return onBlack > onWhite ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
}

} // namespace

ResultPage::ResultPage(const Branding &branding)
    : m_branding(branding), m_logoDataUrl(logoDataUrl(branding.logoPath()))
{
}

QByteArray ResultPage::render(const RedirectAnswer &answer) const
{
    const Branding &branding = m_branding;
    // Branding is the one source of the app's displayed name.
    const QString app = branding.displayName();
    QMap<QString, QString> values;
    values[QStringLiteral("lang")] = QLocale().bcp47Name();
    const QString accent = branding.hasValidAccentColor() ? branding.accentColor() : QStringLiteral("#2b6cb0");
    const Rgb accentRgb = parseHexColour(accent);
    values[QStringLiteral("accent")] = hexColour(accentRgb);
    values[QStringLiteral("onAccent")] = inkOn(accentRgb);
    values[QStringLiteral("linkLight")] = linkColourOn(accentRgb, lightPage);
    values[QStringLiteral("linkDark")] = linkColourOn(accentRgb, darkPage);
    values[QStringLiteral("app")] = app;
    values[QStringLiteral("tagline")] = branding.tagline();
    values[QStringLiteral("logo")] = m_logoDataUrl;
    if (branding.hasValidPrivacyUrl()) {
        values[QStringLiteral("privacyUrl")] = branding.privacyUrl().toString(QUrl::FullyEncoded);
        values[QStringLiteral("privacy")] = tr("Privacy");
    }
    if (branding.hasValidTermsUrl()) {
        values[QStringLiteral("termsUrl")] = branding.termsUrl().toString(QUrl::FullyEncoded);
        values[QStringLiteral("terms")] = tr("Terms of use");
    }
    switch (answer.outcome) {
    case RedirectAnswer::Received: // not shown: the receiver holds its answer until the outcome
    case RedirectAnswer::Succeeded:
        values[QStringLiteral("title")] = tr("Signed in");
        values[QStringLiteral("heading")] = tr("You're signed in");
        values[QStringLiteral("message")] = answer.message.isEmpty()
                ? tr("%1 has received your sign-in.").arg(app) : answer.message;
        values[QStringLiteral("hint")] = tr("You can close this tab and return to %1.").arg(app);
        values[QStringLiteral("mark")] = QStringLiteral("\u2713");
        values[QStringLiteral("markColour")] = QStringLiteral("#2f855a");
        break;
    case RedirectAnswer::Failed:
        values[QStringLiteral("title")] = tr("Sign-in failed");
        values[QStringLiteral("heading")] = tr("Sign-in didn't complete");
        values[QStringLiteral("message")] = answer.message;
        values[QStringLiteral("hint")] = tr("Close this tab and return to %1 to try again.").arg(app);
        values[QStringLiteral("mark")] = QStringLiteral("!");
        values[QStringLiteral("markColour")] = QStringLiteral("#c53030");
        break;
    case RedirectAnswer::NotForThisFlow:
        values[QStringLiteral("title")] = tr("Unexpected sign-in response");
        values[QStringLiteral("heading")] = tr("This isn't the sign-in %1 is waiting for").arg(app);
        values[QStringLiteral("message")] = answer.message.isEmpty()
                ? tr("The page you came from may be old or not from %1.").arg(app) : answer.message;
        values[QStringLiteral("hint")] = tr("Return to %1 and use the page it opened.").arg(app);
        values[QStringLiteral("mark")] = QStringLiteral("?");
        values[QStringLiteral("markColour")] = QStringLiteral("#975a16"); // white on it: 5.5:1
        break;
    }
    return fill(values);
}

QByteArray ResultPage::renderNotFound()
{
    return QByteArrayLiteral("<!DOCTYPE html><html lang=\"en\"><title>Not found</title><p>Not found.</p>");
}

} // namespace QtSignIn
