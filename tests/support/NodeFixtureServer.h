// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QString>
#include <QtCore/QStringList>

// A local fixture server (tests/fixtures/*/server.mjs) run with Node on a
// free port of 127.0.0.1: its base URL is the first line it prints. It
// exits when this test does (--exit-on-stdin-eof: the pipe closes), and is
// stopped when this object goes.
class NodeFixtureServer
{
public:
    NodeFixtureServer() = default;
    NodeFixtureServer(const NodeFixtureServer &) = delete;
    NodeFixtureServer &operator=(const NodeFixtureServer &) = delete;
    ~NodeFixtureServer() { stop(); }

    // False, with what the server said, when it did not start or did not
    // print its address within 20 seconds.
    bool start(const QString &script, const QStringList &options, QString *error)
    {
        if (!QFile::exists(script)) {
            *error = QStringLiteral("no fixture script %1").arg(script);
            return false;
        }
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setReadChannel(QProcess::StandardOutput);
        m_process.start(QStringLiteral("node"),
                        QStringList{script, QStringLiteral("0"), QStringLiteral("--exit-on-stdin-eof")} + options);
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < 20000) {
            if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running)
                break;
        }
        if (!m_process.canReadLine()) {
            *error = QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        m_baseUrl = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!m_baseUrl.startsWith(QLatin1String("http://127.0.0.1:"))) {
            *error = QStringLiteral("the fixture printed %1, not its address").arg(m_baseUrl);
            return false;
        }
        return true;
    }

    // http://127.0.0.1:PORT, without a trailing slash.
    QString baseUrl() const { return m_baseUrl; }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }

private:
    QProcess m_process;
    QString m_baseUrl;
};
