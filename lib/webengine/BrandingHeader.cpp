// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "BrandingHeader.h"

#include "ColorContrast.h"

#include <QtGui/QGuiApplication>
#include <QtGui/QIcon>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>

namespace QtSignIn {

BrandingHeader::BrandingHeader(const Branding &branding, QWidget *parent)
    : QWidget(parent), m_branding(branding)
{
    m_branding.setName(m_branding.displayName());
    m_background = m_branding.hasValidAccentColor() ? QColor(m_branding.accentColor())
                                                     : palette().color(QPalette::Highlight);
    m_foreground = ColorContrast::readableOn(m_background);
    setAccessibleName(tr("Signing in to %1").arg(m_branding.name()));

    const int em = fontMetrics().height();
    const int logoSize = em * 5 / 2;
    auto *logoLabel = new QLabel(this);
    logoLabel->setFixedSize(logoSize, logoSize);
    logoLabel->setPixmap(logo(logoSize));
    logoLabel->setAccessibleName(tr("%1 logo").arg(m_branding.name()));

    auto *nameLabel = new QLabel(m_branding.name(), this);
    QFont nameFont = nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    nameFont.setWeight(QFont::DemiBold);
    nameLabel->setFont(nameFont);
    nameLabel->setTextFormat(Qt::PlainText);

    auto *taglineLabel = new QLabel(m_branding.tagline(), this);
    taglineLabel->setTextFormat(Qt::PlainText);
    taglineLabel->setWordWrap(true);
    taglineLabel->setVisible(!m_branding.tagline().isEmpty());

    QPalette text = palette();
    text.setColor(QPalette::WindowText, m_foreground);
    nameLabel->setPalette(text);
    QColor softer = m_foreground;
    softer.setAlphaF(0.85);
    text.setColor(QPalette::WindowText, softer);
    taglineLabel->setPalette(text);

    auto *words = new QVBoxLayout;
    words->setSpacing(em / 6);
    words->addStretch();
    words->addWidget(nameLabel);
    words->addWidget(taglineLabel);
    words->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(em, em * 3 / 4, em, em * 3 / 4);
    layout->setSpacing(em * 3 / 4);
    layout->addWidget(logoLabel);
    layout->addLayout(words, 1);
}

void BrandingHeader::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_background);
}

QPixmap BrandingHeader::logo(int size) const
{
    const qreal ratio = devicePixelRatioF();
    if (!m_branding.logoPath().isEmpty()) {
        // QIcon renders SVG at the device pixel ratio, so the logo is sharp
        // on high-DPI screens.
        const QIcon icon(m_branding.logoPath());
        const QPixmap pixmap = icon.pixmap(QSize(size, size), ratio);
        if (!pixmap.isNull())
            return pixmap;
    }
    // No logo: the name's initial in a rounded square, as app launchers do.
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath square;
    square.addRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22);
    painter.fillPath(square, m_foreground);
    QFont font = this->font();
    font.setPixelSize(size * 6 / 10);
    font.setWeight(QFont::Bold);
    painter.setFont(font);
    painter.setPen(m_background);
    const QString initial = m_branding.name().isEmpty() ? QStringLiteral("?") : m_branding.name().left(1).toUpper();
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initial);
    return pixmap;
}

} // namespace QtSignIn
