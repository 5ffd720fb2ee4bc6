// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Keychain items as another program sees and makes them, for the tests that
// run against a throw-away Secret Service (tests/keyring).
#pragma once

#include "../keyring/KeyringEnvironment.h"

#include <QtCore/QProcess>
#include <QtCore/QStringList>
#include <QtTest/QSignalSpy>

#include <qt6keychain/keychain.h>

namespace KeychainItems {

// An item written straight through QtKeychain, as QtSignIn writes its own.
inline bool writeItem(const QString &service, const QString &key, const QByteArray &data)
{
    QKeychain::WritePasswordJob job(service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setBinaryData(data);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    return finished.wait(20000) && job.error() == QKeychain::NoError;
}

// The keys of every item the Secret Service holds for `service`, as
// secret-tool sees them (QtKeychain stores the key as attribute "user").
inline QStringList storedKeys(const QString &service)
{
    QProcess tool;
    tool.setProcessEnvironment(qtsigninKeyringEnvironment());
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    if (!tool.waitForFinished(20000))
        return {QStringLiteral("<secret-tool did not finish>")};
    QStringList keys;
    const QList<QByteArray> lines = (tool.readAllStandardOutput() + tool.readAllStandardError()).split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("attribute.user = "))
            keys.append(QString::fromUtf8(line.mid(int(sizeof("attribute.user = ")) - 1)));
    }
    keys.sort();
    return keys;
}

} // namespace KeychainItems
