// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// Installed apps with a client secret, end to end: the real `qtsignin` with
// --client-secret-file or QTSIGNIN_CLIENT_SECRET, the local provider's
// confidential clients (tests/provider: qtsignin-confidential takes
// client_secret_basic, qtsignin-confidential-post client_secret_post), and
// headless Chromium as the person's browser (tests/browser/signin.mjs).

#include "TokenLeakCheck.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
};

// As registered at the local provider (tests/provider/provider.mjs).
const QByteArray basicSecret = QByteArrayLiteral("conf:s3cret+basic/ 1");
const QByteArray postSecret = QByteArrayLiteral("conf:s3cret+post/ 1");

} // namespace

class tst_CliClientSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void signsInWithASecretFileAndRefreshesWithTheEnvironment();
    void clientSecretPostClientSignsIn();
    void wrongSecretIsTheProvidersInvalidClient();
    void secretOnTheCommandLineOrInAnOpenFileIsRefused();

private:
    QStringList loginArguments(const QString &clientId, const QString &cache) const;
    QString writeSecretFile(const QByteArray &content, QFile::Permissions permissions);
    Run run(const QStringList &arguments, const QByteArray &environmentSecret = QByteArray());
    // Successful grants of `clientId` that authenticated with `method`, as
    // the provider saw them (tests/provider: client_auth:CLIENT:METHOD).
    int grantsAuthenticatedWith(const QString &clientId, const QString &method);

    QString m_issuer;
    QTemporaryDir m_directory;
    QTemporaryDir m_cacheHome;
};

void tst_CliClientSecret::initTestCase()
{
    const QString state = qEnvironmentVariable("QTSIGNIN_PROVIDER_STATE");
    QFile issuerFile(state + QStringLiteral("/issuer"));
    QVERIFY2(issuerFile.open(QIODevice::ReadOnly),
             "the local provider is not running (ctest starts it as the fixture e2e.provider.start)");
    m_issuer = QString::fromUtf8(issuerFile.readAll()).trimmed();
    QVERIFY(m_directory.isValid() && m_cacheHome.isValid());
}

QStringList tst_CliClientSecret::loginArguments(const QString &clientId, const QString &cache) const
{
    return {QStringLiteral("login"), QStringLiteral("--authority"), m_issuer,
            QStringLiteral("--client-id"), clientId,
            QStringLiteral("--scope"), QStringLiteral("profile"),
            QStringLiteral("--scope"), QStringLiteral("offline_access"),
            QStringLiteral("--cache"), cache, QStringLiteral("--json"),
            QStringLiteral("--browser-command"),
            QStringLiteral("node %1/tests/browser/signin.mjs").arg(QStringLiteral(QTSIGNIN_SOURCE_DIR))};
}

QString tst_CliClientSecret::writeSecretFile(const QByteArray &content, QFile::Permissions permissions)
{
    static int count = 0;
    QFile file(m_directory.filePath(QStringLiteral("client-secret-%1").arg(++count)));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    file.close();
    file.setPermissions(permissions);
    return file.fileName();
}

Run tst_CliClientSecret::run(const QStringList &arguments, const QByteArray &environmentSecret)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("BROWSER"));
    environment.remove(QStringLiteral("QTSIGNIN_CLIENT_SECRET"));
    if (!environmentSecret.isEmpty())
        environment.insert(QStringLiteral("QTSIGNIN_CLIENT_SECRET"), QString::fromUtf8(environmentSecret));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_cacheHome.path());
    // Its own profiles too: a login remembers its options as the default
    // profile, and the next login takes what its command line leaves out
    // from it (--client-auth-method post, say, from the other client's test).
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_cacheHome.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QTSIGNIN_CLI), arguments);
    Run result;
    if (!process.waitForStarted() || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "qtsignin did not finish in time" << process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.json = QJsonDocument::fromJson(result.out).object();
    if (result.exitCode != 0)
        qInfo().noquote() << "qtsignin stderr:" << QString::fromUtf8(result.err).right(2000);
    // ctest runs every case with all qtsignin.* logging on: neither a token
    // nor any spelling of a client secret may reach the logs.
    for (const QByteArray &secret : {basicSecret, postSecret, environmentSecret}) {
        if (secret.isEmpty())
            continue;
        const QByteArray encoded = secret.toPercentEncoding();
        if (result.err.contains(secret) || result.err.contains(encoded) || result.out.contains(secret))
            QTest::qFail("a client secret appeared in qtsignin's output", __FILE__, __LINE__);
    }
    const QByteArray accessToken = result.json.value(QLatin1String("access_token")).toString().toUtf8();
    if ((!accessToken.isEmpty() && result.err.contains(accessToken)) || QtSignInTest::containsJwt(result.err))
        QTest::qFail("a token appeared in qtsignin's log output", __FILE__, __LINE__);
    return result;
}

int tst_CliClientSecret::grantsAuthenticatedWith(const QString &clientId, const QString &method)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_issuer + QStringLiteral("/test/stats")));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const QJsonObject requests = QJsonDocument::fromJson(body).object().value(QLatin1String("requests")).toObject();
    // Said in the log, so that a count that differs shows what the provider saw.
    QStringList seen;
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        if (it.key().startsWith(QLatin1String("client_auth:")) || it.key().startsWith(QLatin1String("grant:")))
            seen.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value().toInt()));
    }
    qInfo().noquote() << "provider stats:" << (reply->error() == QNetworkReply::NoError ? QString() : reply->errorString())
                      << body.size() << "bytes;" << seen.join(QLatin1String(", "));
    return requests.value(QStringLiteral("client_auth:%1:%2").arg(clientId, method)).toInt();
}

