// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// HttpDate::parse, the one reader of HTTP dates (RFC 9110 §5.6.7), and the
// header readers built on it.
#include "network/HttpDate.h"
#include "network/HttpExchange.h"

#include <QtTest/QtTest>

#include <chrono>

using namespace QtSignIn;
using namespace std::chrono_literals;

namespace {

const QDateTime rfcExample(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);

} // namespace

class tst_HttpDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsImfFixdate()
    {
        // RFC 9110 §5.6.7's example; every server writes this form, with "GMT".
        const QDateTime date = HttpDate::parse("Sun, 06 Nov 1994 08:49:37 GMT");
        QCOMPARE(date, rfcExample);
        QCOMPARE(date.timeSpec(), Qt::UTC);
    }

    void readsImfFixdateInAnHourTheLocalClockSkips()
    {
        // 02:30 does not exist in Berlin on 31 March 2024 (DST starts), but
        // in GMT it does: the local time zone has no say in an HTTP date.
        const QByteArray savedTz = qgetenv("TZ");
        const bool hadTz = qEnvironmentVariableIsSet("TZ");
        qputenv("TZ", "Europe/Berlin");
        const QDateTime date = HttpDate::parse("Sun, 31 Mar 2024 02:30:00 GMT");
        if (hadTz)
            qputenv("TZ", savedTz);
        else
            qunsetenv("TZ");
        QCOMPARE(date, QDateTime(QDate(2024, 3, 31), QTime(2, 30), Qt::UTC));
    }

    void readsNumericZoneAsUtc()
    {
        const QDateTime date = HttpDate::parse("Sun, 06 Nov 1994 10:49:37 +0200");
        QCOMPARE(date, rfcExample);
        QCOMPARE(date.timeSpec(), Qt::UTC);
    }

    void readsObsoleteAsctimeAsUtc()
    {
        // RFC 9110 §5.6.7: recipients still read asctime; it has no zone: UTC.
        QCOMPARE(HttpDate::parse("Sun Nov  6 08:49:37 1994"), rfcExample);
    }

    void refusesWhatIsNoHttpDate_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("garbage");
        QTest::newRow("zero") << QByteArray("0"); // RFC 9111 §5.3's "already expired"
        QTest::newRow("wrong weekday") << QByteArray("Mon, 06 Nov 1994 08:49:37 GMT");
        QTest::newRow("hour 25") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT");
        QTest::newRow("named zone other than GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 CET");
        QTest::newRow("trailing text") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT x");
    }

    void refusesWhatIsNoHttpDate()
    {
        QFETCH(QByteArray, value);
        QVERIFY2(!HttpDate::parse(value).isValid(), qPrintable(HttpDate::parse(value).toString(Qt::ISODate)));
    }

    void retryAfterAsAnHttpDateIsTheWaitUntilThen()
    {
        HttpResponse response;
        response.status = 503;
        response.headers = {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("Sun, 06 Nov 1994 08:49:37 GMT")}};
        QCOMPARE(response.retryAfter(rfcExample.addSecs(-90)), 90s);
        // A date already past: retry at once.
        QCOMPARE(response.retryAfter(rfcExample.addSecs(10)), 0s);
    }
};

QTEST_GUILESS_MAIN(tst_HttpDate)
#include "tst_http_date.moc"
