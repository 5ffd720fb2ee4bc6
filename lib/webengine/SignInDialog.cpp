// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SignInDialog.h"

#include "AddressLine.h"
#include "ColorContrast.h"
#include "BrandingHeader.h"

#include <QtGui/QGuiApplication>
#include <QtGui/QScreen>
#include <QtGui/QShortcut>
#include <QtWebEngineCore/QWebEnginePage>
#include <QtWebEngineWidgets/QWebEngineView>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QFrame>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>

namespace QtSignIn {

SignInDialog::SignInDialog(const Branding &branding, QWidget *parent)
    : QDialog(parent),
      m_header(new BrandingHeader(branding, this)),
      m_address(new AddressLine(this)),
      m_progress(new QProgressBar(this)),
      m_stack(new QStackedWidget(this)),
      m_view(new QWebEngineView(this)),
      m_finishing(new QLabel(this)),
      m_status(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    const QString appName = branding.displayName();
    setWindowTitle(tr("Sign in to %1").arg(appName));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setSizeGripEnabled(true);

    const int em = fontMetrics().height();
    // A thin bar, as browsers show: present while loading, without jumping
    // the layout when it goes (the space stays reserved).
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(qMax(3, em / 5));
    m_progress->setRange(0, 100);
    m_progress->setAccessibleName(tr("Page loading"));
    QSizePolicy keepSpace = m_progress->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepSpace);
    m_progress->hide();

    m_view->setAccessibleName(tr("Sign-in page"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_finishing->setAlignment(Qt::AlignCenter);
    m_finishing->setWordWrap(true);
    m_finishing->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_finishing);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_cancel->setAutoDefault(false);
    m_cancel->setDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);
    // Escape cancels wherever the focus is, the page's fields included: the
    // page would otherwise take the key, and QDialog only sees it when the
    // focus is on one of its own widgets.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &SignInDialog::reject);
    escape->setContext(Qt::WindowShortcut);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(em, em / 2, em, em / 2);
    footer->addWidget(m_status, 1);
    footer->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_address);
    layout->addWidget(m_progress);
    layout->addWidget(m_stack, 1);
    layout->addWidget(rule);
    layout->addLayout(footer);

    // Keyboard: the page first (its fields and buttons), then Cancel; the
    // host line is reachable to read or copy it.
    setTabOrder(m_view, m_cancel);
    setTabOrder(m_cancel, m_address);
}

void SignInDialog::setPage(QWebEnginePage *page)
{
    m_view->setPage(page);
    m_stack->setCurrentWidget(m_view);
    connect(page, &QWebEnginePage::urlChanged, m_address, &AddressLine::setUrl);
    connect(page, &QWebEnginePage::loadStarted, this, [this] { setLoading(true); });
    connect(page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(page, &QWebEnginePage::loadFinished, this, [this] { setLoading(false); });
    m_view->setFocus();
}

void SignInDialog::setLoading(bool loading)
{
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(loading);
}

void SignInDialog::showFinishing(const QString &message)
{
    m_finishing->setText(message);
    m_stack->setCurrentWidget(m_finishing);
    m_progress->setRange(0, 0); // busy: the time depends on the provider
    m_progress->show();
    m_status->clear();
}

void SignInDialog::showProblem(const QString &message)
{
    QPalette warning = m_status->palette();
    const QColor red = ColorContrast::legibleOn(QColor(0xc5, 0x30, 0x30), warning.color(QPalette::Window));
    warning.setColor(QPalette::WindowText, red);
    m_status->setPalette(warning);
    m_status->setText(message);
}

void SignInDialog::closeQuietly()
{
    m_closingQuietly = true;
    done(QDialog::Accepted);
}

void SignInDialog::reject()
{
    const bool byPerson = !m_closingQuietly;
    QDialog::reject();
    if (byPerson)
        emit cancelled();
}

QSize SignInDialog::sizeHint() const
{
    // Sized in text lines, so it is the same to the eye at any scale factor,
    // and never taller or wider than 90% of the screen it opens on.
    const int em = fontMetrics().height();
    QSize size(em * 32, em * 44);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 9 / 10);
    return size;
}

} // namespace QtSignIn
