// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The QR code `qtsignin login --mode device` draws on a terminal: the
// half-block lines hold exactly the encoder's modules with their quiet
// zone, in colours that do not leak, and a real reader (zbarimg) finds the
// link in them.
#include "QrCode.h"
#include "TerminalQrCode.h"

#include "../support/QrCodeReader.h"

#include <QtTest/QtTest>

class tst_TerminalQrCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void drawsEveryModuleWithTheQuietZone();
    void everyLineSetsItsColoursAndResetsThem();
    void aReaderFindsTheLink();
    void nothingIsDrawnForTextTooLongForAQrCode();
};

namespace {
const QByteArray link = "https://login.example/device?user_code=WDJB-MJHT";
}

void tst_TerminalQrCode::initTestCase()
{
    // scripts/setup.sh installs libqrencode-dev: the build must have it.
    QVERIFY2(QrCode::isAvailable(), "built without libqrencode");
}

void tst_TerminalQrCode::drawsEveryModuleWithTheQuietZone()
{
    const QrCode code = QrCode::encode(link);
    QVERIFY(!code.isNull());
    // 48 bytes: version 4 at level M (3 holds 42, 4 holds 62), 33 modules a side.
    QCOMPARE(code.size(), 33);
    const QList<QList<bool>> rows =
            QrCodeReader::terminalModules(QrCodeReader::terminalLines(TerminalQrCode::render(code)));
    const int side = code.size() + 2 * QrCode::QuietZone;
    // Two modules a line: an odd side gets a light half line at the end.
    QCOMPARE(rows.size(), side + side % 2);
    for (int y = 0; y < rows.size(); ++y) {
        QCOMPARE(rows.at(y).size(), side);
        for (int x = 0; x < side; ++x) {
            const bool expected = code.isDark(x - QrCode::QuietZone, y - QrCode::QuietZone);
            if (rows.at(y).at(x) != expected)
                QFAIL(qPrintable(QStringLiteral("module (%1, %2) differs").arg(x).arg(y)));
        }
    }
    // The quiet zone is light, the finder pattern's corner dark.
    QVERIFY(!rows.at(QrCode::QuietZone - 1).at(QrCode::QuietZone));
    QVERIFY(rows.at(QrCode::QuietZone).at(QrCode::QuietZone));
}

void tst_TerminalQrCode::everyLineSetsItsColoursAndResetsThem()
{
    const QString text = TerminalQrCode::render(QrCode::encode(link));
    QVERIFY(text.endsWith(QLatin1Char('\n')));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), (33 + 2 * QrCode::QuietZone + 1) / 2);
    // Black on white on each line, reset before its end, so that a dark
    // theme does not invert it and nothing after it is coloured.
    for (const QString &line : lines) {
        QVERIFY2(line.startsWith(QrCodeReader::blackOnWhite), qPrintable(line));
        QVERIFY2(line.endsWith(QrCodeReader::reset), qPrintable(line));
    }
}

void tst_TerminalQrCode::aReaderFindsTheLink()
{
    const QList<QList<bool>> rows =
            QrCodeReader::terminalModules(QrCodeReader::terminalLines(TerminalQrCode::render(QrCode::encode(link))));
    QString error;
    QCOMPARE(QrCodeReader::decode(rows, &error), QString::fromLatin1(link));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_TerminalQrCode::nothingIsDrawnForTextTooLongForAQrCode()
{
    // Version 40 at level M holds 2331 bytes.
    const QrCode code = QrCode::encode(QByteArray(3000, 'a'));
    QVERIFY(code.isNull());
    QVERIFY(TerminalQrCode::render(code).isEmpty());
}

QTEST_GUILESS_MAIN(tst_TerminalQrCode)
#include "tst_terminal_qr_code.moc"
