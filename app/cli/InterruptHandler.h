// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QList>
#include <QtCore/QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

// SIGINT (Ctrl-C), SIGTERM and SIGHUP as a Qt signal. The C handler does nothing but
// write the signal's number to a pipe, which is all a signal handler may
// safely do; the event loop reads it (QSocketNotifier) and the program reacts
// there, where it may touch Qt and the token cache. On platforms without
// POSIX signals it installs nothing.
class InterruptHandler : public QObject
{
    Q_OBJECT
public:
    explicit InterruptHandler(QObject *parent = nullptr);
    ~InterruptHandler() override;

    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    // `exitCode` is the shell's convention, 128 + the signal's number: 130
    // for SIGINT, 143 for SIGTERM, 129 for SIGHUP. `first` is false for the
    // second one; a third ends the process at once with the signal's default
    // action, as if there were no handler.
    void interrupted(int exitCode, bool first);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    QList<int> m_handled; // the signals this handler took over
    int m_count = 0;
};
