// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/SignInClient.h>

#include "SignInClient_p.h"
#include "SignInFlow_p.h"

#include <QtSignIn/SystemBrowserUserAgent.h>

#include <QtNetwork/QNetworkAccessManager>

namespace QtSignIn {

SignInClient::SignInClient(const ClientConfiguration &configuration, QObject *parent)
    : QObject(parent), d(new SignInClientPrivate)
{
    d->configuration = configuration;
    if (configuration.providerCaching() == ClientConfiguration::ProviderCaching::MemoryAndDisk) {
        const QString directory = configuration.providerCacheDirectory();
        d->documents = ProviderDocumentCache(directory.isEmpty()
                                                     ? ProviderDocumentCache::defaultDirectory()
                                                     : directory);
    }
    d->userAgent = new SystemBrowserUserAgent(this);
}

SignInClient::~SignInClient()
{
    if (d->activeFlow)
        d->activeFlow->cancel();
}

ClientConfiguration SignInClient::configuration() const
{
    return d->configuration;
}

void SignInClient::setUserAgent(UserAgent *userAgent)
{
    if (d->userAgent == userAgent)
        return;
    if (d->activeFlow)
        d->activeFlow->cancel();
    delete d->userAgent.data();
    d->userAgent = userAgent;
    if (userAgent)
        userAgent->setParent(this);
}

UserAgent *SignInClient::userAgent() const
{
    return d->userAgent;
}

void SignInClient::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    d->network = manager;
}

QNetworkAccessManager *SignInClient::networkAccessManager() const
{
    if (d->network)
        return d->network;
    if (!d->ownNetwork)
        d->ownNetwork = new QNetworkAccessManager(const_cast<SignInClient *>(this));
    return d->ownNetwork;
}

SignInReply *SignInClient::signIn(const QStringList &scopes, const SignInOptions &options)
{
    auto *reply = new SignInReply;
    auto *flow = new SignInFlow(this, reply, scopes, options);
    reply->m_flow = flow;
    if (d->activeFlow) {
        // The user agent serves one sign-in at a time.
        QMetaObject::invokeMethod(flow, [flow] {
            flow->fail(SignInError(SignInError::InvalidConfiguration,
                                   QStringLiteral("another interactive sign-in is in progress")));
        }, Qt::QueuedConnection);
        return reply;
    }
    d->activeFlow = flow;
    QMetaObject::invokeMethod(flow, &SignInFlow::start, Qt::QueuedConnection);
    return reply;
}

} // namespace QtSignIn
