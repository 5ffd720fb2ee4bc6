// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Branding.h>

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QHBoxLayout;
class QLabel;
QT_END_NAMESPACE

// The band across the top of the main window: the app's logo, name and
// tagline on its accent colour, with room on the right for the account
// switcher.
class BrandBar : public QWidget
{
    Q_OBJECT
public:
    explicit BrandBar(const QtSignIn::Branding &branding, QWidget *parent = nullptr);

    void setTrailingWidget(QWidget *widget);
    QColor accent() const { return m_accent; }
    // Text colour readable on the accent.
    QColor foreground() const { return m_foreground; }

    static QPixmap logo(const QtSignIn::Branding &branding, int size, qreal ratio);
    static QColor readableOn(const QColor &background);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_accent;
    QColor m_foreground;
    QHBoxLayout *m_layout;
};
