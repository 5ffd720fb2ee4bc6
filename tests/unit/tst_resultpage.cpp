// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "loopback/ResultPage.h"

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
        const QByteArray page = ResultPage::render(verdict);
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
        const QByteArray page = ResultPage::render(verdict);
        QVERIFY2(page.contains(heading), page.constData());
        QVERIFY(!page.contains("{{"));
    }
};

QTEST_GUILESS_MAIN(tst_ResultPage)
#include "tst_resultpage.moc"
