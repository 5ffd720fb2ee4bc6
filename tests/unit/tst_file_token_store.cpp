// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// FileTokenStore: a private file (0600 in a 0700 folder), replaced whole, so
// that a failed write keeps what was there. Tests may run as root, so denial
// is simulated by a file-size limit and by a path through a regular file,
// never by chmod.
#include <QtSignIn/FileTokenStore.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include "TokenStoreCalls.h"

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

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

// A private file with `contents`, as the store itself would have written it.
void writePrivateFile(const QString &path, const QByteArray &contents, mode_t mode = 0600)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(contents), contents.size());
    file.close();
    QVERIFY(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}

// Watches a folder from another thread and records the permissions of
// every file as soon as it is created there, so a file that exists, even
// briefly, with group or other access is seen.
class CreationWatcher
{
public:
    explicit CreationWatcher(const QString &folder)
    {
        m_inotify = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
        m_folder = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (m_inotify >= 0 && m_folder >= 0
            && ::inotify_add_watch(m_inotify, QFile::encodeName(folder).constData(), IN_CREATE) >= 0)
            m_thread = std::thread([this] { run(); });
    }
    ~CreationWatcher()
    {
        stop();
        if (m_inotify >= 0)
            ::close(m_inotify);
        if (m_folder >= 0)
            ::close(m_folder);
    }
    bool isWatching() const { return m_thread.joinable(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    int created() const { return m_created; }
    mode_t widestMode() const { return m_widest; }

private:
    void run()
    {
        alignas(inotify_event) char buffer[4096];
        while (!m_stop) {
            pollfd poller{m_inotify, POLLIN, 0};
            if (::poll(&poller, 1, 20) <= 0)
                continue;
            const ssize_t length = ::read(m_inotify, buffer, sizeof buffer);
            for (ssize_t at = 0; at < length;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                struct stat status {};
                if (event->len > 0
                    && ::fstatat(m_folder, event->name, &status, AT_SYMLINK_NOFOLLOW) == 0) {
                    ++m_created;
                    m_widest = mode_t(m_widest | (status.st_mode & 07777));
                }
                at += ssize_t(sizeof(inotify_event)) + event->len;
            }
        }
    }

    int m_inotify = -1;
    int m_folder = -1;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_created{0};
    std::atomic<mode_t> m_widest{0};
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
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
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
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
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
        QCOMPARE(direct.kind(), TokenStore::Kind::File);
    }

    // Under a umask of 0, a file created the usual way is 0666 until it is
    // narrowed, and whoever opens it in between keeps reading what is
    // written later. The new file must be 0600 from its first moment.
    void newFileIsNeverWiderThanOwnerOnly()
    {
        const QString folder = m_dir->filePath(QStringLiteral("store"));
        QVERIFY(QDir().mkdir(folder));
        FileTokenStore store(folder + QStringLiteral("/tokens.json"));
        CreationWatcher watcher(folder);
        QVERIFY(watcher.isWatching());
        const mode_t previousUmask = ::umask(0);
        bool allWritten = true;
        for (int i = 0; i < 200; ++i)
            allWritten = allWritten && !writeTo(store, "tokens").error.isError();
        ::umask(previousUmask);
        QTest::qWait(100);
        watcher.stop();
        QVERIFY(allWritten);
        QVERIFY2(watcher.created() > 0, "the watcher saw no file created");
        QCOMPARE(watcher.widestMode() & 0077, mode_t(0));
    }

    void symlinkIsNotFollowed()
    {
        const QString target = m_dir->filePath(QStringLiteral("elsewhere.json"));
        writePrivateFile(target, "someone else's tokens");
        const QString path = m_dir->filePath(QStringLiteral("tokens.json"));
        QVERIFY(QFile::link(target, path));

        FileTokenStore store(path);
        const ReadResult read = readFrom(store);
        QVERIFY(read.finished);
        QCOMPARE(read.error.code(), SignInError::TokenStoreInsecure);
        QCOMPARE(read.error.errorCode(), QStringLiteral("token_store_insecure"));
        QVERIFY2(read.error.detail().contains(QLatin1String("symbolic link")), qPrintable(read.error.detail()));
        QCOMPARE(read.document, QByteArray());

        // Writing replaces the link itself; the file it pointed to is untouched.
        QVERIFY(!writeTo(store, "mine").error.isError());
        QVERIFY(!QFileInfo(path).isSymLink());
        QCOMPARE(contentsOf(target), QByteArray("someone else's tokens"));
        QCOMPARE(readFrom(store).document, QByteArray("mine"));
    }

    void danglingSymlinkIsNotFollowed()
    {
        const QString path = m_dir->filePath(QStringLiteral("tokens.json"));
        QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("not-yet")), path));
        FileTokenStore store(path);
        QCOMPARE(readFrom(store).error.code(), SignInError::TokenStoreInsecure);
    }

    void fileOpenToOthersIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0640 group-readable") << 0640;
        QTest::newRow("0620 group-writable") << 0620;
        QTest::newRow("0604 world-readable") << 0604;
        QTest::newRow("0602 world-writable") << 0602;
        QTest::newRow("0644") << 0644;
    }

    void fileOpenToOthersIsRefused()
    {
        QFETCH(int, mode);
        const QString path = m_dir->filePath(QStringLiteral("tokens.json"));
        writePrivateFile(path, "tokens", mode_t(mode));
        FileTokenStore store(path);
        const ReadResult read = readFrom(store);
        QCOMPARE(read.error.code(), SignInError::TokenStoreInsecure);
        QVERIFY2(read.error.detail().contains(QString::number(mode, 8)), qPrintable(read.error.detail()));
        QCOMPARE(read.document, QByteArray());
        // Refused, not removed: the person decides what to do with it.
        QCOMPARE(contentsOf(path), QByteArray("tokens"));
    }

    void fileOfAnotherUserIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("giving a file to another user needs root");
        const QString path = m_dir->filePath(QStringLiteral("tokens.json"));
        writePrivateFile(path, "planted tokens");
        QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
        FileTokenStore store(path);
        const ReadResult read = readFrom(store);
        QCOMPARE(read.error.code(), SignInError::TokenStoreInsecure);
        QVERIFY2(read.error.detail().contains(QLatin1String("belongs to user 65534")),
                 qPrintable(read.error.detail()));
        QCOMPARE(read.document, QByteArray());
    }

    // Deleted with its answer to a write not yet delivered, a store still
    // finishes the write's job with that answer: from the event loop, not
    // from inside the call or its destructor (the connection sees both). The
    // write is done. A live store of the same file reads it, and nothing
    // else the dead store queued is delivered meanwhile.
    void destroyedStoreStillFinishesItsJob()
    {
        const QString path = m_dir->filePath(QStringLiteral("tokens.json"));
        auto *store = new FileTokenStore(path);
        bool emittedEarly = false;
        TokenStoreJob *write = store->write("x");
        connect(write, &TokenStoreJob::finished, this, [&emittedEarly] { emittedEarly = true; });
        delete store;
        QVERIFY(!emittedEarly);
        const JobResult written = awaitJob(write, 1000);
        QVERIFY(written.finished);
        QVERIFY2(!written.error.isError(), qPrintable(written.error.detail()));

        FileTokenStore next(path);
        const StrayQueuedCalls stray(&next);
        const ReadResult read = readFrom(next);
        QVERIFY(read.finished);
        QVERIFY2(!read.error.isError(), qPrintable(read.error.detail()));
        QCOMPARE(read.document, QByteArray("x"));
        QCOMPARE(stray.count(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(tst_FileTokenStore)
#include "tst_file_token_store.moc"
