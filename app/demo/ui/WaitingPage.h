// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Branding.h>

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

// While the person signs in elsewhere: says where, and offers to open the
// page again (a closed tab) or to give up.
class WaitingPage : public QWidget
{
    Q_OBJECT
public:
    WaitingPage(const QtSignIn::Branding &branding, const QString &providerHost, QWidget *parent = nullptr);

    void showForBrowser();
    void showForEmbedded();
    // What keyboard focus goes to when the page is shown: Cancel, the one
    // action both ways of signing in have.
    QWidget *mainAction() const;

Q_SIGNALS:
    void reopenRequested();
    void cancelRequested();

private:
    void announce();
    QString m_appName;
    QString m_providerHost;
    QLabel *m_heading;
    QLabel *m_text;
    QPushButton *m_reopen;
    QPushButton *m_cancel;
};
