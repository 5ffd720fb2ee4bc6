// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/MemoryTokenStore.h>

#include "MemoryTokenStore_p.h"

#include <QtCore/QMetaObject>

namespace QtSignIn {

MemoryTokenStore::MemoryTokenStore(QObject *parent)
    : TokenStore(parent), d(std::make_unique<MemoryTokenStorePrivate>())
{
}

MemoryTokenStore::~MemoryTokenStore() = default;

// TokenStore promises its signals never come from inside the call, so a
// caller may connect after calling; hence the queued emission. The lambdas
// are bound to `this`, so nothing is emitted once the store is gone.
void MemoryTokenStore::read()
{
    QMetaObject::invokeMethod(this, [this, document = d->document] {
        Q_EMIT readFinished(document, SignInError());
    }, Qt::QueuedConnection);
}

void MemoryTokenStore::write(const QByteArray &document)
{
    d->document = document;
    QMetaObject::invokeMethod(this, [this] { Q_EMIT writeFinished(SignInError()); },
                              Qt::QueuedConnection);
}

void MemoryTokenStore::clear()
{
    d->document.clear();
    QMetaObject::invokeMethod(this, [this] { Q_EMIT writeFinished(SignInError()); },
                              Qt::QueuedConnection);
}

} // namespace QtSignIn
