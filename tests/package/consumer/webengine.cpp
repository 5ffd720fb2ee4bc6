// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Links the installed QtSignIn::WebEngine (no dialog is shown: that needs a
// QApplication and a display).

#include <QtSignIn/EmbeddedUserAgent.h>

#include <cstdio>

int main()
{
    QtSignIn::Branding branding;
    branding.setName(QStringLiteral("Consumer"));
    // Reading the class's meta-object links the library.
    const QMetaObject &agentClass = QtSignIn::EmbeddedUserAgent::staticMetaObject;
    if (qstrcmp(agentClass.className(), "QtSignIn::EmbeddedUserAgent") != 0 || branding.name().isEmpty())
        return 1;
    std::printf("webengine consumer ok\n");
    return 0;
}
