// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "PageAddress.h"

#include "ColorContrast.h"

#include <QtSignIn/ClientConfiguration.h>

#include <QtCore/QCoreApplication>

namespace QtSignIn {

// The words are the widget dialog's, under its translation context
// (AddressLine): the two sign-in windows say the same things, translated once.

bool PageAddress::isEncrypted() const
{
    return m_url.scheme() == QLatin1String("https");
}

bool PageAddress::isThisComputer() const
{
    return isLoopbackHost(m_url.host());
}

QString PageAddress::hostText() const
{
    // The ASCII (punycode) form: a look-alike Unicode host cannot pass for
    // the real one here.
    if (m_url.isEmpty())
        return QCoreApplication::translate("QtSignIn::AddressLine", "Connecting…");
    return m_url.host(QUrl::FullyEncoded) + (m_url.port() > 0 ? QStringLiteral(":%1").arg(m_url.port()) : QString());
}

QString PageAddress::securityText() const
{
    return isEncrypted() ? QCoreApplication::translate("QtSignIn::AddressLine", "Secure connection")
                         : QCoreApplication::translate("QtSignIn::AddressLine", "Connection not encrypted");
}

QString PageAddress::note() const
{
    if (isEmpty() || isEncrypted())
        return {};
    // Plain http is only tolerable on this very machine; say so either way.
    return isThisComputer() ? QCoreApplication::translate("QtSignIn::AddressLine", "not encrypted (this computer)")
                            : QCoreApplication::translate("QtSignIn::AddressLine", "not encrypted");
}

QColor PageAddress::noteColor(const QColor &background) const
{
    return ColorContrast::legibleOn(isThisComputer() ? QColor(0xb7, 0x79, 0x1f) : QColor(0xc5, 0x30, 0x30),
                                    background);
}

} // namespace QtSignIn
