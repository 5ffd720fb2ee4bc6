// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// For tests that need the throw-away Secret Service of tests/keyring: the
// variables start.sh wrote to $QTSIGNIN_KEYRING_STATE/env, which point
// QtKeychain (through QtDBus) at that private bus instead of the person's own.
#pragma once

#include <QtCore/QFile>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QProcessEnvironment>

namespace QtSignInTest {

// The KEY=VALUE lines of the fixture's env file; empty when there is none.
inline QList<QPair<QByteArray, QByteArray>> keyringVariables()
{
    QList<QPair<QByteArray, QByteArray>> variables;
    const QByteArray state = qgetenv("QTSIGNIN_KEYRING_STATE");
    if (state.isEmpty())
        return variables;
    QFile file(QString::fromLocal8Bit(state) + QLatin1String("/env"));
    if (!file.open(QIODevice::ReadOnly))
        return variables;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            variables.append({line.left(equals), line.mid(equals + 1)});
    }
    return variables;
}

} // namespace QtSignInTest

// The system environment with the fixture's variables applied, for child
// processes. Equal to the system environment when there is no fixture.
inline QProcessEnvironment qtsigninKeyringEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : QtSignInTest::keyringVariables())
        environment.insert(QString::fromLocal8Bit(name), QString::fromLocal8Bit(value));
    return environment;
}

// Applies the fixture's variables to this process. Call before anything uses
// QtDBus: the session bus address is read once, on first connection.
// False when QTSIGNIN_KEYRING_STATE is unset or its env file is missing.
inline bool applyKeyringEnvironmentToThisProcess()
{
    const auto variables = QtSignInTest::keyringVariables();
    for (const auto &[name, value] : variables)
        qputenv(name.constData(), value);
    return !variables.isEmpty();
}
