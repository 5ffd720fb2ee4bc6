// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The embedded dialog's address line: what it tells the person about where
// they type their password. Plain http is "this computer" only for a host
// that is really loopback; a look-alike name is somebody else's computer.
// Set QTSIGNIN_SCREENSHOT_DIR to keep a picture of each row.
#include "AddressLine.h"
#include "../support/WcagContrastOracle.h"

#include <QtGui/QAccessible>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtTest/QtTest>

#include <cmath>

using namespace QtSignIn;

class tst_AddressLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tellsWhetherTheConnectionIsPrivate_data();
    void tellsWhetherTheConnectionIsPrivate();
    void screenReadersHearTheHost_data();
    void screenReadersHearTheHost();
    void noteIsReadableInEveryPalette_data();
    void noteIsReadableInEveryPalette();
};

namespace {

using WcagContrastOracle::contrast;

QPalette paletteOn(const QColor &window, const QColor &text)
{
    QPalette palette(window, window); // button, window
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Window, window);
    return palette;
}

} // namespace

void tst_AddressLine::tellsWhetherTheConnectionIsPrivate_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("note");
    QTest::newRow("https") << QUrl(QStringLiteral("https://login.example.com/authorize")) << QString();
    QTest::newRow("loopback-v4") << QUrl(QStringLiteral("http://127.0.0.1:8080/auth"))
                                 << QStringLiteral("not encrypted (this computer)");
    QTest::newRow("loopback-v6") << QUrl(QStringLiteral("http://[::1]:8080/auth"))
                                 << QStringLiteral("not encrypted (this computer)");
    QTest::newRow("localhost") << QUrl(QStringLiteral("http://localhost:8080/auth"))
                               << QStringLiteral("not encrypted (this computer)");
    QTest::newRow("look-alike") << QUrl(QStringLiteral("http://127.0.0.1.attacker.example/auth"))
                                << QStringLiteral("not encrypted");
    QTest::newRow("remote-http") << QUrl(QStringLiteral("http://login.example.com/auth"))
                                 << QStringLiteral("not encrypted");
}

void tst_AddressLine::tellsWhetherTheConnectionIsPrivate()
{
    QFETCH(QUrl, url);
    QFETCH(QString, note);
    AddressLine line;
    line.resize(520, line.sizeHint().height());
    line.setUrl(url);
    line.show();
    QStringList shown;
    for (const QLabel *label : line.findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty())
            shown.append(label->text());
    }
    QVERIFY2(shown.contains(url.host(QUrl::FullyEncoded) + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString())),
             qPrintable(shown.join(QLatin1Char('|'))));
    if (note.isEmpty())
        QVERIFY2(!shown.join(QLatin1Char('|')).contains(QLatin1String("not encrypted")), qPrintable(shown.join(QLatin1Char('|'))));
    else
        QVERIFY2(shown.contains(note), qPrintable(shown.join(QLatin1Char('|'))));
    const QString screenshots = qEnvironmentVariable("QTSIGNIN_SCREENSHOT_DIR");
    if (!screenshots.isEmpty())
        line.grab().save(QStringLiteral("%1/address-line-%2.png").arg(screenshots, QString::fromLatin1(QTest::currentDataTag())));
}

void tst_AddressLine::screenReadersHearTheHost_data()
{
    tellsWhetherTheConnectionIsPrivate_data();
}

// What a screen reader says when the host gets focus: the host itself, and
// whether the connection is private, not only "the address".
void tst_AddressLine::screenReadersHearTheHost()
{
    QFETCH(QUrl, url);
    QFETCH(QString, note);
    AddressLine line;
    line.setUrl(url);
    line.show();
    QLabel *host = nullptr;
    for (QLabel *label : line.findChildren<QLabel *>()) {
        if (label->focusPolicy() & Qt::TabFocus)
            host = label;
    }
    QVERIFY(host);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(host);
    QVERIFY(accessible);
    const QString name = accessible->text(QAccessible::Name);
    const QString description = accessible->text(QAccessible::Description);
    QVERIFY2(name.contains(url.host(QUrl::FullyEncoded)), qPrintable(name));
    if (note.isEmpty()) {
        QCOMPARE(description, QStringLiteral("Secure connection"));
    } else {
        QCOMPARE(description, note);
    }
}

void tst_AddressLine::noteIsReadableInEveryPalette_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QPalette>("palette");
    const QUrl local(QStringLiteral("http://127.0.0.1:8080/auth"));
    const QUrl remote(QStringLiteral("http://login.example.com/auth"));
    const QPalette light = paletteOn(QColor(0xef, 0xef, 0xef), Qt::black);
    const QPalette white = paletteOn(Qt::white, Qt::black);
    const QPalette dark = paletteOn(QColor(0x2b, 0x2b, 0x2b), QColor(0xe0, 0xe0, 0xe0));
    const QPalette black = paletteOn(Qt::black, Qt::white);
    QTest::newRow("this-computer-light") << local << light;
    QTest::newRow("this-computer-white") << local << white;
    QTest::newRow("this-computer-dark") << local << dark;
    QTest::newRow("this-computer-black") << local << black;
    QTest::newRow("remote-light") << remote << light;
    QTest::newRow("remote-dark") << remote << dark;
    QTest::newRow("remote-black") << remote << black;
}

// "not encrypted" is the warning that matters most: readable text (4.5:1)
// on the window in light and dark palettes, also when the palette changes
// after the page is shown.
void tst_AddressLine::noteIsReadableInEveryPalette()
{
    QFETCH(QUrl, url);
    QFETCH(QPalette, palette);
    AddressLine line;
    line.setUrl(url);
    line.setPalette(palette);
    line.show();
    QLabel *note = nullptr;
    for (QLabel *label : line.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().startsWith(QLatin1String("not encrypted")))
            note = label;
    }
    QVERIFY(note);
    const QColor text = note->palette().color(QPalette::WindowText);
    const QColor window = line.palette().color(QPalette::Window);
    QVERIFY2(contrast(text, window) >= 4.5,
             qPrintable(QStringLiteral("%1 on %2: %3:1").arg(text.name(), window.name()).arg(contrast(text, window), 0, 'f', 2)));
}

QTEST_MAIN(tst_AddressLine)
#include "tst_address_line.moc"
