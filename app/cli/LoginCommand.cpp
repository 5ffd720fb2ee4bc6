// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "LoginCommand.h"

#include "ClientOptions.h"
#include "CommandOutput.h"
#include "ExitCode.h"
#include "ProfileStore.h"
#include "QrCode.h"
#include "TerminalQrCode.h"

#include <QtSignIn/EmbeddedUserAgentLoader.h>
#include <QtSignIn/SignInClient.h>
#include <QtSignIn/SystemBrowserUserAgent.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QTextStream>

using namespace QtSignIn;

using namespace CommandOutput;

LoginCommand::LoginCommand(const LoginOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
}

void LoginCommand::start()
{
    auto *client = new SignInClient(m_options.configuration, this);
    client->setTokenStore(m_options.store.create(m_options.configuration));
    connect(client, &SignInClient::tokenCacheWarning, this, [](const QString &message) {
        writeStderr(tr("Warning: %1\n").arg(message));
    });
    // The token store first: if it cannot be used, say so before the person
    // signs in for nothing.
    SignInReply *load = client->loadTokenCache();
    load->setParent(this);
    connect(load, &SignInReply::finished, this, [this, load, client] {
        load->deleteLater();
        if (load->error().isError())
            return fail(load->error(), exitCodeFor(load->error()));
        chooseUserAgent(client);
    });
}

// The agent is this command's and is passed to the sign-in; the client's own
// agent is never replaced.
void LoginCommand::chooseUserAgent(SignInClient *client)
{
    if (m_options.mode == LoginOptions::Mode::Device)
        return signInWithDeviceCode(client);
    if (m_options.mode == LoginOptions::Mode::Embedded) {
        SignInError error;
        UserAgent *embedded = EmbeddedUserAgentLoader::create(this, &error);
        if (!embedded)
            return fail(error, ExitAuthenticationFailed);
        return signIn(client, embedded);
    }
    auto *browser = new SystemBrowserUserAgent(this);
    // Checked when the options were read: it names a program.
    BrowserLauncher launcher = m_options.browserCommand.isEmpty()
            ? SystemBrowserUserAgent::platformLauncher()
            : SystemBrowserUserAgent::commandLauncher(m_options.browserCommand);
    // Browser mode: when no browser opens (no display, no default browser,
    // over ssh), the person is given the address and the same sign-in keeps
    // waiting. On stderr: stdout is the result's. Not with --json, whose
    // reader is a program: it learns at once that no browser opened
    // (user_agent_unavailable), as before; auto mode falls back to the
    // embedded window instead.
    if (m_options.mode == LoginOptions::Mode::Browser && !m_options.json) {
        launcher = SystemBrowserUserAgent::withFallback(launcher, [](const QUrl &url) {
            writeStderr(tr("The browser could not be opened. Open this address in a browser to sign in:\n%1\n")
                                .arg(url.toString(QUrl::FullyEncoded)));
            return true;
        });
    }
    browser->setLauncher(launcher);
    signIn(client, browser);
}

void LoginCommand::signIn(SignInClient *client, UserAgent *agent)
{
    agent->setBranding(ClientOptions::branding(m_options.configuration));
    const bool embedded = agent->kind() == UserAgentKind::Embedded;
    SignInReply *reply = client->signIn(m_options.scopes, m_options.signInOptions, agent);
    reply->setParent(this);
    connect(reply, &SignInReply::waitingForUserChanged, this, [this, embedded](bool waiting) {
        if (waiting && !m_options.json)
            writeStderr(embedded ? tr("Finish signing in in the sign-in window...\n")
                                 : tr("Finish signing in in your browser...\n"));
    });
    connect(reply, &SignInReply::finished, this, [this, reply, client, agent] {
        if (reply->error().isError() && fallBack(client, agent, reply)) {
            reply->deleteLater();
            return;
        }
        finishSignIn(reply);
    });
}

