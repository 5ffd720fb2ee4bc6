// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/SignInError.h>

#include <QtWidgets/QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QToolButton;
QT_END_NAMESPACE

// A message across the window: what went wrong, in words, and what to do
// next, with at most one action ("Try again", "Allow"). Never a stack of
// technical text: the technical detail is one click away, on hover.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Question };

    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows `error` with advice chosen by its code; `actionText` empty: no button.
    void showError(const QtSignIn::SignInError &error, const QString &actionText = {});
    void showMessage(Kind kind, const QString &title, const QString &text, const QString &actionText = {});

    QString title() const;
    QString text() const;

    // Advice for the person, by error: what to do next.
    static QString adviceFor(const QtSignIn::SignInError &error);
    static QString titleFor(const QtSignIn::SignInError &error);
    // What the banner says under the title: what happened, unless the
    // title said it already, and what to do, each once.
    static QString textFor(const QtSignIn::SignInError &error);

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
};
