// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "DoctorCommand.h"

#include "CommandOutput.h"
#include "ExitCode.h"

#include <QtSignIn/FileTokenStore.h>
#include <QtSignIn/MemoryTokenStore.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <memory>

using namespace QtSignIn;
using Check = SetupFinding::Check;
using Status = SetupFinding::Status;

DoctorCommand::DoctorCommand(const DoctorOptions &options, QObject *parent) : QObject(parent), m_options(options)
{
}

void DoctorCommand::start()
{
    auto *diagnostics = new SetupDiagnostics(m_options.configuration, this);
    // Only the kind of store (and a file's path) is read: nothing is opened.
    std::unique_ptr<TokenStore> store;
    if (m_options.store.kind == TokenStoreOption::Kind::Memory)
        store = std::make_unique<MemoryTokenStore>();
    else if (m_options.store.kind == TokenStoreOption::Kind::File)
        store = std::make_unique<FileTokenStore>(m_options.store.path);
    diagnostics->setTokenStore(store.get());
    diagnostics->setBrowserCommand(m_options.browserCommand);
    connect(diagnostics, &SetupDiagnostics::finished, this, [this, diagnostics] { report(diagnostics->findings()); });
    diagnostics->start();
}

void DoctorCommand::report(QList<SetupFinding> findings)
{
    bool problem = false;
    for (SetupFinding &finding : findings) {
        problem = problem || finding.status() == Status::Problem;
        // The library's advice knows no command line; these parts do.
        if (m_options.configuration.authority().isEmpty() && finding.status() == Status::Skipped
            && finding.check() >= Check::Discovery) {
            finding.setAdvice(tr("Run 'qtsignin doctor --authority URL --client-id ID', or sign in once with "
                                 "'qtsignin login', which remembers the provider for later commands."));
        } else if (finding.check() == Check::Keychain && finding.status() == Status::Problem) {
            finding.setAdvice(finding.advice() + QLatin1Char(' ')
                              + tr("For qtsignin: --cache file:PATH, or --cache memory to keep nothing."));
        }
    }
    if (m_options.json)
        printJson(findings);
    else
        printText(findings);
    emit done(problem ? ExitSetupProblem : ExitSuccess);
}

QString DoctorCommand::label(Check check)
{
    switch (check) {
    case Check::Keychain: return tr("Keychain");
    case Check::BrowserLauncher: return tr("Browser");
    case Check::LoopbackIPv4: return tr("Loopback 127.0.0.1");
    case Check::LoopbackIPv6: return tr("Loopback [::1]");
    case Check::RedirectUris: return tr("Redirect URIs");
    case Check::Discovery: return tr("Discovery");
    case Check::Issuer: return tr("Issuer");
    case Check::HttpsEndpoints: return tr("HTTPS");
    case Check::Pkce: return tr("PKCE");
    case Check::Clock: return tr("Clock");
    case Check::PushedAuthorization: return tr("Pushed requests");
    }
    return QString();
}

QString DoctorCommand::mark(Status status)
{
    switch (status) {
    case Status::Ok: return tr("ok");
    case Status::Warning: return tr("warning");
    case Status::Problem: return tr("problem");
    case Status::Skipped: return tr("skipped");
    }
    return QString();
}

void DoctorCommand::printText(const QList<SetupFinding> &findings) const
{
    using CommandOutput::terminalSafe;
    qsizetype markWidth = 0;
    for (Status status : {Status::Ok, Status::Warning, Status::Problem, Status::Skipped})
        markWidth = qMax(markWidth, mark(status).size() + 2);
    qsizetype labelWidth = 0;
    for (const SetupFinding &finding : findings)
        labelWidth = qMax(labelWidth, label(finding.check()).size());

    QString text;
    const QUrl authority = m_options.configuration.authority();
    if (authority.isEmpty()) {
        text += tr("No provider given: checking this computer only.") + QLatin1Char('\n');
    } else if (m_options.profile.applied) {
        text += tr("Provider %1 (from the profile \"%2\")").arg(authority.toString(), m_options.profile.name)
                + QLatin1Char('\n');
    } else {
        text += tr("Provider %1").arg(authority.toString()) + QLatin1Char('\n');
    }
    int problems = 0;
    int warnings = 0;
    QString previousAdvice;
    for (const SetupFinding &finding : findings) {
        problems += finding.status() == Status::Problem;
        warnings += finding.status() == Status::Warning;
        const QString markText = QLatin1Char('[') + mark(finding.status()) + QLatin1Char(']');
        text += markText.leftJustified(markWidth + 1) + label(finding.check()).leftJustified(labelWidth + 2)
                + terminalSafe(finding.detail()) + QLatin1Char('\n');
        // The same advice for several checks (all skipped for one reason) once.
        if (!finding.advice().isEmpty() && finding.advice() != previousAdvice) {
            text += QString(markWidth + 1 + labelWidth + 2, QLatin1Char(' '))
                    + tr("What to do: %1").arg(terminalSafe(finding.advice())) + QLatin1Char('\n');
        }
        previousAdvice = finding.advice();
    }
    // Counts after a colon: no plural forms to get wrong untranslated.
    if (problems > 0)
        text += tr("Problems: %1 (signing in fails until they are put right).").arg(problems) + QLatin1Char(' ');
    else
        text += tr("Nothing stops a sign-in here.") + QLatin1Char(' ');
    if (warnings > 0)
        text += tr("Warnings: %1.").arg(warnings);
    CommandOutput::writeStdout(text.trimmed().toUtf8() + '\n');
}

void DoctorCommand::printJson(const QList<SetupFinding> &findings)
{
    QJsonArray array;
    for (const SetupFinding &finding : findings) {
        array.append(QJsonObject{{QStringLiteral("check"), SetupFinding::checkName(finding.check())},
                                 {QStringLiteral("status"), SetupFinding::statusName(finding.status())},
                                 {QStringLiteral("detail"), finding.detail()},
                                 {QStringLiteral("advice"), finding.advice()}});
    }
    CommandOutput::writeStdout(QJsonDocument(array).toJson(QJsonDocument::Compact) + '\n');
}
