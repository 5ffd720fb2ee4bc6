// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "TokenInspector.h"

#include "DecodedJwt.h"

#include <QtSignIn/Account.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QTimer>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QToolButton>

TokenInspector::TokenInspector(QWidget *parent)
    : QWidget(parent), m_note(new QLabel(this)), m_expiry(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("tokenInspector"));
    auto *layout = new QVBoxLayout(this);
    m_expiry->setObjectName(QStringLiteral("tokenExpiry"));
    // A label's text is its accessible name unless it has one, and a screen
    // reader announces every name change: the countdown ticking each second
    // would talk over everything else. The expiry time, which does not
    // tick, is the description.
    m_expiry->setAccessibleName(tr("Access token expiry"));
    QFont bold = m_expiry->font();
    bold.setBold(true);
    m_expiry->setFont(bold);
    layout->addWidget(m_expiry);
    m_note->setObjectName(QStringLiteral("tokenNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_idToken = addSection(tr("ID token"), QStringLiteral("idToken"), layout);
    m_accessToken = addSection(tr("Access token"), QStringLiteral("accessToken"), layout);
    connect(m_idToken.reveal, &QToolButton::toggled, this, [this](bool on) { showRaw(m_idToken, on); });
    connect(m_accessToken.reveal, &QToolButton::toggled, this, [this](bool on) { showRaw(m_accessToken, on); });
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TokenInspector::updateCountdown);
}

TokenInspector::Section TokenInspector::addSection(const QString &title, const QString &name, QVBoxLayout *layout)
{
    Section s;
    s.summary = new QLabel(this);
    s.summary->setObjectName(name + QStringLiteral("Summary"));
    s.summary->setTextFormat(Qt::PlainText);
    QFont bold = s.summary->font();
    bold.setBold(true);
    s.heading = new QLabel(title, this);
    s.heading->setObjectName(name + QStringLiteral("Heading"));
    s.heading->setFont(bold);
    s.decoded = new QPlainTextEdit(this);
    s.decoded->setObjectName(name + QStringLiteral("Decoded"));
    s.decoded->setReadOnly(true);
    s.decoded->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    s.decoded->setAccessibleName(tr("Decoded %1").arg(title));
    s.decoded->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    s.raw = new QLineEdit(this);
    s.raw->setObjectName(name + QStringLiteral("Raw"));
    s.raw->setReadOnly(true);
    s.raw->setEchoMode(QLineEdit::Password);
    s.raw->setAccessibleName(tr("Raw %1").arg(title));
    s.raw->setPlaceholderText(tr("Hidden: press Reveal to show it"));
    s.reveal = new QToolButton(this);
    s.reveal->setObjectName(name + QStringLiteral("Reveal"));
    s.reveal->setText(tr("Reveal"));
    s.reveal->setCheckable(true);
    s.reveal->setToolTip(tr("Shows the raw token. Anyone who sees it can use it until it expires."));
    auto *rawRow = new QHBoxLayout;
    rawRow->addWidget(s.raw, 1);
    rawRow->addWidget(s.reveal);
    layout->addWidget(s.heading);
    layout->addWidget(s.summary);
    layout->addWidget(s.decoded, 1);
    layout->addLayout(rawRow);
    return s;
}

void TokenInspector::showRaw(Section &section, bool revealed)
{
    section.raw->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    section.raw->setText(revealed ? QString::fromLatin1(section.token.reveal()) : QString());
    section.reveal->setText(revealed ? tr("Hide") : tr("Reveal"));
}

void TokenInspector::fill(Section &section, const QtSignIn::Secret &secret, const QString &summary)
{
    section.token = secret;
    if (section.reveal->isChecked())
        section.reveal->setChecked(false); // clears the field
    else
        showRaw(section, false);
    const QByteArray token = secret.reveal();
    const DecodedJwt jwt = DecodedJwt::decode(token);
    if (!jwt.valid) {
        section.summary->setText(token.isEmpty() ? tr("None") : tr("Not a JWT: opaque to the app, as it should be."));
        section.decoded->clear();
        return;
    }
    section.summary->setText(summary);
    section.decoded->setPlainText(
            tr("Header") + QLatin1Char('\n')
            + QString::fromUtf8(QJsonDocument(jwt.header).toJson(QJsonDocument::Indented))
            + tr("Claims") + QLatin1Char('\n')
            + QString::fromUtf8(QJsonDocument(jwt.claims).toJson(QJsonDocument::Indented)));
}

