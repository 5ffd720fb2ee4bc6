// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/Secret.h>

#include <QtCore/QDebug>
#include <QtTest/QtTest>

using namespace QtSignIn;

class tst_Secret : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void debugOutputIsRedacted()
    {
        QString text;
        QDebug(&text) << Secret(QByteArray("eyJhbGciOiJSUzI1NiJ9.secret-token")) << Secret();
        QVERIFY2(!text.contains(QLatin1String("secret-token")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("eyJ")));
        QVERIFY(text.contains(QLatin1String("<redacted>")));
        QVERIFY(text.contains(QLatin1String("<empty>")));
    }

    void revealsOnlyWhenAsked()
    {
        const Secret secret(QStringLiteral("value"));
        QCOMPARE(secret.reveal(), QByteArray("value"));
        QCOMPARE(secret.revealString(), QStringLiteral("value"));
        QVERIFY(secret == Secret(QByteArray("value")));
        QVERIFY(secret != Secret(QByteArray("other")));
    }
};

QTEST_APPLESS_MAIN(tst_Secret)
#include "tst_secret.moc"
