// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "WelcomePage.h"

#include "BrandBar.h"
#include "PageLayout.h"

#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

WelcomePage::WelcomePage(const QtSignIn::Branding &branding, const QString &providerHost, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    const int em = fontMetrics().height();
    auto *logo = new QLabel(this);
    logo->setPixmap(BrandBar::logo(branding, em * 5, devicePixelRatioF()));
    logo->setAlignment(Qt::AlignCenter);

    auto *heading = PageLayout::heading(tr("Welcome to %1").arg(branding.name()), this);
    heading->setObjectName(QStringLiteral("welcomeHeading"));
    heading->setAlignment(Qt::AlignCenter);
    auto *intro = PageLayout::paragraph(
            tr("Sign in to see your profile and your items. %1 signs you in with %2: "
               "your password goes to %2 only, never to %1.").arg(branding.name(), providerHost), this);
    intro->setAlignment(Qt::AlignCenter);

    m_browser = new QPushButton(tr("Sign in with your browser"), this);
    QPushButton *browser = m_browser;
    browser->setObjectName(QStringLiteral("signInWithBrowser"));
    browser->setDefault(true);
    browser->setAutoDefault(true);
    PageLayout::makePrimary(browser, branding);
    auto *embedded = new QPushButton(tr("Sign in inside the app"), this);
    embedded->setObjectName(QStringLiteral("signInInsideApp"));
    embedded->setToolTip(tr("Shows the sign-in page in a window of this app instead of your browser."));
    auto *device = new QPushButton(tr("Sign in on another device"), this);
    device->setObjectName(QStringLiteral("signInOnAnotherDevice"));
    device->setToolTip(tr("Shows a code to enter on your phone or another computer, for when this one has "
                          "no browser you can use."));
    connect(device, &QPushButton::clicked, this, &WelcomePage::deviceSignInRequested);
    auto *another = new QPushButton(tr("Use another account"), this);
    another->setObjectName(QStringLiteral("useAnotherAccount"));
    another->setToolTip(tr("Asks %1 who you are, even if it remembers someone.").arg(providerHost));
    another->setFlat(true);
    connect(another, &QPushButton::clicked, this, &WelcomePage::anotherAccountRequested);
    connect(browser, &QPushButton::clicked, this, &WelcomePage::browserSignInRequested);
    connect(embedded, &QPushButton::clicked, this, &WelcomePage::embeddedSignInRequested);

    auto *hint = PageLayout::paragraph(
            tr("Your browser is recommended: it may already know you, and its address bar shows where you "
               "type your password."), this);
    hint->setAlignment(Qt::AlignCenter);
    PageLayout::soften(hint);

    auto *layout = PageLayout::centred(this);
    layout->addWidget(logo);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(em);
    layout->addWidget(browser);
    layout->addWidget(embedded);
    layout->addWidget(device);
    layout->addWidget(another);
    layout->addSpacing(em / 2);
    layout->addWidget(hint);
}

QWidget *WelcomePage::mainAction() const
{
    return m_browser;
}
