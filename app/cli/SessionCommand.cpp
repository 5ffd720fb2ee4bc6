// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "SessionCommand.h"

#include "ClientOptions.h"
#include "CommandOutput.h"
#include "ExitCode.h"

#include <QtSignIn/EmbeddedUserAgentLoader.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SignInReply.h>
#include <QtSignIn/SystemBrowserUserAgent.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace QtSignIn;
using namespace CommandOutput;

SessionCommand::SessionCommand(const SessionOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
}

void SessionCommand::start()
{
    m_client = new SignInClient(m_options.configuration, this);
    m_client->setTokenStore(m_options.store.create(m_options.configuration));
    connect(m_client, &SignInClient::tokenCacheWarning, this, [](const QString &message) {
        writeStderr(tr("Warning: %1\n").arg(message));
    });
    if (!m_options.browserCommand.isEmpty()) {
        auto *browser = new SystemBrowserUserAgent;
        browser->setLauncher(SystemBrowserUserAgent::commandLauncher(m_options.browserCommand));
        m_client->setUserAgent(browser);
    }
    m_client->userAgent()->setBranding(ClientOptions::branding(m_options.configuration));
    SignInReply *load = m_client->loadTokenCache();
    load->setParent(this);
    connect(load, &SignInReply::finished, this, [this, load] {
        load->deleteLater();
        if (load->error().isError())
            return fail(load->error());
        run();
    });
}

void SessionCommand::run()
{
    switch (m_options.command) {
    case SessionOptions::Command::Accounts:
        return listAccounts();
    case SessionOptions::Command::Logout:
        return logout();
    case SessionOptions::Command::Token:
        break;
    }
    Account account;
    if (pickAccount(&account))
        token(account);
}

// --account by id or username; without it, the only account there is.
bool SessionCommand::pickAccount(Account *account)
{
    const QList<Account> accounts = m_client->accounts();
    if (accounts.isEmpty()) {
        fail(SignInError(SignInError::InteractionRequired, QStringLiteral("no account is signed in; run qtsignin login")));
        return false;
    }
    if (m_options.account.isEmpty()) {
        if (accounts.size() > 1) {
            writeStderr(tr("Several accounts are signed in; choose one with --account (see 'qtsignin accounts').\n"));
            emit done(ExitUsage);
            return false;
        }
        *account = accounts.constFirst();
        return true;
    }
    for (const Account &candidate : accounts) {
        if (candidate.id() == m_options.account
            || candidate.username().compare(m_options.account, Qt::CaseInsensitive) == 0) {
            *account = candidate;
            return true;
        }
    }
    fail(SignInError(SignInError::InteractionRequired,
                     QStringLiteral("the account \"%1\" is not signed in").arg(m_options.account.left(128))));
    return false;
}

void SessionCommand::token(const Account &account)
{
    SignInReply *reply = m_client->acquireTokenSilent(account, m_options.scopes, m_options.silentOptions);
    reply->setParent(this);
    const auto report = [this, reply] {
        reply->deleteLater();
        if (reply->error().isError())
            return fail(reply->error());
        if (reply->storeError().isError())
            writeStderr(tr("Warning: the refreshed tokens could not be saved (%1); the next run may need "
                           "a new sign-in.\n").arg(reply->storeError().detail()));
        const SignInResult result = reply->result();
        switch (m_options.format) {
        case SessionOptions::Format::Json:
            writeStdout(QJsonDocument(resultJson(result)).toJson(QJsonDocument::Compact) + '\n');
            break;
        case SessionOptions::Format::Header: {
            const QByteArray header = authorizationHeader(result);
            if (header.isEmpty())
                return fail(SignInError(SignInError::InvalidTokenResponse,
                                        QStringLiteral("the access token or its type cannot be sent in an "
                                                       "Authorization header")));
            writeStdout(header + '\n');
            // RFC 9449 §7.1: a DPoP-bound token goes with a proof for the one request.
            const QByteArray proof = m_options.dpopUrl.isEmpty()
                    ? QByteArray()
                    : m_client->dpopProof(result, m_options.dpopMethod, m_options.dpopUrl);
            if (!proof.isEmpty())
                writeStdout("DPoP: " + proof + '\n');
            break;
        }
        case SessionOptions::Format::Token:
            writeStdout(result.accessToken().reveal() + '\n');
            break;
        }
        emit done(ExitSuccess);
    };
    connect(reply, &SignInReply::finished, this, report);
}

void SessionCommand::listAccounts()
{
    const QList<Account> accounts = m_client->accounts();
    if (m_options.json) {
        QJsonArray array;
        for (const Account &account : accounts)
            array.append(accountJson(account));
        writeStdout(QJsonDocument(QJsonObject{{QStringLiteral("accounts"), array}}).toJson(QJsonDocument::Compact) + '\n');
    } else if (accounts.isEmpty()) {
        writeStderr(tr("No account is signed in.\n"));
    } else {
        QString text;
        for (const Account &account : accounts) {
            // Tab-separated: no field may hold a tab or a new line of its own.
            text += terminalSafe(account.id()) + QLatin1Char('\t') + terminalSafe(account.username());
            if (!account.displayName().isEmpty())
                text += QLatin1Char('\t') + terminalSafe(account.displayName());
            text += QLatin1Char('\n');
        }
        writeStdout(text.toLocal8Bit());
    }
    emit done(ExitSuccess);
}

void SessionCommand::logout()
{
    SignOutOptions options;
    options.setEndProviderSession(m_options.endSession);
    options.setRevokeTokens(m_options.revoke);
    SignInReply *reply = nullptr;
    if (m_options.all) {
        reply = m_client->signOutAll(options);
    } else {
        Account account;
        if (!pickAccount(&account))
            return;
        reply = m_client->signOut(account, options);
    }
    reply->setParent(this);
    connect(reply, &SignInReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->storeError().isError())
            return fail(reply->storeError());
        if (reply->error().isError())
            return fail(reply->error());
        // The provider's session in the embedded sign-in's profile (a
        // `login --mode embedded` kept its cookies) goes too: the next
        // sign-in there asks for the password again.
        SignInError embedded;
        if (!EmbeddedUserAgentLoader::forgetSession(QString(), &embedded))
            writeStderr(terminalSafe(tr("The embedded sign-in's session could not be cleared: %1\n").arg(embedded.detail())));
        // Signed out all the same: the tokens are gone from this machine.
        const SignInError revocation = reply->revocationError();
        if (m_options.json) {
            QJsonObject object{{QStringLiteral("signed_out"), true}};
            if (revocation.isError()) {
                object.insert(QStringLiteral("revocation_error"), errorJson(revocation));
            }
            writeStdout(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        }
        if (revocation.isError()) {
            writeStderr(terminalSafe(tr("Signed out here, but the provider did not revoke the tokens: %1 "
                                        "They stay valid there until they expire.\n")
                                             .arg(revocation.detail())));
        } else if (!m_options.json) {
            writeStderr(tr("Signed out.\n"));
        }
        emit done(ExitSuccess);
    });
}

void SessionCommand::fail(const SignInError &error)
{
    printFailure(tr("qtsignin %1 failed").arg(SessionOptions::commandName(m_options.command)), error, m_options.json);
    emit done(exitCodeFor(error));
}
