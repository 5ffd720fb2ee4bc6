// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Branding.h>
#include <QtSignIn/DeviceAuthorization.h>

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTimer;
QT_END_NAMESPACE

// A sign-in on another device (RFC 8628): the code to enter, where to enter
// it, how long it still works, and Cancel. The sign-in goes on by itself
// once the person has approved it over there.
class DevicePage : public QWidget
{
    Q_OBJECT
public:
    DevicePage(const QtSignIn::Branding &branding, const QString &providerHost, QWidget *parent = nullptr);

    // Before the provider has answered: no code yet.
    void showWaitingForCode();
    void showAuthorization(const QtSignIn::DeviceAuthorization &authorization);
    // The link shown (the page with the code filled in, when the provider has one).
    QUrl shownLink() const { return m_authorization.preferredVerificationUri(); }
    // Whether this build draws the link as a QR code too (libqrencode).
    static bool canShowQrCode();
    // What keyboard focus goes to when the page is shown: Cancel, as on the
    // waiting page; Tab reaches the code and the link.
    QWidget *mainAction() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateCountdown();
    void showQrCode(const QUrl &link);

    QString m_providerHost;
    QtSignIn::DeviceAuthorization m_authorization;
    QLabel *m_heading;
    QLabel *m_text;
    QLabel *m_code;
    QLabel *m_link;
    QLabel *m_qrCode; // hidden without libqrencode
    QLabel *m_expiry;
    QPushButton *m_cancel;
    QTimer *m_timer;
};
