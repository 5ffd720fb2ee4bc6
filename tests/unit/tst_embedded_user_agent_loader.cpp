// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// EmbeddedUserAgentLoader, linked as an application links it: the shared
// QtSignIn::Core only, no QtSignIn::WebEngine and no Qt WebEngine. What the
// loader checks is the application object, so each kind of application is a
// run of its own (the first argument, see main() and CMakeLists.txt).

#include <QtSignIn/EmbeddedUserAgentLoader.h>
#include <QtSignIn/UserAgent.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

#include <cstring>

using QtSignIn::EmbeddedUserAgentLoader;
using QtSignIn::SignInError;
using QtSignIn::UserAgent;

namespace {

bool webEngineLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6WebEngineCore");
}

// The search the loader would make by itself, unless a case replaces it.
struct DefaultPluginSearch
{
    DefaultPluginSearch() { qunsetenv("QTSIGNIN_PLUGIN_PATH"); }
};

} // namespace

// A QApplication, constructed after QtSignIn::Core was loaded (before main()).
class tst_EmbeddedUserAgentLoader : public QObject
{
    Q_OBJECT
private slots:
    void loadingCoreSharesOpenGLContexts()
    {
        // main() never sets it: QtSignIn::Core did, before the QApplication.
        QVERIFY(QCoreApplication::testAttribute(Qt::AA_ShareOpenGLContexts));
    }

    void missingPluginNamesEveryFolderSearched()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        QVERIFY(first.isValid() && second.isValid());
        qputenv("QTSIGNIN_PLUGIN_PATH", QFile::encodeName(first.path() + QDir::listSeparator() + second.path()));
        SignInError error;
        QObject owner;
        UserAgent *agent = EmbeddedUserAgentLoader::create(&owner, &error);
        qunsetenv("QTSIGNIN_PLUGIN_PATH");
        QCOMPARE(agent, nullptr);
        QCOMPARE(error.code(), SignInError::UserAgentUnavailable);
        QVERIFY2(error.detail().contains(QStringLiteral("not installed")), qPrintable(error.detail()));
        QVERIFY2(error.detail().contains(QDir(first.path()).filePath(QStringLiteral("qtsignin"))), qPrintable(error.detail()));
        QVERIFY2(error.detail().contains(QDir(second.path()).filePath(QStringLiteral("qtsignin"))), qPrintable(error.detail()));
        QVERIFY(!webEngineLoaded());
    }

    // A library in the folder that is not our plugin is neither loaded nor
    // taken for it.
    void otherLibrariesInThePluginFolderAreNotTaken()
    {
        QTemporaryDir base;
        QVERIFY(base.isValid());
        QVERIFY(QDir(base.path()).mkdir(QStringLiteral("qtsignin")));
        QFile impostor(base.filePath(QStringLiteral("qtsignin/libqtsignin_embedded.so")));
        QVERIFY(impostor.open(QIODevice::WriteOnly));
        impostor.write("not a library");
        impostor.close();
        qputenv("QTSIGNIN_PLUGIN_PATH", QFile::encodeName(base.path()));
        SignInError error;
        UserAgent *agent = EmbeddedUserAgentLoader::create(nullptr, &error);
        qunsetenv("QTSIGNIN_PLUGIN_PATH");
        QCOMPARE(agent, nullptr);
        QCOMPARE(error.code(), SignInError::UserAgentUnavailable);
        QVERIFY2(error.detail().contains(QStringLiteral("not installed")), qPrintable(error.detail()));
    }

    // Last: it loads Qt WebEngine into the process for good.
    void createsTheEmbeddedAgentFromTheBuildTree()
    {
        DefaultPluginSearch search;
        QVERIFY(!webEngineLoaded());
        QObject owner;
        SignInError error;
        UserAgent *agent = EmbeddedUserAgentLoader::create(&owner, &error);
        QVERIFY2(agent, qPrintable(error.detail()));
        QVERIFY(!error.isError());
        QCOMPARE(agent->kind(), QtSignIn::UserAgentKind::Embedded);
        QCOMPARE(agent->metaObject()->className(), "QtSignIn::EmbeddedUserAgent");
        QCOMPARE(agent->parent(), &owner);
        QVERIFY(webEngineLoaded());

        // A second one comes from the plugin already loaded.
        UserAgent *another = EmbeddedUserAgentLoader::create(&owner, &error);
        QVERIFY2(another, qPrintable(error.detail()));
        QVERIFY(another != agent);
    }

    // Qt WebEngine loaded after the QApplication crashes on its first page
    // unless Qt::AA_ShareOpenGLContexts was set before; this application sets
    // nothing itself.
    void showsAPageWithoutTheApplicationSettingAnything()
    {
        DefaultPluginSearch search;
        QObject owner;
        SignInError error;
        UserAgent *agent = EmbeddedUserAgentLoader::create(&owner, &error);
        QVERIFY2(agent, qPrintable(error.detail()));
        QVERIFY2(agent->prepare(QUrl(QStringLiteral("http://127.0.0.1:9/callback")), &error).isValid(),
                 qPrintable(error.detail()));
        bool loaded = false;
        connect(agent, SIGNAL(pageLoaded(QUrl,bool)), this, SLOT(recordPageLoaded(QUrl,bool)));
        connect(this, &tst_EmbeddedUserAgentLoader::pageLoaded, this, [&loaded](bool ok) { loaded = ok; });
        // No sign-in behind it (only the library creates sessions): the page is all this shows.
        QVERIFY2(agent->present(QUrl(QStringLiteral("data:text/html,<h1>Sign in</h1>")), nullptr, &error),
                 qPrintable(error.detail()));
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 30000);
        agent->dismiss();
    }

