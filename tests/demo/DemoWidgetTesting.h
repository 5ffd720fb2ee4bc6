// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// What the demo's widget tests do as a person would, whichever provider
// and browser sign them in: find a control, choose from the account menu,
// Tab to a control, read what a screen reader reads, sign in with the
// browser button.

#include "../support/WcagContrastOracle.h"
#include "ui/AccountPage.h"
#include "ui/MainWindow.h"
#include "ui/WaitingPage.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtGui/QAccessible>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QToolButton>

namespace DemoWidgetTesting {

inline constexpr int signInTimeout = 120000;

template<typename T>
T *find(QWidget *root, const QString &name)
{
    T *widget = root->findChild<T *>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

inline QAction *menuAction(MainWindow *window, const QString &name)
{
    const QList<QAction *> actions = window->accountButton()->menu()->actions();
    for (QAction *action : actions) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

inline QString accessibleText(QWidget *widget, QAccessible::Text text)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(text) : QString();
}

using WcagContrastOracle::contrast;

// Presses Tab until `target` has the keyboard focus, as a person would.
inline bool tabTo(QWidget *target)
{
    // With nothing focused (a page just changed), the key goes to the
    // window, as a real one does.
    for (int press = 0; press < 80 && QApplication::focusWidget() != target; ++press)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : target->window(), Qt::Key_Tab);
    return QApplication::focusWidget() == target;
}

// Opens the account menu from the keyboard with `key`, goes down with the
// arrow key to the action named `name` and presses Return. The menu runs
// its own event loop, so the keys inside it come from a timer.
inline bool chooseFromAccountMenu(MainWindow *window, Qt::Key key, const QString &name)
{
    // A menu chosen from just before gives the window its activation (and
    // so a focus widget to Tab from) back from the event loop.
    if (!QTest::qWaitForWindowActive(window) || !tabTo(window->accountButton()))
        return false;
    bool chosen = false;
    // Until the menu is up (a loaded machine may take longer than a fixed
    // wait to show it), then once.
    QTimer inMenu;
    QElapsedTimer waited;
    waited.start();
    QObject::connect(&inMenu, &QTimer::timeout, [&chosen, &inMenu, &waited, name] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            if (waited.hasExpired(5000))
                inMenu.stop();
            return;
        }
        inMenu.stop();
        const auto onIt = [menu, name] { return menu->activeAction() && menu->activeAction()->objectName() == name; };
        for (int press = 0; press < 20 && !onIt(); ++press)
            QTest::keyClick(menu, Qt::Key_Down);
        chosen = onIt();
        QTest::keyClick(menu, chosen ? Qt::Key_Return : Qt::Key_Escape);
    });
    inMenu.start(50);
    QTest::keyClick(window->accountButton(), key);
    if (!QTest::qWaitFor([&inMenu] { return !inMenu.isActive(); }, 6000))
        inMenu.stop();
    QTest::qWait(300);
    return chosen;
}


// "Sign in with your browser", "Continue", and the account page once the
// browser (whichever plays it) has come back.
inline void signIn(MainWindow *window)
{
    QTest::mouseClick(find<QPushButton>(window, QStringLiteral("signInWithBrowser")), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(window, QStringLiteral("consentContinue")), Qt::LeftButton);
    QCOMPARE(window->pages()->currentWidget(), window->waitingPage());
    QTRY_COMPARE_WITH_TIMEOUT(window->pages()->currentWidget(), window->accountPage(), signInTimeout);
}

} // namespace DemoWidgetTesting
