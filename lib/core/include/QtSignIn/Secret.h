// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QByteArray>
#include <QtCore/QString>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace QtSignIn {

/// A token, code or verifier. It is a type of its own so that it cannot be
/// printed by accident: qDebug() << secret shows "<redacted>" and there is no
/// implicit conversion to a string. Read the value with reveal(), at the one
/// place that has to send or store it.
class QTSIGNIN_CORE_EXPORT Secret
{
public:
    Secret() = default;
    explicit Secret(const QByteArray &value) : m_value(value) {}
    explicit Secret(const QString &value) : m_value(value.toUtf8()) {}

    bool isEmpty() const { return m_value.isEmpty(); }
    QByteArray reveal() const { return m_value; }
    QString revealString() const { return QString::fromUtf8(m_value); }

    friend bool operator==(const Secret &a, const Secret &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const Secret &a, const Secret &b) { return !(a == b); }

private:
    QByteArray m_value;
};

QTSIGNIN_CORE_EXPORT QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace QtSignIn
