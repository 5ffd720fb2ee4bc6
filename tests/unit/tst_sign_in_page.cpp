// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The embedded dialog's page: a link or a script in the provider's page must
// not start another program. Qt WebEngine hands schemes it does not load
// (mailto:, x-foo:, ms-word:) to QDesktopServices::openUrl; a URL handler
// registered here stands in for the desktop and counts what reaches it.
#include "RedirectMatcher.h"
#include "SignInPage.h"

#include <QtGui/QDesktopServices>
#include <QtTest/QtTest>
#include <QtWebEngineCore/QWebEngineProfile>
#include <QtWebEngineCore/QWebEngineSettings>
#include <QtWidgets/QApplication>

using namespace QtSignIn;

namespace {

// Where QDesktopServices would have started a program.
class Desktop : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

const QUrl redirectUri(QStringLiteral("http://127.0.0.1:1234/callback"));

} // namespace

class tst_SignInPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &scheme : {QStringLiteral("mailto"), QStringLiteral("x-foo"), QStringLiteral("file")})
            QDesktopServices::setUrlHandler(scheme, &m_desktop, "open");
    }
    void cleanupTestCase()
    {
        for (const QString &scheme : {QStringLiteral("mailto"), QStringLiteral("x-foo"), QStringLiteral("file")})
            QDesktopServices::unsetUrlHandler(scheme);
    }
    void init() { m_desktop.opened.clear(); }

    void knowsWhichSchemesItLoads_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("web");
        QTest::newRow("https") << "https://login.example.com/" << true;
        QTest::newRow("http") << "http://127.0.0.1:8080/" << true;
        QTest::newRow("upper case") << "HTTPS://login.example.com/" << true;
        QTest::newRow("about:blank") << "about:blank" << true;
        QTest::newRow("data") << "data:text/html,hi" << true;
        QTest::newRow("mailto") << "mailto:help@example.com" << false;
        QTest::newRow("custom") << "x-foo:bar" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("ms-word") << "ms-word:ofe|u|https://evil.example/x.docx" << false;
    }
    void knowsWhichSchemesItLoads()
    {
        QFETCH(QString, url);
        QFETCH(bool, web);
        QCOMPARE(isWebScheme(QUrl(url)), web);
    }

    // Even where Qt WebEngine is set to hand every unknown scheme to the
    // desktop, the page refuses the navigation, so nothing is started.
    void pageRefusesOtherSchemesInTheMainFrame_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("mailto") << "mailto:help@example.com";
        QTest::newRow("custom") << "x-foo:start-something";
    }
    void pageRefusesOtherSchemesInTheMainFrame()
    {
        QFETCH(QString, target);
        QWebEngineProfile profile;
        profile.settings()->setUnknownUrlSchemePolicy(QWebEngineSettings::AllowAllUnknownUrlSchemes);
        SignInPage page(&profile, RedirectMatcher(redirectUri));
        QVERIFY(loadHtml(&page, QStringLiteral("<p>provider</p>")));
        page.runJavaScript(QStringLiteral("location.href = '%1';").arg(target));
        // A page reaching the desktop does so within milliseconds.
        QTest::qWait(1500);
        QCOMPARE(m_desktop.opened, QList<QUrl>());
    }

private:
    static bool loadHtml(QWebEnginePage *page, const QString &html)
    {
        QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
        page->setHtml(html, QUrl(QStringLiteral("https://login.example.com/")));
        return loaded.wait(20000) && loaded.first().first().toBool();
    }

    Desktop m_desktop;
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_SignInPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sign_in_page.moc"
