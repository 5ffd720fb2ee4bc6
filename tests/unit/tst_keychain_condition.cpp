// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Why a keychain call returned nothing, from the Secret Service's answers,
// without a keychain: locked is not empty, and what is tidied or reported
// after a write.
#include "store/KeychainCondition.h"

#include <QtTest/QtTest>

using namespace QtSignIn;
using namespace KeychainConditions;

namespace {

const QString service = QStringLiteral("qtsignin/app/client");

SecretServiceItem ours(const QString &path, const QString &key, const QString &server = service)
{
    return {path, {{QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain")},
                   {QStringLiteral("server"), server},
                   {QStringLiteral("user"), key},
                   {QStringLiteral("type"), QStringLiteral("base64")}}};
}

SecretServiceFindings openCollection()
{
    SecretServiceFindings findings;
    findings.collection = QStringLiteral("/org/freedesktop/secrets/collection/login");
    return findings;
}

} // namespace

class tst_KeychainCondition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lockedCollectionIsLockedNotEmpty()
    {
        SecretServiceFindings findings = openCollection();
        findings.collectionLocked = true;
        findings.lockedItems = {QStringLiteral("/org/freedesktop/secrets/collection/login/4")};
        QCOMPARE(classify(findings), KeychainCondition::Locked);
        // Locked, whether or not the item is in it: the search cannot see
        // into every locked collection.
        findings.lockedItems.clear();
        QCOMPARE(classify(findings), KeychainCondition::Locked);
    }

    void lockedItemInAnOpenCollectionIsLocked()
    {
        SecretServiceFindings findings = openCollection();
        findings.lockedItems = {QStringLiteral("/org/freedesktop/secrets/collection/login/4")};
        QCOMPARE(classify(findings), KeychainCondition::Locked);
    }

    void openCollectionWithoutTheItemIsAbsent()
    {
        QCOMPARE(classify(openCollection()), KeychainCondition::ItemAbsent);
        SecretServiceFindings noDefault;
        noDefault.collection = QStringLiteral("/");
        QCOMPARE(classify(noDefault), KeychainCondition::ItemAbsent);
    }

    void dbusErrorsAreTellApart_data()
    {
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<KeychainCondition>("condition");
        QTest::newRow("no one owns the name") << QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown")
                                              << KeychainCondition::NoService;
        QTest::newRow("no bus") << QStringLiteral("org.freedesktop.DBus.Error.NoServer") << KeychainCondition::NoService;
        QTest::newRow("bus gone") << QStringLiteral("org.freedesktop.DBus.Error.Disconnected")
                                  << KeychainCondition::NoService;
        QTest::newRow("activation failed") << QStringLiteral("org.freedesktop.DBus.Error.Spawn.ChildExited")
                                           << KeychainCondition::NoService;
        QTest::newRow("no reply") << QStringLiteral("org.freedesktop.DBus.Error.NoReply") << KeychainCondition::TooSlow;
        QTest::newRow("timeout") << QStringLiteral("org.freedesktop.DBus.Error.Timeout") << KeychainCondition::TooSlow;
        QTest::newRow("denied") << QStringLiteral("org.freedesktop.DBus.Error.AccessDenied")
                                << KeychainCondition::AccessDenied;
        QTest::newRow("is locked") << QStringLiteral("org.freedesktop.Secret.Error.IsLocked")
                                   << KeychainCondition::Locked;
        QTest::newRow("unknown method") << QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod")
                                        << KeychainCondition::Failed;
    }

    void dbusErrorsAreTellApart()
    {
        QFETCH(QString, errorName);
        QFETCH(KeychainCondition, condition);
        QCOMPARE(fromDBusError(errorName), condition);
        SecretServiceFindings findings = openCollection();
        findings.errorName = errorName;
        QCOMPARE(classify(findings), condition);
    }

    void lockedIsItsOwnError()
    {
        const SignInError locked = errorFor(KeychainCondition::Locked, QStringLiteral("detail"));
        QCOMPARE(locked.code(), SignInError::KeychainLocked);
        QCOMPARE(locked.errorCode(), QStringLiteral("keychain_locked"));
        QCOMPARE(locked.detail(), QStringLiteral("detail"));
        QVERIFY(locked.message().contains(QLatin1String("locked")));
        QVERIFY(locked.message() != SignInError(SignInError::KeychainUnavailable, QString()).message());

        QVERIFY(!errorFor(KeychainCondition::ItemAbsent, QString()).isError());
        for (const KeychainCondition condition : {KeychainCondition::NoService, KeychainCondition::AccessDenied,
                                                   KeychainCondition::TooSlow, KeychainCondition::Failed})
            QCOMPARE(errorFor(condition, QString()).code(), SignInError::KeychainUnavailable);
    }

    void partsNoManifestNamesAreLeftovers()
    {
        const QList<SecretServiceItem> items{
            ours(QStringLiteral("/c/1"), QStringLiteral("cache")),
            ours(QStringLiteral("/c/2"), QStringLiteral("cache.2.0")),
            ours(QStringLiteral("/c/3"), QStringLiteral("cache.2.1")),
            ours(QStringLiteral("/c/4"), QStringLiteral("cache.2.2")), // an interrupted write's
            ours(QStringLiteral("/c/5"), QStringLiteral("cache.1.0")), // the previous generation
            ours(QStringLiteral("/c/6"), QStringLiteral("cache.3.0"), service + QStringLiteral("-other")),
            ours(QStringLiteral("/c/7"), QStringLiteral("cache.x.0")),
        };
        KeychainManifest manifest;
        manifest.generation = 2;
        manifest.parts = 2;
        QCOMPARE(leftoverParts(items, service, manifest),
                 (QStringList{QStringLiteral("/c/4"), QStringLiteral("/c/5")}));
        // One item: every part is left over.
        QCOMPARE(leftoverParts(items, service, std::nullopt),
                 (QStringList{QStringLiteral("/c/2"), QStringLiteral("/c/3"), QStringLiteral("/c/4"),
                              QStringLiteral("/c/5")}));
    }

    void foreignItemsAreNeverLeftovers()
    {
        SecretServiceItem foreign = ours(QStringLiteral("/c/9"), QStringLiteral("cache.1.0"));
        foreign.attributes.remove(QStringLiteral("xdg:schema"));
        QVERIFY(!isQtKeychainItem(foreign));
        QCOMPARE(leftoverParts({foreign}, service, std::nullopt), QStringList());
    }

    void foreignItemsUnderOurKeysAreFound()
    {
        SecretServiceItem shadow = ours(QStringLiteral("/c/8"), QStringLiteral("cache"));
        shadow.attributes[QStringLiteral("xdg:schema")] = QStringLiteral("org.example.other");
        SecretServiceItem noSchema = ours(QStringLiteral("/c/9"), QStringLiteral("cache.4.1"));
        noSchema.attributes.remove(QStringLiteral("xdg:schema"));
        SecretServiceItem otherKey = shadow;
        otherKey.attributes[QStringLiteral("user")] = QStringLiteral("password");
        const QList<SecretServiceItem> items{ours(QStringLiteral("/c/1"), QStringLiteral("cache")), shadow,
                                             noSchema, otherKey};
        QCOMPARE(foreignKeys(items, service), (QStringList{QStringLiteral("cache"), QStringLiteral("cache.4.1")}));
        QCOMPARE(foreignKeys(items, service + QStringLiteral("-other")), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainCondition)
#include "tst_keychain_condition.moc"
