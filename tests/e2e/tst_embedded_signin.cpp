// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// Embedded sign-in end to end: the library's EmbeddedUserAgent (a Qt WebEngine
// dialog, offscreen) against the real local OpenID provider. The test plays
// the person by filling the provider's pages through runJavaScript.

#include <QtSignIn/MemoryTokenStore.h>
#include <QtSignIn/EmbeddedUserAgent.h>
#include <QtSignIn/EmbeddedUserAgentLoader.h>
#include "EmbeddedUserAgent_p.h"
#include <QtSignIn/SignInClient.h>

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QtTest>
#include <QtWebEngineCore/QWebEnginePage>
#include <QtWebEngineWidgets/QWebEngineView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialog>
#include <QtWidgets/QPushButton>

using namespace QtSignIn;

namespace {

// The person at the dialog: on every page the provider shows, fills the
// login form or answers the consent page, and remembers what it saw.
class Person : public QObject
{
    Q_OBJECT
public:
    enum class AtLogin { SignIn, Cancel, EscapeWhileTyping };

    Person(EmbeddedUserAgent *agent, const QString &consentButton = QStringLiteral("#allow"),
           AtLogin atLogin = AtLogin::SignIn)
        : m_agent(agent), m_consentButton(consentButton), m_atLogin(atLogin)
    {
        connect(agent, &EmbeddedUserAgent::pageLoaded, this, &Person::answer);
    }

    QStringList seen; // "login", "consent" or "other", one per page

private:
    void answer(const QUrl &, bool ok)
    {
        QWebEnginePage *page = embeddedUserAgentPage(m_agent);
        if (!ok || !page)
            return;
        const bool cancel = m_atLogin != AtLogin::SignIn;
        const QString script = QStringLiteral(R"JS(
            (function () {
                const user = document.querySelector('#username');
                const password = document.querySelector('#password');
                if (user && password) {
                    user.focus();
                    if (!%1) {
                        user.value = 'alice';
                        password.value = 'alice-password';
                        document.querySelector('#sign-in').click();
                    }
                    return 'login';
                }
                const button = document.querySelector('%2');
                if (button) {
                    button.click();
                    return 'consent';
                }
                return 'other';
            })())JS").arg(cancel ? QStringLiteral("true") : QStringLiteral("false"), m_consentButton);
        page->runJavaScript(script, [this, cancel](const QVariant &what) {
            seen << what.toString();
            if (cancel && what.toString() == QLatin1String("login"))
                QTimer::singleShot(0, this, m_atLogin == AtLogin::Cancel ? &Person::clickCancel : &Person::pressEscape);
        });
    }

    // As a person would: the dialog's own Cancel button.
    void clickCancel()
    {
        for (QWidget *window : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(window);
            if (!dialog || !dialog->isVisible())
                continue;
            for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                if (button->text() == QLatin1String("Cancel"))
                    QTest::mouseClick(button, Qt::LeftButton);
            }
        }
    }

    // As a person typing in the page would: Escape, the focus in its field.
    void pressEscape()
    {
        for (QWidget *window : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(window);
            if (!dialog || !dialog->isVisible())
                continue;
            auto *view = dialog->findChild<QWebEngineView *>();
            QWidget *target = view && view->focusProxy() ? view->focusProxy() : view;
            if (!target)
                continue;
            QApplication::setActiveWindow(dialog);
            target->setFocus();
            QTest::keyClick(target, Qt::Key_Escape);
        }
    }

    EmbeddedUserAgent *m_agent;
    QString m_consentButton;
    AtLogin m_atLogin;
};

} // namespace

class tst_EmbeddedSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signsInInsideTheApp();
    void cancelIsCancelled();
    void escapeWhileTypingInThePageCancels();
    void deniedConsentIsAccessDenied();
    void secondSignInUsesTheSessionCookie();
    void signOutClearsTheSession();
    void forgetSessionClearsTheProfileWithoutAnAgent();
    void autoFallsBackToEmbeddedWhenTheBrowserCannotStart();

