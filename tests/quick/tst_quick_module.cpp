// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// The QML module `import QtSignIn` as QML sees it, without a provider: its
// types register, its properties take QML values, the C++ error codes are
// its enums, and an operation's outcome reaches then() and finished().
#include <QtSignIn/Branding.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/UserAgent.h>
#include <QtSignIn/UserAgentSession.h>

#include <QtCore/QAbstractItemModel>
#include <QtCore/QFile>
#include <QtCore/QPointer>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimer>
#include <QtQml/QJSValue>
#include <QtQml/QQmlComponent>
#include <QtQml/QQmlEngine>
#include <QtTest/QTest>

#include <algorithm>
#include <memory>

// A QML `var` as C++ reads it.
static QVariantMap toMap(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QJSValue>())
        return value.value<QJSValue>().toVariant().toMap();
    return value.toMap();
}

// A user agent that records the page it is asked to show, and then the
// person closes it.
class ClosingUserAgent : public QtSignIn::UserAgent
{
public:
    QtSignIn::UserAgentKind kind() const override { return QtSignIn::UserAgentKind::Custom; }
    QUrl prepare(const QUrl &redirectUri, QtSignIn::SignInError *) override { return redirectUri; }
    bool present(const QUrl &authorizationUrl, QtSignIn::UserAgentSession *session, QtSignIn::SignInError *) override
    {
        shown = authorizationUrl;
        brandingName = branding().name();
        QPointer<QtSignIn::UserAgentSession> closing = session;
        QTimer::singleShot(0, this, [closing] {
            if (closing)
                closing->cancel();
        });
        return true;
    }
    void dismiss() override {}

    QUrl shown;
    QString brandingName;
};

class tst_QuickModule : public QObject
{
    Q_OBJECT

private:
    // A file of data/, as QML loads an app's own.
    std::unique_ptr<QObject> create(const char *file)
    {
        const QString path = QFINDTESTDATA(QStringLiteral("data/") + QString::fromLatin1(file));
        QQmlComponent component(&m_engine, QUrl::fromLocalFile(path));
        std::unique_ptr<QObject> object(component.create());
        if (!object)
            qWarning().noquote() << component.errorString();
        return object;
    }

    QQmlEngine m_engine;

private Q_SLOTS:
    void initTestCase()
    {
        // The build tree's module only, as an application finds the installed one.
        m_engine.addImportPath(QStringLiteral(QTSIGNIN_QML_BUILD_DIR));
    }

    void signInClientTakesItsConfigurationAsProperties()
    {
        const auto object = create("Configured.qml");
        QVERIFY(object);
        QCOMPARE(object->property("authority").toUrl(), QUrl(QStringLiteral("https://login.example.com")));
        QCOMPARE(object->property("clientId").toString(), QStringLiteral("notes"));
        QCOMPARE(object->property("scopes").toStringList(), (QStringList{QStringLiteral("profile"), QStringLiteral("notes.read")}));
        QCOMPARE(object->property("tokenStore").toInt(), 1);
        QCOMPARE(object->property("protocol").toInt(), 1);
        QCOMPARE(object->property("busy").toBool(), false);
        auto *branding = object->property("branding").value<QObject *>();
        QVERIFY(branding);
        QCOMPARE(branding->property("name").toString(), QStringLiteral("Contoso Notes"));
        QCOMPARE(branding->property("accentColor").toString(), QStringLiteral("#0b6e4f"));
    }

    void accountsIsAnEmptyModelBeforeAnyoneSignsIn()
    {
        const auto object = create("Accounts.qml");
        QVERIFY(object);
        auto *accounts = object->property("accounts").value<QAbstractItemModel *>();
        QVERIFY(accounts);
        QCOMPARE(accounts->rowCount(), 0);
        const QList<QByteArray> roles = accounts->roleNames().values();
        for (const char *role : {"accountId", "username", "displayName", "account"})
            QVERIFY2(roles.contains(role), role);
    }

    void errorCodesAreTheLibrarysEnum()
    {
        const auto object = create("ErrorCodes.qml");
        QVERIFY(object);
        QCOMPARE(object->property("denied").toInt(), int(QtSignIn::SignInError::AuthorizationFailed));
        QCOMPARE(object->property("interaction").toInt(), int(QtSignIn::SignInError::InteractionRequired));
        QCOMPARE(object->property("reason").toInt(), int(QtSignIn::SignInError::Reason::NonceMismatch));
    }

