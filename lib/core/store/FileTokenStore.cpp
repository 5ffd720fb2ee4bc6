// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/FileTokenStore.h>

#include "FileTokenStore_p.h"

#include "Logging_p.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QMetaObject>
#include <QtCore/QSaveFile>
#include <QtCore/QStringList>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
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
// Until the rename the old file is untouched; a failed write removes the new
// one.
#ifdef Q_OS_UNIX
QString replaceFile(const QString &path, const QByteArray &document)
{
    const auto failure = [&path](const QString &reason) {
        return QStringLiteral("cannot write %1: %2").arg(path, reason);
    };
    // mkstemp creates the file 0600 whatever the umask: it never exists, not
    // even empty, with wider permissions (QSaveFile in Qt 6.4 creates its
    // temporary file 0666 minus the umask and narrows it afterwards, and a
    // descriptor opened in between keeps its access).
    QByteArray name = QFile::encodeName(path) + ".XXXXXX";
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0)
        return failure(qt_error_string(errno));
    const auto abandon = [fd, &name, &failure](int error) {
        ::close(fd);
        ::unlink(name.constData());
        return failure(qt_error_string(error));
    };
    for (qsizetype written = 0; written < document.size();) {
        const ssize_t count = ::write(fd, document.constData() + written, size_t(document.size() - written));
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            return abandon(count < 0 ? errno : EIO);
        written += count;
    }
    // A full disk may only show when the data reaches it.
    if (::fsync(fd) != 0)
        return abandon(errno);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(name.constData());
        return failure(qt_error_string(error));
    }
    // rename() replaces `path` itself, never what a symlink there points to.
    if (::rename(name.constData(), QFile::encodeName(path).constData()) != 0) {
        const int error = errno;
        ::unlink(name.constData());
        return failure(qt_error_string(error));
    }
    return QString();
}
#else
QString replaceFile(const QString &path, const QByteArray &document)
{
    const auto failure = [&path](const QString &reason) {
        return QStringLiteral("cannot write %1: %2").arg(path, reason);
    };
    // Unbuffered: in Qt 6.4, QSaveFile::commit() does not notice that the
    // flush of its write buffer failed, and would put a truncated file in
    // place on a full disk.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(file.errorString());
    // Before any byte is written.
    if (!file.setPermissions(ownerOnlyFile))
        return failure(file.errorString());
    for (qsizetype written = 0; written < document.size();) {
        const qint64 count = file.write(document.constData() + written, document.size() - written);
        if (count <= 0)
            return failure(file.errorString());
        written += count;
    }
    if (!file.commit())
        return failure(file.errorString());
    return QString();
}
#endif

#ifdef Q_OS_UNIX
// Opens the token file for reading only if it is safe to trust: a regular
// file, reached without a symlink as its last component, owned by this user,
// neither readable nor writable by group or others. Someone who could write
// it could plant tokens for another account; someone who could read it has
// the tokens. Returns the descriptor; -1 with `*missing` when there is no
// file, -1 with `*error` set otherwise.
int openPrivateFile(const QString &path, bool *missing, SignInError *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENOENT) {
            *missing = true;
        } else if (errno == ELOOP) {
            *error = SignInError(SignInError::TokenStoreInsecure,
                                 QStringLiteral("token file %1 is a symbolic link; not read").arg(path));
        } else {
            *error = SignInError(SignInError::TokenStoreFailed,
                                 QStringLiteral("cannot read %1: %2").arg(path, qt_error_string(errno)));
        }
        return -1;
    }
    struct stat status {};
    QString insecure;
    if (::fstat(fd, &status) != 0) {
        *error = SignInError(SignInError::TokenStoreFailed,
                             QStringLiteral("cannot read %1: %2").arg(path, qt_error_string(errno)));
    } else if (!S_ISREG(status.st_mode)) {
        insecure = QStringLiteral("is not a regular file");
    } else if (status.st_uid != ::geteuid()) {
        insecure = QStringLiteral("belongs to user %1, not to this user (%2)")
                           .arg(status.st_uid).arg(::geteuid());
    } else if (status.st_mode & (S_IRWXG | S_IRWXO)) {
        insecure = QStringLiteral("has permissions %1; only 0600 is private")
                           .arg(status.st_mode & 07777, 4, 8, QLatin1Char('0'));
    } else {
        return fd;
    }
    if (!insecure.isEmpty())
        *error = SignInError(SignInError::TokenStoreInsecure,
                             QStringLiteral("token file %1 %2; not read").arg(path, insecure));
    ::close(fd);
    return -1;
}
#endif

} // namespace

