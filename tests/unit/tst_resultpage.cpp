// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "loopback/ResultPage.h"

#include <QtCore/QTranslator>
#include <QtTest/QtTest>

#include <cmath>

using namespace QtSignIn;

namespace {

// WCAG 2.1 contrast ratio of two "#rrggbb" colours, written out here rather
// than taken from the code under test.
double contrast(const QString &a, const QString &b)
{
    const auto luminance = [](const QString &hex) {
        const auto channel = [&hex](int i) {
            const double v = hex.mid(1 + 2 * i, 2).toInt(nullptr, 16) / 255.0;
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
    };
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// The custom properties ("--name: #rrggbb") of the first ":root { }" in `css`.
QMap<QString, QString> rootColours(const QString &css)
{
    QMap<QString, QString> colours;
    const qsizetype root = css.indexOf(QLatin1String(":root {"));
    if (root < 0)
        return colours;
    const QString block = css.mid(root, css.indexOf(QLatin1Char('}'), root) - root);
    static const QRegularExpression property(QStringLiteral("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})\\b"));
    for (const QRegularExpressionMatch &match : property.globalMatch(block))
        colours.insert(match.captured(1), match.captured(2).toLower());
    return colours;
}

} // namespace

class tst_ResultPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesAreTextNotTemplate()
    {
        RedirectAnswer verdict;
        verdict.outcome = RedirectAnswer::Failed;
        verdict.message = QStringLiteral("The token was forged.");
        Branding branding;
        branding.setName(QStringLiteral("{{message}} <b>App</b>"));
        const QByteArray page = ResultPage(branding).render(verdict);
        QVERIFY(page.contains("{{message}} &lt;b&gt;App&lt;/b&gt;"));
        QCOMPARE(page.count("The token was forged."), 1);
        QVERIFY(!page.contains("<b>"));
    }

    void everyPageSaysItsLanguageAndTitle_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::newRow("succeeded") << int(RedirectAnswer::Succeeded);
        QTest::newRow("failed") << int(RedirectAnswer::Failed);
        QTest::newRow("not for this flow") << int(RedirectAnswer::NotForThisFlow);
    }

    // A screen reader picks its voice by lang and announces the tab by title.
    void everyPageSaysItsLanguageAndTitle()
    {
        QFETCH(int, outcome);
        RedirectAnswer verdict;
        verdict.outcome = RedirectAnswer::Outcome(outcome);
        const QString page = QString::fromUtf8(ResultPage().render(verdict));
        QVERIFY2(QRegularExpression(QStringLiteral("<html lang=\"[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*\">")).match(page).hasMatch(),
                 qPrintable(page.left(200)));
        QVERIFY(QRegularExpression(QStringLiteral("<title>[^<]+</title>")).match(page).hasMatch());
        const QString notFound = QString::fromUtf8(ResultPage::renderNotFound());
        QVERIFY2(notFound.contains(QLatin1String("<html lang=\"en\">")), qPrintable(notFound));
        QVERIFY(notFound.contains(QLatin1String("<title>Not found</title>")));
    }

    void textIsReadableInLightAndDarkSchemes_data()
    {
        QTest::addColumn<QString>("accent");
        QTest::newRow("default") << QString();
        QTest::newRow("contoso") << QStringLiteral("#0f7b6c");
        QTest::newRow("light-yellow") << QStringLiteral("#f6e05e");
        QTest::newRow("short-white") << QStringLiteral("#fff");
        QTest::newRow("near-black") << QStringLiteral("#111111");
        QTest::newRow("mid-grey") << QStringLiteral("#777777");
    }

