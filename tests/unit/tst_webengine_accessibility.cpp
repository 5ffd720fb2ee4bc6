// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The embedded dialog must not be blank to screen readers: Qt WebEngine on
// Linux shows pages to them only when QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY
// is set before its context starts. QtSignIn::WebEngine sets it as soon as
// the application object exists, and leaves an app's own value alone.
// Linked against the shared library, as an app is; Qt WebEngine itself is
// never started here.
#include <QtSignIn/EmbeddedUserAgent.h>

#include <QtWidgets/QApplication>
#include <QtTest/QtTest>

using namespace QtSignIn;

namespace {
const char variable[] = "QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY";
}

class tst_WebEngineAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setOnceTheApplicationExists();
    void setByTheAgent();
    void keepsTheApplicationsOwnValue();
};

void tst_WebEngineAccessibility::setOnceTheApplicationExists()
{
    // main() unset it before the QApplication was constructed.
    QCOMPARE(qgetenv(variable), QByteArray("1"));
}

void tst_WebEngineAccessibility::setByTheAgent()
{
    qunsetenv(variable);
    EmbeddedUserAgent agent;
    QCOMPARE(qgetenv(variable), QByteArray("1"));
}

void tst_WebEngineAccessibility::keepsTheApplicationsOwnValue()
{
    qputenv(variable, "app");
    EmbeddedUserAgent agent;
    QCOMPARE(qgetenv(variable), QByteArray("app"));
}

int main(int argc, char *argv[])
{
    qunsetenv(variable);
    QApplication app(argc, argv);
    tst_WebEngineAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_webengine_accessibility.moc"