void LoginCommand::finishSignIn(SignInReply *reply)
{
    reply->deleteLater();
    if (reply->error().isError())
        fail(reply->error(), exitCodeFor(reply->error()));
    else if (reply->storeError().isError())
        // Signed in, but the session would end with this process: not what was asked.
        fail(reply->storeError(), exitCodeFor(reply->storeError()));
    else
        succeed(reply->result());
}

// --mode device: the person signs in on another device (RFC 8628). The URI
// and the code go to stderr, with --json too: stdout is the result's, and
// the person needs them whoever reads the result.
void LoginCommand::signInWithDeviceCode(SignInClient *client)
{
    SignInReply *reply = client->signInWithDeviceCode(m_options.scopes, m_options.signInOptions);
    reply->setParent(this);
    connect(reply, &SignInReply::deviceAuthorizationReceived, this, &LoginCommand::showDeviceAuthorization);
    connect(reply, &SignInReply::finished, this, [this, reply] {
        // Auto mode's last resort, at a provider without the device grant:
        // what stopped the browser is the failure to report.
        if (m_browserFailure.isError()
            && reply->error().reason() == SignInError::Reason::DeviceAuthorizationUnsupported) {
            reply->deleteLater();
            return fail(m_browserFailure, exitCodeFor(m_browserFailure));
        }
        finishSignIn(reply);
    });
}

void LoginCommand::showDeviceAuthorization(const DeviceAuthorization &authorization)
{
    // Checked by the library (https, no control characters); terminalSafe()
    // all the same, as for everything a provider says.
    writeStderr(tr("To sign in, open %1 and enter the code %2\n")
                        .arg(terminalSafe(authorization.verificationUri().toString(QUrl::FullyEncoded)),
                             terminalSafe(authorization.userCode())));
    showQrCode(authorization.preferredVerificationUri());
    if (m_options.browserCommand.isEmpty())
        return;
    // The other device, played by a program (tests, QA) or a browser here:
    // the complete URI, so that only the approval is left to do.
    const BrowserLauncher launcher = SystemBrowserUserAgent::commandLauncher(m_options.browserCommand);
    if (!launcher || !launcher(authorization.preferredVerificationUri()))
        writeStderr(tr("The browser command could not be run; open the address yourself.\n"));
}

// The complete URI where the provider gave one, so that a phone's camera
// leaves only the approval to do. Drawn when asked, or by default on a
// terminal that can show it; never an error when it cannot be drawn (the
// link and the code above are all the person needs).
void LoginCommand::showQrCode(const QUrl &link)
{
    if (m_options.qrCode == LoginOptions::QrCodeWhen::Never
        || (m_options.qrCode == LoginOptions::QrCodeWhen::Auto && !TerminalQrCode::stderrCanShowIt()))
        return;
    const QrCode code = QrCode::encode(link.toString(QUrl::FullyEncoded).toUtf8());
    if (code.isNull()) {
        if (m_options.qrCode == LoginOptions::QrCodeWhen::Always)
            writeStderr(tr("No QR code: this qtsignin was built without libqrencode, or the link is too long.\n"));
        return;
    }
    writeStderr(tr("Or scan this QR code with a phone's camera:\n") + TerminalQrCode::render(code));
}

// --mode auto: the system browser first, as RFC 8252 prefers; when it cannot
// be started or the loopback listener cannot, the same sign-in again in the
// embedded window; where that cannot show either (no display, Qt WebEngine
// not installed), on another device with a code. The result's user_agent
// says which one signed in.
bool LoginCommand::fallBack(SignInClient *client, UserAgent *failedAgent, SignInReply *reply)
{
    const SignInError error = reply->error();
    if (m_options.mode != LoginOptions::Mode::Auto
        || failedAgent->kind() != UserAgentKind::SystemBrowser
        || (error.code() != SignInError::UserAgentUnavailable
            && error.code() != SignInError::RedirectListenerUnavailable))
        return false;
    SignInError loadError;
    UserAgent *embedded = EmbeddedUserAgentLoader::create(this, &loadError);
    if (!embedded) {
        writeStderr(tr("The browser could not be used (%1), and %2; sign in on another device instead.\n")
                            .arg(error.detail(), loadError.detail()));
        // The browser command has just failed: the code and the address are
        // for the person, not for it.
        m_options.browserCommand.clear();
        m_browserFailure = error;
        signInWithDeviceCode(client);
        return true;
    }
    writeStderr(tr("The browser could not be used (%1); falling back to the embedded sign-in window.\n")
                        .arg(error.detail()));
    signIn(client, embedded);
    return true;
}

