// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/SignInOptions.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/qtsignin_global.h>

#include <QtCore/QObject>
#include <QtCore/QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace QtSignIn {

class UserAgent;
class SignInClientPrivate;

// Signs people in to one provider as one client application.
//
//     auto *client = new QtSignIn::SignInClient(config, this);
//     auto *reply = client->signIn({"profile", "offline_access"});
//     connect(reply, &QtSignIn::SignInReply::finished, this, [reply] {
//         reply->deleteLater();
//         if (reply->error().isError()) ... else use(reply->result());
//     });
class QTSIGNIN_CORE_EXPORT SignInClient : public QObject
{
    Q_OBJECT
public:
    explicit SignInClient(const ClientConfiguration &configuration, QObject *parent = nullptr);
    ~SignInClient() override;

    ClientConfiguration configuration() const;

    // The user agent for interactive sign-in; the client takes ownership.
    // Defaults to a SystemBrowserUserAgent.
    void setUserAgent(UserAgent *userAgent);
    UserAgent *userAgent() const;

    // Shares the application's network access manager (proxy, CA settings).
    // Not owned. TLS errors are never ignored, whatever the manager says.
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    QNetworkAccessManager *networkAccessManager() const;

    // Starts an interactive sign-in. "openid" is always requested. One
    // interactive sign-in runs at a time; a second one finishes at once with
    // an error.
    SignInReply *signIn(const QStringList &scopes, const SignInOptions &options = {});

private:
    friend class SignInFlow;
    std::unique_ptr<SignInClientPrivate> d;
};

} // namespace QtSignIn
