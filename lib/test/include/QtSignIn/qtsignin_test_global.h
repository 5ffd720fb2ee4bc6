// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/qglobal.h>

#if defined(QTSIGNIN_TEST_LIBRARY)
#  define QTSIGNIN_TEST_EXPORT Q_DECL_EXPORT
#else
#  define QTSIGNIN_TEST_EXPORT Q_DECL_IMPORT
#endif
