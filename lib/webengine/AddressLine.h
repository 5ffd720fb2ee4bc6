// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QUrl>
#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace QtSignIn {

// Where the person is typing their password: the host of the page, read-only
// (selectable, never editable), with a closed lock for https and an open one
// with a warning otherwise. What a browser's address bar tells, without
// letting anyone navigate elsewhere.
class AddressLine : public QWidget
{
    Q_OBJECT
public:
    explicit AddressLine(QWidget *parent = nullptr);

    void setUrl(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    QUrl m_url;
    QLabel *m_lock;
    QLabel *m_host;
    QLabel *m_note;
};

} // namespace QtSignIn
