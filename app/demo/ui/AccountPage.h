// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "ApiResponse.h"
#include "DemoConfiguration.h"
#include "ScopeCatalogue.h"

#include <QtSignIn/Branding.h>
#include <QtSignIn/SignInResult.h>

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
QT_END_NAMESPACE
class TokenInspector;

// Signed in: who (from the ID token and userinfo, or for a plain OAuth 2.0
// provider from its profile endpoint), which permissions were
// asked for and which were given, the protected API, and the tokens.
class AccountPage : public QWidget
{
    Q_OBJECT
public:
    AccountPage(const QtSignIn::Branding &branding, const DemoConfiguration &configuration,
                const ScopeCatalogue &catalogue, QWidget *parent = nullptr);

    void setResult(const QtSignIn::SignInResult &result);
    void showApiCallStarted(const QString &endpointId);
    void showApiResponse(const ApiResponse &response);

    QTabWidget *tabs() const { return m_tabs; }
    QString apiStatusText() const;
    QString apiBodyText() const;
    // What keyboard focus goes to when the page is shown: the first API
    // call, or the tabs when another tab is open.
    QWidget *mainAction() const;

Q_SIGNALS:
    void apiCallRequested(const QString &endpointId);

private:
    void announceApiStatus(const QString &text, bool failed);
    QWidget *createProfileTab();
    QWidget *createApiTab(const QtSignIn::Branding &branding);

    DemoConfiguration m_configuration;
    ScopeCatalogue m_catalogue;
    QTabWidget *m_tabs;
    QWidget *m_apiTab;
    QWidget *m_firstCall = nullptr;
    QLabel *m_name;
    QLabel *m_username;
    QFormLayout *m_profile;
    QLabel *m_identityNote; // shown when no ID token vouches for the account
    QTableWidget *m_scopes;
    QLabel *m_apiStatus;
    QLabel *m_apiTiming;
    QPlainTextEdit *m_apiBody;
    TokenInspector *m_inspector;
};
