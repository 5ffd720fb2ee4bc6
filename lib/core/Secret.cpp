// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/Secret.h>

#include "Secret_p.h"

#include <QtCore/QDebug>

namespace QtSignIn {

// Empty secrets are common (a response without a refresh token); they share
// one data instead of allocating.
static const QSharedDataPointer<SecretData> &emptySecretData()
{
    static const QSharedDataPointer<SecretData> empty(new SecretData);
    return empty;
}

Secret::Secret() : d(emptySecretData()) {}
Secret::Secret(const QByteArray &value) : d(new SecretData(value)) {}
Secret::Secret(const QString &value) : d(new SecretData(value.toUtf8())) {}
Secret::Secret(const Secret &other) = default;
Secret::Secret(Secret &&other) noexcept = default;
Secret &Secret::operator=(const Secret &other) = default;
Secret &Secret::operator=(Secret &&other) noexcept = default;
Secret::~Secret() = default;

bool Secret::isEmpty() const
{
    return d->value.isEmpty();
}

QByteArray Secret::reveal() const
{
    return d->value;
}

QString Secret::revealString() const
{
    return QString::fromUtf8(d->value);
}

bool operator==(const Secret &a, const Secret &b)
{
    return a.d == b.d || a.d->value == b.d->value;
}

QDebug operator<<(QDebug debug, const Secret &secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << (secret.isEmpty() ? "<empty>" : "<redacted>");
    return debug;
}

} // namespace QtSignIn
