// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#pragma once

// What README.md says its C++ snippets stand in: each one is the body of a
// member function of one of the app's QObjects (`this`), which holds the
// app's SignInClient *client, the signed-in Account account and a
// QNetworkAccessManager *network; use(), show(), showError() and
// signInAgain() stand for the app's own code. Nothing else is declared for
// them: a snippet that needs more must say so itself.

#include <QtSignIn/Account.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QObject>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

void use(const QByteArray &accessToken);
void use(const QtSignIn::SignInResult &result);
void show(const QJsonDocument &document);
void showError(const QString &message);
void signInAgain(const QString &loginHint);

class ReadmeApp : public QObject
{
    Q_OBJECT
public:
    void snippet();

    QtSignIn::SignInClient *client = nullptr;
    QtSignIn::Account account;
    QNetworkAccessManager *network = nullptr;
};