void TokenInspector::setResult(const QtSignIn::SignInResult &result, const QString &providerName)
{
    showIdentity(result, providerName);
    fill(m_accessToken, result.accessToken(), tr("The current access token for the API"));
    m_expiresOn = result.expiresOn();
    m_expiry->setAccessibleDescription(
            m_expiresOn.isValid() ? tr("The access token expires at %1.")
                                            .arg(QLocale().toString(m_expiresOn.toLocalTime().time(), QLocale::ShortFormat))
                                  : tr("The provider did not say when the access token expires."));
    if (isVisible())
        m_timer->start();
    updateCountdown(); // stops the timer once expired
}

// The ID token, or for a plain OAuth 2.0 account (which has none) the
// profile it was named by, said plainly to be no signed ID token.
void TokenInspector::showIdentity(const QtSignIn::SignInResult &result, const QString &providerName)
{
    const bool fromProfile = result.account().identityVerification()
            == QtSignIn::Account::IdentityVerification::ProfileEndpoint;
    m_idToken.raw->setVisible(!fromProfile);
    m_idToken.reveal->setVisible(!fromProfile);
    if (!fromProfile) {
        m_note->setText(tr("Decoded for you to look at. The app trusts the ID token because QtSignIn checked "
                           "its signature and claims; the access token is for the API to check."));
        m_idToken.heading->setText(tr("ID token"));
        m_idToken.decoded->setAccessibleName(tr("Decoded %1").arg(tr("ID token")));
        fill(m_idToken, result.idToken(), tr("Issued by %1 for %2").arg(
                result.idTokenClaims().value(QLatin1String("iss")).toString(),
                result.idTokenClaims().value(QLatin1String("aud")).toVariant().toString()));
        return;
    }
    m_note->setText(tr("Shown for you to look at. %1 issues no ID token (plain OAuth 2.0): who you are comes "
                       "from its profile endpoint, asked with the access token, not from a signed ID token. "
                       "The access token is for the API to check.").arg(providerName));
    m_idToken.heading->setText(tr("Profile"));
    m_idToken.decoded->setAccessibleName(tr("Profile from %1's profile endpoint").arg(providerName));
    fill(m_idToken, QtSignIn::Secret(), QString()); // forgets an earlier account's ID token
    m_idToken.summary->setText(tr("From %1's profile endpoint, not a signed ID token").arg(providerName));
    // After a restart the tokens come from the cache and the profile a
    // moment later (DemoSession::profileUpdated()): no "{}" until then.
    if (result.userInfo().isEmpty())
        m_idToken.decoded->clear();
    else
        m_idToken.decoded->setPlainText(QString::fromUtf8(QJsonDocument(result.userInfo()).toJson(QJsonDocument::Indented)));
}

// The countdown ticks only while someone can see it.
void TokenInspector::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_expiresOn.isValid())
        return;
    m_timer->start();
    updateCountdown();
}

void TokenInspector::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

QString TokenInspector::expiryText() const
{
    return m_expiry->text();
}

void TokenInspector::updateCountdown()
{
    if (!m_expiresOn.isValid()) {
        m_expiry->setText(tr("The provider did not say when the access token expires."));
        return;
    }
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(m_expiresOn);
    if (seconds <= 0) {
        m_expiry->setText(tr("The access token has expired; the next API call gets a new one silently."));
        m_timer->stop();
        return;
    }
    m_expiry->setText(tr("The access token expires in %1:%2 (at %3).")
                              .arg(seconds / 60)
                              .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                              .arg(QLocale().toString(m_expiresOn.toLocalTime().time(), QLocale::ShortFormat)));
}
