// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "PageLayout.h"

#include "BrandBar.h"

#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

namespace PageLayout {

QVBoxLayout *centred(QWidget *page)
{
    const int em = page->fontMetrics().height();
    auto *column = new QWidget(page);
    column->setMaximumWidth(em * 30);
    auto *inner = new QVBoxLayout(column);
    inner->setSpacing(em / 2);
    auto *outer = new QHBoxLayout;
    outer->addStretch();
    outer->addWidget(column, 10);
    outer->addStretch();
    auto *page_ = new QVBoxLayout(page);
    page_->addStretch(1);
    page_->addLayout(outer);
    page_->addStretch(2);
    return inner;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

void soften(QLabel *label)
{
    QPalette p = label->palette();
    QColor c = p.color(QPalette::WindowText);
    c.setAlphaF(0.7);
    p.setColor(QPalette::WindowText, c);
    label->setPalette(p);
}

void makePrimary(QPushButton *button, const QtSignIn::Branding &branding)
{
    const QColor accent = branding.hasValidAccentColor() ? QColor(branding.accentColor())
                                                         : button->palette().color(QPalette::Highlight);
    const QColor text = BrandBar::readableOn(accent);
    const int em = button->fontMetrics().height();
    button->setMinimumHeight(em * 2);
    // A style sheet only for this button: the accent is the brand's, the
    // rest of the window follows the platform's style.
    button->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: %2; border: none; border-radius: 6px;"
                                         " padding: 0 %3px; font-weight: 600; }"
                                         "QPushButton:hover { background: %4; }"
                                         "QPushButton:focus { outline: 2px solid %2; }")
                                  .arg(accent.name(), text.name(), QString::number(em),
                                       accent.darker(115).name()));
}

} // namespace PageLayout
