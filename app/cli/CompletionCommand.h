// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

// `qtsignin completion SHELL`: prints the completion script for SHELL, as
// `gh completion` and `az` do, for a shell whose completions the packages
// did not install (or for a qtsignin that no package installed).
class CompletionCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompletionCommand)
public:
    static QStringList shells();
    // The exit code; the script on stdout, a usage error on stderr.
    static int run(const QStringList &arguments);
};
