// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "ScopeCatalogue.h"

#include <QtSignIn/Branding.h>

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QVBoxLayout;
QT_END_NAMESPACE

// Before the provider asks, the app says what it will ask for and why, in
// plain words ("Read your items"), with the technical scope on hover. Used
// before the first sign-in and before a later, single extra permission
// (incremental consent).
class ConsentPage : public QWidget
{
    Q_OBJECT
public:
    ConsentPage(const QtSignIn::Branding &branding, const ScopeCatalogue &catalogue, const QString &providerHost,
                QWidget *parent = nullptr);

    // `extra`: only these are new (a later permission); otherwise the
    // first sign-in's list.
    void showScopes(const QStringList &scopes, bool extra);
    // The permissions as listed, in plain words (for tests and screen readers).
    QStringList listedDescriptions() const;
    QStringList listedScopes() const;
    // What keyboard focus goes to when the page is shown.
    QWidget *mainAction() const;

Q_SIGNALS:
    void accepted();
    void declined();

private:
    QtSignIn::Branding m_branding;
    ScopeCatalogue m_catalogue;
    QString m_providerHost;
    QLabel *m_heading;
    QLabel *m_note;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QPushButton *m_continue;
    QStringList m_scopes;
};