private:
    SignInClient *newClient(EmbeddedUserAgent *agent, const QUrl &redirectUri = {});
    static SignInReply *signIn(SignInClient *client);

    QString m_issuer;
    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_EmbeddedSignIn::initTestCase()
{
    QFile issuerFile(qEnvironmentVariable("QTSIGNIN_PROVIDER_STATE") + QStringLiteral("/issuer"));
    QVERIFY2(issuerFile.open(QIODevice::ReadOnly),
             "the local provider is not running (ctest starts it as the fixture e2e.provider.start)");
    m_issuer = QString::fromUtf8(issuerFile.readAll()).trimmed();
}

void tst_EmbeddedSignIn::init()
{
    // Each case has its own profile: no session leaks from one to the next.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void tst_EmbeddedSignIn::cleanup()
{
    // Chromium writes to a profile's folder (GPUCache) for a moment after the
    // profile is gone.
    const QString path = m_home->path();
    m_home->setAutoRemove(false);
    m_home.reset();
    if (!QTest::qWaitFor([path] { return QDir(path).removeRecursively(); }, 5000))
        qWarning() << "could not remove" << path;
}

SignInClient *tst_EmbeddedSignIn::newClient(EmbeddedUserAgent *agent, const QUrl &redirectUri)
{
    ClientConfiguration config;
    if (!redirectUri.isEmpty())
        config.setRedirectUri(redirectUri);
    config.setAuthority(QUrl(m_issuer));
    config.setClientId(QStringLiteral("qtsignin-demo"));
    config.setProviderCaching(ClientConfiguration::ProviderCaching::MemoryOnly);
    config.setInteractiveTimeout(std::chrono::seconds(90));
    config.setApplicationName(QStringLiteral("Embedded test"));
    if (agent->persistence() == EmbeddedUserAgent::Persistence::Persistent && m_home)
        agent->setProfileDirectory(m_home->filePath(QStringLiteral("profile")));
    auto *client = new SignInClient(config, this);
    client->setTokenStore(new MemoryTokenStore); // never the keychain of whoever runs the tests
    client->setUserAgent(agent);
    return client;
}

SignInReply *tst_EmbeddedSignIn::signIn(SignInClient *client)
{
    SignInReply *reply = client->signIn({QStringLiteral("profile"), QStringLiteral("email")});
    reply->setParent(client);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 90000)) {
        // Ended, so that the caller's checks of its outcome fail, rather than
        // read an unfinished reply's empty error as success.
        qWarning("the sign-in did not finish within 90 s");
        reply->cancel();
    }
    return reply;
}

void tst_EmbeddedSignIn::signsInInsideTheApp()
{
    auto *agent = new EmbeddedUserAgent;
    // Something listens at the redirect URI, and must hear nothing: the
    // code is caught inside the process.
    QTcpServer wire;
    QVERIFY(wire.listen(QHostAddress::LocalHost));
    int connections = 0;
    QByteArray received;
    connect(&wire, &QTcpServer::newConnection, &wire, [&] {
        while (QTcpSocket *socket = wire.nextPendingConnection()) {
            ++connections;
            connect(socket, &QTcpSocket::readyRead, socket, [&received, socket] { received += socket->readAll(); });
        }
    });
    std::unique_ptr<SignInClient> client(
            newClient(agent, QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(wire.serverPort()))));
    Person person(agent);
    SignInReply *reply = signIn(client.get());
    QVERIFY2(!reply->error().isError(), qPrintable(reply->error().detail()));
    QCOMPARE(reply->result().userAgent(), UserAgentKind::Embedded);
    QCOMPARE(reply->result().account().username(), QStringLiteral("alice@contoso.example"));
    QCOMPARE(reply->result().idTokenClaims().value(QLatin1String("iss")).toString(), m_issuer);
    QCOMPARE(person.seen.first(), QStringLiteral("login"));
    QVERIFY(person.seen.contains(QStringLiteral("consent")));
    // The window is gone once the sign-in is over.
    QTRY_VERIFY(embeddedUserAgentPage(agent) == nullptr);
    for (QWidget *window : QApplication::topLevelWidgets())
        QVERIFY(!window->isVisible());
    QTest::qWait(500);
    QCOMPARE(received, QByteArray());
    QCOMPARE(connections, 0);
}

