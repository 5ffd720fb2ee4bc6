// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInResult.h>

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QToolButton;
QT_END_NAMESPACE

// For developers judging the library: the ID token's and the access token's
// header and claims, decoded, and how long the access token has left. A
// plain OAuth 2.0 provider issues no ID token: its profile is shown instead,
// and said to be one. The
// raw tokens stay hidden unless revealed, one at a time, on purpose: until
// then no widget holds them, since a masked QLineEdit still hands its whole
// text to accessibility clients.
class TokenInspector : public QWidget
{
    Q_OBJECT
public:
    explicit TokenInspector(QWidget *parent = nullptr);

    // `providerName`: how the person knows the provider ("GitHub").
    void setResult(const QtSignIn::SignInResult &result, const QString &providerName);
    QString expiryText() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Section
    {
        QLabel *heading;
        QLabel *summary;
        QPlainTextEdit *decoded;
        QLineEdit *raw;
        QToolButton *reveal;
        QtSignIn::Secret token; // in the raw field only while revealed
    };
    Section addSection(const QString &title, const QString &name, class QVBoxLayout *layout);
    void fill(Section &section, const QtSignIn::Secret &token, const QString &summary);
    static void showRaw(Section &section, bool revealed);
    void updateCountdown();
    void showIdentity(const QtSignIn::SignInResult &result, const QString &providerName);

    Section m_idToken;
    Section m_accessToken;
    QLabel *m_note;
    QLabel *m_expiry;
    QTimer *m_timer;
    QDateTime m_expiresOn;
};
