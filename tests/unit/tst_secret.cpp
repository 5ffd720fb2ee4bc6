// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Tokens, codes and verifiers cannot be logged by accident.
#include <QtSignIn/Secret.h>

#include <QtCore/QDebug>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages.append(message);
}

// Everything qDebug() printed while `print` ran.
template <typename Print>
QString captureDebug(Print print)
{
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    print();
    qInstallMessageHandler(previous);
    return capturedMessages.join(QLatin1Char('\n'));
}

const QByteArray token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1MSJ9.secret-signature";

} // namespace

class tst_Secret : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void debugPrintsRedacted()
    {
        const QString printed = captureDebug([] { qDebug() << Secret(token); });
        QCOMPARE(printed, QStringLiteral("<redacted>"));
    }

    void debugNeverPrintsTheValue_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("jwt") << token;
        QTest::newRow("short") << QByteArray("x");
        QTest::newRow("looks like the placeholder") << QByteArray("redacted-not");
        QTest::newRow("non-ascii") << QByteArray("p\xc3\xa4ssw\xc3\xb6rd");
    }

    void debugNeverPrintsTheValue()
    {
        QFETCH(QByteArray, value);
        const QString printed = captureDebug([&value] {
            qDebug() << Secret(value);
            qDebug().nospace() << Secret(value);
            qDebug().noquote() << Secret(QString::fromUtf8(value));
            qDebug() << QList<Secret>{Secret(value)};
        });
        QVERIFY2(!printed.contains(QString::fromUtf8(value)), qPrintable(printed));
        QCOMPARE(printed.count(QLatin1String("<redacted>")), 4);
    }

    void debugPrintsEmptyForAnEmptySecret()
    {
        QCOMPARE(captureDebug([] { qDebug() << Secret(); }), QStringLiteral("<empty>"));
        QCOMPARE(captureDebug([] { qDebug() << Secret(QByteArray("")); }), QStringLiteral("<empty>"));
    }

    void debugKeepsTheStreamsSpacing()
    {
        const QString printed = captureDebug([] { qDebug() << "token" << Secret(token) << "end"; });
        QCOMPARE(printed, QStringLiteral("token <redacted> end"));
    }

    void revealsOnlyWhenAsked()
    {
        const Secret secret(QStringLiteral("v\u00e4lue"));
        QCOMPARE(secret.reveal(), QByteArray("v\xc3\xa4lue"));
        QCOMPARE(secret.revealString(), QStringLiteral("v\u00e4lue"));
        QVERIFY(!secret.isEmpty());
    }

    void comparesByValue()
    {
        QVERIFY(Secret(QByteArray("value")) == Secret(QStringLiteral("value")));
        QVERIFY(Secret(QByteArray("value")) != Secret(QByteArray("other")));
        QVERIFY(Secret() == Secret(QByteArray()));
    }
};

QTEST_APPLESS_MAIN(tst_Secret)
#include "tst_secret.moc"