void tst_EmbeddedSignIn::cancelIsCancelled()
{
    auto *agent = new EmbeddedUserAgent;
    std::unique_ptr<SignInClient> client(newClient(agent));
    Person person(agent, QStringLiteral("#allow"), Person::AtLogin::Cancel);
    SignInReply *reply = signIn(client.get());
    QCOMPARE(reply->error().code(), SignInError::Cancelled);
    QCOMPARE(reply->error().errorCode(), QStringLiteral("cancelled"));
    QCOMPARE(person.seen, QStringList{QStringLiteral("login")});
}

void tst_EmbeddedSignIn::escapeWhileTypingInThePageCancels()
{
    auto *agent = new EmbeddedUserAgent;
    std::unique_ptr<SignInClient> client(newClient(agent));
    Person person(agent, QStringLiteral("#allow"), Person::AtLogin::EscapeWhileTyping);
    SignInReply *reply = signIn(client.get());
    QCOMPARE(reply->error().code(), SignInError::Cancelled);
    QCOMPARE(person.seen, QStringList{QStringLiteral("login")});
}

void tst_EmbeddedSignIn::deniedConsentIsAccessDenied()
{
    auto *agent = new EmbeddedUserAgent;
    std::unique_ptr<SignInClient> client(newClient(agent));
    Person person(agent, QStringLiteral("#deny"));
    SignInReply *reply = signIn(client.get());
    QCOMPARE(reply->error().code(), SignInError::AuthorizationFailed);
    QCOMPARE(reply->error().providerError(), QStringLiteral("access_denied"));
    QVERIFY(reply->result().accessToken().isEmpty());
}

void tst_EmbeddedSignIn::secondSignInUsesTheSessionCookie()
{
    auto *agent = new EmbeddedUserAgent;
    std::unique_ptr<SignInClient> client(newClient(agent));
    {
        Person person(agent);
        SignInReply *first = signIn(client.get());
        QVERIFY2(!first->error().isError(), qPrintable(first->error().detail()));
        QVERIFY(person.seen.contains(QStringLiteral("login")));
        delete first;
    }
    Person person(agent);
    SignInReply *second = signIn(client.get());
    QVERIFY2(!second->error().isError(), qPrintable(second->error().detail()));
    QCOMPARE(second->result().account().username(), QStringLiteral("alice@contoso.example"));
    QVERIFY2(!person.seen.contains(QStringLiteral("login")),
             qPrintable(QStringLiteral("pages seen: ") + person.seen.join(QLatin1Char(' '))));
}

void tst_EmbeddedSignIn::signOutClearsTheSession()
{
    auto *agent = new EmbeddedUserAgent;
    std::unique_ptr<SignInClient> client(newClient(agent));
    {
        Person person(agent);
        SignInReply *first = signIn(client.get());
        QVERIFY2(!first->error().isError(), qPrintable(first->error().detail()));
        delete first;
    }
    agent->clearSession();
    Person person(agent);
    SignInReply *second = signIn(client.get());
    QVERIFY2(!second->error().isError(), qPrintable(second->error().detail()));
    QCOMPARE(second->result().account().username(), QStringLiteral("alice@contoso.example"));
    QCOMPARE(person.seen.first(), QStringLiteral("login"));
}

