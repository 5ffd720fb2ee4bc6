// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/FileTokenStore.h>

#include "Logging_p.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QMetaObject>
#include <QtCore/QSaveFile>
#include <QtCore/QStringList>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace QtSignIn {

namespace {

// A token cache is a few kilobytes; anything this big is not ours, and
// reading it whole would only cost memory.
constexpr qint64 maximumFileSize = 4 * 1024 * 1024;

constexpr QFile::Permissions ownerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions ownerOnlyFolder = ownerOnlyFile | QFile::ExeOwner;

// Creates every missing folder on the way to `folder`, each 0700: the file's
// folder is as private as the file (QDir::mkpath would use the umask, 0755).
bool makeOwnerOnlyPath(const QString &folder, QString *failed)
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
        if (!QDir().mkdir(path, ownerOnlyFolder)) {
            *failed = QStringLiteral("%1: %2").arg(path, qt_error_string(errno));
            return false;
        }
    }
    return true;
}

// Writes `document` to a new file that replaces `path` only when complete.
// Empty on success, otherwise why: the path and the OS error, never content.
// Until commit() the old file is untouched, and an uncommitted QSaveFile
// removes its temporary file.
QString replaceFile(const QString &path, const QByteArray &document)
{
    const auto failure = [&path](const QString &reason) {
        return QStringLiteral("cannot write %1: %2").arg(path, reason);
    };
    // Unbuffered: in Qt 6.4, QSaveFile::commit() does not notice that the
    // flush of its write buffer failed, and would put a truncated file in
    // place on a full disk. Writing directly, a short write is retried and
    // the second attempt reports the OS error.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(file.errorString());
    // Before any byte is written: a new file follows the umask (often
    // 0644), and tokens must never be readable by others.
    if (!file.setPermissions(ownerOnlyFile))
        return failure(file.errorString());
    for (qsizetype written = 0; written < document.size();) {
        const qint64 count = file.write(document.constData() + written, document.size() - written);
        if (count <= 0)
            return failure(file.errorString());
        written += count;
    }
#ifdef Q_OS_UNIX
    // A full disk may only show when the data reaches it, and commit()
    // ignores the result of its own sync.
    if (::fsync(file.handle()) != 0)
        return failure(qt_error_string(errno));
#endif
    if (!file.commit())
        return failure(file.errorString());
    return QString();
}

} // namespace

FileTokenStore::FileTokenStore(const QString &path, QObject *parent)
    : TokenStore(parent), m_path(path)
{
}

FileTokenStore::~FileTokenStore() = default;

// The file is small and local, so the work is done right away; only the
// signals are queued, as TokenStore promises they never come from inside
// the call. Bound to `this`: nothing is emitted once the store is gone.
void FileTokenStore::read()
{
    QByteArray document;
    SignInError error;
    QString warningMessage;

    QFile file(m_path);
    const QFileInfo info(m_path);
    if (!info.exists()) {
        // Nothing stored yet: an empty document, not an error.
    } else if (info.size() > maximumFileSize) {
        warningMessage = QStringLiteral("token file %1 is %2 bytes, more than the %3 a token cache "
                                        "can be; ignored")
                                 .arg(m_path).arg(info.size()).arg(maximumFileSize);
    } else if (!file.open(QIODevice::ReadOnly)) {
        error = SignInError(SignInError::TokenStoreFailed,
                            QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString()));
    } else {
        // Bounded even if the file grew since it was measured.
        document = file.read(maximumFileSize + 1);
        if (file.error() != QFileDevice::NoError) {
            error = SignInError(SignInError::TokenStoreFailed,
                                QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString()));
            document.clear();
        } else if (document.size() > maximumFileSize) {
            warningMessage = QStringLiteral("token file %1 is more than %2 bytes, more than a token "
                                            "cache can be; ignored").arg(m_path).arg(maximumFileSize);
            document.clear();
        }
    }

    if (error.isError())
        qCWarning(lcStore).noquote() << error.detail();
    if (!warningMessage.isEmpty())
        qCWarning(lcStore).noquote() << warningMessage;
    QMetaObject::invokeMethod(this, [this, document, error, warningMessage] {
        if (!warningMessage.isEmpty())
            Q_EMIT warning(warningMessage);
        Q_EMIT readFinished(document, error);
    }, Qt::QueuedConnection);
}

void FileTokenStore::write(const QByteArray &document)
{
    SignInError error;
    QString failedFolder;
    if (!makeOwnerOnlyPath(QFileInfo(m_path).absolutePath(), &failedFolder)) {
        error = SignInError(SignInError::TokenStoreFailed,
                            QStringLiteral("cannot create folder %1").arg(failedFolder));
    } else if (const QString failure = replaceFile(m_path, document); !failure.isEmpty()) {
        error = SignInError(SignInError::TokenStoreFailed, failure);
    }
    if (error.isError())
        qCWarning(lcStore).noquote() << error.detail();
    QMetaObject::invokeMethod(this, [this, error] { Q_EMIT writeFinished(error); },
                              Qt::QueuedConnection);
}

void FileTokenStore::clear()
{
    SignInError error;
    QFile file(m_path);
    if (!file.remove() && QFileInfo::exists(m_path)) {
        error = SignInError(SignInError::TokenStoreFailed,
                            QStringLiteral("cannot remove %1: %2").arg(m_path, file.errorString()));
        qCWarning(lcStore).noquote() << error.detail();
    }
    QMetaObject::invokeMethod(this, [this, error] { Q_EMIT writeFinished(error); },
                              Qt::QueuedConnection);
}

// Canonical, so that two spellings of one file (relative, through a symlinked
// folder) name one store. The file may not exist yet: the nearest existing
// folder is made canonical and the rest of the path appended.
QString FileTokenStore::sharedIdentity() const
{
    QString existing = QFileInfo(m_path).absoluteFilePath();
    QStringList missing;
    QString canonical = QFileInfo(existing).canonicalFilePath();
    while (canonical.isEmpty()) {
        const QFileInfo info(existing);
        if (info.path() == existing)
            break;
        missing.prepend(info.fileName());
        existing = info.path();
        canonical = QFileInfo(existing).canonicalFilePath();
    }
    if (canonical.isEmpty())
        canonical = existing;
    for (const QString &part : std::as_const(missing))
        canonical = QDir(canonical).filePath(part);
    return QStringLiteral("file:") + canonical;
}

} // namespace QtSignIn
