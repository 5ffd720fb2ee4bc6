// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "DevicePage.h"

#include "PageLayout.h"

#include <QtCore/QTimer>
#include <QtGui/QImage>
#include <QtGui/QPixmap>
#include <QtGui/QAccessible>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

#include "QrCode.h"

DevicePage::DevicePage(const QtSignIn::Branding &branding, const QString &providerHost, QWidget *parent)
    : QWidget(parent), m_providerHost(providerHost), m_timer(new QTimer(this))
{
    Q_UNUSED(branding);
    setObjectName(QStringLiteral("devicePage"));
    const int em = fontMetrics().height();
    m_heading = PageLayout::heading(tr("Sign in on another device"), this);
    m_heading->setObjectName(QStringLiteral("deviceHeading"));
    m_text = PageLayout::paragraph(QString(), this);
    m_text->setObjectName(QStringLiteral("deviceInstructions"));

    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("deviceUserCode"));
    QFont large = m_code->font();
    large.setPointSizeF(large.pointSizeF() * 2.5);
    large.setBold(true);
    large.setLetterSpacing(QFont::AbsoluteSpacing, em / 6.0);
    m_code->setFont(large);
    m_code->setAlignment(Qt::AlignCenter);
    // The person may copy it into a message to their phone; Tab reaches it.
    // The provider's user code is shown as it came, never read as markup.
    m_code->setTextFormat(Qt::PlainText);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setFocusPolicy(Qt::StrongFocus);

    m_link = new QLabel(this);
    m_link->setObjectName(QStringLiteral("deviceVerificationLink"));
    m_link->setAlignment(Qt::AlignCenter);
    m_link->setWordWrap(true);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_link->setFocusPolicy(Qt::StrongFocus);

    // For a phone's camera: the same link as a QR code.
    m_qrCode = new QLabel(this);
    m_qrCode->setObjectName(QStringLiteral("deviceQrCode"));
    m_qrCode->setAlignment(Qt::AlignCenter);
    m_qrCode->setAccessibleName(tr("QR code of the page to open"));

    m_expiry = new QLabel(this);
    m_expiry->setObjectName(QStringLiteral("deviceCodeExpiry"));
    m_expiry->setAlignment(Qt::AlignCenter);
    // A fixed name, as the token countdown's: a name ticking each second
    // would talk over everything else in a screen reader.
    m_expiry->setAccessibleName(tr("Code expiry"));
    PageLayout::soften(m_expiry);

    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelDeviceSignIn"));
    // Escape leaves, as on the waiting page; live only while this page is shown.
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancel, &QPushButton::clicked, this, &DevicePage::cancelRequested);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &DevicePage::updateCountdown);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *layout = PageLayout::centred(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addSpacing(em / 2);
    layout->addWidget(m_code);
    layout->addWidget(m_link);
    layout->addWidget(m_qrCode);
    layout->addWidget(m_expiry);
    layout->addSpacing(em / 2);
    layout->addLayout(buttons);
    // Tab goes from Cancel (focused first) to the code and the link.
    setTabOrder(m_cancel, m_code);
    setTabOrder(m_code, m_link);
}

void DevicePage::showWaitingForCode()
{
    m_authorization = QtSignIn::DeviceAuthorization();
    m_timer->stop();
    m_text->setText(tr("Asking %1 for a code\u2026").arg(m_providerHost));
    m_code->clear();
    m_code->setAccessibleName(QString());
    m_link->clear();
    m_link->setAccessibleName(QString());
    m_expiry->clear();
    m_qrCode->clear();
    m_qrCode->hide();
    m_code->hide();
    m_link->hide();
    m_expiry->hide();
}

void DevicePage::showAuthorization(const QtSignIn::DeviceAuthorization &authorization)
{
    m_authorization = authorization;
    const QString code = authorization.userCode();
    const QUrl page = authorization.verificationUri();
    const QUrl link = authorization.preferredVerificationUri();
    m_text->setText(tr("On your phone or another computer, open the page below and enter this code. "
                       "This window continues by itself once you have signed in there."));
    m_code->setText(code);
    // Read one character at a time, as the person types it: "W D J B",
    // not a word a screen reader guesses how to say.
    QStringList characters;
    for (const QChar c : code) {
        if (!c.isSpace())
            characters << QString(c);
    }
    m_code->setAccessibleName(tr("Code to enter: %1").arg(characters.join(QLatin1Char(' '))));
    // The link opens the page with the code filled in where there is one;
    // the text is the short address to type on a phone.
    m_link->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                 page.toDisplayString().toHtmlEscaped()));
    m_link->setAccessibleName(tr("Page to open: %1").arg(page.toDisplayString()));
    m_code->show();
    m_link->show();
    m_expiry->show();
    showQrCode(link);
    updateCountdown();
    if (isVisible())
        m_timer->start();
    // The code arrives while the page is already shown: say it.
    m_heading->setAccessibleDescription(m_text->text());
    QAccessibleEvent event(m_code, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

QWidget *DevicePage::mainAction() const
{
    return m_cancel;
}

// The countdown ticks only while someone can see it.
void DevicePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_authorization.isValid())
        return;
    m_timer->start();
    updateCountdown();
}

void DevicePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void DevicePage::updateCountdown()
{
    const QDateTime expiresAt = m_authorization.expiresAt();
    if (!expiresAt.isValid()) {
        m_expiry->clear();
        return;
    }
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(expiresAt);
    if (seconds <= 0) {
        m_expiry->setText(tr("The code has expired."));
        m_timer->stop();
        return;
    }
    m_expiry->setText(tr("The code works for %1:%2 more.")
                              .arg(seconds / 60)
                              .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

bool DevicePage::canShowQrCode()
{
    return QrCode::isAvailable();
}

void DevicePage::showQrCode(const QUrl &link)
{
    const QrCode code = QrCode::encode(link.toString(QUrl::FullyEncoded).toUtf8());
    if (code.isNull()) {
        m_qrCode->hide();
        return;
    }
    // Dark modules on white with the quiet zone, whatever the palette: a
    // camera reads black on white.
    const int size = code.size() + 2 * QrCode::QuietZone;
    QImage image(size, size, QImage::Format_RGB32);
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const bool dark = code.isDark(x - QrCode::QuietZone, y - QrCode::QuietZone);
            image.setPixel(x, y, dark ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
        }
    }
    // Whole device pixels per module (a blurred edge is harder to read),
    // about ten lines of text tall, never under three pixels a module.
    const int target = fontMetrics().height() * 10 * devicePixelRatioF();
    const int scale = qMax(3, target / size);
    QPixmap pixmap = QPixmap::fromImage(image.scaled(size * scale, size * scale, Qt::IgnoreAspectRatio,
                                                     Qt::FastTransformation));
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_qrCode->setPixmap(pixmap);
    m_qrCode->show();
}
