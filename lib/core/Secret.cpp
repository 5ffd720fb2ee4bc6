// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/Secret.h>

#include <QtCore/QDebug>

namespace QtSignIn {

QDebug operator<<(QDebug debug, const Secret &secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << (secret.isEmpty() ? "<empty>" : "<redacted>");
    return debug;
}

} // namespace QtSignIn