void tst_CliClientSecret::signsInWithASecretFileAndRefreshesWithTheEnvironment()
{
    const QString basicClient = QStringLiteral("qtsignin-confidential");
    const int basicBefore = grantsAuthenticatedWith(basicClient, QStringLiteral("client_secret_basic"));
    const QString cache = QStringLiteral("file:") + m_directory.filePath(QStringLiteral("basic-tokens.json"));
    // A line end, as an editor leaves it, is not part of the secret.
    const QString secretFile = writeSecretFile(basicSecret + '\n', QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!secretFile.isEmpty());
    const Run login = run(loginArguments(QStringLiteral("qtsignin-confidential"), cache)
                          << QStringLiteral("--client-secret-file") << secretFile);
    QCOMPARE(login.exitCode, 0);
    QCOMPARE(login.json.value(QLatin1String("id_token_claims")).toObject().value(QLatin1String("aud")).toString(),
             QStringLiteral("qtsignin-confidential"));
    QCOMPARE(login.json.value(QLatin1String("has_refresh_token")).toBool(), true);

    const QStringList token{QStringLiteral("token"), QStringLiteral("--authority"), m_issuer,
                            QStringLiteral("--client-id"), QStringLiteral("qtsignin-confidential"),
                            QStringLiteral("--cache"), cache, QStringLiteral("--force-refresh"),
                            QStringLiteral("--json")};
    const Run refresh = run(token, basicSecret);
    QCOMPARE(refresh.exitCode, 0);
    QCOMPARE(refresh.json.value(QLatin1String("source")).toString(), QStringLiteral("refresh"));
    QVERIFY(!refresh.json.value(QLatin1String("access_token")).toString().isEmpty());
    QVERIFY(refresh.json.value(QLatin1String("access_token")) != login.json.value(QLatin1String("access_token")));
    // Both grants, the code and the refresh, with client_secret_basic: the
    // provider's discovery lists it, and it comes first.
    QCOMPARE(grantsAuthenticatedWith(basicClient, QStringLiteral("client_secret_basic")), basicBefore + 2);
    QCOMPARE(grantsAuthenticatedWith(basicClient, QStringLiteral("client_secret_post")), 0);

    // The provider refuses a refresh with the wrong secret (RFC 6749 §5.2):
    // a new sign-in would not help, so it is no "interaction required".
    const Run wrong = run(token, QByteArrayLiteral("conf:not-the-secret"));
    QCOMPARE(wrong.exitCode, 2);
    QCOMPARE(wrong.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
}

void tst_CliClientSecret::clientSecretPostClientSignsIn()
{
    const QString postClient = QStringLiteral("qtsignin-confidential-post");
    const int postBefore = grantsAuthenticatedWith(postClient, QStringLiteral("client_secret_post"));
    const QString cache = QStringLiteral("file:") + m_directory.filePath(QStringLiteral("post-tokens.json"));
    // The provider's discovery lists both methods; this client is registered
    // for client_secret_post, which only --client-auth-method can know.
    const Run login = run(loginArguments(QStringLiteral("qtsignin-confidential-post"), cache)
                                  << QStringLiteral("--client-auth-method") << QStringLiteral("post"),
                          postSecret);
    QCOMPARE(login.exitCode, 0);
    QCOMPARE(login.json.value(QLatin1String("id_token_claims")).toObject().value(QLatin1String("aud")).toString(),
             QStringLiteral("qtsignin-confidential-post"));
    QCOMPARE(grantsAuthenticatedWith(postClient, QStringLiteral("client_secret_post")), postBefore + 1);
    QCOMPARE(grantsAuthenticatedWith(postClient, QStringLiteral("client_secret_basic")), 0);
}

void tst_CliClientSecret::wrongSecretIsTheProvidersInvalidClient()
{
    const QString cache = QStringLiteral("file:") + m_directory.filePath(QStringLiteral("wrong-tokens.json"));
    const QString secretFile = writeSecretFile(QByteArrayLiteral("conf:wrong+secret\n"),
                                               QFile::ReadOwner | QFile::WriteOwner);
    const Run login = run(loginArguments(QStringLiteral("qtsignin-confidential"), cache)
                          << QStringLiteral("--client-secret-file") << secretFile);
    QCOMPARE(login.exitCode, 2); // authentication failed
    QCOMPARE(login.json.value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
    QVERIFY(!login.out.contains("wrong+secret") && !login.err.contains("wrong+secret"));
}

void tst_CliClientSecret::secretOnTheCommandLineOrInAnOpenFileIsRefused()
{
    const QString cache = QStringLiteral("file:") + m_directory.filePath(QStringLiteral("refused-tokens.json"));
    // Every user of the machine can read a process's arguments (ps).
    const Run onTheCommandLine = run(loginArguments(QStringLiteral("qtsignin-confidential"), cache)
                                     << QStringLiteral("--client-secret") << QString::fromUtf8(basicSecret));
    QCOMPARE(onTheCommandLine.exitCode, 64);
    QVERIFY2(onTheCommandLine.json.value(QLatin1String("error_description")).toString()
                     .contains(QLatin1String("--client-secret-file")),
             onTheCommandLine.out.constData());

    const QString readable = writeSecretFile(basicSecret, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                                  | QFile::ReadOther);
    const Run openFile = run(loginArguments(QStringLiteral("qtsignin-confidential"), cache)
                             << QStringLiteral("--client-secret-file") << readable);
    QCOMPARE(openFile.exitCode, 64);
    QVERIFY2(openFile.json.value(QLatin1String("error_description")).toString().contains(QLatin1String("chmod 600")),
             openFile.out.constData());
}

QTEST_GUILESS_MAIN(tst_CliClientSecret)
#include "tst_cli_client_secret.moc"