FileTokenStore::FileTokenStore(const QString &path, QObject *parent)
    : TokenStore(parent), d(std::make_unique<FileTokenStorePrivate>(path))
{
}

FileTokenStore::~FileTokenStore() = default;

QString FileTokenStore::path() const
{
    return d->path;
}

// The file is small and local, so the work is done right away (TokenStore
// queues each job's finished()). Only a read's warning waits for the event
// loop, as no signal comes from inside the call; bound to `this`, so a store
// deleted meanwhile says nothing and TokenStore finishes the job instead.
void FileTokenStore::startRead(TokenStoreJob *job)
{
    QByteArray document;
    SignInError error;
    QString warningMessage;

    QFile file(d->path);
    bool missing = false;
#ifdef Q_OS_UNIX
    const int fd = openPrivateFile(d->path, &missing, &error);
    const bool opened = fd >= 0 && file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
    if (fd >= 0 && !opened) {
        ::close(fd);
        error = SignInError(SignInError::TokenStoreFailed,
                            QStringLiteral("cannot read %1: %2").arg(d->path, file.errorString()));
    }
#else
    missing = !QFileInfo::exists(d->path);
    const bool opened = !missing && file.open(QIODevice::ReadOnly);
    if (!missing && !opened)
        error = SignInError(SignInError::TokenStoreFailed,
                            QStringLiteral("cannot read %1: %2").arg(d->path, file.errorString()));
#endif
    if (missing || !opened) {
        // Nothing stored yet is an empty document, not an error.
    } else if (file.size() > maximumFileSize) {
        warningMessage = QStringLiteral("token file %1 is %2 bytes, more than the %3 a token cache "
                                        "can be; ignored")
                                 .arg(d->path).arg(file.size()).arg(maximumFileSize);
    } else {
        // Bounded even if the file grew since it was measured.
        document = file.read(maximumFileSize + 1);
        if (file.error() != QFileDevice::NoError) {
            error = SignInError(SignInError::TokenStoreFailed,
                                QStringLiteral("cannot read %1: %2").arg(d->path, file.errorString()));
            document.clear();
        } else if (document.size() > maximumFileSize) {
            warningMessage = QStringLiteral("token file %1 is more than %2 bytes, more than a token "
                                            "cache can be; ignored").arg(d->path).arg(maximumFileSize);
            document.clear();
        }
    }

    if (error.isError())
        qCWarning(lcStore).noquote() << error.detail();
    if (!warningMessage.isEmpty())
        qCWarning(lcStore).noquote() << warningMessage;
    if (warningMessage.isEmpty())
        return finishRead(job, document, error);
    QMetaObject::invokeMethod(this, [this, job, document, error, warningMessage] {
        Q_EMIT warning(warningMessage);
        finishRead(job, document, error);
    }, Qt::QueuedConnection);
}

void FileTokenStore::startWrite(TokenStoreJob *job, const QByteArray &document)
{
    SignInError error;
    QString failedFolder;
    if (!makeOwnerOnlyPath(QFileInfo(d->path).absolutePath(), &failedFolder)) {
        error = SignInError(SignInError::TokenStoreFailed,
                            QStringLiteral("cannot create folder %1").arg(failedFolder));
    } else if (const QString failure = replaceFile(d->path, document); !failure.isEmpty()) {
        error = SignInError(SignInError::TokenStoreFailed, failure);
    }
    if (error.isError())
        qCWarning(lcStore).noquote() << error.detail();
    finishWrite(job, error);
}

void FileTokenStore::startClear(TokenStoreJob *job)
{
    SignInError error;
    QFile file(d->path);
    if (!file.remove() && QFileInfo::exists(d->path)) {
        error = SignInError(SignInError::TokenStoreFailed,
                            QStringLiteral("cannot remove %1: %2").arg(d->path, file.errorString()));
        qCWarning(lcStore).noquote() << error.detail();
    }
    finishWrite(job, error);
}

// Canonical, so that two spellings of one file (relative, through a symlinked
// folder) name one store. The file may not exist yet: the nearest existing
// folder is made canonical and the rest of the path appended.
QString FileTokenStore::sharedIdentity() const
{
    QString existing = QFileInfo(d->path).absoluteFilePath();
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
