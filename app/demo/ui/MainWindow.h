// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "DemoSession.h"
#include "ScopeCatalogue.h"

#include <QtWidgets/QMainWindow>

#include <functional>

QT_BEGIN_NAMESPACE
class QStackedWidget;
class QToolButton;
QT_END_NAMESPACE
class AccountPage;
class BrandBar;
class ConsentPage;
class DevicePage;
class ErrorBanner;
class WaitingPage;
class WelcomePage;

// The demo's window: the brand bar with the account switcher, a banner for
// errors and questions, and one screen at a time (welcome, consent,
// waiting, device code, account). All the work is DemoSession's; this only shows it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DemoSession *session, QWidget *parent = nullptr);

    // For tests and the screenshot script.
    QStackedWidget *pages() const { return m_pages; }
    ErrorBanner *banner() const { return m_banner; }
    WelcomePage *welcomePage() const { return m_welcome; }
    ConsentPage *consentPage() const { return m_consent; }
    WaitingPage *waitingPage() const { return m_waiting; }
    DevicePage *devicePage() const { return m_device; }
    AccountPage *accountPage() const { return m_account; }
    QToolButton *accountButton() const { return m_accountButton; }

private:
    void askConsent(DemoSession::Mode mode, const QStringList &extraScopes, const QString &endpointId = {});
    void consentGiven();
    void showHome();
    void showAccount();
    void rebuildAccountMenu();
    void offerPermission(const QString &endpointId, const QStringList &scopes);
    void offerSignInForClaims(const QString &endpointId, const QJsonObject &claims);
    void focusMainAction();
    void showApiUnreachable(const ApiResponse &response);

    DemoSession *m_session;
    ScopeCatalogue m_catalogue;
    BrandBar *m_brandBar;
    ErrorBanner *m_banner;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    ConsentPage *m_consent;
    WaitingPage *m_waiting;
    DevicePage *m_device;
    AccountPage *m_account;
    QToolButton *m_accountButton;

    // What the consent screen leads to.
    DemoSession::Mode m_mode = DemoSession::Mode::Browser;
    QStringList m_extraScopes;
    QString m_endpointId;
    bool m_addingAccount = false;
    bool m_accountMenuStale = false; // changed while open: rebuilt once it closes
    // What the banner's button does for the message it shows now.
    std::function<void()> m_bannerAction;
};
