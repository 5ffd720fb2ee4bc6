// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "RedirectAnswer.h"

#include <QtSignIn/Branding.h>

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>

namespace QtSignIn {

// The small page the browser shows after the redirect: signed in, failed, or
// "this is not the sign-in we are waiting for", in the app's branding. Its
// text is translated (context "QtSignIn::ResultPage") and every inserted
// value is HTML-escaped.
class ResultPage
{
    Q_DECLARE_TR_FUNCTIONS(QtSignIn::ResultPage)
public:
    // Reads the logo once, here: pages are rendered for every request that
    // reaches the listener, stray and hostile ones included.
    explicit ResultPage(const Branding &branding = {});

    QByteArray render(const RedirectAnswer &answer) const;
    static QByteArray renderNotFound();

private:
    Branding m_branding;
    QString m_logoDataUrl;
};

} // namespace QtSignIn
