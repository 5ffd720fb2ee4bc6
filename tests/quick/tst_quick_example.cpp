// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// The Qt Quick example (examples/quick/Main.qml) offscreen, against the
// local provider and the demo API, with headless Chromium as the person's
// browser (tests/browser/signin.mjs). The controls are worked with the
// keyboard, as a person without a mouse would.
#include "TokenLeakCheck.h"

#include <QtSignIn/SignInError.h>

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtGui/QGuiApplication>
#include <QtQml/QJSValue>
#include <QtQml/QQmlApplicationEngine>
#include <QtQml/QQmlContext>
#include <QtQml/QQmlProperty>
#include <QtQuick/QQuickItem>
#include <QtQuick/QQuickWindow>
#include <QtTest/QTest>

#include <memory>

namespace {

QUrl readUrl(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? QUrl(QString::fromUtf8(f.readAll().trimmed())) : QUrl();
}

// A QML `var` as C++ reads it: a JavaScript object, or null.
QVariantMap toMap(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QJSValue>())
        return value.value<QJSValue>().toVariant().toMap();
    return value.toMap();
}

// Everything logged in this process (every qtsignin.* category is on, and
// QML's console), for the check that no token reaches it.
QByteArray loggedText;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    loggedText += message.toUtf8() + '\n';
    previousHandler(type, context, message);
}

QString browserCommand(const QString &arguments)
{
    return QStringLiteral("node " QTSIGNIN_SOURCE_DIR "/tests/browser/signin.mjs ") + arguments;
}

} // namespace

