// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// The demo with a plain OAuth 2.0 account: app/demo/examples/github.json,
// pointed at the GitHub-shaped fixture (tests/fixtures/github-provider/
// server.mjs, which this test starts itself), signed in through headless
// Chromium (tests/browser/signin.mjs). No ID token comes: the pages must
// show the profile and say where it came from, and must not offer to end a
// provider session that has no end-session page.

#include "AccessibleTreeAudit.h"
#include "BrandingFile.h"
#include "DemoConfiguration.h"
#include "DemoSession.h"
#include "DemoWidgetTesting.h"
#include "ui/AccountPage.h"
#include "ui/MainWindow.h"
#include "ui/WelcomePage.h"
#include "../support/NodeFixtureServer.h"

#include <QtSignIn/FileTokenStore.h>
#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/SystemBrowserUserAgent.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAccessible>
#include <QtTest/QtTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>

namespace {

// What QTSIGNIN_CLIENT_SECRET holds while the demo reads its configuration.
const char demoClientSecret[] = "gh-preset-secret";

} // namespace

using namespace DemoWidgetTesting;

class tst_DemoGithub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void theExampleSignsInAndShowsTheProfileAsOne();
    void signOutEverywhereIsNotOfferedAndSignOutIsLocal();
    void noControlIsUnnamedAndNoTokenIsInTheAccessibilityTree();
    void afterARestartTheProfileIsShownAgain();
    void closingDuringTheProfileRequestLeavesNothingBehind();

private:
    // Takes ownership of `store` (nullptr: tokens in memory).
    DemoSession *createSession(QObject *owner, QtSignIn::TokenStore *store = nullptr);
    void signIn(MainWindow *window);

    NodeFixtureServer m_server;
    QString m_base;
    QTemporaryDir m_dir;
};

void tst_DemoGithub::initTestCase()
{
    const QString script = QStringLiteral(QTSIGNIN_SOURCE_DIR "/tests/fixtures/github-provider/server.mjs");
    QString error;
    QVERIFY2(m_server.start(script, {}, &error), qPrintable(error));
    m_base = m_server.baseUrl();
}

void tst_DemoGithub::cleanupTestCase()
{
    m_server.stop();
}

