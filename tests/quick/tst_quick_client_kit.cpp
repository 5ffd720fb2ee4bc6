// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
//
// The QML SignInClient signing real people in and out, through the test kit
// (QtSignIn::Test: a provider in this process, a headless user agent): what
// only accounts held in a (memory) store can show.
#include <QtSignIn/HeadlessUserAgent.h>
#include <QtSignIn/SignInError.h>
#include <QtSignIn/TestProvider.h>

#include <QtCore/QAbstractItemModel>
#include <QtCore/QTemporaryDir>
#include <QtQml/QJSValue>
#include <QtQml/QQmlComponent>
#include <QtQml/QQmlEngine>
#include <QtTest/QtTest>

#include <memory>

using namespace QtSignIn;

class tst_QuickClientKit : public QObject
{
    Q_OBJECT

private:
    static QVariantMap toMap(const QVariant &value)
    {
        if (value.metaType() == QMetaType::fromType<QJSValue>())
            return value.value<QJSValue>().toVariant().toMap();
        return value.toMap();
    }

    std::unique_ptr<QObject> create()
    {
        QQmlComponent component(&m_engine, QUrl::fromLocalFile(QFINDTESTDATA("data/KitClient.qml")));
        std::unique_ptr<QObject> object(component.createWithInitialProperties(
                {{QStringLiteral("authority"), m_provider.issuer()}, {QStringLiteral("clientId"), m_provider.clientId()}}));
        if (!object)
            qWarning().noquote() << component.errorString();
        else
            object->property("client").value<QObject *>()->setProperty(
                    "userAgent", QVariant::fromValue<QObject *>(&m_agent));
        return object;
    }

    // Calls `function` and waits for its operation's outcome.
    static bool settle(QObject *object, const char *function, const QVariant &argument = QVariant())
    {
        const int before = object->property("done").toInt();
        const bool called = argument.isValid()
                ? QMetaObject::invokeMethod(object, function, Q_ARG(QVariant, argument))
                : QMetaObject::invokeMethod(object, function);
        return called && QTest::qWaitFor([&] { return object->property("done").toInt() > before; }, 20000);
    }

    static QAbstractItemModel *accounts(QObject *object)
    {
        return object->property("client").value<QObject *>()->property("accounts").value<QAbstractItemModel *>();
    }

    QTemporaryDir m_cache; // provider documents of this run only
    TestProvider m_provider;
    HeadlessUserAgent m_agent{&m_provider};
    QQmlEngine m_engine;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        // The provider's port may be one an earlier run's provider had:
        // its documents must not be taken for this one's.
        qputenv("XDG_CACHE_HOME", m_cache.path().toLocal8Bit());
        QVERIFY(m_provider.listen());
        m_provider.setUsers({TestUser(QStringLiteral("alice-1"), QStringLiteral("alice"), QStringLiteral("Alice"),
                                      QStringLiteral("alice@example.test")),
                             TestUser(QStringLiteral("bob-1"), QStringLiteral("bob"), QStringLiteral("Bob"),
                                      QStringLiteral("bob@example.test"))});
        m_engine.addImportPath(QStringLiteral(QTSIGNIN_QML_BUILD_DIR));
    }

    void init()
    {
        m_provider.setSignInSubject(QStringLiteral("alice-1"));
    }

    // `scopes` is what signIn() asks for, not the client's configuration:
    // changing it keeps the client, and the accounts its memory store holds.
    void changingScopesKeepsTheAccounts()
    {
        const auto object = create();
        QVERIFY(object);
        QVERIFY(settle(object.get(), "signIn"));
        QVERIFY2(toMap(object->property("failure")).isEmpty(),
                 qPrintable(toMap(object->property("failure")).value(QStringLiteral("detail")).toString()));
        QCOMPARE(accounts(object.get())->rowCount(), 1);
        object->property("client").value<QObject *>()->setProperty("scopes", QStringList{QStringLiteral("email")});
        QTest::qWait(50);
        QCOMPARE(accounts(object.get())->rowCount(), 1);
    }

    // A stale id (an account signed out elsewhere, a typo) forgets nobody;
    // the one named goes alone.
    void signOutForgetsOnlyTheAccountNamed()
    {
        const auto object = create();
        QVERIFY(object);
        QVERIFY(settle(object.get(), "signIn"));
        const QString alice = toMap(toMap(object->property("result")).value(QStringLiteral("account")))
                                      .value(QStringLiteral("id")).toString();
        m_provider.setSignInSubject(QStringLiteral("bob-1"));
        QVERIFY(settle(object.get(), "signIn"));
        QCOMPARE(accounts(object.get())->rowCount(), 2);

        QVERIFY(settle(object.get(), "signOut", QStringLiteral("no-such-account")));
        QCOMPARE(toMap(object->property("failure")).value(QStringLiteral("code")).toInt(),
                 int(SignInError::InvalidConfiguration));
        QCOMPARE(accounts(object.get())->rowCount(), 2);

        QVERIFY(settle(object.get(), "signOut", alice));
        QVERIFY(toMap(object->property("failure")).isEmpty());
        QTRY_COMPARE(accounts(object.get())->rowCount(), 1);
        QCOMPARE(accounts(object.get())->index(0, 0).data(accounts(object.get())->roleNames().key("username")).toString(),
                 QStringLiteral("bob"));
    }
};

QTEST_MAIN(tst_QuickClientKit)
#include "tst_quick_client_kit.moc"