// press() checks with QVERIFY, which returns from press() only: stop the test too.
#define PRESS(objectName) \
    do { \
        press(objectName); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

class tst_QuickExample : public QObject
{
    Q_OBJECT

private:
    QQuickWindow *window() const
    {
        return m_engine->rootObjects().isEmpty() ? nullptr
                                                 : qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
    }
    template<typename T = QQuickItem>
    T *find(const char *objectName) const { return window()->findChild<T *>(QString::fromLatin1(objectName)); }
    QObject *client() const { return find<QObject>("signInClient"); }
    int accountCount() const
    {
        return client()->property("accounts").value<QObject *>()->property("count").toInt();
    }
    QVariantMap lastError() const { return toMap(window()->property("lastError")); }
    QString answer() const { return find("apiAnswer")->property("text").toString(); }

    // Tab-reachable and pressed with Space, as from the keyboard.
    void press(const char *objectName)
    {
        QQuickItem *control = find(objectName);
        QVERIFY2(control, objectName);
        QTRY_VERIFY2(control->isEnabled() && control->isVisible(), objectName);
        // What a screen reader says for it.
        QVERIFY2(!QQmlProperty::read(control, QStringLiteral("Accessible.name"), qmlContext(control)).toString().isEmpty(),
                 objectName);
        QVERIFY2(control->activeFocusOnTab(), objectName);
        control->forceActiveFocus(Qt::TabFocusReason);
        QTRY_VERIFY2(control->hasActiveFocus(), objectName);
        QTest::keyClick(window(), Qt::Key_Space);
    }

    // scripts/quick-screenshots.sh: the README's pictures, from this test.
    void saveScreenshot(const QString &name)
    {
        const QString folder = qEnvironmentVariable("QTSIGNIN_QUICK_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QTest::qWait(300); // the last frame of a change
        const QString file = folder + QStringLiteral("/quick-") + name + QStringLiteral(".png");
        QVERIFY2(window()->grabWindow().save(file), qPrintable(file));
    }

    void setBrowser(const QString &arguments)
    {
        window()->setProperty("browserCommand", browserCommand(arguments));
    }

    std::unique_ptr<QQmlApplicationEngine> m_engine;

private Q_SLOTS:
    void initTestCase() { previousHandler = qInstallMessageHandler(recordMessage); }

    void init()
    {
        loggedText.clear();
        const QUrl issuer = readUrl(qEnvironmentVariable("QTSIGNIN_PROVIDER_STATE") + QStringLiteral("/issuer"));
        const QUrl api = readUrl(qEnvironmentVariable("QTSIGNIN_API_STATE") + QStringLiteral("/api-url"));
        QVERIFY2(issuer.isValid() && api.isValid(), "the local_provider and demo_api fixtures are not running");

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral(QTSIGNIN_QML_BUILD_DIR));
        m_engine->setInitialProperties({
            {QStringLiteral("authority"), issuer},
            {QStringLiteral("apiUrl"), api},
            {QStringLiteral("clientId"), QStringLiteral("qtsignin-demo")},
            {QStringLiteral("tokenStore"), 1}, // SignInClient.Memory
            {QStringLiteral("browserCommand"), browserCommand(QStringLiteral("--user alice"))},
        });
        m_engine->load(QUrl::fromLocalFile(QStringLiteral(QTSIGNIN_SOURCE_DIR "/examples/quick/Main.qml")));
        QVERIFY(window());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        window()->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window()));
    }

    void cleanup()
    {
        m_engine.reset();
        QVERIFY2(!QtSignInTest::containsJwt(loggedText), "a token reached the log");
    }

    void signsInCallsTheApiWithASilentTokenAndSignsOut()
    {
        QCOMPARE(accountCount(), 0);
        saveScreenshot(QStringLiteral("signed-out"));
        PRESS("signInButton");
        QTRY_COMPARE_WITH_TIMEOUT(accountCount(), 1, 90000);
        QCOMPARE(lastError(), QVariantMap());
        QTRY_COMPARE(find("usernameLabel")->property("text").toString(), QStringLiteral("alice@contoso.example"));

        PRESS("callApiButton");
        QTRY_VERIFY_WITH_TIMEOUT(!answer().isEmpty(), 30000);
        const QJsonObject me = QJsonDocument::fromJson(answer().toUtf8()).object();
        QVERIFY2(!me.isEmpty(), qPrintable(answer()));
        QCOMPARE(me.value(QStringLiteral("sub")).toString(), QStringLiteral("a1b2c3d4-alice"));
        QCOMPARE(me.value(QStringLiteral("client_id")).toString(), QStringLiteral("qtsignin-demo"));
        saveScreenshot(QStringLiteral("signed-in"));

        PRESS("signOutButton");
        QTRY_COMPARE_WITH_TIMEOUT(accountCount(), 0, 30000);
        QCOMPARE(find("usernameLabel")->isVisible(), false);
        QCOMPARE(window()->property("currentAccountId").toString(), QString());
        QCOMPARE(lastError(), QVariantMap());
    }

    void switchesBetweenTwoAccounts()
    {
        PRESS("signInButton");
        QTRY_COMPARE_WITH_TIMEOUT(accountCount(), 1, 90000);
        setBrowser(QStringLiteral("--user bob"));
        PRESS("signInButton"); // "Add another account"
        QTRY_COMPARE_WITH_TIMEOUT(accountCount(), 2, 90000);
        QTRY_COMPARE(find("usernameLabel")->property("text").toString(), QStringLiteral("bob@contoso.example"));

        // The account box, from the keyboard: back to Alice.
        QQuickItem *box = find("accountBox");
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->activeFocusOnTab());
        box->forceActiveFocus(Qt::TabFocusReason);
        QTRY_VERIFY(box->hasActiveFocus());
        QTest::keyClick(window(), Qt::Key_Up);
        QTRY_COMPARE(find("usernameLabel")->property("text").toString(), QStringLiteral("alice@contoso.example"));

        PRESS("callApiButton");
        QTRY_VERIFY_WITH_TIMEOUT(!answer().isEmpty(), 30000);
        QCOMPARE(QJsonDocument::fromJson(answer().toUtf8()).object().value(QStringLiteral("sub")).toString(),
                 QStringLiteral("a1b2c3d4-alice"));
    }

    // signin.mjs --consent deny: the provider answers access_denied, and
    // QML gets the library's code and its translated message.
    void deniedConsentReachesQmlAsATypedError()
    {
        setBrowser(QStringLiteral("--user alice --consent deny"));
        PRESS("signInButton");
        QTRY_VERIFY_WITH_TIMEOUT(lastError().contains(QStringLiteral("code")), 90000);
        const QVariantMap error = lastError();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), int(QtSignIn::SignInError::AuthorizationFailed));
        QCOMPARE(error.value(QStringLiteral("providerError")).toString(), QStringLiteral("access_denied"));
        const QString expected = QtSignIn::SignInError::fromProvider(
                QtSignIn::SignInError::AuthorizationFailed, error.value(QStringLiteral("providerError")).toString(),
                error.value(QStringLiteral("providerErrorDescription")).toString()).message();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(error.value(QStringLiteral("message")).toString(), expected);
        QQuickItem *label = find("errorLabel");
        QVERIFY(label->isVisible());
        QCOMPARE(label->property("text").toString(), expected);
        QCOMPARE(accountCount(), 0);
    }
};

QTEST_MAIN(tst_QuickExample)
#include "tst_quick_example.moc"
