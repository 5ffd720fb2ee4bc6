// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Branding.h>

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QPushButton;
QT_END_NAMESPACE

// The first screen: who the app is, and the ways to sign in.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    WelcomePage(const QtSignIn::Branding &branding, const QString &providerHost, QWidget *parent = nullptr);

    // What keyboard focus goes to when the page is shown.
    QWidget *mainAction() const;

Q_SIGNALS:
    void browserSignInRequested();
    void embeddedSignInRequested();
    void deviceSignInRequested();
    void anotherAccountRequested();

private:
    QPushButton *m_browser;
};
