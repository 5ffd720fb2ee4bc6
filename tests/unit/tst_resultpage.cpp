// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "loopback/ResultPage.h"

#include <QtCore/QTranslator>
#include <QtTest/QtTest>

using namespace QtSignIn;

class tst_ResultPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesAreTextNotTemplate()
    {
        RedirectVerdict verdict;
        verdict.outcome = RedirectVerdict::Failed;
        verdict.message = QStringLiteral("The token was forged.");
        verdict.applicationName = QStringLiteral("{{message}} <b>App</b>");
        const QByteArray page = ResultPage().render(verdict);
        QVERIFY(page.contains("{{message}} &lt;b&gt;App&lt;/b&gt;"));
        QCOMPARE(page.count("The token was forged."), 1);
        QVERIFY(!page.contains("<b>"));
    }

    void eachOutcomeHasItsOwnHeading_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QByteArray>("heading");
        QTest::newRow("succeeded") << int(RedirectVerdict::Succeeded) << QByteArray("You're signed in");
        QTest::newRow("failed") << int(RedirectVerdict::Failed) << QByteArray("Sign-in didn't complete");
        QTest::newRow("not for this flow") << int(RedirectVerdict::NotForThisFlow) << QByteArray("isn't the sign-in");
    }

    void eachOutcomeHasItsOwnHeading()
    {
        QFETCH(int, outcome);
        QFETCH(QByteArray, heading);
        RedirectVerdict verdict;
        verdict.outcome = RedirectVerdict::Outcome(outcome);
        verdict.applicationName = QStringLiteral("Demo");
        const QByteArray page = ResultPage().render(verdict);
        QVERIFY2(page.contains(heading), page.constData());
        QVERIFY(!page.contains("{{"));
    }

    void brandingShowsOnThePage()
    {
        RedirectVerdict verdict;
        verdict.outcome = RedirectVerdict::Succeeded;
        Branding branding;
        branding.name = QStringLiteral("Contoso Notes");
        branding.tagline = QStringLiteral("Sign in to sync your notes");
        branding.accentColor = QStringLiteral("#0f7b6c");
        branding.logoPath = QStringLiteral(QTSIGNIN_SOURCE_DIR "/resources/branding/contoso.svg");
        branding.privacyUrl = QUrl(QStringLiteral("https://contoso.example/privacy"));
        branding.termsUrl = QUrl(QStringLiteral("https://contoso.example/terms"));
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
        RedirectVerdict verdict;
        verdict.outcome = RedirectVerdict::Succeeded;
        Branding branding;
        branding.name = QStringLiteral("App");
        // Style-sheet injection through the colour, script through links.
        branding.accentColor = QStringLiteral("red; } body { visibility: hidden");
        branding.privacyUrl = QUrl(QStringLiteral("javascript:alert(1)"));
        branding.termsUrl = QUrl(QStringLiteral("http://plain.example/terms"));
        branding.logoPath = QStringLiteral(QTSIGNIN_SOURCE_DIR "/README.md"); // not an image
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
        RedirectVerdict verdict;
        verdict.outcome = RedirectVerdict::Succeeded;
        verdict.applicationName = QStringLiteral("Demo");
        const QByteArray page = ResultPage().render(verdict);
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
