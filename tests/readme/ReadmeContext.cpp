// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
// The app's own code the snippets call: linked, never run.
#include "ReadmeContext.h"

void use(const QByteArray &) {}
void use(const QtSignIn::SignInResult &) {}
void show(const QJsonDocument &) {}
void showError(const QString &) {}
void signInAgain(const QString &) {}

int main()
{
    return 0;
}
