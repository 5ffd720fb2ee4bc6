// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// FileTokenStore: a private file (0600 in a 0700 folder), replaced whole, so
// that a failed write keeps what was there. Tests may run as root, so denial
// is simulated by a file-size limit and by a path through a regular file,
// never by chmod.
#include <QtSignIn/FileTokenStore.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include "TokenStoreCalls.h"

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace QtSignIn;
using namespace QtSignInTest;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return mode_t(-1);
    return status.st_mode & 07777;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// While alive, this process may not make any file larger than `bytes`; a
// write past it fails with EFBIG (SIGXFSZ ignored) as on a full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        struct rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        m_applied = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    bool applied() const { return m_applied; }

private:
    struct rlimit m_previous {};
    void (*m_previousHandler)(int) = nullptr;
    bool m_applied = false;
};

} // namespace

class tst_FileTokenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
    }

    void missingFileReadsAsNothing()
    {
        FileTokenStore store(m_dir->filePath(QStringLiteral("absent/tokens.json")));
        const ReadResult read = readFrom(store);
        QVERIFY(read.finished);
        QVERIFY(!read.synchronous);
        QCOMPARE(read.document, QByteArray());
        QVERIFY(!read.error.isError());
        QVERIFY(read.warnings.isEmpty());
    }

    void readsBackWhatWasWritten()
    {
        FileTokenStore store(m_dir->filePath(QStringLiteral("tokens.json")));
        const QByteArray document("{\"version\":1,\"refresh\":\"r1\"}");
        const WriteResult written = writeTo(store, document);
        QVERIFY(written.finished);
        QVERIFY(!written.synchronous);
        QVERIFY(!written.error.isError());

        const ReadResult read = readFrom(store);
        QVERIFY(read.finished);
        QVERIFY(!read.synchronous);
        QCOMPARE(read.document, document);
        QVERIFY(!read.error.isError());

        QVERIFY(!writeTo(store, "shorter").error.isError());
        QCOMPARE(readFrom(store).document, QByteArray("shorter"));
    }

    void fileIsOwnerOnlyInOwnerOnlyFolders()
    {
        const mode_t previousUmask = ::umask(022);
        const QString folder = m_dir->filePath(QStringLiteral("a/b"));
        FileTokenStore store(folder + QStringLiteral("/tokens.json"));
        const WriteResult written = writeTo(store, "tokens");
        ::umask(previousUmask);
        QVERIFY(!written.error.isError());
        QCOMPARE(modeOf(store.path()), mode_t(0600));
        QCOMPARE(modeOf(folder), mode_t(0700));
        QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("a"))), mode_t(0700));
    }

    // Someone else made the file world-readable: the next write takes that back.
    void rewriteMakesAnOpenFilePrivate()
    {
        const QString path = m_dir->filePath(QStringLiteral("tokens.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
        file.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);

        FileTokenStore store(path);
        QVERIFY(!writeTo(store, "new").error.isError());
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    void fullDiskKeepsThePreviousFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("tokens.json"));
        FileTokenStore store(path);
        QVERIFY(!writeTo(store, "previous").error.isError());

        WriteResult written;
        {
            FileSizeLimit limit(64);
            QVERIFY(limit.applied());
            written = writeTo(store, QByteArray(4096, 'x'));
        }
        QVERIFY(written.finished);
        QVERIFY(!written.synchronous);
        QCOMPARE(written.error.code(), SignInError::TokenStoreFailed);
        QVERIFY2(written.error.detail().contains(path), qPrintable(written.error.detail()));
        QVERIFY2(written.error.detail().contains(qt_error_string(EFBIG)),
                 qPrintable(written.error.detail()));
        QVERIFY(!written.error.detail().contains(QLatin1String("xxxx")));

        QCOMPARE(contentsOf(path), QByteArray("previous"));
        // No temporary file is left next to it.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("tokens.json")});
    }

    void pathThroughARegularFileFails()
    {
        const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("I am a file");
        file.close();

        const QString path = blocker + QStringLiteral("/tokens.json");
        FileTokenStore store(path);
        const WriteResult written = writeTo(store, "tokens");
        QVERIFY(written.finished);
        QCOMPARE(written.error.code(), SignInError::TokenStoreFailed);
        QVERIFY2(written.error.detail().contains(path), qPrintable(written.error.detail()));
        QVERIFY2(written.error.detail().contains(qt_error_string(ENOTDIR)),
                 qPrintable(written.error.detail()));
        QCOMPARE(contentsOf(blocker), QByteArray("I am a file"));

        // Below a missing folder below the file: creating the folder fails.
        FileTokenStore deeper(blocker + QStringLiteral("/sub/tokens.json"));
        const WriteResult deeperWritten = writeTo(deeper, "tokens");
        QCOMPARE(deeperWritten.error.code(), SignInError::TokenStoreFailed);
        QVERIFY2(deeperWritten.error.detail().contains(blocker), qPrintable(deeperWritten.error.detail()));
    }

    void oversizedFileIsSkippedWithAWarning()
    {
        const QString path = m_dir->filePath(QStringLiteral("tokens.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(4 * 1024 * 1024 + 1));
        file.close();

        FileTokenStore store(path);
        const ReadResult read = readFrom(store);
        QVERIFY(read.finished);
        QVERIFY(!read.synchronous);
        QCOMPARE(read.document, QByteArray());
        QVERIFY(!read.error.isError());
        QCOMPARE(read.warnings.size(), 1);
        QVERIFY(read.warnings.first().contains(path));
        // Skipped, not erased.
        QCOMPARE(QFileInfo(path).size(), 4 * 1024 * 1024 + 1);
    }

    void fileOfExactlyTheLimitIsRead()
    {
        const QString path = m_dir->filePath(QStringLiteral("tokens.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(4 * 1024 * 1024));
        file.close();

        FileTokenStore store(path);
        const ReadResult read = readFrom(store);
        QCOMPARE(read.document.size(), 4 * 1024 * 1024);
        QVERIFY(read.warnings.isEmpty());
    }

    void clearRemovesTheFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("tokens.json"));
        FileTokenStore store(path);
        QVERIFY(!writeTo(store, "tokens").error.isError());
        const WriteResult cleared = clear(store);
        QVERIFY(cleared.finished);
        QVERIFY(!cleared.synchronous);
        QVERIFY(!cleared.error.isError());
        QVERIFY(!QFileInfo::exists(path));

        // Nothing to remove is fine too.
        QVERIFY(!clear(store).error.isError());
    }

    void identityIsTheCanonicalPath()
    {
        const QString real = QFileInfo(m_dir->path()).canonicalFilePath();
        const QString link = m_dir->filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(real, link));

        FileTokenStore direct(real + QStringLiteral("/tokens.json"));
        FileTokenStore throughLink(link + QStringLiteral("/./tokens.json"));
        QCOMPARE(direct.sharedIdentity(), QStringLiteral("file:") + real + QStringLiteral("/tokens.json"));
        QCOMPARE(throughLink.sharedIdentity(), direct.sharedIdentity());
        QVERIFY(!writeTo(direct, "x").error.isError());
        QCOMPARE(throughLink.sharedIdentity(), direct.sharedIdentity());

        // Not there yet, in folders not there yet: still one name.
        FileTokenStore missing(link + QStringLiteral("/x/y/tokens.json"));
        QCOMPARE(missing.sharedIdentity(), QStringLiteral("file:") + real + QStringLiteral("/x/y/tokens.json"));
        QCOMPARE(direct.kind(), QStringLiteral("file"));
    }

    void destroyedStoreEmitsNothing()
    {
        auto *store = new FileTokenStore(m_dir->filePath(QStringLiteral("tokens.json")));
        bool emitted = false;
        connect(store, &TokenStore::writeFinished, this, [&emitted] { emitted = true; });
        store->write("x");
        delete store;
        QTest::qWait(20);
        QVERIFY(!emitted);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(tst_FileTokenStore)
#include "tst_file_token_store.moc"
