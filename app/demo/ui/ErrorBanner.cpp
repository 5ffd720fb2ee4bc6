// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ErrorBanner.h"

#include "ColorContrast.h"

#include <QtGui/QAccessible>
#include <QtWidgets/QApplication>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>

using QtSignIn::SignInError;

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent),
      m_title(new QLabel(this)),
      m_text(new QLabel(this)),
      m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("bannerTitle"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_title->setTextFormat(Qt::PlainText);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    QToolButton *close = m_close;
    close->setObjectName(QStringLiteral("bannerClose"));
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        emit actionTriggered();
    });

    auto *words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(m_title);
    words->addWidget(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(words, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void ErrorBanner::showError(const SignInError &error, const QString &actionText)
{
    showMessage(Kind::Error, titleFor(error), textFor(error), actionText);
    // For the developer looking at the demo: which check, on hover.
    m_text->setToolTip(QStringLiteral("%1: %2").arg(error.errorCode(), error.detail()));
}

void ErrorBanner::showMessage(Kind kind, const QString &title, const QString &text, const QString &actionText)
{
    // Tinted like the window it sits in: a pale banner in a dark window is a
    // glare, and the close button, drawn in the window's light button text,
    // vanished on it. Each pair is far above WCAG's 4.5:1.
    const QPalette window = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    const bool dark = QtSignIn::ColorContrast::isDark(window.color(QPalette::Window));
    QColor background;
    QColor ink;
    switch (kind) {
    case Kind::Error:
        background = dark ? QColor(0x45, 0x1c, 0x1c) : QColor(0xfd, 0xec, 0xec);
        ink = dark ? QColor(0xff, 0xd7, 0xd7) : QColor(0x74, 0x1a, 0x1a);
        break;
    case Kind::Warning:
        background = dark ? QColor(0x3d, 0x31, 0x10) : QColor(0xff, 0xf6, 0xdd);
        ink = dark ? QColor(0xff, 0xe8, 0xa8) : QColor(0x5f, 0x43, 0x0b);
        break;
    case Kind::Question:
        background = dark ? QColor(0x17, 0x2a, 0x45) : QColor(0xe6, 0xf0, 0xfa);
        ink = dark ? QColor(0xd3, 0xe5, 0xfb) : QColor(0x1a, 0x36, 0x5d);
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, ink);
    setPalette(p);
    // The action is a real button on its own background; the flat close
    // button is drawn on the banner's.
    QPalette closePalette = m_close->palette();
    closePalette.setColor(QPalette::ButtonText, ink);
    m_close->setPalette(closePalette);
    m_title->setText(title);
    m_text->setText(text);
    m_text->setToolTip({});
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    // Screen readers read an alert out at once, by its name and description.
    setAccessibleName(title);
    setAccessibleDescription(text);
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

QString ErrorBanner::title() const { return m_title->text(); }
QString ErrorBanner::text() const { return m_text->text(); }

namespace {

// Letters and digits only, lower case: "Cannot reach it." and "cannot
// reach it" say the same.
QString comparable(const QString &sentence)
{
    QString out;
    for (const QChar c : sentence) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace

QString ErrorBanner::textFor(const SignInError &error)
{
    switch (error.code()) {
    // The title already says what happened, and the library's message says
    // it again in other words before its own advice: the title and our
    // advice alone, or the banner reads the same thing three times.
    case SignInError::NetworkError:
    case SignInError::TimedOut:
    case SignInError::InteractionRequired:
    case SignInError::KeychainUnavailable:
    case SignInError::KeychainLocked:
    case SignInError::TokenStoreInsecure:
        // consent_required says something the title does not.
        if (error.providerError() != QLatin1String("consent_required"))
            return adviceFor(error);
        break;
    default:
        break;
    }
    const QString message = error.message();
    const QString advice = adviceFor(error);
    if (comparable(message) == comparable(titleFor(error)) || comparable(message) == comparable(advice))
        return advice;
    return message + QLatin1Char(' ') + advice;
}

QString ErrorBanner::titleFor(const SignInError &error)
{
    // A code from the other device, not a page, ran out of time.
    if (error.reason() == SignInError::Reason::DeviceCodeExpired)
        return tr("The code has expired");
    switch (error.code()) {
    case SignInError::AuthorizationFailed:
        return error.providerError() == QLatin1String("access_denied") ? tr("Permission not given")
                                                                         : tr("The provider stopped the sign-in");
    case SignInError::NetworkError:
        return tr("Cannot reach the sign-in service");
    case SignInError::TimedOut:
        return tr("The sign-in page was not finished in time");
    case SignInError::UserAgentUnavailable:
        return tr("Cannot open the sign-in page");
    case SignInError::InteractionRequired:
        return tr("Please sign in again");
    case SignInError::KeychainUnavailable:
    case SignInError::TokenStoreFailed:
        return tr("Cannot keep you signed in");
    case SignInError::KeychainLocked:
        return tr("Your keyring is locked");
    case SignInError::TokenStoreInsecure:
        return tr("Your sign-in file is not private");
    case SignInError::InvalidIdToken:
    case SignInError::InvalidAuthorizationResponse:
    case SignInError::InvalidTokenResponse:
    case SignInError::InvalidProviderMetadata:
    case SignInError::InvalidUserInfo:
        return tr("The sign-in response was not trustworthy");
    default:
        return tr("Sign-in didn't work");
    }
}

QString ErrorBanner::adviceFor(const SignInError &error)
{
    if (error.reason() == SignInError::Reason::DeviceCodeExpired)
        return tr("Start again for a new code, and enter it on the other device before the countdown ends.");
    switch (error.code()) {
    case SignInError::AuthorizationFailed:
        if (error.providerError() == QLatin1String("access_denied"))
            return tr("Sign in again and choose Allow if you want to use this feature.");
        return tr("Try again; if it keeps happening, contact your administrator.");
    case SignInError::NetworkError:
        return tr("Check your internet connection and try again.");
    case SignInError::TimedOut:
        // The deadline is the app's to choose, and the page may never have loaded.
        return tr("Start again. If the page did not load or showed an error, check your internet connection first.");
    case SignInError::UserAgentUnavailable:
        return tr("Try \u201cSign in inside the app\u201d instead, or set a default browser.");
    case SignInError::InteractionRequired:
        return tr("Your session ended; sign in again to continue.");
    case SignInError::KeychainUnavailable:
        return tr("Unlock your keychain (your login keyring) and sign in again; until then you stay signed in only "
                  "while the app is open.");
    case SignInError::KeychainLocked:
        return tr("Unlock it (your system may ask for your login password), then try again.");
    case SignInError::TokenStoreInsecure:
        return tr("Once the file is yours and readable only by you, or removed, sign in again.");
    case SignInError::InvalidIdToken:
    case SignInError::InvalidAuthorizationResponse:
    case SignInError::InvalidTokenResponse:
    case SignInError::InvalidProviderMetadata:
    case SignInError::InvalidUserInfo:
        return tr("Nothing was saved. Try again; if it keeps happening, tell your administrator.");
    default:
        return tr("Try again.");
    }
}
