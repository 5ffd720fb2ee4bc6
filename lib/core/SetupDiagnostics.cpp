// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/SetupDiagnostics.h>

#include "diagnostics/KeychainCheck.h"
#include "diagnostics/LocalChecks.h"
#include "diagnostics/ProviderCheck.h"

#include <QtSignIn/ClientConfiguration.h>
#include <QtSignIn/FileTokenStore.h>

#include <QtCore/QPointer>
#include <QtCore/QSharedData>
#include <QtNetwork/QNetworkAccessManager>

#include <map>

namespace QtSignIn {

class SetupFindingData : public QSharedData
{
public:
    SetupFinding::Check check = SetupFinding::Check::Keychain;
    SetupFinding::Status status = SetupFinding::Status::Skipped;
    QString detail;
    QString advice;
};

SetupFinding::SetupFinding() : d(new SetupFindingData) {}

SetupFinding::SetupFinding(Check check, Status status, const QString &detail, const QString &advice)
    : d(new SetupFindingData)
{
    d->check = check;
    d->status = status;
    d->detail = detail;
    d->advice = advice;
}

SetupFinding::SetupFinding(const SetupFinding &other) = default;
SetupFinding::SetupFinding(SetupFinding &&other) noexcept = default;
SetupFinding &SetupFinding::operator=(const SetupFinding &other) = default;
SetupFinding &SetupFinding::operator=(SetupFinding &&other) noexcept = default;
SetupFinding::~SetupFinding() = default;

SetupFinding::Check SetupFinding::check() const { return d->check; }
SetupFinding::Status SetupFinding::status() const { return d->status; }
QString SetupFinding::detail() const { return d->detail; }
QString SetupFinding::advice() const { return d->advice; }
void SetupFinding::setAdvice(const QString &advice) { d->advice = advice; }

QString SetupFinding::checkName(Check check)
{
    switch (check) {
    case Check::Keychain: return QStringLiteral("keychain");
    case Check::BrowserLauncher: return QStringLiteral("browser");
    case Check::LoopbackIPv4: return QStringLiteral("loopback-ipv4");
    case Check::LoopbackIPv6: return QStringLiteral("loopback-ipv6");
    case Check::RedirectUris: return QStringLiteral("redirect-uris");
    case Check::Discovery: return QStringLiteral("discovery");
    case Check::Issuer: return QStringLiteral("issuer");
    case Check::HttpsEndpoints: return QStringLiteral("https");
    case Check::Pkce: return QStringLiteral("pkce");
    case Check::Clock: return QStringLiteral("clock");
    case Check::PushedAuthorization: return QStringLiteral("pushed-authorization");
    }
    return QString();
}

QString SetupFinding::statusName(Status status)
{
    switch (status) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::Warning: return QStringLiteral("warning");
    case Status::Problem: return QStringLiteral("problem");
    case Status::Skipped: return QStringLiteral("skipped");
    }
    return QString();
}

class SetupDiagnosticsPrivate
{
public:
    explicit SetupDiagnosticsPrivate(const ClientConfiguration &configuration) : configuration(configuration) {}

    void add(const SetupFinding &finding) { findings[finding.check()] = finding; }
    void add(const QList<SetupFinding> &list)
    {
        for (const SetupFinding &finding : list)
            add(finding);
    }

    ClientConfiguration configuration;
    TokenStore::Kind storeKind = TokenStore::Kind::Keychain;
    QString storePath;
    QString browserCommand;
    bool started = false;
    bool finished = false;
    int pending = 0;
    QNetworkAccessManager *network = nullptr;
    std::map<SetupFinding::Check, SetupFinding> findings;
};

SetupDiagnostics::SetupDiagnostics(const ClientConfiguration &configuration, QObject *parent)
    : QObject(parent), d(std::make_unique<SetupDiagnosticsPrivate>(configuration))
{
}

SetupDiagnostics::~SetupDiagnostics() = default;

void SetupDiagnostics::setTokenStore(const TokenStore *store)
{
    d->storeKind = store ? store->kind() : TokenStore::Kind::Keychain;
    const auto *file = qobject_cast<const FileTokenStore *>(store);
    d->storePath = file ? file->path() : QString();
}

void SetupDiagnostics::setBrowserCommand(const QString &commandLine)
{
    d->browserCommand = commandLine;
}

bool SetupDiagnostics::isFinished() const
{
    return d->finished;
}

QList<SetupFinding> SetupDiagnostics::findings() const
{
    QList<SetupFinding> list;
    if (!d->finished)
        return list;
    for (const auto &[check, finding] : d->findings)
        list.append(finding);
    return list;
}

void SetupDiagnostics::start()
{
    if (d->started)
        return;
    d->started = true;
    using Check = SetupFinding::Check;
    // Answers come from the event loop; the last one finishes.
    const QPointer<SetupDiagnostics> self(this);
    const auto arrived = [this, self](const QList<SetupFinding> &findings) {
        if (!self)
            return;
        d->add(findings);
        if (--d->pending == 0) {
            d->finished = true;
            emit finished();
        }
    };
    d->pending = 2;

    d->add(LocalChecks::browserLauncher(d->browserCommand, QProcessEnvironment::systemEnvironment()));
    d->add(LocalChecks::loopback(Check::LoopbackIPv4, d->configuration.redirectUri()));
    d->add(LocalChecks::loopback(Check::LoopbackIPv6, d->configuration.redirectUri()));
    d->add(LocalChecks::redirectUris(d->configuration));

    if (d->storeKind == TokenStore::Kind::Keychain) {
        KeychainCheck::run(this, [arrived](const SetupFinding &finding) { arrived({finding}); });
    } else {
        const SetupFinding store = LocalChecks::tokenStore(d->storeKind, d->storePath);
        QMetaObject::invokeMethod(this, [arrived, store] { arrived({store}); }, Qt::QueuedConnection);
    }

    QList<SetupFinding> immediate;
    if (d->configuration.hasExplicitEndpoints())
        immediate = ProviderCheck::explicitEndpoints(d->configuration);
    else if (d->configuration.authority().isEmpty())
        immediate = ProviderCheck::withoutProvider();
    if (!immediate.isEmpty()) {
        QMetaObject::invokeMethod(this, [arrived, immediate] { arrived(immediate); }, Qt::QueuedConnection);
        return;
    }
    d->network = new QNetworkAccessManager(this);
    ProviderCheck::fetch(d->network, d->configuration, this, [this, arrived](const DiscoveryFetch &fetch) {
        arrived(ProviderCheck::evaluate(fetch, d->configuration));
    });
}

} // namespace QtSignIn
