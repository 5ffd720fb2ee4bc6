// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include "UserInfoRequest.h"

#include "ClientContext.h"
#include "SilentTokenRequest.h"
#include "cache/PersistedTokenCache.h"
#include "oidc/ProviderDocuments.h"
#include "oidc/TenantIssuer.h"
#include "Account_p.h"
#include "Logging_p.h"
#include "SignInResult_p.h"
#include "dpop/DPoPProof.h"
#include "protocol/ProfileResponse.h"
#include "protocol/UserInfoResponse.h"

#include <QtSignIn/SignInReply.h>

#include <QtNetwork/QNetworkReply>

namespace QtSignIn {

namespace {

using Answered = std::function<void(const HttpResponse &response)>;
using Refused = std::function<void(const SignInError &error)>;

// GETs `endpoint` with the access token, for userinfo and the profile
// endpoint alike. RFC 9449 §7: a DPoP-bound token (`dpop`) goes with a proof
// of `dpopKey`, never without one; §9: a resource server that asks for a
// nonce is asked again with it, once. `answered` gets any other answer;
// `refused` (queued) runs when no proof could be made and nothing was sent.
QNetworkReply *getWithAccessToken(const HttpExchange &http, const QUrl &endpoint, const Secret &accessToken,
                                  bool dpop, const DPoPKey &dpopKey, const QString &stage, QObject *context,
                                  const Answered &answered, const Refused &refused,
                                  const QByteArray &dpopNonce = QByteArray())
{
    const QByteArray proof = dpop ? DPoPProof::create(dpopKey, QByteArrayLiteral("GET"), endpoint, dpopNonce,
                                                      accessToken)
                                  : QByteArray();
    if (dpop && proof.isEmpty()) {
        QMetaObject::invokeMethod(context, [refused, stage] {
            refused(SignInError(SignInError::InteractionRequired,
                                QStringLiteral("%1: no DPoP proof could be made for the token").arg(stage),
                                SignInError::Reason::DpopKeyUnusable));
        }, Qt::QueuedConnection);
        return nullptr;
    }
    const HttpExchange exchange = http;
    return http.getWithBearer(
            endpoint, accessToken.reveal(), context,
            [exchange, endpoint, accessToken, dpop, dpopKey, stage, context, answered, refused,
             dpopNonce](const HttpResponse &response) {
                const QByteArray nonce = response.header("DPoP-Nonce");
                if (dpop && dpopNonce.isEmpty() && response.status == 401 && DPoPProof::isValidNonce(nonce)
                    && response.header("WWW-Authenticate").contains("use_dpop_nonce")) {
                    getWithAccessToken(exchange, endpoint, accessToken, dpop, dpopKey, stage, context, answered,
                                       refused, nonce);
                    return;
                }
                answered(response);
            },
            proof);
}

} // namespace

UserInfoRequest::UserInfoRequest(ClientContext *context, const Account &account)
    : Operation(context), m_http(context->http()), m_account(account)
{
}

UserInfoRequest::~UserInfoRequest()
{
    stop();
}

void UserInfoRequest::stop()
{
    if (auto *network = qobject_cast<QNetworkReply *>(m_pending.data())) {
        disconnect(network, nullptr, this, nullptr);
        network->abort();
    } else if (auto *silent = qobject_cast<SignInReply *>(m_pending.data())) {
        silent->cancel();
    }
    m_pending.clear();
}

void UserInfoRequest::start()
{
    context()->tokens()->load(this, [this](const SignInError &loadError) {
        if (loadError.isError())
            return finish(SignInResult(), loadError);
        // Only the OpenID scopes the account was granted: asking for more
        // (email, after a sign-in without it) would fail with
        // InteractionRequired however often the person signs in again.
        const TokenCache &cache = context()->tokens()->cache();
        const TokenCache::Owner owner = context()->ownerOf(m_account);
        const TokenCache::AccountEntry *entry = cache.findAccount(owner);
        if (!entry)
            return finish(SignInResult(), SignInError(SignInError::InteractionRequired,
                                                      QStringLiteral("the account is not in the token cache")));
        // An account another protocol's configuration filed under this
        // authority: its token goes to neither endpoint of this one.
        if (entry->account.identityVerification() != context()->identityVerification())
            return finish(SignInResult(), SignInError(SignInError::InteractionRequired,
                                                      QStringLiteral("the account was signed in with another protocol "
                                                                     "than this configuration's; its token was not sent")));
        const bool oauth2 = context()->configuration().protocol() == ClientConfiguration::Protocol::OAuth2;
        QStringList granted = entry->openIdScopes;
        // A plain OAuth 2.0 account's profile is read with its token, whatever
        // it was granted: there is no token for the profile alone.
        if (oauth2)
            granted.clear();
        else
            granted.prepend(QStringLiteral("openid"));
        // A cached token will do only if it was issued for these scopes
        // alone; one that also covers an API is that API's (its audience),
        // and userinfo may refuse it. Tokens with shared scopes replace each
        // other in the cache, so the one found is the only candidate.
        SilentOptions options;
        const TokenCache::AccessTokenEntry *cached =
                cache.findAccessToken(owner, granted, QDateTime::currentDateTimeUtc(), options.minimumValidity());
        if (!oauth2)
            options.setForceRefresh(!cached || !std::all_of(cached->scopes.cbegin(), cached->scopes.cend(),
                                                            TokenCache::isUserInfoScope));
        SignInReply *silent = SilentTokenRequest::acquire(context(), m_account, granted, options, this);
        m_pending = silent;
        // One path: finished() comes from the event loop even from memory.
        connect(silent, &SignInReply::finished, this, [this, silent, oauth2] {
            silent->deleteLater();
            m_pending.clear();
            if (isFinished())
                return; // cancelled meanwhile: the token goes nowhere
            if (silent->error().isError())
                return finish(SignInResult(), silent->error());
            const SignInResult tokens = silent->result();
            if (oauth2)
                return fetchProfileOf(tokens);
            m_pending = context()->provider()->metadata(
                    m_http, this, [this, tokens](const ProviderMetadata &metadata, const SignInError &error) {
                        if (error.isError())
                            return finish(SignInResult(), error);
                        // As a refresh token is: the access token goes only to
                        // the provider that issued it, by the discovery
                        // document it is about to use.
                        if (!TenantIssuer::belongsTo(metadata.issuer, tokens.account().issuer()))
                            return finish(SignInResult(),
                                          SignInError(SignInError::InteractionRequired,
                                                      QStringLiteral("the account was signed in at another issuer than "
                                                                     "this authority's; its token was not sent")));
                        // ProviderMetadata::parse() already refused one that
                        // is not https (or loopback); none at all is ours to say.
                        if (metadata.userinfoEndpoint.isEmpty())
                            return finish(SignInResult(),
                                          SignInError(SignInError::InvalidProviderMetadata,
                                                      QStringLiteral("the provider has no userinfo_endpoint")));
                        m_pending = send(m_http, metadata.userinfoEndpoint, tokens, this,
                                         [this, tokens](const QJsonObject &claims, const SignInError &error) {
                                             m_pending.clear();
                                             if (error.isError())
                                                 return finish(SignInResult(), error);
                                             SignInResult result = tokens;
                                             result.setUserInfo(claims);
                                             finish(result, SignInError());
                                         });
                    });
        });
    });
}

void UserInfoRequest::fetchProfileOf(const SignInResult &tokens)
{
    // A DPoP token goes with a proof of its key; an unreadable key leaves
    // it unsent (DpopKeyUnusable), as userinfo's does.
    const bool dpop = SignInResultPrivate::isDPoP(tokens);
    if (dpop && SignInResultPrivate::dpopKey(tokens).isNull())
        return finish(SignInResult(), SignInError(SignInError::InteractionRequired,
                                                  QStringLiteral("profile: the token's DPoP key cannot be read; "
                                                                 "the token was not sent"),
                                                  SignInError::Reason::DpopKeyUnusable));
    m_pending = fetchProfile(m_http, context()->configuration(), tokens.accessToken(),
                             dpop ? SignInResultPrivate::dpopKey(tokens) : DPoPKey(), this,
                             [this, tokens](const Account &account, const QJsonObject &profile,
                                            const SignInError &error) {
                                 m_pending.clear();
                                 if (error.isError())
                                     return finish(SignInResult(), error);
                                 // The token now belongs to someone else (the
                                 // provider merged or reassigned accounts): its
                                 // profile must not be given as this account's.
                                 if (account.id() != tokens.account().id()
                                     || account.issuer() != tokens.account().issuer())
                                     return finish(SignInResult(),
                                                   SignInError(SignInError::InvalidUserInfo,
                                                               QStringLiteral("the profile names another account"),
                                                               SignInError::Reason::ProfileAccountChanged));
                                 SignInResult result = tokens;
                                 result.setUserInfo(profile);
                                 finish(result, SignInError());
                             });
}

QNetworkReply *UserInfoRequest::fetchProfile(const HttpExchange &http, const ClientConfiguration &configuration,
                                             const Secret &accessToken, const DPoPKey &dpopKey,
                                             QObject *context, const ProfileCallback &done)
{
    using Field = ClientConfiguration::ProfileField;
    const ProfileResponse::Fields fields{configuration.profileFieldNames(Field::Id),
                                         configuration.profileFieldNames(Field::Username),
                                         configuration.profileFieldNames(Field::DisplayName)};
    const QString issuer = configuration.authority().toString();
    const QUrl endpoint = configuration.userInfoEndpoint();
    qCInfo(lcToken) << "asking" << loggableUrl(endpoint) << "who signed in";
    const auto refused = [done](const SignInError &error) { done(Account(), QJsonObject(), error); };
    return getWithAccessToken(http, endpoint, accessToken, !dpopKey.isNull(), dpopKey, QStringLiteral("profile"),
                              context, [fields, issuer, done](const HttpResponse &response) {
        if (response.transportFailed || response.status != 200) {
            SignInError error = ProviderDocuments::httpFailure(QStringLiteral("profile"), response);
            // An answer that is no busy provider's "come back later" is the
            // profile endpoint's refusal.
            if (!response.transportFailed && error.retryAfter().count() == 0)
                error = SignInError(SignInError::InvalidUserInfo, error.detail());
            error.setReason(SignInError::Reason::ProfileRequestFailed);
            return done(Account(), QJsonObject(), error);
        }
        ProfileResponse profile;
        ProfileResponse::Failure failure;
        QString reason;
        if (!ProfileResponse::parse(response.body, fields, &profile, &failure, &reason)) {
            return done(Account(), QJsonObject(),
                        SignInError(SignInError::InvalidUserInfo, reason,
                                    failure == ProfileResponse::Failure::IdMissing
                                            ? SignInError::Reason::ProfileIdMissing
                                            : SignInError::Reason::ProfileMalformed));
        }
        done(AccountData::fromProfile(profile.id, profile.username, profile.displayName, issuer), profile.profile,
             SignInError());
    }, refused);
}

QNetworkReply *UserInfoRequest::send(const HttpExchange &http, const QUrl &endpoint, const SignInResult &tokens,
                                     QObject *context, const Callback &done)
{
    const QString subject = tokens.account().subject().isEmpty()
            ? tokens.idTokenClaims().value(QLatin1String("sub")).toString()
            : tokens.account().subject();
    const auto refused = [done](const SignInError &error) { done(QJsonObject(), error); };
    return getWithAccessToken(http, endpoint, tokens.accessToken(), SignInResultPrivate::isDPoP(tokens),
                              SignInResultPrivate::dpopKey(tokens), QStringLiteral("userinfo"), context,
                              [subject, done](const HttpResponse &response) {
                                  if (response.transportFailed || response.status != 200)
                                      return done(QJsonObject(),
                                                  ProviderDocuments::httpFailure(QStringLiteral("userinfo"), response));
                                  UserInfoResponse userInfo;
                                  SignInError error;
                                  if (!UserInfoResponse::parse(response.body, subject, &userInfo, &error))
                                      return done(QJsonObject(), error);
                                  done(userInfo.claims, SignInError());
                              },
                              refused);
}

} // namespace QtSignIn
