// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ProfileStore.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>

namespace {

// A profile is a few hundred bytes; anything this big is not one.
constexpr qint64 maximumFileSize = 64 * 1024;

constexpr QFile::Permissions ownerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions ownerOnlyFolder = ownerOnlyFile | QFile::ExeOwner;

// Creates the missing folders on the way to `folder`, each 0700 (mkpath
// would give them the umask's 0755).
bool makeOwnerOnlyPath(const QString &folder)
{
    QStringList missing;
    QString existing = QDir::cleanPath(folder);
    while (!QFileInfo::exists(existing)) {
        missing.prepend(existing);
        const QString parent = QFileInfo(existing).path();
        if (parent == existing)
            break;
        existing = parent;
    }
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path, ownerOnlyFolder))
            return false;
    }
    return true;
}

} // namespace

QString ProfileStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QLatin1String("/qtsignin/profiles");
}

bool ProfileStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

ProfileStore::ProfileStore(const QString &folder)
    : m_folder(folder)
{
}

QString ProfileStore::filePath(const QString &name) const
{
    return m_folder + QLatin1Char('/') + name + QLatin1String(".json");
}

ProfileStore::ReadResult ProfileStore::read(const QString &name, CliProfile *profile, QString *error) const
{
    const QString path = filePath(name);
    const auto unusable = [&](const QString &reason) {
        *error = tr("the profile \"%1\" (%2) cannot be used: %3. Correct the file, or delete it and run "
                    "'qtsignin login' with the options again.")
                         .arg(name, QDir::toNativeSeparators(path), reason);
        return ReadResult::Unusable;
    };
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return ReadResult::NotFound;
    if (!info.isFile())
        return unusable(tr("it is not a file"));
    if (info.size() > maximumFileSize)
        return unusable(tr("it is larger than a profile can be"));
#ifdef Q_OS_UNIX
    // It decides where `qtsignin token` sends the refresh token: nobody
    // else may change that (as ssh refuses a config others can write).
    if (info.permissions() & (QFile::WriteGroup | QFile::WriteOther))
        return unusable(tr("other users can change it (chmod 600 makes it yours alone)"));
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unusable(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(maximumFileSize), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return unusable(tr("it is not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return unusable(tr("it is not a JSON object"));
    QString reason;
    if (!CliProfile::fromJson(document.object(), profile, &reason))
        return unusable(reason);
    return ReadResult::Found;
}

bool ProfileStore::write(const QString &name, const CliProfile &profile, QString *error) const
{
    const QString path = filePath(name);
    if (!makeOwnerOnlyPath(m_folder)) {
        *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    // Unbuffered: in Qt 6.4, QSaveFile::commit() does not notice that the
    // flush of its write buffer failed, and would put a truncated file in
    // place on a full disk (as FileTokenStore knows).
    QSaveFile file(path);
    const QByteArray document = QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented);
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
            && file.setPermissions(ownerOnlyFile) && file.write(document) == document.size() && file.commit();
    if (!written) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}
