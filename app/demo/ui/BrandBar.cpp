// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "BrandBar.h"

#include "ColorContrast.h"

#include <QtGui/QIcon>
#include <QtGui/QPainter>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>

BrandBar::BrandBar(const QtSignIn::Branding &branding, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("brandBar"));
    m_accent = branding.hasValidAccentColor() ? QColor(branding.accentColor()) : palette().color(QPalette::Highlight);
    m_foreground = readableOn(m_accent);

    const int em = fontMetrics().height();
    auto *logoLabel = new QLabel(this);
    logoLabel->setObjectName(QStringLiteral("brandLogo"));
    // On a white tile: a logo drawn in the accent colour would vanish on it.
    const int tile = em * 2 + em / 3;
    const qreal ratio = devicePixelRatioF();
    QPixmap tiled(QSize(tile, tile) * ratio);
    tiled.setDevicePixelRatio(ratio);
    tiled.fill(Qt::transparent);
    {
        QPainter painter(&tiled);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(QRectF(0, 0, tile, tile), em / 3.0, em / 3.0);
        painter.drawPixmap(QPoint(em / 6, em / 6), logo(branding, em * 2, ratio));
    }
    logoLabel->setPixmap(tiled);
    logoLabel->setAccessibleName(tr("%1 logo").arg(branding.name()));

    auto *name = new QLabel(branding.name(), this);
    name->setObjectName(QStringLiteral("brandName"));
    name->setTextFormat(Qt::PlainText);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);
    auto *tagline = new QLabel(branding.tagline(), this);
    tagline->setObjectName(QStringLiteral("brandTagline"));
    tagline->setTextFormat(Qt::PlainText);
    tagline->setVisible(!branding.tagline().isEmpty());
    QPalette text = palette();
    text.setColor(QPalette::WindowText, m_foreground);
    name->setPalette(text);
    tagline->setPalette(text);

    auto *words = new QVBoxLayout;
    words->setSpacing(0);
    words->addWidget(name);
    words->addWidget(tagline);
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(em, em * 2 / 3, em, em * 2 / 3);
    m_layout->setSpacing(em * 2 / 3);
    m_layout->addWidget(logoLabel);
    m_layout->addLayout(words, 1);
}

void BrandBar::setTrailingWidget(QWidget *widget)
{
    m_layout->addWidget(widget);
}

QPixmap BrandBar::logo(const QtSignIn::Branding &branding, int size, qreal ratio)
{
    const QIcon icon(branding.logoPath());
    QPixmap pixmap = icon.isNull() ? QPixmap() : icon.pixmap(QSize(size, size), ratio);
    if (!pixmap.isNull())
        return pixmap;
    // No logo: the name's initial on a circle, so the bar never looks broken.
    pixmap = QPixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::white);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(0, 0, size, size);
    painter.setPen(Qt::black);
    QFont font = painter.font();
    font.setPixelSize(size / 2);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, branding.name().left(1).toUpper());
    return pixmap;
}

QColor BrandBar::readableOn(const QColor &background)
{
    return QtSignIn::ColorContrast::readableOn(background);
}

void BrandBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_accent);
}