void LoginCommand::fail(const SignInError &error, int exitCode)
{
    printFailure(tr("Sign-in failed"), error, m_options.json);
    emit done(exitCode);
}

// Like `gh auth login`: every successful login (unless --no-save) becomes
// the profile it names, the default one without --profile, so that the
// next commands need no options. Only when it changes is the file written.
// The sign-in stands even when this fails. True when the profile holds this
// sign-in's settings.
bool LoginCommand::rememberProfile()
{
    const ProfileSelection &selection = m_options.profile;
    if (!m_options.saveProfile) {
        if (selection.named && m_options.store.kind == TokenStoreOption::Kind::Memory && !m_options.json)
            writeStderr(tr("Not remembered as the profile \"%1\": with --cache memory nothing is kept for "
                           "later commands.\n").arg(selection.name));
        return false;
    }
    const ProfileStore profiles;
    CliProfile remembered;
    QString error;
    if (profiles.read(selection.name, &remembered, &error) == ProfileStore::ReadResult::Found
        && remembered == m_options.profileToSave)
        return true;
    if (!profiles.write(selection.name, m_options.profileToSave, &error)) {
        writeStderr(tr("Warning: this sign-in could not be remembered (%1); later commands need the "
                       "options again.\n").arg(error));
        return false;
    }
    if (!m_options.json) {
        writeStderr(selection.named
                    ? tr("Remembered as the profile \"%1\": 'qtsignin token --profile %1' (and accounts, "
                         "logout) needs no other options now.\n").arg(selection.name)
                    : tr("Remembered as the default profile: 'qtsignin token', 'accounts' and 'logout' "
                         "need no options now.\n"));
    }
    return true;
}

void LoginCommand::succeed(const SignInResult &result)
{
    const Account &account = result.account();
    const bool remembered = rememberProfile();
    if (m_options.json) {
        QJsonObject object = resultJson(result);
        if (remembered)
            object.insert(QStringLiteral("profile"), m_options.profile.name);
        writeStdout(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        emit done(ExitSuccess);
        return;
    }

    QString text;
    QTextStream out(&text);
    const QString who = account.displayName().isEmpty()
            ? account.username()
            : QStringLiteral("%1 (%2)").arg(account.displayName(), account.username());
    out << tr("Signed in as %1").arg(terminalSafe(who)) << '\n';
    if (!account.tenantId().isEmpty())
        out << tr("Tenant: %1").arg(terminalSafe(account.tenantId())) << '\n';
    out << tr("Requested scopes: %1").arg(result.requestedScopes().join(QLatin1Char(' '))) << '\n';
    out << tr("Access token scopes: %1").arg(terminalSafe(result.grantedScopes().join(QLatin1Char(' ')))) << '\n';
    if (result.expiresOn().isValid()) {
        const qint64 minutes = QDateTime::currentDateTimeUtc().secsTo(result.expiresOn()) / 60;
        out << tr("Access token expires: %1 (in %2 min)")
                        .arg(result.expiresOn().toLocalTime().toString(Qt::ISODate))
                        .arg(minutes)
            << '\n';
    }
    out << (result.refreshToken().isEmpty() ? tr("No refresh token was issued.")
                                          : tr("A refresh token was issued."))
        << '\n';
    if (m_options.showToken)
        out << tr("Access token: %1").arg(result.accessToken().revealString()) << '\n';
    out.flush();
    writeStdout(text.toLocal8Bit());
    emit done(ExitSuccess);
}
