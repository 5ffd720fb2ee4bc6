// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Branding.h>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;
QT_END_NAMESPACE

// The few building blocks every screen of the demo shares, so they look
// like one product: a centred column, headings, paragraphs, the primary
// button in the accent colour.
namespace PageLayout {

// A column of readable width in the middle of `page`.
QVBoxLayout *centred(QWidget *page);
QLabel *heading(const QString &text, QWidget *parent);
QLabel *paragraph(const QString &text, QWidget *parent);
void soften(QLabel *label);
void makePrimary(QPushButton *button, const QtSignIn::Branding &branding);

} // namespace PageLayout