signals:
    void pageLoaded(bool ok);

public slots:
    // Connected by name: this test does not link QtSignIn::WebEngine.
    void recordPageLoaded(const QUrl &, bool ok) { emit pageLoaded(ok); }
};

// A QCoreApplication: no widgets, and in the command-line tool no display.
class tst_EmbeddedUserAgentLoaderWithoutWidgets : public QObject
{
    Q_OBJECT
private slots:
    void refusedWithoutQApplication()
    {
        DefaultPluginSearch search;
        SignInError error;
        UserAgent *agent = EmbeddedUserAgentLoader::create(nullptr, &error);
        QCOMPARE(agent, nullptr);
        QCOMPARE(error.code(), SignInError::UserAgentUnavailable);
        QVERIFY2(error.detail().contains(QStringLiteral("needs a QApplication")), qPrintable(error.detail()));
        QVERIFY2(error.detail().contains(QStringLiteral("QCoreApplication")), qPrintable(error.detail()));
        QVERIFY(!webEngineLoaded());
    }
};

// A QApplication constructed with Qt::AA_ShareOpenGLContexts turned off:
// Qt WebEngine would crash once it shows a page, so it is not loaded at all.
class tst_EmbeddedUserAgentLoaderWithoutSharedContexts : public QObject
{
    Q_OBJECT
private slots:
    void refusedWithoutSharedOpenGLContexts()
    {
        DefaultPluginSearch search;
        QVERIFY(!QCoreApplication::testAttribute(Qt::AA_ShareOpenGLContexts));
        SignInError error;
        UserAgent *agent = EmbeddedUserAgentLoader::create(nullptr, &error);
        QCOMPARE(agent, nullptr);
        QCOMPARE(error.code(), SignInError::UserAgentUnavailable);
        QVERIFY2(error.detail().contains(QStringLiteral("Qt::AA_ShareOpenGLContexts was not set")), qPrintable(error.detail()));
        QVERIFY(!webEngineLoaded());
    }

    // Turned on again once the application exists is too late for Qt: still refused.
    void refusedWhenSharedOpenGLContextsComeTooLate()
    {
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        SignInError error;
        UserAgent *agent = EmbeddedUserAgentLoader::create(nullptr, &error);
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts, false);
        QCOMPARE(agent, nullptr);
        QCOMPARE(error.code(), SignInError::UserAgentUnavailable);
        QVERIFY2(error.detail().contains(QStringLiteral("Qt::AA_ShareOpenGLContexts was not set")), qPrintable(error.detail()));
        QVERIFY(!webEngineLoaded());
    }
};

int main(int argc, char *argv[])
{
    // The first argument, when it is one of these, chooses the application;
    // the rest are QtTest's.
    const char *kind = argc > 1 && argv[1][0] != '-' ? argv[1] : "widgets";
    if (argc > 1 && argv[1][0] != '-') {
        argv[1] = argv[0];
        ++argv;
        --argc;
    }
    if (std::strcmp(kind, "guiless") == 0) {
        QCoreApplication app(argc, argv);
        tst_EmbeddedUserAgentLoaderWithoutWidgets test;
        return QTest::qExec(&test, argc, argv);
    }
    if (std::strcmp(kind, "unshared-contexts") == 0) {
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts, false);
        QApplication app(argc, argv);
        tst_EmbeddedUserAgentLoaderWithoutSharedContexts test;
        return QTest::qExec(&test, argc, argv);
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the agent's profile folder
    tst_EmbeddedUserAgentLoader test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_embedded_user_agent_loader.moc"