    // WCAG 1.4.3 (AA): 4.5:1 for the page's text, its muted text, its links
    // and the header on the brand's accent, in both prefers-color-scheme.
    void textIsReadableInLightAndDarkSchemes()
    {
        QFETCH(QString, accent);
        Branding branding;
        branding.setAccentColor(accent);
        RedirectAnswer verdict;
        verdict.outcome = RedirectAnswer::Succeeded;
        const QString page = QString::fromUtf8(ResultPage(branding).render(verdict));
        const QMap<QString, QString> light = rootColours(page);
        const qsizetype darkAt = page.indexOf(QLatin1String("@media (prefers-color-scheme: dark)"));
        QVERIFY2(darkAt > 0, "no dark scheme");
        QMap<QString, QString> dark = light;
        dark.insert(rootColours(page.mid(darkAt)));
        const QStringList names = { QStringLiteral("page"), QStringLiteral("text"), QStringLiteral("muted"),
                                    QStringLiteral("link"), QStringLiteral("accent"), QStringLiteral("on-accent") };
        for (const QString &name : names)
            QVERIFY2(light.contains(name), qPrintable(name));
        QVERIFY(dark.value(QStringLiteral("page")) != light.value(QStringLiteral("page")));
        for (const auto &[scheme, colours] : { std::pair(QStringLiteral("light"), light), std::pair(QStringLiteral("dark"), dark) }) {
            for (const QString &name : { QStringLiteral("text"), QStringLiteral("muted"), QStringLiteral("link") }) {
                const double ratio = contrast(colours.value(name), colours.value(QStringLiteral("page")));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 %2 %3 on %4: %5:1").arg(scheme, name, colours.value(name),
                                                  colours.value(QStringLiteral("page"))).arg(ratio, 0, 'f', 2)));
            }
            const double header = contrast(colours.value(QStringLiteral("on-accent")), colours.value(QStringLiteral("accent")));
            QVERIFY2(header >= 4.5, qPrintable(QStringLiteral("header %1:1").arg(header, 0, 'f', 2)));
        }
    }

    void eachOutcomeHasItsOwnHeading_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QByteArray>("heading");
        QTest::newRow("succeeded") << int(RedirectAnswer::Succeeded) << QByteArray("You're signed in");
        QTest::newRow("failed") << int(RedirectAnswer::Failed) << QByteArray("Sign-in didn't complete");
        QTest::newRow("not for this flow") << int(RedirectAnswer::NotForThisFlow) << QByteArray("isn't the sign-in");
    }

    void eachOutcomeHasItsOwnHeading()
    {
        QFETCH(int, outcome);
        QFETCH(QByteArray, heading);
        RedirectAnswer verdict;
        verdict.outcome = RedirectAnswer::Outcome(outcome);
        Branding branding;
        branding.setName(QStringLiteral("Demo"));
        const QByteArray page = ResultPage(branding).render(verdict);
        QVERIFY2(page.contains(heading), page.constData());
        QVERIFY(!page.contains("{{"));
    }

    // One source for the displayed name: the branding (the verdict no
    // longer carries one).
    void theNameComesFromTheBrandingAlone()
    {
        RedirectAnswer verdict;
        verdict.outcome = RedirectAnswer::Succeeded;
        Branding branding;
        branding.setName(QStringLiteral("Contoso Notes"));
        QByteArray page = ResultPage(branding).render(verdict);
        QVERIFY(page.contains("Contoso Notes"));
        // Without one, the application's own name (this is a QCoreApplication).
        page = ResultPage().render(verdict);
        QVERIFY2(page.contains(QCoreApplication::applicationName().toUtf8()), page.constData());
    }

    void brandingShowsOnThePage()
    {
        RedirectAnswer verdict;
        verdict.outcome = RedirectAnswer::Succeeded;
        Branding branding;
        branding.setName(QStringLiteral("Contoso Notes"));
        branding.setTagline(QStringLiteral("Sign in to sync your notes"));
        branding.setAccentColor(QStringLiteral("#0f7b6c"));
        branding.setLogoPath(QStringLiteral(QTSIGNIN_SOURCE_DIR "/resources/branding/contoso.svg"));
        branding.setPrivacyUrl(QUrl(QStringLiteral("https://contoso.example/privacy")));
        branding.setTermsUrl(QUrl(QStringLiteral("https://contoso.example/terms")));
        const QByteArray page = ResultPage(branding).render(verdict);
        QVERIFY(page.contains("Contoso Notes"));
        QVERIFY(page.contains("Sign in to sync your notes"));
        QVERIFY(page.contains("--accent: #0f7b6c"));
        // The logo travels inside the page: it may load nothing from anywhere.
        QVERIFY(page.contains("<img src=\"data:image/svg+xml;base64,"));
        QVERIFY(page.contains("default-src 'none'; img-src data:"));
        QVERIFY(page.contains("href=\"https://contoso.example/privacy\""));
        QVERIFY(page.contains("href=\"https://contoso.example/terms\""));
    }

    void unsafeBrandingIsNotUsed()
    {
        RedirectAnswer verdict;
        verdict.outcome = RedirectAnswer::Succeeded;
        Branding branding;
        branding.setName(QStringLiteral("App"));
        // Style-sheet injection through the colour, script through links.
        branding.setAccentColor(QStringLiteral("red; } body { visibility: hidden"));
        branding.setPrivacyUrl(QUrl(QStringLiteral("javascript:alert(1)")));
        branding.setTermsUrl(QUrl(QStringLiteral("http://plain.example/terms")));
        branding.setLogoPath(QStringLiteral(QTSIGNIN_SOURCE_DIR "/README.md")); // not an image
        const QByteArray page = ResultPage(branding).render(verdict);
        QVERIFY(!page.contains("visibility: hidden"));
        QVERIFY(page.contains("--accent: #2b6cb0"));
        QVERIFY(!page.contains("javascript:"));
        QVERIFY(!page.contains("plain.example"));
        QVERIFY(page.contains("<img src=\"\""));
    }

    void pageFollowsTheTranslations()
    {
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("qtsignin"), QStringLiteral("_"),
                            QStringLiteral(":/qtsignin/i18n")));
        QCoreApplication::installTranslator(&german);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        RedirectAnswer verdict;
        verdict.outcome = RedirectAnswer::Succeeded;
        Branding branding;
        branding.setName(QStringLiteral("Demo"));
        const QByteArray page = ResultPage(branding).render(verdict);
        QCoreApplication::removeTranslator(&german);
        QLocale::setDefault(QLocale::c());
        QVERIFY(page.contains("lang=\"de"));
        QVERIFY2(!page.contains("You're signed in"), page.constData());
        const QString heading = german.translate("QtSignIn::ResultPage", "You're signed in");
        QVERIFY(!heading.isEmpty());
        QVERIFY2(page.contains(heading.toHtmlEscaped().toUtf8()), page.constData());
    }
};

QTEST_GUILESS_MAIN(tst_ResultPage)
#include "tst_resultpage.moc"
