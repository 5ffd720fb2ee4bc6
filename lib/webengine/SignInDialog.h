// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/Branding.h>

#include <QtWidgets/QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QWebEnginePage;
class QWebEngineView;
QT_END_NAMESPACE

namespace QtSignIn {

class AddressLine;
class BrandingHeader;

// The window the person signs in in: the app's branding on top, the host of
// the page with its lock, a progress bar while pages load, the provider's
// page, and Cancel. Escape and closing the window cancel too; the dialog
// only says so (cancelled()), the user agent decides what that means.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(const Branding &branding, QWidget *parent = nullptr);

    void setPage(QWebEnginePage *page);

    // The redirect arrived: the page is done with, the app is redeeming the
    // code. Cancel stays available.
    void showFinishing(const QString &message);

    // A problem the person should see, e.g. a refused certificate.
    void showProblem(const QString &message);

    // Closes without emitting cancelled(): the sign-in ended by itself.
    void closeQuietly();

    QSize sizeHint() const override;

Q_SIGNALS:
    void cancelled();

public Q_SLOTS:
    void reject() override;

private:
    void setLoading(bool loading);

    BrandingHeader *m_header;
    AddressLine *m_address;
    QProgressBar *m_progress;
    QStackedWidget *m_stack;
    QWebEngineView *m_view;
    QLabel *m_finishing;
    QLabel *m_status;
    QPushButton *m_cancel;
    bool m_closingQuietly = false;
};

} // namespace QtSignIn
