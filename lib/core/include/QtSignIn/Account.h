// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QJsonObject>
#include <QtCore/QString>

namespace QtSignIn {

/// Who signed in, as the ID token describes them.
class QTSIGNIN_CORE_EXPORT Account
{
public:
    Account() = default;

    /// Built from validated ID token claims: the id is "<oid or sub>.<tid>" when
    /// the provider names a tenant (Microsoft Entra ID), otherwise the `sub`.
    static Account fromIdTokenClaims(const QJsonObject &claims);

    bool isValid() const { return !m_id.isEmpty(); }
    QString id() const { return m_id; }
    QString subject() const { return m_subject; }
    QString username() const { return m_username; }
    QString displayName() const { return m_displayName; }
    QString tenantId() const { return m_tenantId; }
    QString issuer() const { return m_issuer; }

private:
    QString m_id;
    QString m_subject;
    QString m_username;
    QString m_displayName;
    QString m_tenantId;
    QString m_issuer;
};

} // namespace QtSignIn
