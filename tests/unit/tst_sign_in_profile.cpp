// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The embedded dialog's persistent profile keeps the provider's cookies as
// the provider set them: one with an expiry ("keep me signed in") survives to
// the next run, one without (the person unticked it) ends with the process.
// Each run is a child process of this test, as each run of an app would be.
#include "SignInProfile.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkCookie>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>
#include <QtWebEngineCore/QWebEngineCookieStore>
#include <QtWebEngineCore/QWebEnginePage>
#include <QtWebEngineCore/QWebEngineProfile>
#include <QtWidgets/QApplication>

using namespace QtSignIn;

namespace {

const QUrl provider(QStringLiteral("https://login.example.com/"));

QNetworkCookie cookie(const QByteArray &name, const QDateTime &expiry)
{
    QNetworkCookie cookie(name, "value");
    cookie.setDomain(provider.host());
    cookie.setPath(QStringLiteral("/"));
    cookie.setSecure(true);
    if (expiry.isValid())
        cookie.setExpirationDate(expiry);
    return cookie;
}

// One run of an app that signs in: the provider sets its cookies.
int setCookies(const QString &directory)
{
    SignInProfile profile(directory);
    // A page makes Chromium open the profile's storage.
    QWebEnginePage page(profile.profile());
    QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
    page.setHtml(QStringLiteral("<p>provider</p>"), provider);
    if (!loaded.wait(20000))
        return 3;
    QWebEngineCookieStore *store = profile.profile()->cookieStore();
    QSignalSpy added(store, &QWebEngineCookieStore::cookieAdded);
    store->setCookie(cookie("session_only", QDateTime()), provider);
    store->setCookie(cookie("keep_me_signed_in", QDateTime::currentDateTimeUtc().addDays(1)), provider);
    if (!QTest::qWaitFor([&added] { return added.size() >= 2; }, 20000))
        return 2;
    QTest::qWait(1000);
    return 0;
}

// The next run: opens the profile and loads a page, which makes Chromium
// load the cookies (and drop the session ones of the last run).
int openProfile(const QString &directory)
{
    SignInProfile profile(directory);
    QWebEnginePage page(profile.profile());
    QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
    page.setHtml(QStringLiteral("<p>provider</p>"), provider);
    if (!loaded.wait(20000))
        return 3;
    profile.profile()->cookieStore()->loadAllCookies();
    QTest::qWait(2000);
    return 0;
}

// What the next run found: the names of the cookies in the profile's
// cookie database (Chromium's "Cookies", an SQLite file), read after the
// next run has ended. Qt 6.4's cookie store reports no cookies loaded from
// disk, so the file is the witness; Chromium writes session cookies there
// too and drops them when the next run starts, unless they are forced to
// persist.
QStringList storedCookies(const QString &directory)
{
    const QString file = QDir(directory).filePath(QStringLiteral("generation-1/Cookies"));
    QStringList names;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cookies"));
        database.setDatabaseName(file);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (QFile::exists(file) && database.open()) {
            QSqlQuery query(QStringLiteral("SELECT name FROM cookies ORDER BY name"), database);
            while (query.next())
                names.append(query.value(0).toString());
        } else {
            names.append(QStringLiteral("<no cookie database at %1>").arg(file));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cookies"));
    return names;
}

} // namespace

class tst_SignInProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlyPersistentCookiesSurviveTheProcess()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString directory = home.filePath(QStringLiteral("profile"));
        QCOMPARE(runChild(QStringLiteral("--set-cookies"), directory).exitCode, 0);
        QCOMPARE(runChild(QStringLiteral("--open"), directory).exitCode, 0);
        const QStringList stored = storedCookies(directory);
        QVERIFY2(stored == QStringList{QStringLiteral("keep_me_signed_in")}, qPrintable(stored.join(QLatin1Char(' '))));
    }

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    static Run runChild(const QString &mode, const QString &directory)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {mode, directory});
        Run run;
        if (!child.waitForFinished(60000)) {
            child.kill();
            child.waitForFinished();
            return run;
        }
        run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
        run.output = QString::fromUtf8(child.readAllStandardOutput());
        return run;
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("tst_sign_in_profile"));
    const QStringList arguments = app.arguments();
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--set-cookies"))
        return setCookies(arguments.at(2));
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--open"))
        return openProfile(arguments.at(2));
    tst_SignInProfile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sign_in_profile.moc"
