// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QLocale>
#include <QtCore/QStringList>

// Loads the demo's, QtSignIn's and Qt's own translations for `locale` into
// the application (Qt Linguist .qm files, built into the program and the
// library from translations/*.ts). Returns the catalogues loaded.
QStringList installTranslations(const QLocale &locale);
