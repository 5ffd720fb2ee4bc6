// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "WaitingPage.h"

#include "PageLayout.h"

#include <QtGui/QAccessible>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>

WaitingPage::WaitingPage(const QtSignIn::Branding &branding, const QString &providerHost, QWidget *parent)
    : QWidget(parent), m_appName(branding.name()), m_providerHost(providerHost)
{
    setObjectName(QStringLiteral("waitingPage"));
    m_heading = PageLayout::heading(QString(), this);
    m_heading->setObjectName(QStringLiteral("waitingHeading"));
    m_text = PageLayout::paragraph(QString(), this);
    auto *busy = new QProgressBar(this);
    busy->setRange(0, 0); // no end known: the person decides
    busy->setTextVisible(false);
    busy->setAccessibleName(tr("Waiting for you to finish signing in"));
    m_reopen = new QPushButton(tr("Open the page again"), this);
    m_reopen->setObjectName(QStringLiteral("reopenPage"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    QPushButton *cancel = m_cancel;
    cancel->setObjectName(QStringLiteral("cancelSignIn"));
    // Escape leaves the wait, as it leaves a dialog; the button's shortcut
    // is live only while this page is shown.
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_reopen, &QPushButton::clicked, this, &WaitingPage::reopenRequested);
    connect(cancel, &QPushButton::clicked, this, &WaitingPage::cancelRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reopen);
    buttons->addStretch();
    buttons->addWidget(cancel);
    auto *layout = PageLayout::centred(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(busy);
    layout->addLayout(buttons);
}

void WaitingPage::showForBrowser()
{
    m_heading->setText(tr("Finish signing in in your browser\u2026"));
    m_text->setText(tr("%1 opened %2 in your browser. Sign in there; this window continues by itself. "
                       "Closed the tab by mistake? Open the page again.").arg(m_appName, m_providerHost));
    m_reopen->show();
    announce();
}

void WaitingPage::showForEmbedded()
{
    m_heading->setText(tr("Finish signing in in the sign-in window\u2026"));
    m_text->setText(tr("Sign in to %1 in the window that opened. Closing it cancels the sign-in.").arg(m_providerHost));
    m_reopen->hide();
    announce();
}

// The page comes up while the person looks at the browser: a screen reader
// says what it waits for (the heading), not only the focused Cancel.
void WaitingPage::announce()
{
    m_heading->setAccessibleDescription(m_text->text());
    QAccessibleEvent event(m_heading, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

QWidget *WaitingPage::mainAction() const
{
    return m_cancel;
}