// The example as shipped, with the fixture as github.com and
// api.github.com and the fixture's client (what a person edits too).
DemoSession *tst_DemoGithub::createSession(QObject *owner, QtSignIn::TokenStore *store)
{
    QFile example(QStringLiteral(QTSIGNIN_SOURCE_DIR "/app/demo/examples/github.json"));
    if (!example.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(example.fileName()));
    QJsonObject root = QJsonDocument::fromJson(example.readAll()).object();
    root.insert(QStringLiteral("clientId"), QStringLiteral("gh-preset"));
    root.insert(QStringLiteral("authorizationEndpoint"), m_base + QStringLiteral("/login/oauth/authorize"));
    root.insert(QStringLiteral("tokenEndpoint"), m_base + QStringLiteral("/login/oauth/access_token"));
    root.insert(QStringLiteral("userInfoEndpoint"), m_base + QStringLiteral("/user"));
    QJsonObject api = root.value(QStringLiteral("api")).toObject();
    api.insert(QStringLiteral("baseUrl"), m_base);
    root.insert(QStringLiteral("api"), api);
    QFile file(m_dir.filePath(QStringLiteral("github-fixture.json")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write(QJsonDocument(root).toJson());
    file.close();

    DemoConfiguration configuration;
    QString error;
    qputenv("QTSIGNIN_CLIENT_SECRET", demoClientSecret);
    const bool loaded = DemoConfiguration::fromFile(file.fileName(), &configuration, &error);
    qunsetenv("QTSIGNIN_CLIENT_SECRET");
    if (!loaded)
        qFatal("%s", qPrintable(error));

    QtSignIn::Branding branding;
    if (!BrandingFile::load(QString::fromLatin1(BrandingFile::defaultPath), &branding, &error))
        qFatal("%s", qPrintable(error));
    auto *session = new DemoSession(configuration, branding, store ? store : new QtSignIn::MemoryTokenStore, owner);
    session->setBrowserLauncher(QtSignIn::SystemBrowserUserAgent::commandLauncher(
            QStringLiteral("node " QTSIGNIN_SOURCE_DIR "/tests/browser/signin.mjs --user alice")));
    return session;
}

void tst_DemoGithub::signIn(MainWindow *window)
{
    QTest::mouseClick(find<QPushButton>(window, QStringLiteral("signInWithBrowser")), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(window, QStringLiteral("consentContinue")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window->pages()->currentWidget(), window->accountPage(), signInTimeout);
}

void tst_DemoGithub::theExampleSignsInAndShowsTheProfileAsOne()
{
    QObject owner;
    DemoSession *session = createSession(&owner);
    MainWindow window(session);
    window.show();
    signIn(&window);
    AccountPage *page = window.accountPage();
    QTRY_COMPARE(find<QLabel>(page, QStringLiteral("accountName"))->text(), QStringLiteral("Alice Liddell"));
    QCOMPARE(find<QLabel>(page, QStringLiteral("accountUsername"))->text(), QStringLiteral("alice"));
    QCOMPARE(session->currentAccount().identityVerification(),
             QtSignIn::Account::IdentityVerification::ProfileEndpoint);

    // The profile tab says plainly that no signed ID token vouches for it.
    auto *note = find<QLabel>(page, QStringLiteral("identityNote"));
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("profile endpoint")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QStringLiteral("no ID token")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QStringLiteral("GitHub")), qPrintable(note->text()));

    // The tokens tab shows the profile where an ID token would be, named as such.
    auto *heading = find<QLabel>(page, QStringLiteral("idTokenHeading"));
    QCOMPARE(heading->text(), QStringLiteral("Profile"));
    auto *summary = find<QLabel>(page, QStringLiteral("idTokenSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("not a signed ID token")), qPrintable(summary->text()));
    auto *profile = find<QPlainTextEdit>(page, QStringLiteral("idTokenDecoded"));
    QVERIFY2(profile->toPlainText().contains(QStringLiteral("\"login\": \"alice\"")), qPrintable(profile->toPlainText()));
    QVERIFY2(accessibleText(profile, QAccessible::Name).contains(QStringLiteral("profile endpoint")),
             qPrintable(accessibleText(profile, QAccessible::Name)));
    auto *tokenNote = find<QLabel>(page, QStringLiteral("tokenNote"));
    QVERIFY2(!tokenNote->text().contains(QStringLiteral("checked its signature")), qPrintable(tokenNote->text()));
    // No ID token: nothing to reveal, and no control that would reveal nothing.
    QVERIFY(find<QLineEdit>(page, QStringLiteral("idTokenRaw"))->isHidden());
    QVERIFY(find<QToolButton>(page, QStringLiteral("idTokenReveal"))->isHidden());
    QVERIFY(!find<QToolButton>(page, QStringLiteral("accessTokenReveal"))->isHidden());

    // The API call works with the plain OAuth 2.0 access token.
    QTest::mouseClick(find<QPushButton>(page, QStringLiteral("call:me")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->apiStatusText().contains(QStringLiteral("200")), 30000);
    QVERIFY2(page->apiBodyText().contains(QStringLiteral("583231")), qPrintable(page->apiBodyText()));
}

void tst_DemoGithub::signOutEverywhereIsNotOfferedAndSignOutIsLocal()
{
    QObject owner;
    DemoSession *session = createSession(&owner);
    MainWindow window(session);
    window.show();
    signIn(&window);
    // Nothing to end at GitHub after a sign-in in the system browser: the
    // action would be "Sign out" under a promise it cannot keep.
    QVERIFY(!session->canEndProviderSession());
    QAction *everywhere = menuAction(&window, QStringLiteral("signOutEverywhere"));
    QVERIFY(everywhere);
    QVERIFY(!everywhere->isVisible());
    QAction *signOut = menuAction(&window, QStringLiteral("signOut"));
    QVERIFY(signOut && signOut->isVisible());

    // Asked anyway (a script, the headless run): the local sign-out, cleanly.
    QSignalSpy warnings(session, &DemoSession::warning);
    session->signOut(true);
    QTRY_COMPARE(window.pages()->currentWidget(), window.welcomePage());
    QVERIFY(session->accounts().isEmpty());
    QVERIFY2(warnings.isEmpty(), warnings.isEmpty() ? "" : qPrintable(warnings.first().first().toString()));
}

// The profile in the ID token's place changes names and hides controls:
// what is left is named, and the access token is nowhere to be read.
void tst_DemoGithub::noControlIsUnnamedAndNoTokenIsInTheAccessibilityTree()
{
    QObject owner;
    DemoSession *session = createSession(&owner);
    MainWindow window(session);
    window.show();
    signIn(&window);
    QTest::mouseClick(find<QPushButton>(&window, QStringLiteral("call:me")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.accountPage()->apiStatusText().contains(QStringLiteral("200")), 30000);
    // The client secret the demo holds since it signs in to GitHub is no
    // more to be read than the token.
    const QStringList tokens{session->currentResult().accessToken().revealString(),
                             QString::fromLatin1(demoClientSecret)};
    QVERIFY(tokens.at(0).size() > 20);
    QTabWidget *tabs = window.accountPage()->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QStringList problems;
        auditAccessibleTree(QAccessible::queryAccessibleInterface(&window), tokens, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(tabs->tabText(tab) + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }
}

// The tokens come from the cache, the profile from the profile endpoint a
// moment later: the page shows it, and says what it is, as after a sign-in.
void tst_DemoGithub::afterARestartTheProfileIsShownAgain()
{
    const QString tokens = m_dir.filePath(QStringLiteral("restart-tokens.json"));
    {
        QObject owner;
        DemoSession *session = createSession(&owner, new QtSignIn::FileTokenStore(tokens));
        MainWindow window(session);
        window.show();
        signIn(&window);
    }
    QObject owner;
    DemoSession *session = createSession(&owner, new QtSignIn::FileTokenStore(tokens));
    MainWindow window(session);
    window.show();
    session->start();
    QTRY_COMPARE_WITH_TIMEOUT(window.pages()->currentWidget(), window.accountPage(), 30000);
    AccountPage *page = window.accountPage();
    auto *profile = find<QPlainTextEdit>(page, QStringLiteral("idTokenDecoded"));
    QTRY_VERIFY2_WITH_TIMEOUT(profile->toPlainText().contains(QStringLiteral("\"login\": \"alice\"")),
                              qPrintable(profile->toPlainText()), 30000);
    QCOMPARE(find<QLabel>(page, QStringLiteral("accountName"))->text(), QStringLiteral("Alice Liddell"));
    QVERIFY(!find<QLabel>(page, QStringLiteral("identityNote"))->isHidden());
    QCOMPARE(find<QLabel>(page, QStringLiteral("idTokenHeading"))->text(), QStringLiteral("Profile"));
}

// The window closes the moment the sign-in ends, the profile request still
// on its way: the session's open replies go with it. (The reply of the
// profile request once outlived it, nobody left to hear it finish; only
// LeakSanitizer saw that, and only now and then.)
void tst_DemoGithub::closingDuringTheProfileRequestLeavesNothingBehind()
{
    bool profileArrived = false;
    bool closedWhileWaiting = false;
    QList<QPointer<QtSignIn::SignInReply>> open;
    auto *owner = new QObject;
    DemoSession *session = createSession(owner);
    auto *window = new MainWindow(session);
    window->show();
    connect(session, &DemoSession::profileUpdated, owner, [&] { profileArrived = true; });
    // Queued: finishSignIn() sends the profile request after signedIn().
    connect(session, &DemoSession::signedIn, owner, [&, owner, session, window] {
        closedWhileWaiting = !profileArrived;
        for (QtSignIn::SignInReply *reply : session->findChildren<QtSignIn::SignInReply *>()) {
            if (!reply->isFinished())
                open.append(reply);
        }
        delete window;
        delete owner;
    }, Qt::QueuedConnection);
    QTest::mouseClick(find<QPushButton>(window, QStringLiteral("signInWithBrowser")), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(window, QStringLiteral("consentContinue")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(closedWhileWaiting || profileArrived, signInTimeout);
    QVERIFY2(closedWhileWaiting, "the profile arrived before the window closed: nothing was tested");
    QVERIFY2(!open.isEmpty(), "the profile request's reply does not belong to the session");
    // What the closed client abandoned finishes from the event loop.
    QTest::qWait(200);
    for (const QPointer<QtSignIn::SignInReply> &reply : std::as_const(open))
        QVERIFY2(reply.isNull(), "a reply outlived the session");
}

QTEST_MAIN(tst_DemoGithub)
#include "tst_demo_github.moc"
