// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Reads back the QR codes the demo and `qtsignin` draw: a picture, or the
// half-block lines of a terminal turned into modules and then a picture,
// read by zbarimg (Debian's zbar-tools, scripts/setup.sh): a real QR reader,
// not the code under test, says what a phone's camera would find.
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QFile>
#include <QtCore/QList>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>

namespace QrCodeReader {

inline const QString blackOnWhite = QStringLiteral("\x1b[30;47m");
inline const QString reset = QStringLiteral("\x1b[0m");

// The lines of `text` drawn as a QR code, without their colour codes.
inline QStringList terminalLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(blackOnWhite) && line.endsWith(reset))
            lines << line.mid(blackOnWhite.size(), line.size() - blackOnWhite.size() - reset.size());
    }
    return lines;
}

// Each cell is two modules, upper and lower: true is dark. Empty when a
// cell holds anything but a space or a block.
inline QList<QList<bool>> terminalModules(const QStringList &lines)
{
    QList<QList<bool>> rows;
    for (const QString &line : lines) {
        QList<bool> upper, lower;
        for (const QChar c : line) {
            switch (c.unicode()) {
            case ' ': upper << false; lower << false; break;
            case 0x2580: upper << true; lower << false; break;
            case 0x2584: upper << false; lower << true; break;
            case 0x2588: upper << true; lower << true; break;
            default: return {};
            }
        }
        rows << upper << lower;
    }
    return rows;
}

// What zbarimg reads in the picture at `path`; empty when it reads nothing.
inline QString decodeFile(const QString &path, QString *error)
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty()) {
        *error = QStringLiteral("zbarimg not found (zbar-tools, scripts/setup.sh)");
        return QString();
    }
    QProcess process;
    process.start(zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"), path});
    if (!process.waitForFinished(30000)) {
        *error = QStringLiteral("zbarimg did not finish");
        return QString();
    }
    const QString read = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (read.isEmpty())
        *error = QStringLiteral("zbarimg read nothing: ") + QString::fromUtf8(process.readAllStandardError());
    return read;
}

// What zbarimg reads in the modules, drawn black on white at `scale`
// pixels a module; empty when it reads nothing.
inline QString decode(const QList<QList<bool>> &rows, QString *error, int scale = 4)
{
    if (rows.isEmpty() || rows.first().isEmpty()) {
        *error = QStringLiteral("no modules");
        return QString();
    }
    const int width = int(rows.first().size()) * scale;
    const int height = int(rows.size()) * scale;
    // A binary PGM: the simplest picture zbarimg reads.
    QByteArray pgm = "P5\n" + QByteArray::number(width) + ' ' + QByteArray::number(height) + "\n255\n";
    for (const QList<bool> &row : rows) {
        QByteArray line;
        for (const bool dark : row)
            line += QByteArray(scale, dark ? '\0' : '\xff');
        for (int i = 0; i < scale; ++i)
            pgm += line;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("code.pgm"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pgm) != pgm.size()) {
        *error = QStringLiteral("could not write ") + path;
        return QString();
    }
    file.close();
    return decodeFile(path, error);
}

} // namespace QrCodeReader
