// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// Takes the README's screenshots of the demo: run by scripts/screenshots.sh
// under Xvfb (a real X server, so these are what a person sees), against the
// local provider and demo API, with headless Chromium signing in.
//
//   demo_screenshots OUTPUT_DIR

#include "DemoFixture.h"
#include "Translations.h"
#include "ui/AccountPage.h"
#include "ui/DevicePage.h"
#include "ui/ErrorBanner.h"
#include "ui/WelcomePage.h"
#include "ui/MainWindow.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtGui/QPalette>
#include <QtGui/QScreen>
#include <QtWidgets/QApplication>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTabWidget>

#include <cstdio>
#include <functional>

namespace {

QString outputDir;
// QTSIGNIN_SCREENSHOT_VARIANT, e.g. "150-dark-de": appended to every name;
// a variant run takes the main screens only.
QString variant;

// Lets the event loop run until `done` holds (or the deadline passes).
bool waitFor(const std::function<bool()> &done, int milliseconds = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > milliseconds)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void settle()
{
    waitFor([] { return false; }, 400);
}

void shoot(QWidget *window, const QString &name)
{
    settle();
    // From the X server, not QWidget::grab(): what is really on screen.
    const QPixmap pixmap = window->screen()->grabWindow(window->winId());
    const QString file = QDir(outputDir).filePath(
            name + (variant.isEmpty() ? QString() : QLatin1Char('-') + variant) + QStringLiteral(".png"));
    if (!pixmap.save(file))
        qFatal("cannot write %s", qPrintable(file));
    std::printf("%s\n", qPrintable(file));
}

void click(QWidget *window, const char *name)
{
    auto *button = window->findChild<QPushButton *>(QString::fromLatin1(name));
    if (!button)
        qFatal("no button %s", name);
    button->click();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // for Qt WebEngine, loaded later
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("QtSignIn Demo"));
    // QTSIGNIN_SCREENSHOT_PALETTE=dark: the same screens in a dark palette.
    if (qEnvironmentVariable("QTSIGNIN_SCREENSHOT_PALETTE") == QLatin1String("dark")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark(QColor(0x3c, 0x3c, 0x3c), QColor(0x2b, 0x2b, 0x2b)); // button, window
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        QApplication::setPalette(dark);
    }
    // QTSIGNIN_SCREENSHOT_LANGUAGE=de (or fr): the demo in that language from the start.
    const QString language = qEnvironmentVariable("QTSIGNIN_SCREENSHOT_LANGUAGE");
    if (language == QLatin1String("de") || language == QLatin1String("fr")) {
        QLocale::setDefault(QLocale(language)); // the branding's tagline follows it
        installTranslations(QLocale(language));
    }
    variant = qEnvironmentVariable("QTSIGNIN_SCREENSHOT_VARIANT");
    if (argc < 2)
        qFatal("usage: demo_screenshots OUTPUT_DIR");
    outputDir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(outputDir);

    QObject owner;
    DemoSession *session = DemoFixture::createSession(DemoFixture::branding(), &owner);
    // The browser's result page, as headless Chromium shows it.
    session->setBrowserLauncher(QtSignIn::SystemBrowserUserAgent::commandLauncher(
            QStringLiteral("node " QTSIGNIN_SOURCE_DIR "/tests/browser/signin.mjs --screenshot ")
            + QDir(outputDir).filePath(QStringLiteral("loopback-page.png"))));
    MainWindow window(session);
    window.show();
    shoot(&window, QStringLiteral("welcome"));
    // Sign in on another device: the code, the page, the countdown.
    click(&window, "signInOnAnotherDevice");
    click(&window, "consentContinue");
    if (!waitFor([&] { return window.devicePage()->shownLink().isValid(); }, 30000))
        qFatal("no device code: %s", qPrintable(window.banner()->text()));
    shoot(&window, QStringLiteral("device-code"));
    session->cancelSignIn();
    if (!waitFor([&] { return window.pages()->currentWidget() == window.welcomePage(); }))
        qFatal("the device sign-in did not end");

    click(&window, "signInWithBrowser");
    shoot(&window, QStringLiteral("consent"));

    click(&window, "consentContinue");
    shoot(&window, QStringLiteral("waiting"));
    if (!waitFor([&] { return window.pages()->currentWidget() == window.accountPage(); }))
        qFatal("the sign-in did not finish");

    click(&window, "call:items");
    if (!waitFor([&] { return window.accountPage()->apiStatusText().contains(QStringLiteral("200")); }))
        qFatal("the API call did not succeed");
    shoot(&window, QStringLiteral("api-call"));

    click(&window, "call:add-item");
    if (!waitFor([&] { return window.banner()->isVisible(); }))
        qFatal("no incremental consent offered");
    shoot(&window, QStringLiteral("incremental-consent"));
    window.banner()->hide();

    window.accountPage()->tabs()->setCurrentIndex(1);
    shoot(&window, QStringLiteral("profile"));
    window.accountPage()->tabs()->setCurrentIndex(2);
    shoot(&window, QStringLiteral("tokens"));
    if (!variant.isEmpty())
        return 0;

    // In-app sign-in: the embedded dialog, with the same branding.
    window.accountPage()->tabs()->setCurrentIndex(0);
    click(&window, "signInInsideApp");
    click(&window, "consentContinue");
    QWidget *dialog = nullptr;
    waitFor([&] {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            if (w != &window && w->isVisible() && w->inherits("QDialog"))
                dialog = w;
        }
        return dialog != nullptr;
    }, 60000);
    if (!dialog)
        qFatal("no embedded sign-in dialog: %s", qPrintable(window.banner()->text()));
    settle();
    waitFor([] { return false; }, 4000); // the provider's page loads
    shoot(dialog, QStringLiteral("embedded-dialog"));
    session->cancelSignIn();

    // Another brand and another language: a new window, as after a restart.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    installTranslations(QLocale(QLocale::German, QLocale::Germany));
    QObject owner2;
    MainWindow german(DemoFixture::createSession(
            DemoFixture::branding(QStringLiteral(QTSIGNIN_SOURCE_DIR "/resources/branding/contoso.json")), &owner2));
    german.show();
    shoot(&german, QStringLiteral("welcome-contoso-de"));
    return 0;
}
