// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/qglobal.h>

#if defined(QTSIGNIN_WEBENGINE_LIBRARY)
#  define QTSIGNIN_WEBENGINE_EXPORT Q_DECL_EXPORT
#else
#  define QTSIGNIN_WEBENGINE_EXPORT Q_DECL_IMPORT
#endif
