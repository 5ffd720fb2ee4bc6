// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "EmbeddedProfileFolder_p.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSaveFile>

namespace QtSignIn {

namespace {

const QString generationFile = QStringLiteral("generation");

int currentGeneration(const QString &directory)
{
    QFile file(QDir(directory).filePath(generationFile));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const int generation = file.readAll().trimmed().toInt();
    return generation > 0 ? generation : 1;
}

QString generationFolder(int generation)
{
    return QStringLiteral("generation-%1").arg(generation);
}

void removeOldGenerations(const QString &directory, int current)
{
    const QDir dir(directory);
    const QStringList folders = dir.entryList({QStringLiteral("generation-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &folder : folders) {
        if (folder != generationFolder(current))
            QDir(dir.filePath(folder)).removeRecursively(); // best effort; retried next time
    }
}

} // namespace

QString EmbeddedProfileFolder::liveProfilePath(const QString &directory)
{
    const int generation = currentGeneration(directory);
    removeOldGenerations(directory, generation);
    return QDir(directory).filePath(generationFolder(generation));
}

bool EmbeddedProfileFolder::startNewGeneration(const QString &directory)
{
    if (directory.isEmpty())
        return true;
    const int next = currentGeneration(directory) + 1;
    QDir().mkpath(directory);
    QSaveFile file(QDir(directory).filePath(generationFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(next)) < 0 || !file.commit())
        return false;
    removeOldGenerations(directory, next);
    return true;
}

} // namespace QtSignIn