    // No client id: the library refuses the configuration, and its typed
    // error and translated message reach the failure callback, once, and
    // the operation's own properties.
    void failureReachesThenAndTheOperation()
    {
        const auto object = create("FailedSignIn.qml");
        QVERIFY(object);
        QVERIFY(object->property("busyWhileRunning").toBool());
        QTRY_COMPARE(object->property("failures").toInt(), 1);
        QCOMPARE(object->property("successes").toInt(), 0);
        QCOMPARE(object->property("finishedSignals").toInt(), 1);

        const QVariantMap failure = toMap(object->property("failure"));
        QCOMPARE(failure.value(QStringLiteral("code")).toInt(), int(QtSignIn::SignInError::InvalidConfiguration));
        QCOMPARE(failure.value(QStringLiteral("name")).toString(), QStringLiteral("invalid_configuration"));
        const QString expected = QtSignIn::SignInError(QtSignIn::SignInError::InvalidConfiguration, {}).message();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(failure.value(QStringLiteral("message")).toString(), expected);

        auto *operation = object->property("operation").value<QObject *>();
        QVERIFY(operation);
        QCOMPARE(operation->property("running").toBool(), false);
        QCOMPARE(operation->property("succeeded").toBool(), false);
        const QVariantMap error = toMap(operation->property("error"));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), int(QtSignIn::SignInError::InvalidConfiguration));
        QCOMPARE(error.value(QStringLiteral("message")).toString(), expected);
        auto *client = object->property("client").value<QObject *>();
        QCOMPARE(client->property("busy").toBool(), false);
    }

    // userAgent: the sign-in is shown by the agent given (an in-app one,
    // say), not the system browser; its outcome reaches QML as any other.
    void signInIsShownByTheGivenUserAgent()
    {
        const auto object = create("WithUserAgent.qml");
        QVERIFY(object);
        auto *client = object->property("client").value<QObject *>();
        QVERIFY(client);
        ClosingUserAgent agent;
        client->property("branding").value<QObject *>()->setProperty("name", QStringLiteral("Contoso Notes"));
        QVERIFY(client->setProperty("userAgent", QVariant::fromValue<QObject *>(&agent)));
        QCOMPARE(client->property("userAgent").value<QObject *>(), &agent);
        QVERIFY(QMetaObject::invokeMethod(object.get(), "start"));
        QTRY_VERIFY(!toMap(object->property("failure")).isEmpty());
        QCOMPARE(agent.shown.host(), QStringLiteral("login.example.test"));
        QCOMPARE(agent.shown.path(), QStringLiteral("/authorize"));
        QCOMPARE(agent.brandingName, QStringLiteral("Contoso Notes"));
        QCOMPARE(toMap(object->property("failure")).value(QStringLiteral("code")).toInt(),
                 int(QtSignIn::SignInError::Cancelled));
    }

    // An agent's own branding (EmbeddedSignIn's applicationName, say) is
    // kept when the client was given none.
    void theAgentsOwnBrandingStaysWhenTheClientHasNone()
    {
        const auto object = create("WithUserAgent.qml");
        QVERIFY(object);
        auto *client = object->property("client").value<QObject *>();
        ClosingUserAgent agent;
        QtSignIn::Branding own;
        own.setName(QStringLiteral("Agent's own"));
        agent.setBranding(own);
        QVERIFY(client->setProperty("userAgent", QVariant::fromValue<QObject *>(&agent)));
        QVERIFY(QMetaObject::invokeMethod(object.get(), "start"));
        QTRY_VERIFY(!toMap(object->property("failure")).isEmpty());
        QCOMPARE(agent.brandingName, QStringLiteral("Agent's own"));
    }

    // An id the client does not hold (a stale one, say) is refused: it must
    // not read as "no account", which the library once took for everyone.
    void signOutOfAnUnknownAccountIsRefused()
    {
        const auto object = create("WithUserAgent.qml");
        QVERIFY(object);
        QVERIFY(QMetaObject::invokeMethod(object.get(), "signOutUnknown"));
        QTRY_VERIFY(!toMap(object->property("failure")).isEmpty());
        QCOMPARE(toMap(object->property("failure")).value(QStringLiteral("code")).toInt(),
                 int(QtSignIn::SignInError::InvalidConfiguration));
    }

    // Anything but a QtSignIn user agent is refused where it is set.
    void userAgentMustBeAUserAgent()
    {
        const auto object = create("WithUserAgent.qml");
        QVERIFY(object);
        auto *client = object->property("client").value<QObject *>();
        QObject notAnAgent;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("userAgent must be a QtSignIn user agent")));
        client->setProperty("userAgent", QVariant::fromValue<QObject *>(&notAnAgent));
        QCOMPARE(client->property("userAgent").value<QObject *>(), nullptr);
    }

    // The README's "Qt Quick" snippet is QML that loads as it stands.
    void readmeSnippetLoads()
    {
        QFile readme(QStringLiteral(QTSIGNIN_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype start = text.indexOf(QLatin1String("\n```qml\n"));
        QVERIFY2(start >= 0, "no ```qml block in README.md");
        const qsizetype bodyStart = start + int(qstrlen("\n```qml\n"));
        const qsizetype end = text.indexOf(QLatin1String("\n```\n"), bodyStart);
        QVERIFY(end > bodyStart);
        QQmlComponent component(&m_engine);
        component.setData(text.mid(bodyStart, end - bodyStart).toUtf8(),
                          QUrl::fromLocalFile(QStringLiteral(QTSIGNIN_SOURCE_DIR "/README.md.qml")));
        std::unique_ptr<QObject> window(component.beginCreate(m_engine.rootContext()));
        QVERIFY2(window, qPrintable(component.errorString()));
        // Memory, before the client starts: the snippet's default (the
        // keychain) would read the keychain of whoever runs the tests.
        const QList<QObject *> objects = window->findChildren<QObject *>();
        int clients = 0;
        for (QObject *object : objects) {
            if (qstrcmp(object->metaObject()->className(), "QmlSignInClient") == 0) {
                QVERIFY(object->setProperty("tokenStore", 1));
                ++clients;
            }
        }
        component.completeCreate();
        QVERIFY(clients > 0);
    }

    // then() on a finished operation still calls back, from the event loop.
    void thenAfterTheEndStillCallsBack()
    {
        const auto object = create("LateThen.qml");
        QVERIFY(object);
        auto *operation = object->property("operation").value<QObject *>();
        QVERIFY(operation);
        QTRY_VERIFY(!operation->property("running").toBool());
        QMetaObject::invokeMethod(object.get(), "late");
        QCOMPARE(object->property("calledInsideThen").toBool(), false);
        QTRY_COMPARE(object->property("failures").toInt(), 1);
    }
};

QTEST_MAIN(tst_QuickModule)
#include "tst_quick_module.moc"
