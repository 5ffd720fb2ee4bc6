// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "DoctorOptions.h"

#include <QtSignIn/SetupDiagnostics.h>

#include <QtCore/QObject>

// `qtsignin doctor`: runs QtSignIn::SetupDiagnostics and prints each
// finding with what to do, as lines for people or, with --json, as an
// array of {check, status, detail, advice}. Calls `done` with 0, or
// ExitSetupProblem when a finding is a problem.
class DoctorCommand : public QObject
{
    Q_OBJECT
public:
    explicit DoctorCommand(const DoctorOptions &options, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    void report(QList<QtSignIn::SetupFinding> findings);
    void printText(const QList<QtSignIn::SetupFinding> &findings) const;
    static void printJson(const QList<QtSignIn::SetupFinding> &findings);
    static QString label(QtSignIn::SetupFinding::Check check);
    static QString mark(QtSignIn::SetupFinding::Status status);

    const DoctorOptions m_options;
};
