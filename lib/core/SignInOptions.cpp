// Copyright (C) 2026 The QtSignIn authors. SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/SignInOptions.h>

#include "SignInOptions_p.h"

namespace QtSignIn {

// Options are default-constructed on nearly every call (they are default
// arguments), so each class shares one default data instead of allocating.
template <typename Data>
static const QSharedDataPointer<Data> &defaultData()
{
    static const QSharedDataPointer<Data> defaults(new Data);
    return defaults;
}

SignInOptions::SignInOptions() : d(defaultData<SignInOptionsData>()) {}
SignInOptions::SignInOptions(const SignInOptions &other) = default;
SignInOptions::SignInOptions(SignInOptions &&other) noexcept = default;
SignInOptions &SignInOptions::operator=(const SignInOptions &other) = default;
SignInOptions &SignInOptions::operator=(SignInOptions &&other) noexcept = default;
SignInOptions::~SignInOptions() = default;

QString SignInOptions::loginHint() const { return d->loginHint; }
void SignInOptions::setLoginHint(const QString &loginHint) { d->loginHint = loginHint; }
QString SignInOptions::prompt() const { return d->prompt; }
void SignInOptions::setPrompt(const QString &prompt) { d->prompt = prompt; }
QString SignInOptions::domainHint() const { return d->domainHint; }
void SignInOptions::setDomainHint(const QString &domainHint) { d->domainHint = domainHint; }
bool SignInOptions::fetchUserInfo() const { return d->fetchUserInfo; }
void SignInOptions::setFetchUserInfo(bool fetch) { d->fetchUserInfo = fetch; }

QList<QPair<QString, QString>> SignInOptions::extraParameters() const
{
    return d->extraParameters;
}

void SignInOptions::setExtraParameters(const QList<QPair<QString, QString>> &parameters)
{
    d->extraParameters = parameters;
}

void SignInOptions::addExtraParameter(const QString &name, const QString &value)
{
    d->extraParameters.append({name, value});
}

QJsonObject SignInOptions::claims() const { return d->claims; }
void SignInOptions::setClaims(const QJsonObject &claims) { d->claims = claims; }

bool operator==(const SignInOptions &a, const SignInOptions &b)
{
    return a.d->loginHint == b.d->loginHint && a.d->prompt == b.d->prompt
            && a.d->domainHint == b.d->domainHint && a.d->fetchUserInfo == b.d->fetchUserInfo
            && a.d->extraParameters == b.d->extraParameters && a.d->claims == b.d->claims;
}

SilentOptions::SilentOptions() : d(defaultData<SilentOptionsData>()) {}
SilentOptions::SilentOptions(const SilentOptions &other) = default;
SilentOptions::SilentOptions(SilentOptions &&other) noexcept = default;
SilentOptions &SilentOptions::operator=(const SilentOptions &other) = default;
SilentOptions &SilentOptions::operator=(SilentOptions &&other) noexcept = default;
SilentOptions::~SilentOptions() = default;

std::chrono::seconds SilentOptions::minimumValidity() const { return d->minimumValidity; }
void SilentOptions::setMinimumValidity(std::chrono::seconds validity) { d->minimumValidity = validity; }
bool SilentOptions::forceRefresh() const { return d->forceRefresh; }
void SilentOptions::setForceRefresh(bool force) { d->forceRefresh = force; }

QJsonObject SilentOptions::claims() const { return d->claims; }
void SilentOptions::setClaims(const QJsonObject &claims) { d->claims = claims; }

bool operator==(const SilentOptions &a, const SilentOptions &b)
{
    return a.d->minimumValidity == b.d->minimumValidity && a.d->forceRefresh == b.d->forceRefresh
            && a.d->claims == b.d->claims;
}

SignOutOptions::SignOutOptions() : d(defaultData<SignOutOptionsData>()) {}
SignOutOptions::SignOutOptions(const SignOutOptions &other) = default;
SignOutOptions::SignOutOptions(SignOutOptions &&other) noexcept = default;
SignOutOptions &SignOutOptions::operator=(const SignOutOptions &other) = default;
SignOutOptions &SignOutOptions::operator=(SignOutOptions &&other) noexcept = default;
SignOutOptions::~SignOutOptions() = default;

bool SignOutOptions::endProviderSession() const { return d->endProviderSession; }
void SignOutOptions::setEndProviderSession(bool end) { d->endProviderSession = end; }
bool SignOutOptions::revokeTokens() const { return d->revokeTokens; }
void SignOutOptions::setRevokeTokens(bool revoke) { d->revokeTokens = revoke; }

bool operator==(const SignOutOptions &a, const SignOutOptions &b)
{
    return a.d->endProviderSession == b.d->endProviderSession && a.d->revokeTokens == b.d->revokeTokens;
}

} // namespace QtSignIn