// What `qtsignin logout` does for the embedded sign-in (a later process,
// no agent, no window): EmbeddedUserAgentLoader::forgetSession() on the
// profile's folder. First the control: a new agent on the same folder finds
// the provider's persistent session; after forgetSession() it does not.
void tst_EmbeddedSignIn::forgetSessionClearsTheProfileWithoutAnAgent()
{
    const auto signInWithANewAgent = [this](QStringList *seen) {
        auto *agent = new EmbeddedUserAgent;
        std::unique_ptr<SignInClient> client(newClient(agent));
        Person person(agent);
        SignInReply *reply = signIn(client.get());
        const bool ok = !reply->error().isError();
        if (!ok)
            qWarning("sign-in failed: %s", qPrintable(reply->error().detail()));
        *seen = person.seen;
        return ok;
    };
    QStringList seen;
    QVERIFY(signInWithANewAgent(&seen));
    QCOMPARE(seen.first(), QStringLiteral("login"));
    QVERIFY(signInWithANewAgent(&seen));
    QVERIFY2(!seen.contains(QStringLiteral("login")), qPrintable(seen.join(QLatin1Char(' '))));

    SignInError error;
    QVERIFY2(EmbeddedUserAgentLoader::forgetSession(m_home->filePath(QStringLiteral("profile")), &error),
             qPrintable(error.detail()));
    QVERIFY(signInWithANewAgent(&seen));
    QCOMPARE(seen.first(), QStringLiteral("login"));
    // A folder that was never used: nothing to forget, nothing loaded.
    QVERIFY(EmbeddedUserAgentLoader::forgetSession(m_home->filePath(QStringLiteral("never")), &error));
    QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("never"))));
}

// `qtsignin login --mode auto` with a browser that cannot start falls back to
// the embedded window, which shows the provider's page. Nobody answers that
// page in the child process (oidc-provider asks native clients for consent on
// every sign-in, so even a stored session would not finish by itself), so the
// run ends when its short timeout does; the successful embedded sign-in
// itself is signsInInsideTheApp.
void tst_EmbeddedSignIn::autoFallsBackToEmbeddedWhenTheBrowserCannotStart()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("BROWSER"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qtsignin.*=true"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QTSIGNIN_CLI),
                  {QStringLiteral("login"), QStringLiteral("--authority"), m_issuer,
                   QStringLiteral("--client-id"), QStringLiteral("qtsignin-demo"),
                   QStringLiteral("--mode"), QStringLiteral("auto"),
                   QStringLiteral("--browser-command"), QStringLiteral("/nonexistent/browser"),
                   QStringLiteral("--timeout"), QStringLiteral("15"), QStringLiteral("--json"),
                   QStringLiteral("--cache"), QStringLiteral("memory")});
    QVERIFY(process.waitForFinished(90000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    qInfo().noquote() << "qtsignin stderr:" << err;

    // The browser was tried first and could not start ...
    QVERIFY(err.contains(QLatin1String("qtsignin.browser: opening the system browser")));
    QVERIFY(err.contains(QLatin1String("falling back to the embedded sign-in window")));
    // ... then the same sign-in ran in the embedded window, which showed the
    // provider's page, and no loopback listener was started for it.
    const qsizetype fallback = err.indexOf(QLatin1String("falling back"));
    QVERIFY(err.indexOf(QLatin1String("qtsignin.embedded: opening the sign-in window"), fallback) > fallback);
    QVERIFY(err.indexOf(QRegularExpression(QStringLiteral("qtsignin.embedded: loaded .*/interaction/.* true")), fallback) > fallback);
    QCOMPARE(err.count(QLatin1String("qtsignin.loopback: listening")), 1);
    QCOMPARE(json.value(QLatin1String("error")).toString(), QStringLiteral("timed_out"));
    QCOMPARE(process.exitCode(), 3);
}

int main(int argc, char *argv[])
{
    // Qt WebEngine shares OpenGL contexts with the widgets; this must be set
    // before the application object exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("tst_embedded_signin"));
    tst_EmbeddedSignIn test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_embedded_signin.moc"
