// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "ClientAuthentication.h"

#include <QtCore/QByteArray>

namespace QtSignIn {

// An application/x-www-form-urlencoded request body, as RFC 6749 Appendix B
// has it: every byte outside the unreserved characters percent-encoded. One
// encoder for every request that carries credentials (token, revocation).
class FormBody
{
public:
    void add(const QByteArray &name, const QByteArray &value)
    {
        if (!m_body.isEmpty())
            m_body.append('&');
        m_body.append(name);
        m_body.append('=');
        m_body.append(value.toPercentEncoding());
    }

    // The client's identification in the body (RFC 6749 §2.3.1): client_id,
    // and client_secret with client_secret_post; nothing with HTTP Basic.
    void addClient(const ClientAuthentication &authentication, const QString &clientId)
    {
        const auto fields = authentication.formFields(clientId);
        for (const auto &[name, value] : fields)
            add(name, value);
    }

    QByteArray toByteArray() const { return m_body; }

private:
    QByteArray m_body;
};

} // namespace QtSignIn
