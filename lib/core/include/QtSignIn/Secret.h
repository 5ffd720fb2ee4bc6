// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QByteArray>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace QtSignIn {

class SecretData;

/// A token, code or verifier. It is a type of its own so that it cannot be
/// printed by accident: qDebug() << secret shows "<redacted>" and there is no
/// implicit conversion to a string. Read the value with reveal(), at the one
/// place that has to send or store it.
class QTSIGNIN_CORE_EXPORT Secret
{
public:
    Secret();
    explicit Secret(const QByteArray &value);
    explicit Secret(const QString &value);
    Secret(const Secret &other);
    Secret(Secret &&other) noexcept;
    Secret &operator=(const Secret &other);
    Secret &operator=(Secret &&other) noexcept;
    ~Secret();

    void swap(Secret &other) noexcept { d.swap(other.d); }

    bool isEmpty() const;
    QByteArray reveal() const;
    QString revealString() const;

    friend QTSIGNIN_CORE_EXPORT bool operator==(const Secret &a, const Secret &b);
    friend bool operator!=(const Secret &a, const Secret &b) { return !(a == b); }

private:
    QSharedDataPointer<SecretData> d;
};

QTSIGNIN_CORE_EXPORT QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace QtSignIn

Q_DECLARE_SHARED(QtSignIn::Secret)
