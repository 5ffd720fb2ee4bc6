// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "AddressLine.h"

#include "PageAddress.h"

#include <QtCore/QEvent>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>

namespace QtSignIn {

namespace {

// Drawn, not loaded: no icon theme to depend on, and sharp at any scale.
QPixmap lockPixmap(int size, qreal ratio, bool closed, const QColor &color)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPen pen(color, s * 0.12);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    // The shackle: closed, both legs in the body; open, swung to the right.
    const QRectF shackle(s * 0.28, s * 0.06, s * 0.44, s * 0.5);
    QPainterPath path;
    path.moveTo(shackle.left(), s * 0.5);
    path.lineTo(shackle.left(), shackle.center().y());
    path.arcTo(shackle, 180, -180);
    path.lineTo(shackle.right(), closed ? s * 0.5 : shackle.center().y() + s * 0.04);
    if (!closed)
        path.translate(s * 0.16, -s * 0.06);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(s * 0.16, s * 0.44, s * 0.68, s * 0.5), s * 0.1, s * 0.1);
    return pixmap;
}

} // namespace

AddressLine::AddressLine(QWidget *parent)
    : QWidget(parent), m_lock(new QLabel(this)), m_host(new QLabel(this)), m_note(new QLabel(this))
{
    m_host->setTextFormat(Qt::PlainText);
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_host->setFocusPolicy(Qt::TabFocus);
    // The group says what this is; the host label itself is read out as the
    // host, the one thing a person must hear before typing a password.
    setAccessibleName(tr("Address of the sign-in page"));
    QFont hostFont = m_host->font();
    hostFont.setWeight(QFont::DemiBold);
    m_host->setFont(hostFont);
    m_note->setTextFormat(Qt::PlainText);

    const int em = fontMetrics().height();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(em, em / 3, em, em / 3);
    layout->setSpacing(em / 3);
    layout->addWidget(m_lock);
    layout->addWidget(m_host);
    layout->addWidget(m_note);
    layout->addStretch();
    setUrl(QUrl());
}

void AddressLine::setUrl(const QUrl &url)
{
    m_url = url;
    const PageAddress address(url);
    const int size = fontMetrics().height() * 9 / 10;
    const bool encrypted = address.isEncrypted();
    QColor color = palette().color(QPalette::WindowText);
    const QString note = address.note();
    if (url.isEmpty()) {
        color = palette().color(QPalette::PlaceholderText);
    } else if (!encrypted) {
        // Amber or red, as dark or as light as the window needs for the
        // note to be read, in light and dark palettes alike.
        color = address.noteColor(palette().color(QPalette::Window));
    }
    m_lock->setPixmap(lockPixmap(size, devicePixelRatioF(), encrypted || url.isEmpty(), color));
    const QString security = address.securityText();
    m_lock->setAccessibleName(security);
    m_host->setText(address.hostText());
    m_host->setAccessibleName(m_host->text());
    m_host->setAccessibleDescription(url.isEmpty() ? QString() : note.isEmpty() ? security : note);
    QPalette notePalette = m_note->palette();
    notePalette.setColor(QPalette::WindowText, color);
    m_note->setPalette(notePalette);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    setToolTip(url.isEmpty() ? QString() : url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString());
}

void AddressLine::changeEvent(QEvent *event)
{
    // A switch to a dark palette: the note and the lock are coloured for it.
    if (event->type() == QEvent::PaletteChange)
        setUrl(m_url);
    QWidget::changeEvent(event);
}

} // namespace QtSignIn
