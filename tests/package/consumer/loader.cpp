// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The embedded sign-in without linking QtSignIn::WebEngine: only
// QtSignIn::Core, whose EmbeddedUserAgentLoader finds the installed plugin.
// Prints the files Qt WebEngine's part came from, for consumer.sh to check
// they are the installed ones. Run with QT_QPA_PLATFORM=offscreen.
//
//   consumer_loader expect-agent | expect-unavailable

#include <QtSignIn/EmbeddedUserAgentLoader.h>
#include <QtSignIn/UserAgent.h>

#include <QtCore/QFile>
#include <QtWidgets/QApplication>

#include <cstdio>

// The files mapped into this process whose names contain `nameContains`.
static QStringList mappedFiles(const QString &nameContains)
{
    QStringList files;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return files;
    const QStringList lines = QString::fromLocal8Bit(maps.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype slash = line.indexOf(QLatin1Char('/'));
        const QString file = slash < 0 ? QString() : line.mid(slash);
        const QString name = file.mid(file.lastIndexOf(QLatin1Char('/')) + 1);
        if (name.contains(nameContains, Qt::CaseInsensitive) && !files.contains(file))
            files << file;
    }
    return files;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const bool expectAgent = app.arguments().value(1) == QLatin1String("expect-agent");
    if (!mappedFiles(QStringLiteral("libQt6WebEngineCore")).isEmpty()) {
        std::fprintf(stderr, "loader consumer FAILED: Qt WebEngine loaded before it was asked for\n");
        return 1;
    }
    QtSignIn::SignInError error;
    QtSignIn::UserAgent *agent = QtSignIn::EmbeddedUserAgentLoader::create(&app, &error);
    if (expectAgent != (agent != nullptr)) {
        std::fprintf(stderr, "loader consumer FAILED: %s\n",
                     agent ? "an agent without QtSignIn::WebEngine" : qPrintable(error.detail()));
        return 1;
    }
    if (!agent) {
        if (error.code() != QtSignIn::SignInError::UserAgentUnavailable) {
            std::fprintf(stderr, "loader consumer FAILED: error %d\n", int(error.code()));
            return 1;
        }
        std::printf("loader consumer ok: unavailable (%s)\n", qPrintable(error.detail()));
        return 0;
    }
    for (const QString &file : mappedFiles(QStringLiteral("qtsignin")))
        std::printf("mapped: %s\n", qPrintable(file));
    std::printf("loader consumer ok: %s user agent\n", qPrintable(QtSignIn::userAgentKindName(agent->kind())));
    return 0;
}
