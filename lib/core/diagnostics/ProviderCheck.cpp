// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "ProviderCheck.h"

#include "../network/HttpDate.h"
#include "../oidc/TenantIssuer.h"
#include "../protocol/ProviderMetadata.h"
#include "../protocol/ProviderText.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonArray>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslError>

namespace QtSignIn {

namespace {

using Check = SetupFinding::Check;
using Status = SetupFinding::Status;

// Provider text in a finding: bounded and without control characters.
QString shown(const QString &text)
{
    return providerText(text, 200);
}

QString authorityText(const ClientConfiguration &configuration)
{
    return configuration.authority().toString(QUrl::FullyEncoded);
}

QString withoutTrailingSlash(QString text)
{
    if (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace

QList<SetupFinding> ProviderCheck::withoutProvider()
{
    const QString detail = tr("No provider is configured, so the provider was not checked.");
    const QString advice = tr("Give the provider's authority (its issuer URL) to check its discovery "
                              "document, issuer, endpoints and clock.");
    QList<SetupFinding> findings;
    for (Check check : {Check::Discovery, Check::Issuer, Check::HttpsEndpoints, Check::Pkce, Check::Clock,
                        Check::PushedAuthorization})
        findings.append(SetupFinding(check, Status::Skipped, detail, advice));
    return findings;
}

QList<SetupFinding> ProviderCheck::explicitEndpoints(const ClientConfiguration &configuration)
{
    const QString skipped = tr("The endpoints are configured explicitly: there is no discovery document to check.");
    QStringList insecure;
    // The profile (userinfo) and revocation endpoints get the access token:
    // the token endpoint's rule, as ClientConfiguration::validate() has it.
    const QList<QPair<QString, QUrl>> endpoints{
        {QStringLiteral("authorization_endpoint"), configuration.authorizationEndpoint()},
        {QStringLiteral("token_endpoint"), configuration.tokenEndpoint()},
        {QStringLiteral("jwks_uri"), configuration.jwksUri()},
        {QStringLiteral("userinfo_endpoint"), configuration.userInfoEndpoint()},
        {QStringLiteral("revocation_endpoint"), configuration.revocationEndpoint()}};
    for (const auto &[name, url] : endpoints) {
        if (!url.isEmpty() && !isAllowedEndpointFor(url, configuration.authority()))
            insecure.append(QStringLiteral("%1 %2").arg(name, url.toString()));
    }
    const SetupFinding https = insecure.isEmpty()
            ? SetupFinding(Check::HttpsEndpoints, Status::Ok, tr("Every configured endpoint is https."))
            : SetupFinding(Check::HttpsEndpoints, Status::Problem,
                           tr("These endpoints are not https: %1.").arg(insecure.join(QLatin1String(", "))),
                           tr("Use the provider's https endpoints; plain http is allowed only for a provider "
                              "on this computer (127.0.0.1, [::1] or localhost)."));
    return {SetupFinding(Check::Discovery, Status::Skipped, skipped),
            SetupFinding(Check::Issuer, Status::Skipped, skipped), https,
            SetupFinding(Check::Pkce, Status::Skipped, skipped),
            SetupFinding(Check::Clock, Status::Skipped, skipped),
            SetupFinding(Check::PushedAuthorization, Status::Skipped, skipped)};
}

void ProviderCheck::fetch(QNetworkAccessManager *network, const ClientConfiguration &configuration,
                          QObject *context, std::function<void(const DiscoveryFetch &)> done)
{
    auto fetch = std::make_shared<DiscoveryFetch>();
    fetch->url = ProviderMetadata::discoveryUrl(configuration.authority());
    fetch->sentAt = QDateTime::currentDateTimeUtc();
    const HttpExchange exchange(network, configuration.networkTimeout(), configuration.caCertificates());
    QNetworkReply *reply = exchange.get(fetch->url, context, [fetch, done](const HttpResponse &response) {
        fetch->receivedAt = QDateTime::currentDateTimeUtc();
        fetch->response = response;
        done(*fetch);
    });
    // Named, never ignored: the reply still fails with the handshake.
    QObject::connect(reply, &QNetworkReply::sslErrors, context, [fetch](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            fetch->tlsErrors.append(error.errorString());
    });
}

bool ProviderCheck::clockOffset(const QByteArray &dateHeader, const QDateTime &sentAt, const QDateTime &receivedAt,
                                std::chrono::seconds *offset)
{
    const QDateTime date = HttpDate::parse(dateHeader);
    if (!date.isValid() || !sentAt.isValid() || !receivedAt.isValid())
        return false;
    // The provider wrote the date somewhere between sending and receiving.
    const QDateTime middle = sentAt.addMSecs(sentAt.msecsTo(receivedAt) / 2);
    *offset = std::chrono::seconds(qRound64(double(middle.msecsTo(date)) / 1000));
    return true;
}

namespace {

SetupFinding clockFinding(const DiscoveryFetch &fetch, const ClientConfiguration &configuration)
{
    std::chrono::seconds offset{};
    if (!ProviderCheck::clockOffset(fetch.response.header("Date"), fetch.sentAt, fetch.receivedAt, &offset)) {
        return SetupFinding(Check::Clock, Status::Skipped,
                            fetch.response.transportFailed
                                    ? ProviderCheck::tr("The provider did not answer, so its clock is unknown.")
                                    : ProviderCheck::tr("The provider's answer has no readable Date header, so its clock is unknown."));
    }
    const qint64 seconds = offset.count();
    const qint64 allowed = configuration.clockSkew().count();
    // The Date header has whole seconds: a second either way is no difference.
    const QString difference = qAbs(seconds) <= 1
            ? ProviderCheck::tr("The provider's clock agrees with this computer's (within a second).")
            : seconds > 0 ? ProviderCheck::tr("The provider's clock is %1 s ahead of this computer's.").arg(seconds)
                          : ProviderCheck::tr("The provider's clock is %1 s behind this computer's.").arg(-seconds);
    if (qAbs(seconds) <= allowed) {
        return SetupFinding(Check::Clock, Status::Ok,
                            ProviderCheck::tr("%1 QtSignIn allows up to %2 s.").arg(difference).arg(allowed));
    }
    return SetupFinding(Check::Clock, Status::Warning,
                        ProviderCheck::tr("%1 That is more than the %2 s QtSignIn allows: ID tokens will look "
                                          "expired or not yet valid, and signing in fails.")
                                .arg(difference)
                                .arg(allowed),
                        ProviderCheck::tr("Set this computer's clock automatically (for example with "
                                          "\"timedatectl set-ntp true\"); if it is right, tell the provider's "
                                          "administrators that their clock is wrong."));
}

SetupFinding fetchFailure(const DiscoveryFetch &fetch, const ClientConfiguration &configuration)
{
    const QString url = fetch.url.toString();
    if (!fetch.tlsErrors.isEmpty()) {
        return SetupFinding(
                Check::Discovery, Status::Problem,
                ProviderCheck::tr("The TLS certificate of %1 is not trusted: %2.")
                        .arg(fetch.url.host(), fetch.tlsErrors.join(QLatin1String("; "))),
                ProviderCheck::tr("If the provider uses a company or private certificate authority, install its "
                                  "certificate on this computer (or give it to the app as an extra CA "
                                  "certificate); if not, someone may be intercepting the connection. TLS errors "
                                  "are never ignored."));
    }
    if (fetch.response.transportFailed) {
        return SetupFinding(
                Check::Discovery, Status::Problem,
                ProviderCheck::tr("Cannot fetch %1 (network timeout %2 s): %3.")
                        .arg(url)
                        .arg(configuration.networkTimeout().count())
                        .arg(fetch.response.transportError),
                ProviderCheck::tr("Check the authority URL for typos, and that this computer can reach it (proxy, "
                                  "firewall, VPN): the address must answer in a browser too."));
    }
    return SetupFinding(Check::Discovery, Status::Problem,
                        ProviderCheck::tr("%1 answered with HTTP status %2, not the discovery document.")
                                .arg(url)
                                .arg(fetch.response.status),
                        ProviderCheck::tr("Check the authority: it is the issuer URL, to which "
                                          "/.well-known/openid-configuration is added (for example the realm's "
                                          "URL on Keycloak, or https://login.microsoftonline.com/TENANT/v2.0)."));
}

SetupFinding issuerFinding(const QString &issuer, const ClientConfiguration &configuration)
{
    const QString authority = authorityText(configuration);
    if (issuer == authority)
        return SetupFinding(Check::Issuer, Status::Ok, ProviderCheck::tr("The issuer is the authority: %1.").arg(shown(issuer)));
    if (TenantIssuer::templateMatchesAuthority(issuer, configuration.authority())
        || TenantIssuer::isTenantAliasOf(issuer, configuration.authority())) {
        return SetupFinding(Check::Issuer, Status::Ok,
                            ProviderCheck::tr("The issuer %1 is the multi-tenant form of the authority %2, which "
                                              "QtSignIn accepts for Microsoft Entra ID.")
                                    .arg(shown(issuer), authority));
    }
    if (withoutTrailingSlash(issuer) == withoutTrailingSlash(authority)) {
        return SetupFinding(Check::Issuer, Status::Warning,
                            ProviderCheck::tr("The issuer %1 differs from the authority %2 by a trailing \"/\". "
                                              "QtSignIn accepts that; other software may not.")
                                    .arg(shown(issuer), authority),
                            ProviderCheck::tr("Use the issuer exactly as the provider spells it as the authority: %1.")
                                    .arg(shown(issuer)));
    }
    return SetupFinding(Check::Issuer, Status::Problem,
                        ProviderCheck::tr("The discovery document says the issuer is %1, not the authority %2; "
                                          "OpenID Connect Discovery §4.3 requires them to be the same, so QtSignIn "
                                          "refuses this provider.")
                                .arg(shown(issuer), authority),
                        ProviderCheck::tr("If %1 is the provider you mean, use it as the authority. Otherwise the "
                                          "provider is set up with the wrong public URL (behind a proxy, its "
                                          "configured host name or \"frontend URL\"): its administrators must "
                                          "correct it.")
                                .arg(shown(issuer)));
}

SetupFinding httpsFinding(const QJsonObject &document, const ClientConfiguration &configuration)
{
    // The issuer and the endpoints QtSignIn uses (ProviderMetadata::parse()
    // holds them to this rule); others it advertises (registration,
    // introspection, device authorization, ...) stop no sign-in here.
    static const QStringList used{QStringLiteral("issuer"), QStringLiteral("authorization_endpoint"),
                                  QStringLiteral("token_endpoint"), QStringLiteral("jwks_uri"),
                                  QStringLiteral("userinfo_endpoint"), QStringLiteral("end_session_endpoint"),
                                  QStringLiteral("pushed_authorization_request_endpoint")};
    QStringList insecure;
    int checked = 0;
    for (auto it = document.constBegin(); it != document.constEnd(); ++it) {
        const QString &name = it.key();
        if (!used.contains(name))
            continue;
        if (!it.value().isString())
            continue;
        const QUrl url(QString(it.value().toString()).replace(TenantIssuer::placeholder, QLatin1String("tenant")),
                       QUrl::StrictMode);
        ++checked;
        if (!isAllowedEndpointFor(url, configuration.authority()))
            insecure.append(QStringLiteral("%1 %2").arg(shown(name), shown(it.value().toString())));
    }
    if (insecure.isEmpty()) {
        const bool loopback = configuration.authority().scheme() == QLatin1String("http");
        return SetupFinding(Check::HttpsEndpoints, Status::Ok,
                            loopback ? ProviderCheck::tr("All %1 endpoints are https, or plain http on this "
                                                         "computer, which a provider on this computer may use.")
                                               .arg(checked)
                                     : ProviderCheck::tr("All %1 endpoints are https.").arg(checked));
    }
    return SetupFinding(Check::HttpsEndpoints, Status::Problem,
                        ProviderCheck::tr("Not https, so QtSignIn refuses the provider: %1.")
                                .arg(insecure.join(QLatin1String(", "))),
                        ProviderCheck::tr("The provider's administrators must publish https endpoints (behind a "
                                          "TLS proxy, the provider must be told that its public URL is https)."));
}

SetupFinding pkceFinding(const QJsonObject &document)
{
    const QJsonValue methods = document.value(QLatin1String("code_challenge_methods_supported"));
    // The library's rule (ProviderMetadata): an empty list advertises
    // nothing, as no list does; only a list without S256 is refused.
    if (!methods.isUndefined() && !methods.isNull() && !methods.isArray()) {
        return SetupFinding(Check::Pkce, Status::Skipped,
                            ProviderCheck::tr("code_challenge_methods_supported is not a list (see Discovery)."));
    }
    if (methods.toArray().isEmpty()) {
        return SetupFinding(Check::Pkce, Status::Warning,
                            ProviderCheck::tr("The provider does not say whether it supports PKCE "
                                              "(code_challenge_methods_supported is missing). QtSignIn sends an S256 "
                                              "challenge anyway; a provider that ignores it is not protected "
                                              "against stolen authorization codes."),
                            ProviderCheck::tr("Ask the provider's administrators to enable PKCE with S256 for this "
                                              "client and to advertise it."));
    }
    QStringList listed;
    for (const QJsonValue &method : methods.toArray())
        listed.append(shown(method.toString()));
    if (listed.contains(QLatin1String("S256")))
        return SetupFinding(Check::Pkce, Status::Ok, ProviderCheck::tr("PKCE with S256 is supported."));
    return SetupFinding(Check::Pkce, Status::Problem,
                        ProviderCheck::tr("The provider supports PKCE only as %1, not S256, so QtSignIn refuses it.")
                                .arg(listed.isEmpty() ? QStringLiteral("[]") : listed.join(QLatin1String(", "))),
                        ProviderCheck::tr("Ask the provider's administrators to enable the S256 code challenge "
                                          "method (RFC 7636 §4.2)."));
}

// RFC 9126: what a sign-in with this configuration does, as
// InteractiveSignIn decides it (ProviderMetadata has already refused a
// pushed_authorization_request_endpoint that is not an endpoint).
SetupFinding pushedAuthorizationFinding(const QJsonObject &document, const ClientConfiguration &configuration)
{
    const QJsonValue endpoint = document.value(QLatin1String("pushed_authorization_request_endpoint"));
    const bool required = document.value(QLatin1String("require_pushed_authorization_requests")).toBool(false);
    const bool disabled = configuration.pushedAuthorizationRequests()
            == ClientConfiguration::PushedAuthorizationRequests::Disabled;
    if (!endpoint.isString()) {
        return SetupFinding(Check::PushedAuthorization, Status::Ok,
                            ProviderCheck::tr("The provider takes no pushed authorization requests (RFC 9126): the "
                                              "browser carries the whole authorization request."));
    }
    if (disabled && required) {
        return SetupFinding(Check::PushedAuthorization, Status::Problem,
                            ProviderCheck::tr("The provider takes pushed authorization requests only (RFC 9126), "
                                              "and the configuration turned them off: every sign-in fails."),
                            ProviderCheck::tr("Let sign-ins push the authorization request: leave "
                                              "ClientConfiguration::pushedAuthorizationRequests() at WhenSupported "
                                              "(qtsignin login: without --no-par)."));
    }
    if (disabled) {
        return SetupFinding(Check::PushedAuthorization, Status::Ok,
                            ProviderCheck::tr("The provider takes pushed authorization requests (RFC 9126), and the "
                                              "configuration turned them off: the browser carries the whole "
                                              "authorization request."));
    }
    return SetupFinding(Check::PushedAuthorization, Status::Ok,
                        ProviderCheck::tr("Sign-ins push the authorization request to %1 (RFC 9126): the browser "
                                          "gets only a reference to it.")
                                .arg(shown(endpoint.toString())));
}

} // namespace

QList<SetupFinding> ProviderCheck::evaluate(const DiscoveryFetch &fetch, const ClientConfiguration &configuration)
{
    const SetupFinding clock = clockFinding(fetch, configuration);
    const auto unchecked = [&clock](const SetupFinding &discovery) {
        const QString why = tr("The discovery document could not be read.");
        return QList<SetupFinding>{discovery, SetupFinding(Check::Issuer, Status::Skipped, why),
                                   SetupFinding(Check::HttpsEndpoints, Status::Skipped, why),
                                   SetupFinding(Check::Pkce, Status::Skipped, why), clock,
                                   SetupFinding(Check::PushedAuthorization, Status::Skipped, why)};
    };
    if (fetch.response.transportFailed || fetch.response.status != 200 || !fetch.tlsErrors.isEmpty())
        return unchecked(fetchFailure(fetch, configuration));

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(fetch.response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        return unchecked(SetupFinding(
                Check::Discovery, Status::Problem,
                tr("%1 is not a JSON object (%2).")
                        .arg(fetch.url.toString(),
                             parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                          : tr("valid JSON, but not an object")),
                tr("The address answers, but not with a discovery document: check the authority (a login page "
                   "or a proxy's error page answers the same way).")));
    }
    const QJsonObject document = json.object();
    const QString issuer = document.value(QLatin1String("issuer")).toString();

    // The library's own reading of the document, with the issuer taken as
    // given (the issuer check reports a mismatch on its own): whatever else
    // it refuses is reported here, unless a check below names it.
    ProviderMetadata metadata;
    QString reason;
    ProviderMetadata::ParseFailure failure = ProviderMetadata::ParseFailure::None;
    ProviderMetadata::parse(fetch.response.body, issuer.isEmpty() ? authorityText(configuration) : issuer,
                            &metadata, &reason, &failure);
    SetupFinding discovery;
    if (failure == ProviderMetadata::ParseFailure::Malformed) {
        discovery = SetupFinding(Check::Discovery, Status::Problem,
                                 tr("%1 is not a valid discovery document: %2.").arg(fetch.url.toString(), reason),
                                 tr("The provider's administrators must correct its OpenID Connect discovery "
                                    "document (OpenID Connect Discovery 1.0 §3)."));
    } else {
        discovery = SetupFinding(Check::Discovery, Status::Ok,
                                 tr("Fetched %1 in %2 ms: a valid discovery document.")
                                         .arg(fetch.url.toString())
                                         .arg(fetch.sentAt.msecsTo(fetch.receivedAt)));
    }
    const SetupFinding issuerCheck = issuer.isEmpty()
            ? SetupFinding(Check::Issuer, Status::Skipped, tr("The document names no issuer."))
            : issuerFinding(issuer, configuration);
    return {discovery, issuerCheck, httpsFinding(document, configuration), pkceFinding(document), clock,
            pushedAuthorizationFinding(document, configuration)};
}

} // namespace QtSignIn
