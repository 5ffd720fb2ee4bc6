// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "RedirectInterceptor.h"

#include "Logging_p.h"

namespace QtSignIn {

RedirectInterceptor::RedirectInterceptor(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) { }

void RedirectInterceptor::setRedirect(const RedirectMatcher &redirect)
{
    m_redirect = redirect;
}

// Qt 6 calls this on the UI thread, so the matcher needs no lock.
void RedirectInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (!m_redirect.matches(url))
        return;
    info.block(true);
    if (info.resourceType() != QWebEngineUrlRequestInfo::ResourceTypeMainFrame) {
        qCWarning(lcEmbedded) << "blocked a sub-resource request to the redirect URI";
        return;
    }
    qCInfo(lcEmbedded) << "caught the redirect in the request interceptor";
    emit redirectCaught(url);
}

} // namespace QtSignIn
