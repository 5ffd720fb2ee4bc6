// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// Links the installed QtSignIn::WebEngine (no dialog is shown: that needs a
// QApplication and a display).

#include <QtSignIn/EmbeddedUserAgent.h>

#include <cstdio>

int main()
{
    QtSignIn::Branding branding;
    branding.name = QStringLiteral("Consumer");
    // The entry point apps resolve with QLibrary; taking its address links the library.
    QtSignIn::UserAgent *(*create)(QObject *) = &qtsignin_create_embedded_user_agent;
    if (!create || branding.name.isEmpty())
        return 1;
    std::printf("webengine consumer ok\n");
    return 0;
}
